package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * When a measure is to be carried out, or the period of a plan: a year, a month, an inclusive
 * interval of years or months, or {@code permanent}.
 *
 * <table>
 * <caption>Notation and factory</caption>
 * <tr><th>text</th><th>factory</th><th>meaning</th></tr>
 * <tr><td>{@code 2016}</td><td>{@link #ofYear(int)}</td><td>the whole year</td></tr>
 * <tr><td>{@code 2012-03}</td><td>{@link #ofMonth(YearMonth)}</td><td>the whole month</td></tr>
 * <tr><td>{@code 2016/2018}</td><td>{@link #ofYears(int, int)}</td><td>2016 to 2018, inclusive</td></tr>
 * <tr><td>{@code 2012-03/2012-04}</td><td>{@link #ofMonths(YearMonth, YearMonth)}</td><td>March to April 2012</td></tr>
 * <tr><td>{@code 2016/2017-06}</td><td>{@link #parse(CharSequence)}</td><td>January 2016 to June 2017</td></tr>
 * <tr><td>{@code permanent}</td><td>{@link #permanent()}</td><td>a standing activity with no end</td></tr>
 * </table>
 *
 * <p>{@link #toString()} writes the shortest form and {@link #parse(CharSequence)} reads it back:
 * {@code TimeFrame.parse("2016/2016")} prints as {@code 2016}. Whether an end was written as a
 * year or as a month is kept: {@code 2016} and {@code 2016-01/2016-12} cover the same months but
 * are different values, so that what was written is what is printed.
 *
 * <pre>{@code
 * TimeFrame plan = TimeFrame.parse("2016/2018");
 * plan.contains(TimeFrame.parse("2017")); // true
 * plan.years();                           // [2016, 2017, 2018]
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

  private static final TimeFrame PERMANENT = new TimeFrame(0, 0, 0, 0);

  // month 0 means "the whole year"; year 0 only in PERMANENT.
  private final int startYear;
  private final int startMonth;
  private final int endYear;
  private final int endMonth;

  private TimeFrame(int startYear, int startMonth, int endYear, int endMonth) {
    this.startYear = startYear;
    this.startMonth = startMonth;
    this.endYear = endYear;
    this.endMonth = endMonth;
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
    checkYear(year);
    return new TimeFrame(year, 0, year, 0);
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
    checkYear(startYear);
    checkYear(endYear);
    return create(startYear, 0, endYear, 0);
  }

  /**
   * Obtains a time frame of one whole month.
   *
   * @param month the month, not null, its year 1900 to 2999
   * @return the time frame, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static TimeFrame ofMonth(YearMonth month) {
    Objects.requireNonNull(month, "month");
    checkYear(month.getYear());
    return new TimeFrame(month.getYear(), month.getMonthValue(), month.getYear(),
        month.getMonthValue());
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
    checkYear(start.getYear());
    checkYear(end.getYear());
    return create(start.getYear(), start.getMonthValue(), end.getYear(), end.getMonthValue());
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "year must be between " + MIN_YEAR + " and " + MAX_YEAR + ", was " + year);
    }
  }

  private static TimeFrame create(int startYear, int startMonth, int endYear, int endMonth) {
    YearMonth first = YearMonth.of(startYear, startMonth == 0 ? 1 : startMonth);
    YearMonth last = YearMonth.of(endYear, endMonth == 0 ? 12 : endMonth);
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("time frame starts after it ends: "
          + part(startYear, startMonth) + " is after " + part(endYear, endMonth));
    }
    return new TimeFrame(startYear, startMonth, endYear, endMonth);
  }

  /**
   * Parses the format's notation: {@code YYYY}, {@code YYYY-MM}, {@code START/END} where each is
   * {@code YYYY} or {@code YYYY-MM}, or {@code permanent}. Years are four digits from 1900 to
   * 2999, months two digits from 01 to 12, and the start must not be after the end.
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
    int[] start = parsePart(s, 0, slash < 0 ? s.length() : slash);
    int[] end = slash < 0 ? start : parsePart(s, slash + 1, s.length());
    try {
      return create(start[0], start[1], end[0], end[1]);
    } catch (IllegalArgumentException e) {
      throw new ValueParseException("time frame " + ValueParseException.quote(s)
          + " starts after it ends", s, slash);
    }
  }

  private static int[] parsePart(String s, int from, int to) {
    int length = to - from;
    boolean shape = (length == 4 || length == 7) && digits(s, from, from + 4)
        && (length == 4 || s.charAt(from + 4) == '-' && digits(s, from + 5, from + 7));
    if (!shape) {
      throw new ValueParseException("time frame " + ValueParseException.quote(s)
          + " is not YYYY, YYYY-MM, START/END or permanent (for example 2016, 2012-03, "
          + "2016/2018, 2012-03/2012-04)", s, from);
    }
    int year = Integer.parseInt(s, from, from + 4, 10);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new ValueParseException("time frame " + ValueParseException.quote(s) + " has year "
          + year + "; years are " + MIN_YEAR + " to " + MAX_YEAR, s, from);
    }
    int month = 0;
    if (length == 7) {
      month = Integer.parseInt(s, from + 5, from + 7, 10);
      if (month < 1 || month > 12) {
        throw new ValueParseException("time frame " + ValueParseException.quote(s) + " has month "
            + s.substring(from + 5, from + 7) + "; months are 01 to 12", s, from + 5);
      }
    }
    return new int[] {year, month};
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
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
   * Returns the first month this time frame covers: January for a frame that starts with a year.
   *
   * @return the first month, not null
   * @throws IllegalStateException if the time frame is permanent, which has no bounds
   */
  public YearMonth start() {
    checkBounded("start");
    return YearMonth.of(startYear, startMonth == 0 ? 1 : startMonth);
  }

  /**
   * Returns the last month this time frame covers: December for a frame that ends with a year.
   *
   * @return the last month, not null
   * @throws IllegalStateException if the time frame is permanent, which has no bounds
   */
  public YearMonth end() {
    checkBounded("end");
    return YearMonth.of(endYear, endMonth == 0 ? 12 : endMonth);
  }

  /**
   * Returns the calendar years this time frame touches, in order: {@code [2016, 2017, 2018]} for
   * {@code 2016/2018}, {@code [2016, 2017]} for {@code 2016-11/2017-02}.
   *
   * @return the years, not null, not empty, immutable
   * @throws IllegalStateException if the time frame is permanent
   */
  public List<Year> years() {
    checkBounded("years");
    List<Year> years = new ArrayList<>(endYear - startYear + 1);
    for (int y = startYear; y <= endYear; y++) {
      years.add(Year.of(y));
    }
    return Collections.unmodifiableList(years);
  }

  private void checkBounded(String what) {
    if (isPermanent()) {
      throw new IllegalStateException(
          "a permanent time frame has no " + what + "; check isPermanent() first");
    }
  }

  /**
   * Tells whether another time frame lies within this one. A permanent frame contains every
   * frame; a bounded frame contains another bounded frame whose months all lie within its own,
   * and never a permanent one. Every frame contains itself.
   *
   * @param other the other time frame, not null
   * @return true if {@code other} is within this frame
   */
  public boolean contains(TimeFrame other) {
    Objects.requireNonNull(other, "other");
    if (isPermanent()) {
      return true;
    }
    if (other.isPermanent()) {
      return false;
    }
    // Months counted from year 0, as start() and end() would compare: the validation rules ask
    // this of every measure, and making four YearMonths each time cost more than comparing.
    return other.firstMonth() >= firstMonth() && other.lastMonth() <= lastMonth();
  }

  /** The month {@link #start()} returns, counted from January of year 0. */
  private int firstMonth() {
    return startYear * 12 + (startMonth == 0 ? 1 : startMonth) - 1;
  }

  /** The month {@link #end()} returns, counted from January of year 0. */
  private int lastMonth() {
    return endYear * 12 + (endMonth == 0 ? 12 : endMonth) - 1;
  }

  /**
   * Orders time frames by their first month, then by their last month, then with frames written
   * as years before frames written as months; the permanent frame comes last.
   *
   * @param other the other time frame, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(TimeFrame other) {
    if (isPermanent() || other.isPermanent()) {
      return Boolean.compare(isPermanent(), other.isPermanent());
    }
    int c = start().compareTo(other.start());
    if (c == 0) {
      c = end().compareTo(other.end());
    }
    if (c == 0) {
      c = Integer.compare(startMonth, other.startMonth);
    }
    if (c == 0) {
      c = Integer.compare(endMonth, other.endMonth);
    }
    return c;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj
        || obj instanceof TimeFrame other && startYear == other.startYear
            && startMonth == other.startMonth && endYear == other.endYear
            && endMonth == other.endMonth;
  }

  @Override
  public int hashCode() {
    return ((startYear * 31 + startMonth) * 31 + endYear) * 31 + endMonth;
  }

  /**
   * Returns the shortest form of the format's notation: {@code 2016}, {@code 2012-03/2012-04},
   * {@code permanent}. {@link #parse(CharSequence)} reads it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (isPermanent()) {
      return "permanent";
    }
    String start = part(startYear, startMonth);
    if (startYear == endYear && startMonth == endMonth) {
      return start;
    }
    return start + "/" + part(endYear, endMonth);
  }

  private static String part(int year, int month) {
    // Locale.ROOT: the default locale may have other digits (ar-SA writes ٢٠١٢-٠٣).
    return month == 0 ? Integer.toString(year)
        : String.format(Locale.ROOT, "%04d-%02d", year, month);
  }
}
