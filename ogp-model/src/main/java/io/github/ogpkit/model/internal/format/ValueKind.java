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
  /**
   * The document type: {@code plan}, {@code progress-report}, {@code irm-assessment} or
   * {@code member}, the {@code jsonName} of a {@code DocumentType}. Since 1.1.
   */
  DOCUMENT_TYPE,
  /** The id of a rule profile, one of {@code Plan.PROFILES}. Since 1.1. */
  PROFILE,
  /** An OGP commitment id such as {@code KE0036}. Since 1.1. */
  OGP_ID,
  /** A code as printed: a string that is not blank, at most 50 characters. Since 1.1. */
  CODE,
  /** An absolute {@code http} or {@code https} URI. Since 1.1. */
  URI,
  /** An integer of at least 1. Since 1.1. */
  POSITIVE_INTEGER,
  /** One BCP 47 language tag. Since 1.1. */
  LANGUAGE,
  /**
   * An array of distinct names of constants of an enum, held as a set in declaration order and
   * written in that order. Since 1.1.
   */
  ENUM_SET,
  /** An array of distinct identifiers, kept in the order read. Since 1.1. */
  IDENTIFIERS,
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
  /**
   * A partial date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, held as a
   * {@code PartialDate}. Since 1.1.
   */
  PARTIAL_DATE,
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
