package io.github.ogpkit.testing.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.TimeFrame;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Measure}; obtain them from {@link OgpAssertions#assertThat(Measure)} or
 * {@link PlanAssert#measure(String)}.
 */
@API(status = STABLE, since = "0.1")
public final class MeasureAssert extends AbstractAssert<MeasureAssert, @Nullable Measure> {

  MeasureAssert(@Nullable Measure actual) {
    super(actual, MeasureAssert.class);
  }

  /**
   * Verifies that the measure names the institution as an executor.
   *
   * @param institutionId the institution's id
   * @return this assertion
   */
  public MeasureAssert hasExecutor(String institutionId) {
    return hasAssignment(institutionId, Role.EXECUTOR);
  }

  /**
   * Verifies that the measure names the institution as recommended to act.
   *
   * @param institutionId the institution's id
   * @return this assertion
   */
  public MeasureAssert hasRecommended(String institutionId) {
    return hasAssignment(institutionId, Role.RECOMMENDED);
  }

  private MeasureAssert hasAssignment(String institutionId, Role role) {
    isNotNull();
    if (!actual.institutions().contains(new Assignment(institutionId, role))) {
      failWithMessage("%s", "Expecting measure " + actual.number() + " to have " + institutionId
          + " as " + role + " but its institutions are:\n  " + assignments());
    }
    return myself;
  }

  /**
   * Verifies that the measure's time frame lies within a time frame.
   *
   * @param timeFrame the enclosing time frame in the format's notation, such as {@code 2016/2018}
   * @return this assertion
   */
  public MeasureAssert isWithin(String timeFrame) {
    isNotNull();
    TimeFrame outer = TimeFrame.parse(timeFrame);
    if (actual.timeFrame().isEmpty()) {
      failWithMessage("%s", "Expecting measure " + actual.number() + " to be within "
          + timeFrame + " but it has no time frame");
    } else if (!outer.contains(actual.timeFrame().get())) {
      failWithMessage("%s", "Expecting measure " + actual.number() + " to be within "
          + timeFrame + " but its time frame is " + actual.timeFrame().get());
    }
    return myself;
  }

  /**
   * Verifies the measure's time frame.
   *
   * @param timeFrame the time frame in the format's notation
   * @return this assertion
   */
  public MeasureAssert hasTimeFrame(String timeFrame) {
    isNotNull();
    TimeFrame expected = TimeFrame.parse(timeFrame);
    if (!actual.timeFrame().equals(java.util.Optional.of(expected))) {
      failWithMessage("%s", "Expecting measure " + actual.number() + " to have time frame "
          + expected + " but it has " + actual.timeFrame().map(Object::toString).orElse("none"));
    }
    return myself;
  }

  /**
   * Verifies the number of sub-measures.
   *
   * @param expected the expected count
   * @return this assertion
   */
  public MeasureAssert hasSubMeasureCount(int expected) {
    isNotNull();
    if (actual.measures().size() != expected) {
      failWithMessage("%s", "Expecting measure " + actual.number() + " to have " + expected
          + " sub-measures but it has " + actual.measures().size() + ": " + actual.measures()
              .stream().map(m -> m.number().toString()).collect(Collectors.joining(", ")));
    }
    return myself;
  }

  /**
   * Verifies the measure's title in one language.
   *
   * @param language the language tag
   * @param expected the title
   * @return this assertion
   */
  public MeasureAssert hasTitle(String language, String expected) {
    isNotNull();
    String title = actual.title().get(language).orElse(null);
    if (!expected.equals(title)) {
      failWithMessage("%s", "Expecting measure " + actual.number() + " to have the " + language
          + " title\n  \"" + expected + "\"\nbut it is\n  "
          + (title == null ? "absent" : "\"" + title + "\""));
    }
    return myself;
  }

  private String assignments() {
    if (actual.institutions().isEmpty()) {
      return "(none)";
    }
    return actual.institutions().stream().map(a -> a.institution() + " " + a.role())
        .collect(Collectors.joining(", "));
  }
}
