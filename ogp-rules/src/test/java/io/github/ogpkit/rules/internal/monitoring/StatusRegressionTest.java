package io.github.ogpkit.rules.internal.monitoring;

import static io.github.ogpkit.model.ProgressStatus.COMPLETE;
import static io.github.ogpkit.model.ProgressStatus.LIMITED;
import static io.github.ogpkit.model.ProgressStatus.NO_EVIDENCE;
import static io.github.ogpkit.model.ProgressStatus.SUBSTANTIAL;
import static io.github.ogpkit.model.ProgressStatus.WITHDRAWN;
import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.entry;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.findings;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.findingsInAzerbaijani;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.plan;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.ProgressEntry;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class StatusRegressionTest {

  private static final String RULE = "status-regression";

  @Test
  void aStatusThatGoesBackIsReportedAtTheLaterReportsEntryNamingTheEarlierReport() {
    ProgressReport first = report("gov-2017", "2017-06-30", entry("1.2", SUBSTANTIAL),
        entry("1.1", COMPLETE));
    ProgressReport later = report("gov-2018", "2018-06-30", entry("1.1", LIMITED));
    assertThat(findings(RULE, later, plan(), first, later))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, JsonPointer.parse("/entries/0"), "the status of 1.1"
            + " goes back from COMPLETE (as of 2017-06-30, in report gov-2017) to LIMITED as of"
            + " 2018-06-30"));
    assertThat(findings(RULE, first, plan(), first, later)).isEmpty();
  }

  @Test
  void reportsAreOrderedByAsOfNotByTheirPlaceInTheDataset() {
    ProgressReport later = report("gov-2018", "2018-06-30", entry("1.1", LIMITED));
    ProgressReport first = report("gov-2017", "2017-06-30", entry("1.1", COMPLETE));
    assertThat(findings(RULE, later, later, plan(), first)).hasSize(1);
    assertThat(findings(RULE, first, later, plan(), first)).isEmpty();
  }

  @Test
  void onTheSameAsOfTheDatasetsOrderCounts() {
    ProgressReport a = report("gov-a", "2017-06-30", entry("1.1", COMPLETE));
    ProgressReport b = report("gov-b", "2017-06-30", entry("1.1", LIMITED));
    assertThat(findings(RULE, b, plan(), a, b)).hasSize(1);
    assertThat(findings(RULE, a, plan(), b, a)).isEmpty();
  }

  @Test
  void progressAndTheSameStatusAreFine() {
    ProgressReport a = report("gov-a", "2017-06-30", entry("1.1", LIMITED));
    ProgressReport b = report("gov-b", "2018-06-30", entry("1.1", LIMITED));
    ProgressReport c = report("gov-c", "2019-06-30", entry("1.1", COMPLETE));
    assertThat(findings(RULE, b, plan(), a, b, c)).isEmpty();
    assertThat(findings(RULE, c, plan(), a, b, c)).isEmpty();
  }

  @Test
  void onlyReportsOfOneReporterKindAreCompared() {
    ProgressReport gov = report("gov", "2017-06-30", entry("1.1", COMPLETE));
    ProgressReport shadow = report("csr", ReporterKind.CIVIL_SOCIETY, "2018-06-30",
        entry("1.1", LIMITED));
    assertThat(findings(RULE, shadow, plan(), gov, shadow)).isEmpty();
  }

  @Test
  void withdrawnAndNoEvidenceBreakNoOrder() {
    ProgressReport a = report("gov-a", "2017-01-01", entry("1.1", COMPLETE));
    ProgressReport b = report("gov-b", "2017-06-30", entry("1.1", WITHDRAWN));
    ProgressReport c = report("gov-c", "2018-01-01", entry("1.1", NO_EVIDENCE));
    ProgressReport d = report("gov-d", "2018-06-30", entry("1.1", SUBSTANTIAL));
    assertThat(findings(RULE, b, plan(), a, b, c, d)).isEmpty();
    assertThat(findings(RULE, c, plan(), a, b, c, d)).isEmpty();
    assertThat(findings(RULE, d, plan(), a, b, c, d)).extracting(Finding::message)
        .containsExactly("the status of 1.1 goes back from COMPLETE (as of 2017-01-01, in"
            + " report gov-a) to SUBSTANTIAL as of 2018-06-30");
  }

  @Test
  void aNumberAndAnOgpIdOfOneMeasureAreOneMeasure() {
    ProgressReport a = report("gov-a", "2017-06-30", entry("1.2", COMPLETE));
    ProgressReport b = report("gov-b", "2018-06-30",
        ProgressEntry.builder().ogpId("XX0002").status(LIMITED).build());
    assertThat(findings(RULE, b, plan(), a, b)).extracting(Finding::path)
        .containsExactly(JsonPointer.parse("/entries/0"));
  }

  @Test
  void doesNotRunWhenThePlanIsNotInTheDataset() {
    ProgressReport a = report("gov-a", "2017-06-30", entry("1.1", COMPLETE));
    ProgressReport b = report("gov-b", "2018-06-30", entry("1.1", LIMITED));
    assertThat(findings(RULE, b, a, b)).isEmpty();
  }

  @Test
  void speaksAzerbaijani() {
    ProgressReport a = report("gov-a", "2017-06-30", entry("1.1", COMPLETE));
    ProgressReport b = report("gov-b", "2018-06-30", entry("1.1", LIMITED));
    assertThat(findingsInAzerbaijani(RULE, b, plan(), a, b)).extracting(Finding::message)
        .containsExactly("1.1 üzrə status gov-a hesabatındakı COMPLETE statusundan (2017-06-30"
            + " tarixinə) 2018-06-30 tarixinə LIMITED statusuna geriləyib");
  }
}
