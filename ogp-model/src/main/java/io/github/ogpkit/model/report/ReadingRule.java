package io.github.ogpkit.model.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The reading rules: what ogp-io's reader checks while it reads a document, before any plan rule
 * runs. Their ids are stable, like the plan rules' ids, and are the {@link Finding#rule() rule}
 * of the findings the reader makes. This enum is the one list of them: the reader reports with
 * these ids, and ogp-rules' catalog lists them from here.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum ReadingRule {
  /** Not well-formed JSON, a byte order mark, invalid UTF-8, trailing content, limits. */
  JSON_SYNTAX("json-syntax", "not well-formed JSON, a byte order mark, invalid UTF-8, trailing"
      + " content, a root that is not an object, or nesting or size beyond the reader's limits",
      false),
  /** A key twice in one object. */
  DUPLICATE_KEY("duplicate-key", "a key appears twice in one object", false),
  /** A property the format does not define. */
  UNKNOWN_PROPERTY("unknown-property", "a property the format does not define, outside"
      + " extensions (a warning when schemaVersion is a newer 1.x minor)", false),
  /** A value of the wrong JSON type. */
  WRONG_TYPE("wrong-type", "a value of the wrong JSON type, including null for an optional"
      + " property", false),
  /** A required property absent, null or blank, or a required array or text empty. */
  REQUIRED("required", "a required property absent, a required string blank, a localized text"
      + " with no entry, or an array that must be non-empty empty", false),
  /** A value of the right type with the wrong syntax or range. */
  INVALID_VALUE("invalid-value", "a value of the right type but wrong syntax or range: time"
      + " frame, number, identifier, country code, language tag, enum value, date, year, a"
      + " permanent plan period", false),
  /** Another major version (an error), or a newer minor one (a warning). */
  SCHEMA_VERSION("schema-version", "another major version (error) or a newer minor (warning)",
      true);

  private final String id;
  private final String description;
  private final boolean mayWarn;

  ReadingRule(String id, String description, boolean mayWarn) {
    this.id = id;
    this.description = description;
    this.mayWarn = mayWarn;
  }

  /**
   * Returns the rule's id, such as {@code json-syntax}.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Returns what the rule catches, in English, for rule catalogs.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Tells whether the rule also reports warnings (besides errors): only {@code schema-version},
   * for a newer minor version.
   *
   * @return true if some of its findings are warnings
   */
  public boolean mayWarn() {
    return mayWarn;
  }
}
