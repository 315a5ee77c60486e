package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A date of which only the year, or the year and month, may be known: {@code 2011},
 * {@code 2016-05} or {@code 2017-06-28}, as monitoring documents write when a decision's day is
 * not on record (MONITORING.md).
 *
 * <pre>{@code
 * PartialDate inactive = PartialDate.parse("2016-05");
 * inactive.firstDay();  // 2016-05-01
 * inactive.lastDay();   // 2016-05-31
 * inactive.precision(); // MONTH
 * PartialDate.parse("2016").compareTo(inactive); // negative: 2016 starts first
 * }</pre>
 *
 * <p>Like the {@code java.time} types, it is immutable and value-based, and {@link #toString()}
 * writes what {@link #parse(CharSequence)} reads. Years have four digits, 0000 to 9999, as the
 * format's full dates do. Partial dates order by their first day, and those with the same first
 * day from the coarsest to the finest: {@code 2016 < 2016-01 < 2016-01-01 < 2016-01-02 <
 * 2016-02}. This order is consistent with {@link #equals(Object)}.
 *
 * <p>Not for a plan's period or a measure's time frame: those are {@link TimeFrame}s, whose ends
 * are {@link TimePoint}s (which have quarters, and order a month before the year it starts). Use
 * {@link LocalDate} where the format requires a full day ({@code asOf}).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class PartialDate implements Comparable<PartialDate> {

  /** How much of a partial date is known, from the coarsest to the finest. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Precision {
    /** The year only: {@code YYYY}. */
    YEAR,
    /** The year and month: {@code YYYY-MM}. */
    MONTH,
    /** The day: {@code YYYY-MM-DD}. */
    DAY
  }

  /** The smallest year a partial date may have. */
  public static final int MIN_YEAR = 0;

  /** The largest year a partial date may have: years are written with four digits. */
  public static final int MAX_YEAR = 9999;

  private static final String GRAMMAR = "YYYY, YYYY-MM or YYYY-MM-DD";

  private final Precision precision;
  private final LocalDate first;

  private PartialDate(Precision precision, LocalDate first) {
    this.precision = precision;
    this.first = first;
  }

  /**
   * Obtains a year.
   *
   * @param year the year, 0 to 9999
   * @return the partial date, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PartialDate of(int year) {
    checkYear(year);
    return new PartialDate(Precision.YEAR, LocalDate.of(year, 1, 1));
  }

  /**
   * Obtains a month.
   *
   * @param year the year, 0 to 9999
   * @param month the month, 1 to 12
   * @return the partial date, not null
   * @throws IllegalArgumentException if the year or the month is out of range
   */
  public static PartialDate of(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1 to 12, was " + month);
    }
    return new PartialDate(Precision.MONTH, LocalDate.of(year, month, 1));
  }

  /**
   * Obtains a month.
   *
   * @param month the month, not null, its year 0 to 9999
   * @return the partial date, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PartialDate of(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return of(month.getYear(), month.getMonthValue());
  }

  /**
   * Obtains a day.
   *
   * @param year the year, 0 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month, valid for the year and month
   * @return the partial date, not null
   * @throws IllegalArgumentException if the year is out of range or the day does not exist
   */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year);
    try {
      return new PartialDate(Precision.DAY, LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Obtains a day.
   *
   * @param day the day, not null, its year 0 to 9999
   * @return the partial date, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PartialDate of(LocalDate day) {
    Objects.requireNonNull(day, "day");
    checkYear(day.getYear());
    return new PartialDate(Precision.DAY, day);
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "year must be between " + MIN_YEAR + " and " + MAX_YEAR + ", was " + year);
    }
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: a four-digit year, a two-digit
   * month from 01 to 12, and a two-digit day that exists in its month ({@code 2024-02-29} but not
   * {@code 2023-02-29}). Nothing else is read: no signs, no spaces, no other digits than ASCII.
   *
   * @param text the text, not null
   * @return the partial date, not null
   * @throws ValueParseException if the text is not a partial date, naming it and the problem
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return parse(text.toString(), "partial date", GRAMMAR);
  }

  /**
   * Parses a full date, {@code YYYY-MM-DD}, as the format writes days ({@code asOf}).
   *
   * @param text the text, not null
   * @param what what the text is, for messages ({@code asOf})
   * @return the day, not null
   * @throws ValueParseException if the text is not a full date, naming it
   */
  static LocalDate parseDay(CharSequence text, String what) {
    Objects.requireNonNull(text, what);
    String s = text.toString();
    PartialDate date = parse(s, what, "a date YYYY-MM-DD");
    if (date.precision != Precision.DAY) {
      throw new ValueParseException(
          what + " " + ValueParseException.quote(s) + " is not a date YYYY-MM-DD", s, 0);
    }
    return date.first;
  }

  private static PartialDate parse(String s, String what, String grammar) {
    int length = s.length();
    boolean shaped = length >= 4 && digits(s, 0, 4)
        && (length == 4
            || length == 7 && s.charAt(4) == '-' && digits(s, 5, 7)
            || length == 10 && s.charAt(4) == '-' && digits(s, 5, 7) && s.charAt(7) == '-'
                && digits(s, 8, 10));
    if (!shaped) {
      throw new ValueParseException(
          what + " " + ValueParseException.quote(s) + " is not " + grammar, s, 0);
    }
    int year = Integer.parseInt(s, 0, 4, 10);
    if (length == 4) {
      return of(year);
    }
    int month = Integer.parseInt(s, 5, 7, 10);
    if (month < 1 || month > 12) {
      throw new ValueParseException(what + " " + ValueParseException.quote(s) + " has month "
          + s.substring(5, 7) + "; months are 01 to 12", s, 5);
    }
    if (length == 7) {
      return of(year, month);
    }
    int day = Integer.parseInt(s, 8, 10, 10);
    YearMonth ym = YearMonth.of(year, month);
    if (day < 1 || day > ym.lengthOfMonth()) {
      throw new ValueParseException(what + " " + ValueParseException.quote(s) + " has day "
          + s.substring(8, 10) + "; " + s.substring(0, 7) + " has " + ym.lengthOfMonth()
          + " days", s, 8);
    }
    return of(ym.atDay(day));
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
   * Returns how much of this date is known.
   *
   * @return the precision, not null
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Returns the year.
   *
   * @return the year, 0 to 9999
   */
  public int year() {
    return first.getYear();
  }

  /**
   * Returns the first day this date may stand for: 1 January of a year, the first of a month, the
   * day itself.
   *
   * @return the first day, not null
   */
  public LocalDate firstDay() {
    return first;
  }

  /**
   * Returns the last day this date may stand for: 31 December of a year, the last day of a month,
   * the day itself.
   *
   * @return the last day, not null
   */
  public LocalDate lastDay() {
    return switch (precision) {
      case YEAR -> first.withDayOfYear(first.lengthOfYear());
      case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
      case DAY -> first;
    };
  }

  /**
   * Orders partial dates by their first day, and those with the same first day from the coarsest
   * precision to the finest ({@code 2016 < 2016-01 < 2016-01-01}). Consistent with
   * {@link #equals(Object)}.
   *
   * @param other the other partial date, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(PartialDate other) {
    int c = first.compareTo(other.first);
    return c != 0 ? c : precision.compareTo(other.precision);
  }

  /**
   * Tells whether another object is a partial date of the same precision and first day:
   * {@code 2016} and {@code 2016-01-01} are not equal.
   *
   * @param obj the other object, may be null
   * @return true if it is an equal partial date
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj || obj instanceof PartialDate other && precision == other.precision
        && first.equals(other.first);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + precision.ordinal();
  }

  /**
   * Returns the format's notation: {@code 2011}, {@code 2016-05}, {@code 2017-06-28}.
   * {@link #parse(CharSequence)} reads it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    // Locale.ROOT: the default locale may have other digits.
    return switch (precision) {
      case YEAR -> String.format(Locale.ROOT, "%04d", first.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", first.getYear(),
          first.getMonthValue());
      case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", first.getYear(),
          first.getMonthValue(), first.getDayOfMonth());
    };
  }
}
