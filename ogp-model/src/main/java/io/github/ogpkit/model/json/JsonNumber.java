package io.github.ogpkit.model.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A JSON number with its exact decimal value and scale. Equality includes the scale, as JSON text
 * does: {@code 1.0} and {@code 1} are different values, so nothing about the number is lost.
 *
 * @param value the number, not null
 */
@API(status = STABLE, since = "0.1")
public record JsonNumber(BigDecimal value) implements JsonValue {

  /**
   * Creates a JSON number.
   *
   * @param value the number, not null
   */
  public JsonNumber {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Obtains a JSON number.
   *
   * @param value the number, not null
   * @return the JSON number, not null
   */
  public static JsonNumber of(BigDecimal value) {
    return new JsonNumber(value);
  }

  /**
   * Obtains a JSON integer.
   *
   * @param value the number
   * @return the JSON number, not null
   */
  public static JsonNumber of(long value) {
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  /**
   * Returns the number as canonical JSON text: plain digits ({@code 1.0},
   * {@code 123456789012345678901234567890}) unless the scale is negative or plain digits would
   * need more than 100 padding zeros, then exponent notation ({@code 1E+3}, {@code 1E-999}); both
   * read back to the same value and scale.
   */
  @Override
  public String toJson() {
    return JsonText.number(value);
  }

  /**
   * Returns the canonical JSON text of a number, as {@link #toJson()} writes it.
   *
   * @param value the number, not null
   * @return the text, not null
   */
  public static String toJson(BigDecimal value) {
    return JsonText.number(Objects.requireNonNull(value, "value"));
  }

  @Override
  public String toString() {
    return toJson();
  }
}
