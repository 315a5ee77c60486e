package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.CheckedPlan;
import io.github.ogpkit.model.report.DatasetReport;
import io.github.ogpkit.model.report.DatasetValidator;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.PlanValidator;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  private static final JsonPointer ID = JsonPointer.parse("/id");

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

  /**
   * The rule id of a document left out of a dataset because an earlier document of its type has
   * its id: {@value}, an error at {@code /id}.
   */
  public static final String DOCUMENT_ID_DUPLICATE = "document-id-duplicate";

  /**
   * Validates documents read separately as one dataset (MONITORING.md, "A dataset") and returns
   * one report per result, in the order given, each with its document's reading findings and its
   * rule findings together, every finding located in its own document's text (a cross-document
   * finding in the document that holds the referring entry, as the validator places it).
   *
   * <ul>
   *   <li>A document that did not bind gets its reading findings only; the others are validated
   *       as if it were absent.
   *   <li>A document of the same type and id as an earlier one is left out of the dataset too
   *       (a dataset holds one document per type and id); its report gets an error
   *       {@value #DOCUMENT_ID_DUPLICATE} at {@code /id} naming the earlier document by its
   *       position (from 1) and, when the result has one, its source.
   *   <li>A plan gets the report {@link PlanValidator#validate(CheckedPlan)} gives it, with its
   *       profile, as {@link ReadResult#validate(PlanValidator)} does: plan rules need no other
   *       document.
   * </ul>
   *
   * <pre>{@code
   * List<ReadResult> read = files.stream().map(DocumentReader.standard()::read).toList();
   * List<ValidationReport> reports = DocumentReader.validate(read, OgpValidator.standard());
   * }</pre>
   *
   * @param results the read documents, not null, without null elements
   * @param validator validates the dataset and each plan, not null
   * @param <V> a validator of datasets and of plans, such as ogp-rules' {@code OgpValidator}
   * @return the reports, one per result at the same position, not null, immutable
   */
  public static <V extends DatasetValidator & PlanValidator> List<ValidationReport> validate(
      List<ReadResult> results, V validator) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(validator, "validator");
    int n = results.size();
    List<Document> documents = new ArrayList<>();
    int[] inDataset = new int[n];
    Finding[] duplicate = new Finding[n];
    Map<DocumentType, Map<String, Integer>> ids = new EnumMap<>(DocumentType.class);
    for (int i = 0; i < n; i++) {
      ReadResult r = Objects.requireNonNull(results.get(i), "results");
      inDataset[i] = -1;
      Document d = r.document().orElse(null);
      if (d == null) {
        continue;
      }
      Integer earlier = ids.computeIfAbsent(d.documentType(), t -> new HashMap<>())
          .putIfAbsent(d.id(), i);
      if (earlier != null) {
        duplicate[i] = duplicateOf(r, d, earlier, results.get(earlier));
        continue;
      }
      inDataset[i] = documents.size();
      documents.add(d);
    }
    DatasetReport dataset = documents.isEmpty() ? null : validator.validate(Dataset.of(documents));
    List<ValidationReport> reports = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ReadResult r = results.get(i);
      if (duplicate[i] != null) {
        reports.add(r.report().merge(ValidationReport.of(r.report().documentType(),
            List.of(duplicate[i]))));
      } else if (inDataset[i] < 0) {
        reports.add(r.report());
      } else if (r.checkedPlan().isPresent()) {
        reports.add(r.validate(validator));
      } else {
        reports.add(r.withRules(dataset.reports().get(inDataset[i])));
      }
    }
    return List.copyOf(reports);
  }

  private static Document documentOf(ReadResult result) {
    return PlanReader.bound(result, result.document());
  }

  private static Finding duplicateOf(ReadResult later, Document d, int earlierIndex,
      ReadResult earlier) {
    String where = "document " + (earlierIndex + 1)
        + earlier.report().source().map(s -> " (" + s + ")").orElse("");
    Finding f = Finding.of(DOCUMENT_ID_DUPLICATE, Severity.ERROR, ID,
        "id " + d.id() + " is already used by the " + d.documentType().jsonName() + " of "
            + where + "; this one is left out of the dataset");
    return later.locationOf(ID).map(f::withLocation).orElse(f);
  }
}
