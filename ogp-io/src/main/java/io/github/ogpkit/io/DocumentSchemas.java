package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The JSON Schemas (draft 2020-12) of the format, one per document type, bundled as resources of
 * this module: {@code plan-1.1.schema.json} ({@link PlanSchema}),
 * {@code progress-report-1.1.schema.json}, {@code irm-assessment-1.1.schema.json} and
 * {@code member-1.1.schema.json}. Their {@code $id}s are names under
 * {@code https://ogpkit.github.io/schema/} that are never fetched.
 *
 * <pre>{@code
 * String schema = DocumentSchemas.text(DocumentType.PROGRESS_REPORT);
 * }</pre>
 *
 * <p>One schema per type rather than one that dispatches on {@code type}: an editor or another
 * system that knows what a file is gets a schema that says only that, and its errors name that
 * type's properties instead of every branch of a dispatch. Each checks what a schema can
 * express (required and unknown properties, JSON types, enumerations, the syntax of dates,
 * partial dates, identifiers and numbers, a progress entry's need of a status, an
 * {@code onSchedule} or a summary); the reader and the rules check the rest (a day that exists,
 * references into the plan, the rules of MONITORING.md). Use the schemas for editors; use
 * {@link DocumentReader} to accept documents.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class DocumentSchemas {

  private static final String BASE = "https://ogpkit.github.io/schema/";
  private static final String FOLDER = "/io/github/ogpkit/io/";
  private static final Map<DocumentType, String> TEXTS = new EnumMap<>(DocumentType.class);

  static {
    // The plan's is PlanSchema's, which loads itself with load(): taken from it on each call,
    // so that neither class's initialization waits for the other's.
    for (DocumentType type : DocumentType.values()) {
      if (type != DocumentType.PLAN) {
        TEXTS.put(type, load(resourcePath(type)));
      }
    }
  }

  private DocumentSchemas() {}

  /**
   * Returns the schema of a document type, UTF-8 JSON text with a final newline.
   *
   * @param type the document type, not null
   * @return the schema's text, not null
   */
  public static String text(DocumentType type) {
    return Objects.requireNonNull(type, "type") == DocumentType.PLAN ? PlanSchema.text()
        : TEXTS.get(type);
  }

  /**
   * Returns where the schema of a document type is on the class path, such as
   * {@code /io/github/ogpkit/io/member-1.1.schema.json}. On the module path the resources are
   * encapsulated in this module: use {@link #text(DocumentType)}.
   *
   * @param type the document type, not null
   * @return the resource path, not null
   */
  public static String resourcePath(DocumentType type) {
    return FOLDER + fileName(type);
  }

  /**
   * Returns the {@code $id} of the schema of a document type.
   *
   * @param type the document type, not null
   * @return the id, such as {@code https://ogpkit.github.io/schema/member-1.1.schema.json}
   */
  public static String id(DocumentType type) {
    return BASE + fileName(type);
  }

  private static String fileName(DocumentType type) {
    return Objects.requireNonNull(type, "type").jsonName() + "-1.1.schema.json";
  }

  /** Reads a schema resource of this module. */
  static String load(String path) {
    try (InputStream in = DocumentSchemas.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource " + path + " is missing from ogp-io");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema resource " + path, e);
    }
  }
}
