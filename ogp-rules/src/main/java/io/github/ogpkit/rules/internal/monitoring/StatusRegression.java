package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Commitment;
import io.github.ogpkit.model.PlanPart;
import io.github.ogpkit.model.ProgressEntry;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.ReporterKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code status-regression}: across the progress reports of one reporter kind on one plan, ordered
 * by {@code asOf} (reports with the same {@code asOf} in the dataset's order), a section's or
 * measure's status goes back from the status the previous report gave it. {@code WITHDRAWN} and
 * {@code NO_EVIDENCE} break no order: they are skipped. Reported at the later report's entry,
 * naming the earlier report. Runs only for reports whose plan is in the dataset: which entries are
 * about one measure (a number in one report, an OGP id in another) needs the plan.
 */
@API(status = INTERNAL, since = "0.2")
public final class StatusRegression extends MonitoringRule {
  /** The rule's id. */
  public static final String ID = "status-regression";

  private static final Comparator<Step> BY_AS_OF = Comparator.comparing(s -> s.report.asOf());

  /** Creates the rule. */
  public StatusRegression() {
    super(ID);
  }

  /** One ordered status a report gives a part, with where it says so. */
  private record Step(ProgressReport report, int index, ProgressStatus status) {}

  @Override
  public void check(DatasetWalk w) {
    // plan id -> part (by identity, as the dataset resolves) -> reporter kind -> steps
    Map<String, Map<PlanPart, Map<ReporterKind, List<Step>>>> steps = new HashMap<>();
    for (ProgressReport r : w.dataset().progressReports()) {
      if (w.plan(r.plan()).isEmpty()) {
        continue;
      }
      List<ProgressEntry> entries = r.entries();
      for (int i = 0; i < entries.size(); i++) {
        ProgressEntry e = entries.get(i);
        Optional<ProgressStatus> status = e.status().filter(s -> rank(s) >= 0);
        Optional<PlanPart> part = status.isEmpty() ? Optional.empty()
            : w.dataset().resolve(r.plan(), e.reference()).map(Commitment::part);
        if (part.isPresent()) {
          steps.computeIfAbsent(r.plan(), p -> new IdentityHashMap<>())
              .computeIfAbsent(part.get(), p -> new EnumMap<>(ReporterKind.class))
              .computeIfAbsent(r.reporter().kind(), k -> new ArrayList<>())
              .add(new Step(r, i, status.get()));
        }
      }
    }
    for (Map<PlanPart, Map<ReporterKind, List<Step>>> parts : steps.values()) {
      parts.forEach((part, byKind) -> byKind.values().forEach(list -> check(w, part, list)));
    }
  }

  private static void check(DatasetWalk w, PlanPart part, List<Step> steps) {
    steps.sort(BY_AS_OF); // stable: the dataset's order on the same asOf
    @Nullable Step previous = null;
    for (Step s : steps) {
      // Across reports: two entries of one report about one part are reference-duplicate's.
      if (previous != null && previous.report != s.report
          && rank(s.status) < rank(previous.status)) {
        w.report(s.report, ID, DatasetWalk.entryPath(s.index), ID, part.number(),
            previous.status.name(), previous.report.asOf(), previous.report.id(),
            s.status.name(), s.report.asOf());
      }
      previous = s;
    }
  }

  /** The position of a status on the scale of completion, or -1 for one outside it. */
  private static int rank(ProgressStatus status) {
    return switch (status) {
      case NOT_STARTED -> 0;
      case LIMITED -> 1;
      case SUBSTANTIAL -> 2;
      case COMPLETE -> 3;
      case WITHDRAWN, NO_EVIDENCE -> -1;
    };
  }
}
