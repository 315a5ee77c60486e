package io.github.ogpkit.model.internal.format;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * What a property's value is in the JSON format: the JSON type and the syntax of its text. The
 * reader checks and binds each kind, the writer writes it, and the order of findings treats it
 * (an object of the format, an array of them, a map of keys, or a leaf) by its kind. Internal.
 */
@API(status = INTERNAL, since = "0.1")
public enum ValueKind {
  /** The format version, a string {@code MAJOR.MINOR}. */
  VERSION,
  /** An identifier: lower-case words joined by single hyphens. */
  IDENTIFIER,
  /** An upper-case ISO 3166-1 alpha-2 code. */
  COUNTRY,
  /** A string that is not blank. */
  STRING,
  /** A localized text: an object from language tag to non-blank text. */
  TEXT,
  /** A non-empty array of distinct BCP 47 language tags. */
  LANGUAGES,
  /** A time frame string. */
  TIME_FRAME,
  /** A time frame string that is not {@code permanent}. */
  PERIOD,
  /** An outline number string, such as {@code 1.2.3}. */
  NUMBER,
  /** A date {@code YYYY-MM-DD}. */
  DATE,
  /** The name of a constant of an enum, upper case. */
  ENUM,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A number, kept exactly with its scale. */
  DECIMAL,
  /** An integer year. */
  YEAR,
  /** An object of another type of the format. */
  OBJECT,
  /** An array of objects of another type of the format. */
  ARRAY,
  /** Any JSON object, carried along unchanged. */
  EXTENSIONS;

  /**
   * Tells whether values of this kind are objects whose keys the format does not define, kept in
   * ascending order of their keys.
   *
   * @return true for texts and extensions
   */
  public boolean isMap() {
    return this == TEXT || this == EXTENSIONS;
  }
}
