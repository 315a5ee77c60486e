package io.github.ogpkit.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount measured by an indicator, as a baseline or a target: a number with an optional unit
 * and an optional year, such as {@code 12 services (2016)}.
 *
 * <p>The value is an exact decimal with its scale: {@code 1.0} and {@code 1} are different values,
 * as they are different JSON texts. The unit, when present, is not blank.
 *
 * <pre>{@code
 * Quantity q = Quantity.of(new BigDecimal("40")).withUnit("services").withYear(2018);
 * q.toString();                       // "40 services (2018)"
 * Quantity.parse("40 services (2018)").equals(q); // true
 * }</pre>
 *
 * <p>A unit that itself ends in a space and a parenthesized four-digit year cannot be told apart
 * from a year in the text form; the JSON form has no such ambiguity.
 *
 * <p>This class is immutable and value-based. It does not convert units.
 */
public final class Quantity {

  private static final Pattern TEXT =
      Pattern.compile("(\\S+)(?: (.*?))??(?: \\((\\d{4})\\))?", Pattern.DOTALL);

  private final BigDecimal value;
  private final String unit;
  private final int year;

  private Quantity(BigDecimal value, String unit, int year) {
    this.value = value;
    this.unit = unit;
    this.year = year;
  }

  /**
   * Obtains a quantity without unit or year.
   *
   * @param value the value, not null
   * @return the quantity, not null
   */
  public static Quantity of(BigDecimal value) {
    return new Quantity(Objects.requireNonNull(value, "value"), null, 0);
  }

  /**
   * Obtains a quantity with a unit.
   *
   * @param value the value, not null
   * @param unit the unit, not blank
   * @return the quantity, not null
   * @throws IllegalArgumentException if the unit is blank
   */
  public static Quantity of(BigDecimal value, String unit) {
    return of(value).withUnit(unit);
  }

  /**
   * Parses the form written by {@link #toString()}: a decimal number, optionally followed by a
   * space and a unit, optionally followed by a space and a four-digit year in parentheses.
   *
   * @param text the text, not null
   * @return the quantity, not null
   * @throws ValueParseException if the text is not a quantity
   */
  public static Quantity parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new ValueParseException("quantity " + ValueParseException.quote(text)
          + " is not VALUE [UNIT] [(YEAR)], for example 40 services (2018)", text, 0);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(m.group(1));
    } catch (NumberFormatException e) {
      throw new ValueParseException("quantity " + ValueParseException.quote(text)
          + " does not start with a decimal number", text, 0);
    }
    Quantity q = of(value);
    try {
      if (m.group(2) != null) {
        q = q.withUnit(m.group(2));
      }
      if (m.group(3) != null) {
        q = q.withYear(Integer.parseInt(m.group(3)));
      }
    } catch (IllegalArgumentException e) {
      throw new ValueParseException(
          "quantity " + ValueParseException.quote(text) + ": " + e.getMessage(), text, 0);
    }
    return q;
  }

  /**
   * Returns a copy with a unit. This instance is immutable and unaffected.
   *
   * @param unit the unit, not blank
   * @return the quantity, not null
   * @throws IllegalArgumentException if the unit is blank
   */
  public Quantity withUnit(String unit) {
    Objects.requireNonNull(unit, "unit");
    if (unit.isBlank()) {
      throw new IllegalArgumentException("the unit of a quantity must not be blank");
    }
    return unit.equals(this.unit) ? this : new Quantity(value, unit, year);
  }

  /**
   * Returns a copy with a year. This instance is immutable and unaffected.
   *
   * @param year the year, 1900 to 2999
   * @return the quantity, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public Quantity withYear(int year) {
    if (year < TimeFrame.MIN_YEAR || year > TimeFrame.MAX_YEAR) {
      throw new IllegalArgumentException("the year of a quantity must be between "
          + TimeFrame.MIN_YEAR + " and " + TimeFrame.MAX_YEAR + ", was " + year);
    }
    return year == this.year ? this : new Quantity(value, unit, year);
  }

  /**
   * Returns the value, exactly as given, with its scale.
   *
   * @return the value, not null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the unit.
   *
   * @return the unit, or empty
   */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Returns the year the amount refers to.
   *
   * @return the year, or empty
   */
  public OptionalInt year() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  @Override
  public boolean equals(Object obj) {
    return this == obj
        || obj instanceof Quantity other && value.equals(other.value)
            && Objects.equals(unit, other.unit) && year == other.year;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, unit, year);
  }

  /**
   * Returns {@code VALUE [UNIT] [(YEAR)]}, which {@link #parse(CharSequence)} reads back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(value.toString());
    if (unit != null) {
      out.append(' ').append(unit);
    }
    if (year != 0) {
      out.append(" (").append(year).append(')');
    }
    return out.toString();
  }
}
