package io.github.ogpkit.rules.internal.constraints;

import io.github.ogpkit.model.constraints.LanguageTag;
import io.github.ogpkit.model.constraints.Syntax;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link LanguageTag}: a well-formed BCP 47 tag; null is valid. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {

  /** Creates the validator; Bean Validation calls this. */
  public LanguageTagValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Syntax.isLanguageTag(value);
  }
}
