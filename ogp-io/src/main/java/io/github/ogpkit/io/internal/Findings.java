package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.util.Optional;

/** The reading rules' ids and a factory for located findings. Internal. */
public final class Findings {
  /** Not well-formed JSON, BOM, invalid UTF-8, trailing content, root not an object, limits. */
  public static final String JSON_SYNTAX = "json-syntax";
  /** A key twice in one object. */
  public static final String DUPLICATE_KEY = "duplicate-key";
  /** A property the format does not define. */
  public static final String UNKNOWN_PROPERTY = "unknown-property";
  /** A value of the wrong JSON type. */
  public static final String WRONG_TYPE = "wrong-type";
  /** A required property absent, null or blank, or a required array or text empty. */
  public static final String REQUIRED = "required";
  /** A value of the right type with the wrong syntax or range. */
  public static final String INVALID_VALUE = "invalid-value";
  /** Another major version, or a newer minor one. */
  public static final String SCHEMA_VERSION = "schema-version";

  private Findings() {}

  /**
   * Makes an ERROR finding with a location.
   *
   * @param rule the rule id
   * @param path the path
   * @param location the location
   * @param message the message
   * @return the finding
   */
  public static Finding error(String rule, JsonPointer path, TextLocation location,
      String message) {
    return of(rule, Severity.ERROR, path, location, message);
  }

  /**
   * Makes a finding with a location.
   *
   * @param rule the rule id
   * @param severity the severity
   * @param path the path
   * @param location the location
   * @param message the message
   * @return the finding
   */
  public static Finding of(String rule, Severity severity, JsonPointer path,
      TextLocation location, String message) {
    return new Finding(rule, severity, path, message, Optional.of(location));
  }
}
