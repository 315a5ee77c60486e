package io.github.ogpkit.model.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.Serializable;
import org.apiguardian.api.API;

/**
 * Where in a JSON text a finding is: a 1-based line and column.
 *
 * <p>Serializable as a record: deserialization goes through the constructor, which checks the
 * values.
 *
 * @param line the line, from 1
 * @param column the column, from 1, counted in characters
 */
@API(status = STABLE, since = "0.1")
public record TextLocation(int line, int column)
    implements Comparable<TextLocation>, Serializable {

  /**
   * Creates a location.
   *
   * @param line the line, at least 1
   * @param column the column, at least 1
   * @throws IllegalArgumentException if either is below 1
   */
  public TextLocation {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column are 1-based, were " + line + ":" + column);
    }
  }

  /**
   * Obtains a location.
   *
   * @param line the line, at least 1
   * @param column the column, at least 1
   * @return the location, not null
   */
  public static TextLocation of(int line, int column) {
    return new TextLocation(line, column);
  }

  @Override
  public int compareTo(TextLocation other) {
    int c = Integer.compare(line, other.line);
    return c != 0 ? c : Integer.compare(column, other.column);
  }

  /**
   * Returns {@code LINE:COLUMN}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
