package io.github.ogpkit.rules.internal.constraints;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.constraints.LanguageTag;
import io.github.ogpkit.model.constraints.Syntax;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Validates {@link LanguageTag}: a well-formed BCP 47 tag; null is valid. */
@API(status = INTERNAL, since = "0.1")
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {

  /** Creates the validator; Bean Validation calls this. */
  public LanguageTagValidator() {}

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || Syntax.isLanguageTag(value);
  }
}
