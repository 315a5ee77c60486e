package io.github.ogpkit.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A calendar quarter of a year, such as {@code 2022-Q4} (October to December 2022), as time
 * frames write quarters.
 *
 * @param year the year
 * @param quarter the quarter, 1 to 4
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record YearQuarter(int year, int quarter) implements Comparable<YearQuarter> {

  private static final Comparator<YearQuarter> ORDER =
      Comparator.comparingInt(YearQuarter::year).thenComparingInt(YearQuarter::quarter);

  /**
   * Creates a quarter.
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   * @throws IllegalArgumentException if the quarter is not 1 to 4
   */
  public YearQuarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
    }
  }

  /**
   * Returns the quarter a day falls in.
   *
   * @param day the day, not null
   * @return the quarter, not null
   */
  public static YearQuarter of(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new YearQuarter(day.getYear(), (day.getMonthValue() + 2) / 3);
  }

  /**
   * Returns the quarter's first day, such as 2022-10-01 for {@code 2022-Q4}.
   *
   * @return the first day, not null
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, quarter * 3 - 2, 1);
  }

  /**
   * Returns the quarter's last day, such as 2022-12-31 for {@code 2022-Q4}.
   *
   * @return the last day, not null
   */
  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  /**
   * Returns the quarter's days, from its first to its last, both included.
   *
   * @return the closed range, not null
   */
  public Range<LocalDate> days() {
    return Range.closed(firstDay(), lastDay());
  }

  /**
   * Returns the next quarter ({@code 2023-Q1} after {@code 2022-Q4}).
   *
   * @return the next quarter, not null
   */
  public YearQuarter next() {
    return quarter == 4 ? new YearQuarter(year + 1, 1) : new YearQuarter(year, quarter + 1);
  }

  /**
   * Orders quarters in time.
   *
   * @param other the other quarter, not null
   * @return negative, zero or positive as this quarter is before, the same as or after the other
   */
  @Override
  public int compareTo(YearQuarter other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the quarter as time frames write it, such as {@code 2022-Q4}, whatever the default
   * locale.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%04d-Q%d", year, quarter);
  }
}
