package io.github.ogpkit.rules.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.constraints.DistinctElements;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.HashSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Validates {@link DistinctElements}: no element twice, by {@code equals}; null is valid. */
@API(status = INTERNAL, since = "0.1")
public final class DistinctElementsValidator
    implements ConstraintValidator<DistinctElements, Collection<?>> {

  /** Creates the validator; Bean Validation calls this. */
  public DistinctElementsValidator() {}

  @Override
  public boolean isValid(@Nullable Collection<?> value, ConstraintValidatorContext context) {
    return value == null || new HashSet<>(value).size() == value.size();
  }
}
