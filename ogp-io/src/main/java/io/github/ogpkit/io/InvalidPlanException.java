package io.github.ogpkit.io;

import io.github.ogpkit.model.report.Finding;
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
 */
public final class InvalidPlanException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  /** The findings; a List.copyOf of records. */
  @SuppressWarnings("serial")
  private final List<Finding> findings;

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
}
