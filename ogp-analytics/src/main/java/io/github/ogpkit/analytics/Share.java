package io.github.ogpkit.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A count out of a total, such as 7 of 14 measures complete. Kept as two whole numbers, so that
 * answers compare exactly; {@link #fraction()} and {@link #percent()} give the ratio.
 *
 * @param count how many, not negative, at most {@code total}
 * @param total out of how many, not negative
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Share(int count, int total) {

  /**
   * Creates a share.
   *
   * @param count how many, not negative, at most {@code total}
   * @param total out of how many, not negative
   * @throws IllegalArgumentException if count is negative or greater than total
   */
  public Share {
    if (count < 0 || count > total) {
      throw new IllegalArgumentException("a share is 0 to total; was " + count + " of " + total);
    }
  }

  /**
   * Returns the share as a fraction from 0 to 1; 0 when the total is 0.
   *
   * @return the fraction
   */
  public double fraction() {
    return total == 0 ? 0 : (double) count / total;
  }

  /**
   * Returns the share as a percentage from 0 to 100; 0 when the total is 0.
   *
   * @return the percentage
   */
  public double percent() {
    return fraction() * 100;
  }

  /**
   * Returns the share as {@code count/total}, such as {@code 7/14}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return count + "/" + total;
  }
}
