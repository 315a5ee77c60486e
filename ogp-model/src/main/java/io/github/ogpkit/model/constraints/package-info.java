/**
 * Jakarta Bean Validation constraints of the plan format, placed on the model's types.
 *
 * <p>{@link io.github.ogpkit.model.constraints.Identifier} is composed of standard constraints.
 * The others' validators live in ogp-rules and are found through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, so the model depends on the
 * Bean Validation API only. {@link io.github.ogpkit.model.constraints.Syntax} holds the checks
 * themselves, for code that needs them without Bean Validation (the JSON reader).
 */
@NullMarked
package io.github.ogpkit.model.constraints;

import org.jspecify.annotations.NullMarked;
