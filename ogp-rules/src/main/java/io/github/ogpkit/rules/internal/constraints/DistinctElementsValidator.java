package io.github.ogpkit.rules.internal.constraints;

import io.github.ogpkit.model.constraints.DistinctElements;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.HashSet;

/** Validates {@link DistinctElements}: no element twice, by {@code equals}; null is valid. */
public final class DistinctElementsValidator
    implements ConstraintValidator<DistinctElements, Collection<?>> {

  /** Creates the validator; Bean Validation calls this. */
  public DistinctElementsValidator() {}

  @Override
  public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
    return value == null || new HashSet<>(value).size() == value.size();
  }
}
