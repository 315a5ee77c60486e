package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.io.internal.CanonicalJson;
import io.github.ogpkit.io.internal.FormatWriter;
import io.github.ogpkit.model.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes documents of every type (plans, progress reports, IRM assessments, members) in the one
 * canonical form of the format, as {@link PlanWriter} writes plans: UTF-8, two-space
 * indentation, properties in the order of the format's tables (MONITORING.md's canonical order
 * for the types it defines), keys of texts and {@code extensions} in ascending order of UTF-16
 * code units, optional values the model holds as empty left out, {@code \n} line ends and a
 * final newline. A document of a type other than the plan is written with its {@code type}; a
 * plan without (a document without {@code type} is a plan). Optional booleans of the monitoring
 * documents ({@code onSchedule}, {@code verifiable}, {@code promising}, {@code starred}) are
 * written when the model holds them, {@code false} included: false is a statement there, not the
 * absence of one.
 *
 * <pre>{@code
 * String json = DocumentWriter.canonical().write(progressReport);
 * }</pre>
 *
 * <p>Equal documents give identical bytes, and writing what was read from canonical output
 * reproduces it byte for byte. The writer is stateless and safe for use by many threads. It
 * writes what the document holds, valid or not.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class DocumentWriter {

  private static final DocumentWriter CANONICAL = new DocumentWriter();

  private DocumentWriter() {}

  /**
   * Returns the canonical writer.
   *
   * @return the writer, not null
   */
  public static DocumentWriter canonical() {
    return CANONICAL;
  }

  /**
   * Writes a document as text.
   *
   * @param document the document, not null
   * @return the canonical text, ending with a newline, not null
   */
  public String write(Document document) {
    return new String(writeBytes(document), StandardCharsets.UTF_8);
  }

  /**
   * Writes a document as UTF-8 bytes.
   *
   * @param document the document, not null
   * @return the canonical bytes, not null
   */
  public byte[] writeBytes(Document document) {
    Objects.requireNonNull(document, "document");
    return CanonicalJson.write(gen -> FormatWriter.CANONICAL.writeDocument(document, gen));
  }

  /**
   * Writes a document to a stream as UTF-8. The stream is flushed, not closed.
   *
   * @param document the document, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if writing fails
   */
  public void write(Document document, OutputStream out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    String what = noun(document);
    try {
      CanonicalJson.write(gen -> FormatWriter.CANONICAL.writeDocument(document, gen), out);
      out.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException("cannot write the " + what + ": "
          + e.getCause().getMessage(), e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a document to a character stream. The writer is flushed, not closed; encoding the
   * characters as UTF-8 is the caller's part.
   *
   * @param document the document, not null
   * @param out the writer, not null
   * @throws UncheckedIOException if writing fails
   */
  public void write(Document document, Writer out) {
    Objects.requireNonNull(out, "out");
    String text = write(document);
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the " + noun(document) + ": " + e.getMessage(),
          e);
    }
  }

  /** Names the document in messages as its type: plan, progress-report... */
  private static String noun(Document document) {
    return document.documentType().jsonName();
  }
}
