package io.github.ogpkit.rules.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.constraints.NotPermanent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Validates {@link NotPermanent}: a bounded time frame; null is valid. */
@API(status = INTERNAL, since = "0.1")
public final class NotPermanentValidator implements ConstraintValidator<NotPermanent, TimeFrame> {

  /** Creates the validator; Bean Validation calls this. */
  public NotPermanentValidator() {}

  @Override
  public boolean isValid(@Nullable TimeFrame value, ConstraintValidatorContext context) {
    return value == null || value.isBounded();
  }
}
