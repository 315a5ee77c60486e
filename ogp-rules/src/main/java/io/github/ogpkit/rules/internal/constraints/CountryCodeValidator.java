package io.github.ogpkit.rules.internal.constraints;

import io.github.ogpkit.model.constraints.CountryCode;
import io.github.ogpkit.model.constraints.Syntax;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link CountryCode}: an upper-case ISO 3166-1 alpha-2 code; null is valid. */
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

  /** Creates the validator; Bean Validation calls this. */
  public CountryCodeValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Syntax.isCountryCode(value);
  }
}
