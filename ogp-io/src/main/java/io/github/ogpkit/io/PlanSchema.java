package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The JSON Schema (draft 2020-12) of the plan format, version 1.1, bundled as a resource of this
 * module at {@value #RESOURCE_PATH}. Its {@code $id} is {@value #ID}, a name that is never
 * fetched.
 *
 * <p>The schema checks what a schema can express: required and unknown properties, JSON types,
 * enumerations, and the syntax of time frames, numbers, identifiers, country codes, language
 * tags and dates. It cannot check what needs the whole plan or a calendar (unique numbers,
 * references to institutions, a time frame's start not after its end, real dates, the ISO list
 * of countries); {@link PlanReader} and the rules check those. Use the schema for editors and
 * other systems; use the reader to accept documents.
 */
@API(status = STABLE, since = "0.1")
public final class PlanSchema {

  /** Where the schema is on the class path. */
  public static final String RESOURCE_PATH = "/io/github/ogpkit/io/plan-1.1.schema.json";
  /** The schema's {@code $id}. */
  public static final String ID = "https://ogpkit.github.io/schema/plan-1.1.schema.json";

  private static final String TEXT = load();

  private PlanSchema() {}

  /**
   * Returns the schema's text, UTF-8 JSON with a final newline.
   *
   * @return the text, not null
   */
  public static String text() {
    return TEXT;
  }

  /**
   * Returns where the schema is on the class path. On the class path any class loader finds it
   * there; on the module path the resource is encapsulated in this module, so use
   * {@link #text()}.
   *
   * @return {@value #RESOURCE_PATH}
   */
  public static String resourcePath() {
    return RESOURCE_PATH;
  }

  /**
   * Returns the schema's {@code $id}.
   *
   * @return {@value #ID}
   */
  public static String id() {
    return ID;
  }

  private static String load() {
    return DocumentSchemas.load(RESOURCE_PATH);
  }
}
