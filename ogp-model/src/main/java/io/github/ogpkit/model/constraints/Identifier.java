package io.github.ogpkit.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated string is an identifier of the format: lower-case ASCII letters and digits in
 * words joined by single hyphens ({@code ^[a-z0-9]+(-[a-z0-9]+)*$}), at most 100 characters, such
 * as {@code ministry-of-justice}.
 *
 * <p>Composed of standard constraints, so any Bean Validation provider checks it without
 * ogp-rules.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Identifier.PATTERN)
@Size(min = 1, max = Identifier.MAX_LENGTH)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@API(status = STABLE, since = "0.1")
public @interface Identifier {
  /** The regular expression an identifier matches. */
  String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
  /** The longest identifier, in characters. */
  int MAX_LENGTH = 100;

  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.ogpkit.model.constraints.Identifier.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
