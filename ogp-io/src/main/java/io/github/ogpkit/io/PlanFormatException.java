package io.github.ogpkit.io;

import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by {@link PlanReader#readPlan(String)} and its siblings when a document does not bind
 * to a plan. It carries every reading finding; its message lists them, one a line.
 *
 * <p>It is serializable with its findings, which are read back equal.
 */
public final class PlanFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The findings, immutable; serialized as an array (see writeObject). */
  private transient List<Finding> findings;

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

  /**
   * Writes the findings as an array, whose type says what it holds.
   *
   * @param out the stream
   * @throws IOException if writing fails
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    writeFindings(out, findings);
  }

  /**
   * Reads the findings, refusing a missing one.
   *
   * @param in the stream
   * @throws IOException if reading fails or the findings are not there
   * @throws ClassNotFoundException if a class of the stream is unknown
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    findings = readFindings(in);
  }

  /**
   * Writes findings after an exception's own fields, as an array of findings.
   * {@link InvalidPlanException} writes its findings with this too.
   */
  static void writeFindings(ObjectOutputStream out, List<Finding> findings) throws IOException {
    out.writeObject(findings.toArray(new Finding[0]));
  }

  /**
   * Reads what {@link #writeFindings} wrote after the exception's own fields: an array of
   * findings, no element null. {@link InvalidPlanException} reads its findings with this too.
   */
  static List<Finding> readFindings(ObjectInputStream in)
      throws IOException, ClassNotFoundException {
    if (in.readObject() instanceof Finding[] read && !Arrays.asList(read).contains(null)) {
      return List.of(read);
    }
    throw new InvalidObjectException("the findings are missing or one is null");
  }
}
