package io.github.ogpkit.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import io.github.ogpkit.model.ReporterKind;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How far implementation has come, by the progress reports of each kind of reporter and by the
 * IRM's assessments of a dataset.
 *
 * <pre>{@code
 * Implementation done = PlanAnalytics.of(dataset, "us-ogp-nap-2022-2024")
 *     .implementation(MeasureLevel.LEAVES);
 * done.progress(ReporterKind.GOVERNMENT).share(ProgressStatus.COMPLETE);   // 7/14
 * done.irm().share(IrmCompletion.LIMITED);
 * }</pre>
 *
 * @param level which measures were counted, not null
 * @param byReporter the summary of each kind of reporter's progress reports, every
 *     {@link ReporterKind} present, in that order, not null
 * @param irm the summary of the IRM's assessments, not null
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Implementation(MeasureLevel level,
    ImmutableMap<ReporterKind, StatusSummary> byReporter, CompletionSummary irm) {

  /**
   * Creates an implementation summary.
   *
   * @param level the level, not null
   * @param byReporter the summaries by kind of reporter, every kind present, not null
   * @param irm the IRM's summary, not null
   * @throws IllegalArgumentException if a kind of reporter is missing
   */
  public Implementation {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(byReporter, "byReporter");
    Objects.requireNonNull(irm, "irm");
    for (ReporterKind k : ReporterKind.values()) {
      if (!byReporter.containsKey(k)) {
        throw new IllegalArgumentException("byReporter lacks " + k);
      }
    }
  }

  /**
   * Returns the summary of one kind of reporter's progress reports.
   *
   * @param kind the kind of reporter, not null
   * @return the summary, not null
   */
  public StatusSummary progress(ReporterKind kind) {
    return byReporter.get(Objects.requireNonNull(kind, "kind"));
  }
}
