package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.ReadingRule;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.util.Optional;

/** The reading rules' ids and a factory for located findings. */
final class Findings {
  // The ids, from the one list of the reading rules.
  static final String JSON_SYNTAX = ReadingRule.JSON_SYNTAX.id();
  static final String DUPLICATE_KEY = ReadingRule.DUPLICATE_KEY.id();
  static final String UNKNOWN_PROPERTY = ReadingRule.UNKNOWN_PROPERTY.id();
  static final String WRONG_TYPE = ReadingRule.WRONG_TYPE.id();
  static final String REQUIRED = ReadingRule.REQUIRED.id();
  static final String INVALID_VALUE = ReadingRule.INVALID_VALUE.id();
  static final String SCHEMA_VERSION = ReadingRule.SCHEMA_VERSION.id();

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
  static Finding error(String rule, JsonPointer path, TextLocation location,
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
  static Finding of(String rule, Severity severity, JsonPointer path,
      TextLocation location, String message) {
    return new Finding(rule, severity, path, message, Optional.of(location));
  }
}
