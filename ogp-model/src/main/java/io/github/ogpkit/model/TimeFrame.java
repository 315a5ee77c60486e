package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * When a measure is to be carried out, or the period of a plan (format 1.1): one
 * {@linkplain TimePoint time point} (a year, a quarter, a month or a day), an inclusive interval
 * from one to another, an interval with no stated start (a deadline) or no stated end (ongoing),
 * or {@code permanent}.
 *
 * <table>
 * <caption>Notation and factory</caption>
 * <tr><th>text</th><th>factory</th><th>meaning</th></tr>
 * <tr><td>{@code 2016}</td><td>{@link #ofYear(int)}</td><td>the whole year</td></tr>
 * <tr><td>{@code 2012-03}</td><td>{@link #ofMonth(YearMonth)}</td><td>the whole month</td></tr>
 * <tr><td>{@code 2022-Q4}, {@code 2023-06-30}</td><td>{@link #of(TimePoint)}</td><td>a quarter,
 *     a day</td></tr>
 * <tr><td>{@code 2016/2018}</td><td>{@link #ofYears(int, int)}</td><td>2016 to 2018, inclusive</td></tr>
 * <tr><td>{@code 2012-03/2012-04}</td><td>{@link #ofMonths(YearMonth, YearMonth)}</td><td>March to April 2012</td></tr>
 * <tr><td>{@code 2022-07-01/2023-Q2}</td><td>{@link #of(TimePoint, TimePoint)}</td><td>any two
 *     time points, the first not after the second</td></tr>
 * <tr><td>{@code ../2023-12}</td><td>{@link #until(TimePoint)}</td><td>by December 2023: no
 *     stated start</td></tr>
 * <tr><td>{@code 2022-09/..}</td><td>{@link #from(TimePoint)}</td><td>from September 2022: no
 *     stated end</td></tr>
 * <tr><td>{@code permanent}</td><td>{@link #permanent()}</td><td>a standing activity with no end</td></tr>
 * </table>
 *
 * <p>{@link #toString()} writes the shortest form and {@link #parse(CharSequence)} reads it back:
 * {@code TimeFrame.parse("2016/2016")} prints as {@code 2016}. How each end was written is kept:
 * {@code 2016} and {@code 2016-01/2016-12} cover the same days but are different values, so that
 * what was written is what is printed.
 *
 * <pre>{@code
 * TimeFrame plan = TimeFrame.parse("2016/2018");
 * plan.contains(TimeFrame.parse("2017"));       // true
 * plan.contains(TimeFrame.parse("../2017-06")); // true: the one bound it states is inside
 * plan.years();                                 // [2016, 2017, 2018]
 * }</pre>
 *
 * <p>The printed forms of real documents ({@code 2016-2018}, {@code March-April 2012}, "this
 * activity shall be implemented permanently") are not accepted here: read them with
 * {@link PrintedTimeFrames#parse(CharSequence)}.
 *
 * <p>This class is immutable and value-based.
 */
@API(status = STABLE, since = "0.1")
public final class TimeFrame implements Comparable<TimeFrame> {

  /** Smallest year a time frame may name. */
  public static final int MIN_YEAR = 1900;
  /** Largest year a time frame may name. */
  public static final int MAX_YEAR = 2999;

  /** The grammar, for messages. */
  static final String GRAMMAR = "YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD, START/END of those, "
      + "../END, START/.. or permanent (for example 2016, 2022-Q4, 2012-03, 2023-06-30, "
      + "2016/2018, ../2023-12, 2022-09/..)";

  private static final TimeFrame PERMANENT = new TimeFrame(null, null);

  // Null for an open end; both null only in PERMANENT (../.. is no time frame).
  private final @Nullable TimePoint start;
  private final @Nullable TimePoint end;

  private TimeFrame(@Nullable TimePoint start, @Nullable TimePoint end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the permanent time frame: a standing activity with no end.
   *
   * @return the permanent time frame, not null
   */
  public static TimeFrame permanent() {
    return PERMANENT;
  }

  /**
   * Obtains a time frame of one whole year.
   *
   * @param year the year, 1900 to 2999
   * @return the time frame, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static TimeFrame ofYear(int year) {
    return of(TimePoint.ofYear(year));
  }

  /**
   * Obtains a time frame of whole years, inclusive.
   *
   * @param startYear the first year, 1900 to 2999
   * @param endYear the last year, not before {@code startYear}
   * @return the time frame, not null
   * @throws IllegalArgumentException if a year is out of range or the start is after the end
   */
  public static TimeFrame ofYears(int startYear, int endYear) {
    return of(TimePoint.ofYear(startYear), TimePoint.ofYear(endYear));
  }

  /**
   * Obtains a time frame of one whole month.
   *
   * @param month the month, not null, its year 1900 to 2999
   * @return the time frame, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static TimeFrame ofMonth(YearMonth month) {
    return of(TimePoint.ofMonth(month));
  }

  /**
   * Obtains a time frame of whole months, inclusive.
   *
   * @param start the first month, not null
   * @param end the last month, not null, not before {@code start}
   * @return the time frame, not null
   * @throws IllegalArgumentException if a year is out of range or the start is after the end
   */
  public static TimeFrame ofMonths(YearMonth start, YearMonth end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    return of(TimePoint.ofMonth(start), TimePoint.ofMonth(end));
  }

  /**
   * Obtains a time frame of one time point: a year, a quarter, a month or a day.
   *
   * @param point the time point, not null
   * @return the time frame, not null
   * @since 0.2
   */
  public static TimeFrame of(TimePoint point) {
    Objects.requireNonNull(point, "point");
    return new TimeFrame(point, point);
  }

  /**
   * Obtains a time frame from one time point to another, inclusive. Two equal points give the
   * time frame of that point.
   *
   * @param start the first time point, not null
   * @param end the last time point, not null, whose last day is not before the first day of
   *     {@code start}
   * @return the time frame, not null
   * @throws IllegalArgumentException if {@code start} begins after {@code end} ends
   * @since 0.2
   */
  public static TimeFrame of(TimePoint start, TimePoint end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.firstDay().isAfter(end.lastDay())) {
      throw new IllegalArgumentException("time frame starts after it ends: " + start
          + " is after " + end);
    }
    return new TimeFrame(start, start.equals(end) ? start : end);
  }

  /**
   * Obtains a time frame with no stated start that ends with a time point: a deadline, "by
   * December 2023" ({@code ../2023-12}).
   *
   * @param end the last time point, not null
   * @return the time frame, not null
   * @since 0.2
   */
  public static TimeFrame until(TimePoint end) {
    return new TimeFrame(null, Objects.requireNonNull(end, "end"));
  }

  /**
   * Obtains a time frame that starts with a time point and states no end: "ongoing from
   * September 2022" ({@code 2022-09/..}).
   *
   * @param start the first time point, not null
   * @return the time frame, not null
   * @since 0.2
   */
  public static TimeFrame from(TimePoint start) {
    return new TimeFrame(Objects.requireNonNull(start, "start"), null);
  }

  /**
   * Parses the format's notation (grammar 1.1): an END, {@code START/END}, {@code ../END},
   * {@code START/..} or {@code permanent}, where START and END are each {@code YYYY},
   * {@code YYYY-Qn}, {@code YYYY-MM} or {@code YYYY-MM-DD} ({@link TimePoint#parse}) and START
   * does not begin after END ends. {@code ../..} is no time frame.
   *
   * @param text the text, not null
   * @return the time frame, not null
   * @throws ValueParseException if the text is not a time frame, naming it and the problem
   */
  public static TimeFrame parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.equals("permanent")) {
      return PERMANENT;
    }
    int slash = s.indexOf('/');
    if (slash < 0) {
      return of(point(s, 0, s.length()));
    }
    boolean openStart = slash == 2 && s.startsWith("..");
    boolean openEnd = s.length() - slash == 3 && s.endsWith("..");
    if (openStart && openEnd) {
      throw new ValueParseException("time frame " + ValueParseException.quote(s)
          + " states neither a start nor an end; it is not " + GRAMMAR, s, 0);
    }
    TimePoint start = openStart ? null : point(s, 0, slash);
    TimePoint end = openEnd ? null : point(s, slash + 1, s.length());
    if (start == null) {
      return until(end);
    }
    if (end == null) {
      return from(start);
    }
    if (start.firstDay().isAfter(end.lastDay())) {
      throw new ValueParseException("time frame " + ValueParseException.quote(s)
          + " starts after it ends", s, slash);
    }
    return of(start, end);
  }

  private static TimePoint point(String s, int from, int to) {
    return TimePoint.parse(s, from, to, s, "time frame");
  }

  /**
   * Tells whether this is the permanent time frame.
   *
   * @return true for {@code permanent}
   */
  public boolean isPermanent() {
    return this == PERMANENT;
  }

  /**
   * Tells whether this time frame states both its start and its end: not permanent, no open
   * end. The period of a plan is always bounded.
   *
   * @return true if it has a first and a last day
   * @since 0.2
   */
  public boolean isBounded() {
    return start != null && end != null;
  }

  /**
   * Returns the time point this time frame starts with.
   *
   * @return the first time point, or empty for {@code permanent} and for a deadline
   *     ({@code ../END})
   * @since 0.2
   */
  public Optional<TimePoint> startPoint() {
    return Optional.ofNullable(start);
  }

  /**
   * Returns the time point this time frame ends with.
   *
   * @return the last time point, or empty for {@code permanent} and for {@code START/..}
   * @since 0.2
   */
  public Optional<TimePoint> endPoint() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns the first day of this time frame: the first day of its start.
   *
   * @return the first day, or empty when the time frame states no start
   * @since 0.2
   */
  public Optional<LocalDate> firstDay() {
    return start == null ? Optional.empty() : Optional.of(start.firstDay());
  }

  /**
   * Returns the last day of this time frame: the last day of its end.
   *
   * @return the last day, or empty when the time frame states no end
   * @since 0.2
   */
  public Optional<LocalDate> lastDay() {
    return end == null ? Optional.empty() : Optional.of(end.lastDay());
  }

  /**
   * Returns the month of the first day of this time frame: January for a frame that starts with
   * a year, the first month of a quarter.
   *
   * @return the first month, not null
   * @throws IllegalStateException if the time frame is permanent or states no start
   */
  public YearMonth start() {
    if (start == null) {
      throw new IllegalStateException(unbounded("start"));
    }
    return YearMonth.from(start.firstDay());
  }

  /**
   * Returns the month of the last day of this time frame: December for a frame that ends with a
   * year, the last month of a quarter.
   *
   * @return the last month, not null
   * @throws IllegalStateException if the time frame is permanent or states no end
   */
  public YearMonth end() {
    if (end == null) {
      throw new IllegalStateException(unbounded("end"));
    }
    return YearMonth.from(end.lastDay());
  }

  /**
   * Returns the calendar years this time frame touches, in order: {@code [2016, 2017, 2018]} for
   * {@code 2016/2018}, {@code [2016, 2017]} for {@code 2016-11/2017-02}.
   *
   * @return the years, not null, not empty, immutable
   * @throws IllegalStateException if the time frame is not {@linkplain #isBounded() bounded}
   */
  public List<Year> years() {
    if (start == null || end == null) {
      throw new IllegalStateException(unbounded("years"));
    }
    List<Year> years = new ArrayList<>();
    for (int y = start.year(); y <= end.year(); y++) {
      years.add(Year.of(y));
    }
    return Collections.unmodifiableList(years);
  }

  private String unbounded(String what) {
    return isPermanent()
        ? "a permanent time frame has no " + what + "; check isPermanent() first"
        : "time frame " + this + " states no " + (start == null ? "start" : "end")
            + ", so it has no " + what + "; check isBounded() first";
  }

  /**
   * Tells whether another time frame lies within this one: every bound the other states (the
   * first day of its start, the last day of its end) is on or after this frame's first day and
   * on or before its last day, where this frame states them. An open end and {@code permanent}
   * state no bound: {@code permanent} contains every frame, and lies within every frame;
   * {@code ../2017-06} lies within {@code 2016/2018}. Every frame contains itself.
   *
   * <p>Format 1.0 said that a bounded frame never contains {@code permanent}; format 1.1 defines
   * containment by stated bounds, and the rule about a measure's time frame and its parent's
   * keeps 1.0's meaning on its own.
   *
   * @param other the other time frame, not null
   * @return true if {@code other} is within this frame
   */
  public boolean contains(TimeFrame other) {
    Objects.requireNonNull(other, "other");
    return (other.start == null || within(other.start.firstDay()))
        && (other.end == null || within(other.end.lastDay()));
  }

  /** Whether a day is within the bounds this frame states. */
  private boolean within(LocalDate day) {
    return (start == null || !day.isBefore(start.firstDay()))
        && (end == null || !day.isAfter(end.lastDay()));
  }

  /**
   * Orders time frames by their first day (an open start first), then by their last day (an open
   * end last), then by how the start is written, then by how the end is written, from an open end
   * to a year, a quarter, a month and a day; {@code permanent} comes last. Consistent with
   * {@link #equals(Object)}.
   *
   * @param other the other time frame, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(TimeFrame other) {
    if (isPermanent() || other.isPermanent()) {
      return Boolean.compare(isPermanent(), other.isPermanent());
    }
    int c = compareStarts(start, other.start);
    if (c == 0) {
      c = compareEnds(end, other.end);
    }
    if (c == 0) {
      c = Integer.compare(form(start), form(other.start));
    }
    if (c == 0) {
      c = Integer.compare(form(end), form(other.end));
    }
    return c;
  }

  private static int compareStarts(@Nullable TimePoint a, @Nullable TimePoint b) {
    if (a == null || b == null) {
      return Boolean.compare(b == null, a == null);
    }
    return a.firstDay().compareTo(b.firstDay());
  }

  private static int compareEnds(@Nullable TimePoint a, @Nullable TimePoint b) {
    if (a == null || b == null) {
      return Boolean.compare(a == null, b == null);
    }
    return a.lastDay().compareTo(b.lastDay());
  }

  /** An end's form in the order of forms: open, then the precisions from the coarsest. */
  private static int form(@Nullable TimePoint p) {
    return p == null ? 0 : 1 + p.precision().ordinal();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj || obj instanceof TimeFrame other && Objects.equals(start, other.start)
        && Objects.equals(end, other.end);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(start) * 31 + Objects.hashCode(end);
  }

  /**
   * Returns the shortest form of the format's notation: {@code 2016}, {@code 2012-03/2012-04},
   * {@code ../2023-12}, {@code 2022-09/..}, {@code permanent}. {@link #parse(CharSequence)} reads
   * it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (isPermanent()) {
      return "permanent";
    }
    if (start != null && start.equals(end)) {
      return start.toString();
    }
    return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
  }
}
