package io.github.ogpkit.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The annotated {@link io.github.ogpkit.model.Plan} has measures: top-level measures or sections,
 * as format 1.1 asks. The violation is reported at the plan's {@code sections} property.
 * (Format 1.0's {@code TimeFrameRequired} is gone: a measure without a time frame is the plan
 * rule {@code time-frame-missing}, whose severity the profile decides.)
 *
 * <p>The validator is supplied by ogp-rules (registered for discovery with
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}); validating a plan with Bean
 * Validation needs ogp-rules on the class path or module path.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@API(status = STABLE, since = "0.2")
public @interface MeasuresOrSections {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.github.ogpkit.model.constraints.MeasuresOrSections.message}";

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
