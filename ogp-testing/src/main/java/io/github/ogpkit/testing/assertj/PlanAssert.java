package io.github.ogpkit.testing.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Plan}; obtain them from {@link OgpAssertions#assertThat(Plan)}.
 */
@API(status = STABLE, since = "0.1")
public final class PlanAssert extends AbstractAssert<PlanAssert, @Nullable Plan> {

  PlanAssert(@Nullable Plan actual) {
    super(actual, PlanAssert.class);
  }

  /**
   * Verifies that the plan has a measure with this number.
   *
   * @param number the number, such as {@code 1.2}
   * @return this assertion
   */
  public PlanAssert hasMeasure(String number) {
    isNotNull();
    if (actual.findMeasure(OutlineNumber.parse(number)).isEmpty()) {
      failWithMessage("%s", "Expecting plan " + actual.id() + " to have measure " + number
          + " but its measures are:\n  " + measureNumbers());
    }
    return myself;
  }

  /**
   * Verifies that the plan has no measure with this number.
   *
   * @param number the number
   * @return this assertion
   */
  public PlanAssert doesNotHaveMeasure(String number) {
    isNotNull();
    if (actual.findMeasure(OutlineNumber.parse(number)).isPresent()) {
      failWithMessage("%s", "Expecting plan " + actual.id() + " not to have measure " + number
          + " but it has");
    }
    return myself;
  }

  /**
   * Verifies that the plan has a section or subsection with this number.
   *
   * @param number the number, such as {@code 4.1}
   * @return this assertion
   */
  public PlanAssert hasSection(String number) {
    isNotNull();
    if (actual.findSection(OutlineNumber.parse(number)).isEmpty()) {
      failWithMessage("%s", "Expecting plan " + actual.id() + " to have section " + number
          + " but its sections are:\n  " + actual.allSections().stream()
              .map(s -> s.number().toString()).collect(Collectors.joining(", ")));
    }
    return myself;
  }

  /**
   * Verifies the number of measures, sub-measures included.
   *
   * @param expected the expected count
   * @return this assertion
   */
  public PlanAssert hasMeasureCount(int expected) {
    isNotNull();
    int count = actual.allMeasures().size();
    if (count != expected) {
      failWithMessage("%s", "Expecting plan " + actual.id() + " to have " + expected
          + " measures but it has " + count + ":\n  " + measureNumbers());
    }
    return myself;
  }

  /**
   * Verifies that the plan's registry has an institution with this id.
   *
   * @param id the id
   * @return this assertion
   */
  public PlanAssert hasInstitution(String id) {
    isNotNull();
    if (actual.findInstitution(id).isEmpty()) {
      failWithMessage("%s", "Expecting plan " + actual.id() + " to have institution " + id
          + " but its institutions are:\n  " + actual.institutions().stream()
              .map(i -> i.id()).collect(Collectors.joining(", ")));
    }
    return myself;
  }

  /**
   * Verifies the plan's kind.
   *
   * @param expected the kind
   * @return this assertion
   */
  public PlanAssert hasKind(PlanKind expected) {
    isNotNull();
    if (actual.kind() != expected) {
      failWithMessage("%s", "Expecting plan " + actual.id() + " to be of kind " + expected
          + " but it is " + actual.kind());
    }
    return myself;
  }

  /**
   * Verifies the plan's period.
   *
   * @param expected the period in the format's notation, such as {@code 2016/2018}
   * @return this assertion
   */
  public PlanAssert hasPeriod(String expected) {
    isNotNull();
    if (!actual.period().equals(TimeFrame.parse(expected))) {
      failWithMessage("%s", "Expecting plan " + actual.id() + " to have period " + expected
          + " but it has " + actual.period());
    }
    return myself;
  }

  /**
   * Verifies that the plan has the measure and continues with assertions on it.
   *
   * @param number the number
   * @return assertions on the measure
   */
  public MeasureAssert measure(String number) {
    hasMeasure(number);
    Measure m = actual.findMeasure(OutlineNumber.parse(number)).orElseThrow();
    return new MeasureAssert(m);
  }

  private String measureNumbers() {
    StringBuilder out = new StringBuilder();
    for (Section s : actual.sections()) {
      if (out.length() > 0) {
        out.append("\n  ");
      }
      out.append(s.number()).append(": ").append(s.allMeasures().stream()
          .map(m -> m.number().toString()).collect(Collectors.joining(", ")));
    }
    return out.toString();
  }
}
