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
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated {@link io.github.ogpkit.model.TimeFrame} is
 * {@linkplain io.github.ogpkit.model.TimeFrame#isBounded() bounded}: not {@code permanent} and
 * with no open end ({@code ../END}, {@code START/..}); a plan's period must state a start and an
 * end.
 *
 * <p>The validator is supplied by ogp-rules (registered for discovery with
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}); validating a plan with Bean
 * Validation needs ogp-rules on the class path or module path.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@API(status = STABLE, since = "0.1")
public @interface NotPermanent {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.ogpkit.model.constraints.NotPermanent.message}";

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
