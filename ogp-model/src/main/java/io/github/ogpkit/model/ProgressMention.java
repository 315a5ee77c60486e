package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A progress report's entry about a section or measure, with the report: who said it
 * ({@code report().reporter()}) and as of when ({@code report().asOf()}).
 *
 * @param report the report, not null
 * @param entry the entry of the report, not null
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ProgressMention(ProgressReport report, ProgressEntry entry) implements Mention {

  /**
   * Creates a mention.
   *
   * @param report the report, not null
   * @param entry the entry, not null
   */
  public ProgressMention {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(entry, "entry");
  }

  /**
   * Returns the report.
   *
   * @return the report, not null
   */
  @Override
  public Document document() {
    return report;
  }

  /**
   * Returns the report's {@code asOf}.
   *
   * @return the day the statuses describe, not null
   */
  @Override
  public LocalDate firstDay() {
    return report.asOf();
  }
}
