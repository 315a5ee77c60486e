package io.github.ogpkit.model.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The result of validating a {@link Dataset}: one {@link ValidationReport} per document, in the
 * dataset's order (MONITORING.md, "A dataset"). A plan's report is the one it gets alone, with its
 * profile; a monitoring document's report has no profile, and holds the findings of the rules
 * that concern it, cross-document ones included, at paths into that document.
 *
 * <pre>{@code
 * DatasetReport reports = OgpValidator.standard().validate(Dataset.of(plan, report));
 * reports.reportFor(report).forRule("reference-unknown").findings();
 * for (int i = 0; i < reports.documents().size(); i++) {
 *   System.out.println(reports.documents().get(i).id() + ": " + reports.reports().get(i));
 * }
 * }</pre>
 *
 * <p>Immutable. To validate one plan, {@link PlanValidator} and its {@link ValidationReport} are
 * enough; this type only pairs reports with the documents they are about.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class DatasetReport {

  private final List<Document> documents;
  private final List<ValidationReport> reports;

  private DatasetReport(List<Document> documents, List<ValidationReport> reports) {
    this.documents = documents;
    this.reports = reports;
  }

  /**
   * Obtains the report of a dataset from one report per document, in the same order.
   *
   * @param documents the documents, not null, without null elements
   * @param reports the report of each document, at the same position, not null, without null
   *     elements
   * @return the report, not null
   * @throws IllegalArgumentException if the lists differ in size
   */
  public static DatasetReport of(List<? extends Document> documents,
      List<ValidationReport> reports) {
    List<Document> ds = copy(documents, "documents");
    List<ValidationReport> rs = copy(reports, "reports");
    if (ds.size() != rs.size()) {
      throw new IllegalArgumentException(ds.size() + " documents but " + rs.size()
          + " reports; each document needs its report");
    }
    return new DatasetReport(ds, rs);
  }

  private static <T> List<T> copy(List<? extends T> list, String name) {
    Objects.requireNonNull(list, name);
    List<T> copy = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      copy.add(Objects.requireNonNull(list.get(i), name + "[" + i + "]"));
    }
    return List.copyOf(copy);
  }

  /**
   * Returns the documents, in the dataset's order.
   *
   * @return the documents, not null, immutable
   */
  public List<Document> documents() {
    return documents;
  }

  /**
   * Returns the reports, one per document, in the order of {@link #documents()}.
   *
   * @return the reports, not null, immutable
   */
  public List<ValidationReport> reports() {
    return reports;
  }

  /**
   * Returns the report of one document of the dataset: the same instance, else an equal one.
   *
   * @param document the document, not null
   * @return its report, not null
   * @throws IllegalArgumentException if the document is not one of {@link #documents()}
   */
  public ValidationReport reportFor(Document document) {
    Objects.requireNonNull(document, "document");
    for (int i = 0; i < documents.size(); i++) {
      if (documents.get(i) == document) {
        return reports.get(i);
      }
    }
    for (int i = 0; i < documents.size(); i++) {
      if (documents.get(i).equals(document)) {
        return reports.get(i);
      }
    }
    throw new IllegalArgumentException("the " + document.documentType().jsonName()
        + " document " + document.id() + " is not one of the documents reported on");
  }

  /**
   * Tells whether every document is valid: no report has an error.
   *
   * @return true if no finding of any report is an error
   */
  public boolean isValid() {
    return reports.stream().allMatch(ValidationReport::isValid);
  }

  /**
   * Tells whether another object is a report on equal documents with equal reports.
   *
   * @param obj the other object, may be null
   * @return true if it is equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj || obj instanceof DatasetReport other && documents.equals(other.documents)
        && reports.equals(other.reports);
  }

  @Override
  public int hashCode() {
    return documents.hashCode() * 31 + reports.hashCode();
  }

  /**
   * Returns each document's type and id with its report's counts, one per line.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("DatasetReport[");
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      ValidationReport r = reports.get(i);
      out.append(i == 0 ? "" : ", ").append(d.documentType().jsonName()).append(' ')
          .append(d.id()).append(": ").append(r.errorCount()).append(" errors, ")
          .append(r.warningCount()).append(" warnings, ").append(r.infoCount()).append(" infos");
    }
    return out.append(']').toString();
  }
}
