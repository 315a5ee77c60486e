package io.github.ogpkit.io;

import io.github.ogpkit.model.report.Finding;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Thrown by a Jackson mapper with {@link OgpJsonModule} when JSON does not bind to a plan. It
 * carries every reading finding, each with its path, line and column, and is a
 * {@link MismatchedInputException}, so code that handles Jackson's binding errors handles it too.
 * Its location is where the plan's object starts.
 *
 * <p>It is serializable with its findings, message and location. As with every Jackson exception,
 * the parser it was thrown by and the content its location points into are not serialized
 * (Jackson keeps them in transient fields): after deserialization {@link #processor()} is null,
 * and the location keeps its line, column and offsets, its source shown as unknown.
 */
public final class InvalidPlanException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  /** The findings, immutable; serialized as an array (see writeObject). */
  private transient List<Finding> findings;

  /**
   * Creates an exception.
   *
   * @param parser the parser, may be null
   * @param location where the plan starts, may be null
   * @param findings the findings, not null
   */
  public InvalidPlanException(JsonParser parser, TokenStreamLocation location,
      List<Finding> findings) {
    super(parser, message(findings), location);
    this.findings = List.copyOf(findings);
    _targetType = io.github.ogpkit.model.Plan.class;
  }

  private static String message(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    StringBuilder out = new StringBuilder("JSON does not bind to a plan (")
        .append(findings.size()).append(findings.size() == 1 ? " finding)" : " findings)");
    for (Finding f : findings) {
      out.append('\n').append(f);
    }
    return out.toString();
  }

  /**
   * Returns the findings in document order.
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
    PlanFormatException.writeFindings(out, findings);
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
    findings = PlanFormatException.readFindings(in);
  }
}
