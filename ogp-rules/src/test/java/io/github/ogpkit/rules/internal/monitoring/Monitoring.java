package io.github.ogpkit.rules.internal.monitoring;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.IrmProduct;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberStatus;
import io.github.ogpkit.model.MemberType;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanRef;
import io.github.ogpkit.model.ProgressEntry;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.Reporter;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.StatusChange;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Documents of the monitoring rules' tests, and what the tests ask of the validator. */
final class Monitoring {
  private Monitoring() {}

  /** The plan's id. */
  static final String PLAN = "xx-2016-2018";

  /** The plan of the tests ({@link SamplePlans#monitored()}), whose id is {@link #PLAN}. */
  static Plan plan() {
    return SamplePlans.monitored();
  }

  /** A government's progress report on {@link #PLAN}. */
  static ProgressReport report(String id, String asOf, ProgressEntry... entries) {
    return report(id, ReporterKind.GOVERNMENT, asOf, entries);
  }

  /** A progress report on {@link #PLAN}. */
  static ProgressReport report(String id, ReporterKind kind, String asOf,
      ProgressEntry... entries) {
    return ProgressReport.builder().id(id).plan(PLAN).reporter(Reporter.of(kind, "en", id))
        .asOf(asOf).languages("en").entries(Arrays.asList(entries)).build();
  }

  /** A progress entry about a number, with a status. */
  static ProgressEntry entry(String number, ProgressStatus status) {
    return ProgressEntry.builder().measure(number).status(status).build();
  }

  /** An IRM design report on {@link #PLAN}. */
  static IrmAssessment irm(String id, Assessment... entries) {
    return irm(id, IrmProduct.DESIGN_REPORT, entries);
  }

  /** An IRM assessment on {@link #PLAN}. */
  static IrmAssessment irm(String id, IrmProduct product, Assessment... entries) {
    return IrmAssessment.builder().id(id).plan(PLAN).product(product).published("2017")
        .languages("en").entries(Arrays.asList(entries)).build();
  }

  /** A member that joined in 2011, with status changes and action plans. */
  static Member member(List<StatusChange> history, PlanRef... plans) {
    return Member.builder().id("xx").name("en", "Xx").memberType(MemberType.NATIONAL)
        .country("XX").joined("2011").statusHistory(history).actionPlans(Arrays.asList(plans))
        .build();
  }

  /** A member active since 2011, with action plans. */
  static Member member(PlanRef... plans) {
    return member(List.of(change(MemberStatus.ACTIVE, "2011")), plans);
  }

  static StatusChange change(MemberStatus status, String from) {
    return StatusChange.of(status, from);
  }

  /** The findings of one rule in one document's report, validating the documents together. */
  static List<Finding> findings(String rule, Document in, Document... dataset) {
    return findings(OgpValidator.standard(), rule, in, dataset);
  }

  /** The same, with Azerbaijani messages. */
  static List<Finding> findingsInAzerbaijani(String rule, Document in, Document... dataset) {
    return findings(OgpValidator.builder().locale(Locale.forLanguageTag("az")).build(), rule, in,
        dataset);
  }

  private static List<Finding> findings(OgpValidator validator, String rule, Document in,
      Document... dataset) {
    return validator.validate(Dataset.of(dataset)).reportFor(in).forRule(rule).findings();
  }
}
