package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import io.github.ogpkit.testing.generator.PlanEdits;
import io.github.ogpkit.testing.generator.SamplePlans;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.constraints.CountryCode;
import io.github.ogpkit.model.constraints.DistinctElements;
import io.github.ogpkit.model.constraints.LanguageTag;
import io.github.ogpkit.model.constraints.MeasuresOrSections;
import io.github.ogpkit.model.constraints.NotPermanent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An application that validates a plan with its own, default Bean Validation setup finds the
 * validators of the model's custom constraints through the service registration of this module.
 */
class ApplicationBeanValidationTest {

  @Test
  void theDefaultValidatorFactoryReportsEveryCustomConstraintOfABrokenPlanButNotAMissingTimeFrame() {
    Plan broken = PlanEdits.withSubMeasure(SamplePlans.valid(), 1, 0, 0,
            m -> m.toBuilder().timeFrame((TimeFrame) null).build())
        .toBuilder()
        .country("Azerbaijan")
        .languages("en", "en", "not a tag")
        .period(TimeFrame.permanent())
        .build();

    Set<ConstraintViolation<Plan>> violations;
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      violations = validator.validate(broken);
    }

    assertThat(violations)
        .extracting(v -> v.getConstraintDescriptor().getAnnotation().annotationType(),
            v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder(
            tuple(CountryCode.class, "country"),
            tuple(DistinctElements.class, "languages"),
            tuple(LanguageTag.class, "languages[2].<list element>"),
            tuple(NotPermanent.class, "period"));
  }

  @Test
  void aPlanWithNeitherMeasuresNorSectionsBreaksMeasuresOrSections() {
    Plan empty = SamplePlans.valid().toBuilder().sections(List.of()).build();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(factory.getValidator().validate(empty))
          .extracting(v -> (Object) v.getConstraintDescriptor().getAnnotation().annotationType())
          .containsExactly(MeasuresOrSections.class);
    }
  }

  @Test
  void aPlanPeriodWithAnOpenEndBreaksNotPermanent() {
    for (String period : new String[] {"../2018", "2016/.."}) {
      Plan open = SamplePlans.valid().toBuilder().period(TimeFrame.parse(period)).build();
      try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
        assertThat(factory.getValidator().validate(open)).as(period)
            .extracting(v -> v.getConstraintDescriptor().getAnnotation().annotationType(),
                v -> v.getPropertyPath().toString())
            .containsExactly(tuple(NotPermanent.class, "period"));
      }
    }
  }

  @Test
  void theDefaultValidatorFactoryFindsNothingInAValidPlan() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(factory.getValidator().validate(SamplePlans.valid())).isEmpty();
      Measure leaf = SamplePlans.leaf("1.1", "A measure", "2020");
      assertThat(factory.getValidator().validate(leaf)).isEmpty();
    }
  }
}
