package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
 * <p>In the text form, digits in parentheses at the end are the year: a unit that itself ends in
 * a space and parenthesized digits cannot be written there. The JSON form has no such ambiguity.
 *
 * <p>This class is immutable and value-based. It does not convert units.
 */
@API(status = STABLE, since = "0.1")
public final class Quantity {

  // VALUE, then an optional unit, then an optional year: digits of any script in parentheses, so
  // that a year too long or written in other digits is reported as a year, not kept as a unit.
  private static final Pattern TEXT =
      Pattern.compile("(\\S+)(?: (.*?))??(?: \\((\\p{Nd}+)\\))?", Pattern.DOTALL);

  private final BigDecimal value;
  private final @Nullable String unit;
  private final int year;

  private Quantity(BigDecimal value, @Nullable String unit, int year) {
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
   * space and a unit, optionally followed by a space and a year in parentheses. Numbers are
   * written with the ASCII digits 0 to 9, as in the format's time frames and outline numbers.
   * Digits in parentheses at the end are always the year, which must be from 1900 to 2999:
   * {@code 40 (12)} is an error, not the unit {@code (12)}.
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
    checkAsciiDigits(text, m.start(1), m.end(1));
    BigDecimal value;
    try {
      value = new BigDecimal(m.group(1));
    } catch (NumberFormatException e) {
      throw new ValueParseException("quantity " + ValueParseException.quote(text)
          + " does not start with a decimal number", text, 0);
    }
    Quantity q = of(value);
    if (m.group(2) != null) {
      if (m.group(2).isBlank()) {
        throw new ValueParseException("quantity " + ValueParseException.quote(text)
            + ": the unit of a quantity must not be blank", text, m.start(2));
      }
      q = q.withUnit(m.group(2));
    }
    if (m.group(3) != null) {
      checkAsciiDigits(text, m.start(3), m.end(3));
      String digits = m.group(3);
      // Nine digits or fewer fit an int; more are out of range whatever they are.
      int year = digits.length() <= 9 ? Integer.parseInt(digits) : -1;
      if (year < TimeFrame.MIN_YEAR || year > TimeFrame.MAX_YEAR) {
        throw new ValueParseException("quantity " + ValueParseException.quote(text) + ": "
            + yearOutOfRange(digits), text, m.start(3));
      }
      q = q.withYear(year);
    }
    return q;
  }

  /** Refuses digits other than ASCII 0-9, which BigDecimal and \p{Nd} would take. */
  private static void checkAsciiDigits(CharSequence text, int from, int to) {
    for (int i = from; i < to; i += Character.charCount(Character.codePointAt(text, i))) {
      int c = Character.codePointAt(text, i);
      if (Character.isDigit(c) && (c < '0' || c > '9')) {
        throw new ValueParseException("quantity " + ValueParseException.quote(text)
            + " has the digit '" + new String(Character.toChars(c)) + "' at index " + i
            + "; numbers are written with the digits 0 to 9", text, i);
      }
    }
  }

  private static String yearOutOfRange(Object year) {
    return "the year of a quantity must be between " + TimeFrame.MIN_YEAR + " and "
        + TimeFrame.MAX_YEAR + ", was " + year;
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
      throw new IllegalArgumentException(yearOutOfRange(year));
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
  public boolean equals(@Nullable Object obj) {
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
