package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The kind of a {@link Document}, as its {@code type} property names it (MONITORING.md). A
 * document without {@code type} is a {@link #PLAN}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum DocumentType {
  /** An action plan or national program: {@link Plan}, {@code "plan"}. */
  PLAN("plan"),
  /**
   * A government's, civil society's or another reporter's statement of progress on a plan's
   * measures: {@link ProgressReport}, {@code "progress-report"}.
   */
  PROGRESS_REPORT("progress-report"),
  /**
   * A report of OGP's Independent Reporting Mechanism on a plan: {@link IrmAssessment},
   * {@code "irm-assessment"}.
   */
  IRM_ASSESSMENT("irm-assessment"),
  /** An OGP member and its standing: {@link Member}, {@code "member"}. */
  MEMBER("member");

  private final String jsonName;

  DocumentType(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * Returns the value of the {@code type} property for this kind of document.
   *
   * @return the name, such as {@code progress-report}, not null
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Finds the document type a {@code type} property names. Names are compared exactly, as JSON
   * compares strings.
   *
   * @param jsonName the property's value, such as {@code irm-assessment}, not null
   * @return the type, or empty if no type has that name
   */
  public static Optional<DocumentType> fromJsonName(String jsonName) {
    Objects.requireNonNull(jsonName, "jsonName");
    for (DocumentType t : values()) {
      if (t.jsonName.equals(jsonName)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
