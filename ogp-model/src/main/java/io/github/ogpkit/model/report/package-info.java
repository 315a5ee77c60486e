/**
 * Validation findings and reports: {@link io.github.ogpkit.model.report.Finding},
 * {@link io.github.ogpkit.model.report.ValidationReport}, and
 * {@link io.github.ogpkit.model.report.PlanValidator}, the interface through which a reader
 * hands a plan to a validator.
 */
@NullMarked
package io.github.ogpkit.model.report;

import org.jspecify.annotations.NullMarked;
