package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.report.Finding;
import java.io.InvalidObjectException;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
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
@API(status = STABLE, since = "0.1")
public final class InvalidPlanException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  /** The findings; an array, which serializes as it is, where a list's class might not. */
  private final Finding[] findings;

  /**
   * Creates an exception.
   *
   * @param parser the parser, may be null
   * @param location where the plan starts, may be null
   * @param findings the findings, not null
   */
  public InvalidPlanException(@Nullable JsonParser parser, @Nullable TokenStreamLocation location,
      List<Finding> findings) {
    super(parser, message(findings), location);
    this.findings = List.copyOf(findings).toArray(new Finding[0]);
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
    return List.of(findings);
  }

  /**
   * Checks what was read: the findings are there, and none is null.
   *
   * @return this exception
   * @throws InvalidObjectException if a finding is missing
   */
  private Object readResolve() throws InvalidObjectException {
    PlanFormatException.checkRead(findings);
    return this;
  }
}
