package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.DocumentType;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads documents of every type of the format (plans, progress reports, IRM assessments and
 * members: {@link DocumentType}) from JSON text, strictly, as {@link PlanReader} reads plans:
 * every problem is a finding with its path, line and column.
 *
 * <pre>{@code
 * ReadResult result = DocumentReader.standard().read(Path.of("report.json"));
 * result.document().ifPresent(document -> ...);   // a Plan, ProgressReport, IrmAssessment or Member
 * result.findings().forEach(f -> log.warn(f.toString()));
 * }</pre>
 *
 * <p>The root's {@code type} says what the document is, wherever it stands in the root (it is
 * read ahead, as the version is): a document without one is a plan. A {@code type} that names no
 * document type is {@code invalid-value} at {@code /type}, naming the types and suggesting the
 * nearest for a misspelling, and the rest of that document is not checked. The document types
 * other than the plan are new in format 1.1: one of them declaring {@code "1.0"} is a
 * {@code schema-version} error. Plans are read exactly as {@link PlanReader} reads them, so
 * {@link ReadResult#plan()} and {@link ReadResult#checkedPlan()} work for them as there.
 *
 * <p>Instances are immutable and safe for use by many threads. Input problems are findings; only
 * a failure to read the input at all throws {@link UncheckedIOException}. When only plans are
 * expected, use {@link PlanReader}: it tells a document of another type apart with one finding.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class DocumentReader {

  private static final DocumentReader STANDARD = new DocumentReader(ReadLimits.defaults());

  private final PlanReader reader;

  private DocumentReader(ReadLimits limits) {
    this.reader = PlanReader.anyType(limits);
  }

  /**
   * Returns the reader with the default limits.
   *
   * @return the reader, not null
   */
  public static DocumentReader standard() {
    return STANDARD;
  }

  /**
   * Returns a reader with the given limits.
   *
   * @param limits the limits, not null
   * @return the reader, not null
   */
  public static DocumentReader of(ReadLimits limits) {
    return new DocumentReader(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns this reader's limits.
   *
   * @return the limits, not null
   */
  public ReadLimits limits() {
    return reader.limits();
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param bytes the document, not null
   * @return the result, not null
   */
  public ReadResult read(byte[] bytes) {
    return reader.read(bytes);
  }

  /**
   * Reads a document from a stream of UTF-8 bytes. At most one byte more than the document
   * length limit is read; the stream is not closed.
   *
   * @param in the stream, not null
   * @return the result, not null
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReadResult read(InputStream in) {
    return reader.read(in);
  }

  /**
   * Reads a document from characters. The length limit applies to the text's length in UTF-8.
   *
   * @param characters the characters, not null; not closed
   * @return the result, not null
   * @throws UncheckedIOException if the characters cannot be read
   */
  public ReadResult read(Reader characters) {
    return reader.read(characters);
  }

  /**
   * Reads a document from a string.
   *
   * @param text the document, not null
   * @return the result, not null
   */
  public ReadResult read(String text) {
    return reader.read(text);
  }

  /**
   * Reads a document from a file; the result's report is named after the file.
   *
   * @param file the file, not null
   * @return the result, not null
   * @throws UncheckedIOException naming the file if it cannot be opened or read
   */
  public ReadResult read(Path file) {
    return reader.read(file);
  }

  /**
   * Reads a document from a string, or throws.
   *
   * @param text the document, not null
   * @return the document, not null
   * @throws PlanFormatException carrying every finding if the document does not bind
   */
  public Document readDocument(String text) {
    return documentOf(read(text));
  }

  /**
   * Reads a document from a file, or throws.
   *
   * @param file the file, not null
   * @return the document, not null
   * @throws PlanFormatException carrying every finding if the document does not bind
   * @throws UncheckedIOException naming the file if it cannot be opened or read
   */
  public Document readDocument(Path file) {
    return documentOf(read(file));
  }

  private static Document documentOf(ReadResult result) {
    return PlanReader.bound(result, result.document());
  }
}
