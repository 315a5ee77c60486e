package io.github.ogpkit.rules.internal.constraints;

import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.constraints.NotPermanent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link NotPermanent}: a bounded time frame; null is valid. */
public final class NotPermanentValidator implements ConstraintValidator<NotPermanent, TimeFrame> {

  /** Creates the validator; Bean Validation calls this. */
  public NotPermanentValidator() {}

  @Override
  public boolean isValid(TimeFrame value, ConstraintValidatorContext context) {
    return value == null || !value.isPermanent();
  }
}
