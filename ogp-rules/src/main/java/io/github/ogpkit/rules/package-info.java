/**
 * Validation of plans: {@link io.github.ogpkit.rules.OgpValidator} runs the structural checks
 * (Bean Validation with Hibernate Validator) and the plan rules of the rule contract at the
 * severities of a {@link io.github.ogpkit.rules.Profile}, with messages in English and
 * Azerbaijani; {@link io.github.ogpkit.rules.RuleCatalog} lists every rule;
 * {@link io.github.ogpkit.rules.NameNormalizer} is the name comparison the duplicate rules use.
 *
 * <p>Paths of findings are JSON Pointers into the plan format. A rule about a whole object points
 * at the object ({@code /sections/0/measures/3}); one about a value at its property
 * ({@code .../number}, {@code .../timeFrame}, {@code .../institutions/1/institution},
 * {@code /institutions/2/parent}); one about a single assignment at that assignment
 * ({@code .../institutions/1}); one about a localized text at the language entry concerned,
 * present or missing ({@code /sections/0/title/az}).
 */
@NullMarked
package io.github.ogpkit.rules;

import org.jspecify.annotations.NullMarked;
