package io.github.ogpkit.rules.internal.monitoring;

import io.github.ogpkit.model.TimeFrame;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The days a time frame covers, for the rules about when action plans run: from its first day to
 * its last day, inclusive. An end the frame does not state is open (an ongoing {@code START/..}
 * runs on; {@code ../END} has no known start), and {@code permanent} covers all time, as
 * {@link TimeFrame#contains} treats them.
 *
 * @param first the first day, or null for no bound
 * @param last the last day, or null for no bound
 */
record Span(@Nullable LocalDate first, @Nullable LocalDate last) {

  static Span of(TimeFrame frame) {
    return new Span(frame.firstDay().orElse(null), frame.lastDay().orElse(null));
  }

  /** Whether the two share at least one day. */
  boolean overlaps(Span other) {
    return before(first, other.last) && before(other.first, last);
  }

  /** Whether a day that starts a span is on or before a day that ends another. */
  private static boolean before(@Nullable LocalDate start, @Nullable LocalDate end) {
    return start == null || end == null || !start.isAfter(end);
  }
}
