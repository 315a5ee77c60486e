package io.github.ogpkit.model.report;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.internal.Excerpt;
import io.github.ogpkit.model.internal.KebabCase;
import io.github.ogpkit.model.json.JsonPointer;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a plan: which rule, how serious, where (a JSON Pointer into the format,
 * and the line and column when the plan was read from text), and a message naming the values
 * involved.
 *
 * <pre>{@code
 * Finding f = Finding.of("number-duplicate", Severity.ERROR,
 *     JsonPointer.parse("/sections/4/measures/6/number"),
 *     "number 1.1 is already used at /sections/0/measures/0");
 * f.toString(); // "/sections/4/measures/6/number: error: number 1.1 is ... [number-duplicate]"
 * }</pre>
 *
 * <p>Findings are serializable, so that exceptions carrying them are (ogp-io's
 * {@code PlanFormatException}): a finding is written as its five values and made again by the
 * constructor when it is read, which checks them.
 *
 * @param rule the rule's id, kebab case, such as {@code number-duplicate}, not null
 * @param severity the severity, not null
 * @param path where in the format the problem is, not null
 * @param message the message for people, not null
 * @param location the line and column in the text, not null, empty for plans built in code
 */
@API(status = STABLE, since = "0.1")
public record Finding(String rule, Severity severity, JsonPointer path, String message,
    Optional<TextLocation> location) implements Serializable {

  /**
   * Creates a finding.
   *
   * @param rule the rule id, kebab case, not null
   * @param severity the severity, not null
   * @param path the path, not null
   * @param message the message, not null
   * @param location the location, not null
   * @throws IllegalArgumentException if the rule id is not kebab case
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    if (!KebabCase.matches(rule)) {
      throw new IllegalArgumentException("rule id " + Excerpt.quote(rule, 60) + " is not kebab case");
    }
  }

  /**
   * Obtains a finding without a text location.
   *
   * @param rule the rule id, not null
   * @param severity the severity, not null
   * @param path the path, not null
   * @param message the message, not null
   * @return the finding, not null
   */
  public static Finding of(String rule, Severity severity, JsonPointer path, String message) {
    return new Finding(rule, severity, path, message, Optional.empty());
  }

  /**
   * Returns a copy with a text location. This instance is immutable and unaffected.
   *
   * @param location the location, not null
   * @return the finding, not null
   */
  public Finding withLocation(TextLocation location) {
    Objects.requireNonNull(location, "location");
    return new Finding(rule, severity, path, message, Optional.of(location));
  }

  /**
   * Returns a copy with another severity. This instance is immutable and unaffected.
   *
   * @param severity the severity, not null
   * @return the finding, or this one if the severity is the same
   */
  public Finding withSeverity(Severity severity) {
    return severity == this.severity ? this
        : new Finding(rule, severity, path, message, location);
  }

  /**
   * Returns one line for people: {@code [LINE:COLUMN: ]SEVERITY: MESSAGE [RULE] (PATH)}, with the
   * path first when there is no location.
   *
   * @return the line, not null
   */
  @Override
  public String toString() {
    String where = location.map(l -> l + ": ").orElse(path.isRoot() ? "" : path + ": ");
    return where + severity.label() + ": " + message + " [" + rule + "]"
        + (location.isPresent() ? " (" + path + ")" : "");
  }

  /**
   * Serializes the finding through its serialized form: {@code Optional} is not serializable.
   *
   * @return the serialized form, not null
   */
  private Object writeReplace() {
    return new Serialized(rule, severity, path, message, location.orElse(null));
  }

  /**
   * The serialized form of a finding.
   *
   * @param rule the rule id
   * @param severity the severity
   * @param path the path
   * @param message the message
   * @param location the location, null when there is none
   */
  private record Serialized(String rule, Severity severity, JsonPointer path, String message,
      @Nullable TextLocation location) implements Serializable {

    /**
     * Makes the finding through its constructor, which checks the values.
     *
     * @return the finding, not null
     * @throws InvalidObjectException if a value is missing or the rule id is not kebab case
     */
    private Object readResolve() throws InvalidObjectException {
      try {
        return new Finding(rule, severity, path, message, Optional.ofNullable(location));
      } catch (IllegalArgumentException | NullPointerException e) {
        InvalidObjectException invalid = new InvalidObjectException(
            "not a finding: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
