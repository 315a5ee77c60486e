package io.github.ogpkit.io;

import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by {@link PlanReader#readPlan(String)} and its siblings when a document does not bind
 * to a plan. It carries every reading finding; its message lists them, one a line.
 */
public final class PlanFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The findings; a List.copyOf of records, which are serializable in practice. */
  @SuppressWarnings("serial")
  private final List<Finding> findings;

  /**
   * Creates an exception.
   *
   * @param source the input's name, or null
   * @param findings the reading findings, not null, at least one an error
   */
  public PlanFormatException(String source, List<Finding> findings) {
    super(message(source, findings));
    this.findings = List.copyOf(findings);
  }

  private static String message(String source, List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    StringBuilder out = new StringBuilder(source == null ? "the document" : source)
        .append(" is not a readable plan (").append(errors)
        .append(errors == 1 ? " error)" : " errors)");
    for (Finding f : findings) {
      out.append('\n').append(f);
    }
    return out.toString();
  }

  /**
   * Returns the reading findings in document order.
   *
   * @return the findings, immutable
   */
  public List<Finding> findings() {
    return findings;
  }
}
