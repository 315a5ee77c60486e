package io.github.ogpkit.rules.internal.constraints;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.constraints.TimeFrameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link TimeFrameRequired}: a measure without sub-measures has a time frame. The
 * violation is reported at the measure's {@code timeFrame} property, where the missing value
 * belongs, not at the measure.
 */
public final class TimeFrameRequiredValidator
    implements ConstraintValidator<TimeFrameRequired, Measure> {

  /** Creates the validator; Bean Validation calls this. */
  public TimeFrameRequiredValidator() {}

  @Override
  public boolean isValid(Measure value, ConstraintValidatorContext context) {
    if (value == null || value.hasSubMeasures() || value.timeFrame().isPresent()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("timeFrame").addConstraintViolation();
    return false;
  }
}
