package io.github.ogpkit.rules.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.constraints.MeasuresOrSections;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link MeasuresOrSections}: a plan has top-level measures or sections. The violation
 * is reported at the plan's {@code sections} property, where format 1.1 reports a document that
 * has neither.
 */
@API(status = INTERNAL, since = "0.2")
public final class MeasuresOrSectionsValidator
    implements ConstraintValidator<MeasuresOrSections, Plan> {

  /** Creates the validator; Bean Validation calls this. */
  public MeasuresOrSectionsValidator() {}

  @Override
  public boolean isValid(@Nullable Plan value, ConstraintValidatorContext context) {
    if (value == null || !value.measures().isEmpty() || !value.sections().isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("sections").addConstraintViolation();
    return false;
  }
}
