package io.github.ogpkit.rules.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.constraints.CountryCode;
import io.github.ogpkit.model.constraints.Syntax;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Validates {@link CountryCode}: an upper-case ISO 3166-1 alpha-2 code; null is valid. */
@API(status = INTERNAL, since = "0.1")
public final class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

  /** Creates the validator; Bean Validation calls this. */
  public CountryCodeValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || Syntax.isCountryCode(value);
  }
}
