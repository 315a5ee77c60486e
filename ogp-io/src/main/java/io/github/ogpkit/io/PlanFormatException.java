package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import java.io.InvalidObjectException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by {@link PlanReader#readPlan(String)} and its siblings when a document does not bind
 * to a plan. It carries every reading finding; its message lists them, one a line.
 *
 * <p>It is serializable with its findings, which are read back equal.
 */
@API(status = STABLE, since = "0.1")
public final class PlanFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The findings; an array, which serializes as it is, where a list's class might not. */
  private final Finding[] findings;

  /**
   * Creates an exception.
   *
   * @param source the input's name, or null
   * @param findings the reading findings, not null, at least one an error
   */
  public PlanFormatException(@Nullable String source, List<Finding> findings) {
    super(message(source, findings));
    this.findings = List.copyOf(findings).toArray(new Finding[0]);
  }

  private static String message(@Nullable String source, List<Finding> findings) {
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
    return List.of(findings);
  }

  /**
   * Checks what was read: the findings are there, and none is null.
   *
   * @return this exception
   * @throws InvalidObjectException if a finding is missing
   */
  private Object readResolve() throws InvalidObjectException {
    checkRead(findings);
    return this;
  }

  /**
   * Refuses findings read from a stream that the constructor would have refused.
   * {@link InvalidPlanException} checks its findings with this too.
   */
  static void checkRead(@Nullable Finding @Nullable [] findings) throws InvalidObjectException {
    if (findings == null || Arrays.asList(findings).contains(null)) {
      throw new InvalidObjectException("the findings are missing or one is null");
    }
  }
}
