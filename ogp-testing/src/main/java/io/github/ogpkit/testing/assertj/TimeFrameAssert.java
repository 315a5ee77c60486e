package io.github.ogpkit.testing.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.TimeFrame;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractComparableAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link TimeFrame}; obtain them from
 * {@link OgpAssertions#assertThat(TimeFrame)}. Comparisons ({@code isLessThan} and so on) follow
 * {@link TimeFrame#compareTo}.
 */
@API(status = STABLE, since = "0.1")
public final class TimeFrameAssert
    extends AbstractComparableAssert<TimeFrameAssert, @Nullable TimeFrame> {

  TimeFrameAssert(@Nullable TimeFrame actual) {
    super(actual, TimeFrameAssert.class);
  }

  /**
   * Verifies that the time frame lies within another.
   *
   * @param outer the enclosing time frame in the format's notation
   * @return this assertion
   */
  public TimeFrameAssert isWithin(String outer) {
    isNotNull();
    if (!TimeFrame.parse(outer).contains(actual)) {
      failWithMessage("%s", "Expecting time frame " + actual + " to be within " + outer
          + " but it is not");
    }
    return myself;
  }

  /**
   * Verifies that the time frame contains another.
   *
   * @param inner the contained time frame in the format's notation
   * @return this assertion
   */
  public TimeFrameAssert contains(String inner) {
    isNotNull();
    if (!actual.contains(TimeFrame.parse(inner))) {
      failWithMessage("%s", "Expecting time frame " + actual + " to contain " + inner
          + " but it does not");
    }
    return myself;
  }

  /**
   * Verifies that the time frame is {@code permanent}.
   *
   * @return this assertion
   */
  public TimeFrameAssert isPermanent() {
    isNotNull();
    if (!actual.isPermanent()) {
      failWithMessage("%s", "Expecting time frame " + actual + " to be permanent");
    }
    return myself;
  }

  /**
   * Verifies that the time frame is the one written in the format's notation.
   *
   * @param expected the time frame, such as {@code 2016/2018}
   * @return this assertion
   */
  public TimeFrameAssert isEqualTo(String expected) {
    isNotNull();
    if (!actual.equals(TimeFrame.parse(expected))) {
      failWithMessage("%s", "Expecting time frame " + actual + " to be " + expected);
    }
    return myself;
  }
}
