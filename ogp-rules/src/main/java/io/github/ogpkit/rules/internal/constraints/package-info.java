/**
 * Internal: the validators of the model's custom Bean Validation constraints, registered with
 * {@code META-INF/services/jakarta.validation.ConstraintValidator} (and {@code provides} in
 * module-info) so that any Hibernate Validator finds them. Not exported; opened to Hibernate
 * Validator, which instantiates them.
 */
@NullMarked
package io.github.ogpkit.rules.internal.constraints;

import org.jspecify.annotations.NullMarked;
