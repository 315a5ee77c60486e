package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One end of a {@link TimeFrame}: a year, a quarter, a month or a day, written {@code 2016},
 * {@code 2022-Q4}, {@code 2012-03} or {@code 2023-06-30} (format 1.1). Each has a first and a last
 * day: {@code 2022-Q4} runs from 2022-10-01 to 2022-12-31.
 *
 * <pre>{@code
 * TimePoint q = TimePoint.parse("2022-Q4");
 * q.firstDay();  // 2022-10-01
 * q.lastDay();   // 2022-12-31
 * q.precision(); // QUARTER
 * }</pre>
 *
 * <p>Like the {@code java.time} types it stands for, it is immutable and value-based, and
 * {@link #toString()} writes what {@link #parse(CharSequence)} reads. Years are 1900 to 2999
 * ({@link TimeFrame#MIN_YEAR}, {@link TimeFrame#MAX_YEAR}).
 */
@API(status = STABLE, since = "0.2")
public final class TimePoint implements Comparable<TimePoint> {

  /** How precisely a time point is written, from the coarsest to the finest. */
  @API(status = STABLE, since = "0.2")
  public enum Precision {
    /** A year: {@code YYYY}. */
    YEAR,
    /** A quarter of a year: {@code YYYY-Qn}, n from 1 to 4. */
    QUARTER,
    /** A month: {@code YYYY-MM}. */
    MONTH,
    /** A day: {@code YYYY-MM-DD}. */
    DAY
  }

  private final Precision precision;
  private final LocalDate first;
  private final LocalDate last;

  private TimePoint(Precision precision, LocalDate first, LocalDate last) {
    this.precision = precision;
    this.first = first;
    this.last = last;
  }

  /**
   * Obtains a whole year.
   *
   * @param year the year, 1900 to 2999
   * @return the time point, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static TimePoint ofYear(int year) {
    checkYear(year);
    return new TimePoint(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Obtains a quarter of a year: the first is January to March.
   *
   * @param year the year, 1900 to 2999
   * @param quarter the quarter, 1 to 4
   * @return the time point, not null
   * @throws IllegalArgumentException if the year or the quarter is out of range
   */
  public static TimePoint ofQuarter(int year, int quarter) {
    checkYear(year);
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
    }
    YearMonth firstMonth = YearMonth.of(year, quarter * 3 - 2);
    return new TimePoint(Precision.QUARTER, firstMonth.atDay(1),
        firstMonth.plusMonths(2).atEndOfMonth());
  }

  /**
   * Obtains a whole month.
   *
   * @param month the month, not null, its year 1900 to 2999
   * @return the time point, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static TimePoint ofMonth(YearMonth month) {
    Objects.requireNonNull(month, "month");
    checkYear(month.getYear());
    return new TimePoint(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Obtains one day.
   *
   * @param day the day, not null, its year 1900 to 2999
   * @return the time point, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static TimePoint ofDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    checkYear(day.getYear());
    return new TimePoint(Precision.DAY, day, day);
  }

  private static void checkYear(int year) {
    if (year < TimeFrame.MIN_YEAR || year > TimeFrame.MAX_YEAR) {
      throw new IllegalArgumentException("year must be between " + TimeFrame.MIN_YEAR + " and "
          + TimeFrame.MAX_YEAR + ", was " + year);
    }
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-Qn}, {@code YYYY-MM} or {@code YYYY-MM-DD}: four-digit years
   * from 1900 to 2999, an upper-case {@code Q} and a quarter from 1 to 4, two-digit months from 01
   * to 12, and two-digit days that exist in their month ({@code 2024-02-29} but not
   * {@code 2023-02-29}).
   *
   * @param text the text, not null
   * @return the time point, not null
   * @throws ValueParseException if the text is not a time point, naming it and the problem
   */
  public static TimePoint parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    return parse(s, 0, s.length(), s, "time point");
  }

  /**
   * Parses a time point in part of a text; messages name the whole text.
   *
   * @param s the text
   * @param from where the time point starts
   * @param to where it ends
   * @param whole the text to name in messages
   * @param what what the whole text is, for messages ({@code time frame})
   * @return the time point
   * @throws ValueParseException if the part is not a time point
   */
  static TimePoint parse(String s, int from, int to, String whole, String what) {
    int length = to - from;
    boolean yearShape = length >= 4 && digits(s, from, from + 4);
    Precision precision = !yearShape ? null
        : length == 4 ? Precision.YEAR
        : length == 7 && s.charAt(from + 4) == '-' && s.charAt(from + 5) == 'Q'
            && digits(s, from + 6, from + 7) ? Precision.QUARTER
        : length == 7 && s.charAt(from + 4) == '-' && digits(s, from + 5, from + 7)
            ? Precision.MONTH
        : length == 10 && s.charAt(from + 4) == '-' && digits(s, from + 5, from + 7)
            && s.charAt(from + 7) == '-' && digits(s, from + 8, from + 10) ? Precision.DAY
        : null;
    if (precision == null) {
      throw new ValueParseException(what + " " + ValueParseException.quote(whole)
          + " is not " + TimeFrame.GRAMMAR, whole, from);
    }
    int year = number(s, from, from + 4);
    if (year < TimeFrame.MIN_YEAR || year > TimeFrame.MAX_YEAR) {
      throw new ValueParseException(what + " " + ValueParseException.quote(whole) + " has year "
          + year + "; years are " + TimeFrame.MIN_YEAR + " to " + TimeFrame.MAX_YEAR, whole,
          from);
    }
    if (precision == Precision.YEAR) {
      return ofYear(year);
    }
    if (precision == Precision.QUARTER) {
      int quarter = s.charAt(from + 6) - '0';
      if (quarter < 1 || quarter > 4) {
        throw new ValueParseException(what + " " + ValueParseException.quote(whole)
            + " has quarter Q" + quarter + "; quarters are Q1 to Q4", whole, from + 6);
      }
      return ofQuarter(year, quarter);
    }
    int month = number(s, from + 5, from + 7);
    if (month < 1 || month > 12) {
      throw new ValueParseException(what + " " + ValueParseException.quote(whole) + " has month "
          + s.substring(from + 5, from + 7) + "; months are 01 to 12", whole, from + 5);
    }
    if (precision == Precision.MONTH) {
      return ofMonth(YearMonth.of(year, month));
    }
    int day = number(s, from + 8, from + 10);
    YearMonth ym = YearMonth.of(year, month);
    if (day < 1 || day > ym.lengthOfMonth()) {
      throw new ValueParseException(what + " " + ValueParseException.quote(whole) + " has day "
          + s.substring(from + 8, from + 10) + "; " + s.substring(from, from + 7) + " has "
          + ym.lengthOfMonth() + " days", whole, from + 8);
    }
    return ofDay(ym.atDay(day));
  }

  /**
   * The number that ASCII digits, already checked by {@link #digits}, write. A plain loop:
   * {@code Integer.parseInt} looks every digit up as a Unicode character, which was about 1% of
   * reading a plan of 1,000 measures.
   */
  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
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
   * Returns how precisely this time point is written.
   *
   * @return the precision, not null
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Returns the year this time point lies in.
   *
   * @return the year, 1900 to 2999
   */
  public int year() {
    return first.getYear();
  }

  /**
   * Returns the first day of this time point: 1 January of a year, the first day of a quarter or
   * month, the day itself.
   *
   * @return the first day, not null
   */
  public LocalDate firstDay() {
    return first;
  }

  /**
   * Returns the last day of this time point: 31 December of a year, the last day of a quarter or
   * month, the day itself.
   *
   * @return the last day, not null
   */
  public LocalDate lastDay() {
    return last;
  }

  /**
   * Orders time points by their first day, then by their last day, then from the coarsest
   * precision to the finest. Consistent with {@link #equals(Object)}.
   *
   * @param other the other time point, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(TimePoint other) {
    int c = first.compareTo(other.first);
    if (c == 0) {
      c = last.compareTo(other.last);
    }
    return c != 0 ? c : precision.compareTo(other.precision);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj || obj instanceof TimePoint other && precision == other.precision
        && first.equals(other.first);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + precision.ordinal();
  }

  /**
   * Returns the format's notation: {@code 2016}, {@code 2022-Q4}, {@code 2012-03},
   * {@code 2023-06-30}. {@link #parse(CharSequence)} reads it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    // Locale.ROOT: the default locale may have other digits (ar-SA writes ٢٠١٢-٠٣).
    return switch (precision) {
      case YEAR -> Integer.toString(first.getYear());
      case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", first.getYear(),
          (first.getMonthValue() + 2) / 3);
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", first.getYear(),
          first.getMonthValue());
      case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", first.getYear(),
          first.getMonthValue(), first.getDayOfMonth());
    };
  }
}
