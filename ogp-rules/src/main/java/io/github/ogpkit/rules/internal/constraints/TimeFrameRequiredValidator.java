package io.github.ogpkit.rules.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.constraints.TimeFrameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link TimeFrameRequired}: a measure without sub-measures has a time frame. The
 * violation is reported at the measure's {@code timeFrame} property, where the missing value
 * belongs, not at the measure.
 */
@API(status = INTERNAL, since = "0.1")
public final class TimeFrameRequiredValidator
    implements ConstraintValidator<TimeFrameRequired, Measure> {

  /** Creates the validator; Bean Validation calls this. */
  public TimeFrameRequiredValidator() {}

  @Override
  public boolean isValid(@Nullable Measure value, ConstraintValidatorContext context) {
    if (value == null || value.hasSubMeasures() || value.timeFrame().isPresent()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("timeFrame").addConstraintViolation();
    return false;
  }
}
