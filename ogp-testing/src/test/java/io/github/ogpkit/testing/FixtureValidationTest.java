package io.github.ogpkit.testing;

import static io.github.ogpkit.testing.assertj.OgpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.rules.Profile;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What validation says about the real plans, and why each warning is right.
 */
class FixtureValidationTest {

  private static ValidationReport validate(String id, Profile profile) {
    return PlanReader.standard().validate(OgpFixtures.json(id),
        OgpValidator.builder().profile(profile).build());
  }

  /** Validated with the profile the fixture states, as a user's validator would. */
  private static ValidationReport validate(String id) {
    return PlanReader.standard().validate(OgpFixtures.json(id), OgpValidator.standard());
  }

  /**
   * The measures of the OGP plan that name institutions but no executor: each is only recommended
   * to bodies the President's Order cannot direct ("Tövsiyə edilir"), as printed. RULES-1.1 makes
   * that lead-missing, an INFO under executive-order.
   */
  private static final List<String> ONLY_RECOMMENDED = List.of("/sections/1/measures/0",
      "/sections/1/measures/1", "/sections/1/measures/4", "/sections/4/measures/1",
      "/sections/4/measures/6", "/sections/5/sections/1/measures/2", "/sections/7/measures/3",
      "/sections/7/measures/4", "/sections/7/sections/0/measures/3", "/sections/8/measures/3");
  @Test
  void theCorrectedOgpPlanHasNoErrors() {
    ValidationReport report = validate(OgpFixtures.AZ_OGP_NAP_2016_2018);
    assertThat(report.profile()).contains("executive-order");
    assertThat(report).hasNoErrors();
    // The printed numbers kept as codes repeat as they were printed (1.1 four times, 1.2 to 1.4
    // three times, 1.5 twice): a true code-duplicate at each later use, and nothing else.
    assertThat(report.forRule("code-duplicate").findings())
        .extracting(f -> f.path().parent().orElseThrow().toString())
        .hasSize(10).allSatisfy(p -> assertThat(renumberedPaths()).contains(p));
    assertThat(report.forRule("code-duplicate").findings().get(0).message())
        .contains("1.1");
    assertThat(report.withSeverity(Severity.INFO).findings())
        .extracting(Finding::rule, f -> f.path().toString())
        .containsExactlyElementsOf(ONLY_RECOMMENDED.stream()
            .map(p -> tuple("lead-missing", p)).toList());
    assertThat(report.withSeverity(Severity.WARNING).findings().stream()
        .filter(f -> !f.rule().equals("code-duplicate")).toList())
        .extracting(Finding::rule, f -> f.path().toString())
        .containsExactly(
            // 2.4, 4.2.1, 4.2.2: "mərkəzi və yerli icra hakimiyyəti orqanları" is the only executor
            // printed: a class of bodies, so nobody in particular answers for the measure.
            tuple("executor-collective-only", "/sections/1/measures/3"),
            tuple("executor-collective-only", "/sections/3/sections/1/measures/0"),
            tuple("executor-collective-only", "/sections/3/sections/1/measures/1"),
            // 5.5: "aidiyyəti dövlət orqanları" (relevant state bodies) is a class that reaches
            // beyond the executive (kind OTHER), which an Order of the President cannot direct.
            tuple("independent-body-as-executor", "/sections/4/measures/4/institutions/2"),
            // 8.12.2: only "aidiyyəti mərkəzi icra hakimiyyəti orqanları"; 8.12.4, 9.1, 9.2,
            // 9.6: only the central and local executive authorities, as printed.
            tuple("executor-collective-only", "/sections/7/sections/1/measures/1"),
            tuple("executor-collective-only", "/sections/7/sections/1/measures/3"),
            tuple("executor-collective-only", "/sections/8/measures/0"),
            tuple("executor-collective-only", "/sections/8/measures/1"),
            tuple("executor-collective-only", "/sections/8/measures/5"));
  }

  @Test
  void underTheProfileOf10TheCorrectedOgpPlanGivesTheFindingsItGaveIn10() {
    // 1.0's ogp-action-plan is 1.1's executive-order: the same nine warnings; 1.1 adds only the
    // repeated printed codes (code-duplicate) and the INFOs of lead-missing.
    ValidationReport report = validate(OgpFixtures.AZ_OGP_NAP_2016_2018,
        Profile.EXECUTIVE_ORDER);
    assertThat(report.withSeverity(Severity.WARNING).findings().stream()
        .filter(f -> !f.rule().equals("code-duplicate")).toList()).hasSize(9);
    assertThat(report).hasNoErrors();
  }

  @Test
  void theAsPublishedOgpPlanHasAnErrorAtEveryPrintedNumberingFaultAndNoOther() {
    ValidationReport report = validate(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED);
    assertThat(report.profile()).contains("executive-order");
    assertThat(report.withSeverity(Severity.ERROR).findings())
        .allSatisfy(f -> assertThat(f.rule()).isIn("number-duplicate", "number-prefix"))
        .allSatisfy(f -> assertThat(f.path().last()).contains("number"));
    Set<String> faulty = report.withSeverity(Severity.ERROR).findings().stream()
        .map(f -> f.path().parent().orElseThrow().toString())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(faulty).isEqualTo(renumberedPaths());
    // 22 faulty numbers: 20 uses of a number already used, 17 numbers not under their parent.
    assertThat(report.errorCount()).isEqualTo(37);
    // Every printed duplicate names the first use of the number.
    assertThat(report).hasFinding("number-duplicate", "/sections/4/measures/6/number")
        .hasFinding("number-prefix", "/sections/4/measures/6/number");
    assertThat(report.forRule("number-duplicate").findings().get(0).message())
        .isEqualTo("number 1.1 is already used at /sections/0/measures/0");
    // The same warnings and infos as the corrected edition, for the same reasons, but for the
    // codes: this edition prints its numbers as numbers, so it has none.
    for (Severity severity : List.of(Severity.WARNING, Severity.INFO)) {
      assertThat(report.withSeverity(severity).findings())
          .extracting(Finding::rule, f -> f.path().toString())
          .containsExactlyElementsOf(validate(OgpFixtures.AZ_OGP_NAP_2016_2018)
              .withSeverity(severity).findings().stream()
              .filter(f -> !f.rule().equals("code-duplicate"))
              .map(f -> tuple(f.rule(), f.path().toString())).toList());
    }
  }

  /** The paths of the corrected edition's renumbered items: those keeping a printed code. */
  private static Set<String> renumberedPaths() {
    Set<String> paths = new TreeSet<>();
    List<Section> sections = OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018).sections();
    for (int i = 0; i < sections.size(); i++) {
      collectCoded(sections.get(i), "/sections/" + i, paths);
    }
    assertThat(paths).hasSize(22);
    return paths;
  }

  private static void collectCoded(Section s, String path, Set<String> into) {
    s.code().ifPresent(c -> into.add(path));
    for (int i = 0; i < s.measures().size(); i++) {
      collectCoded(s.measures().get(i), path + "/measures/" + i, into);
    }
    for (int i = 0; i < s.sections().size(); i++) {
      collectCoded(s.sections().get(i), path + "/sections/" + i, into);
    }
  }

  private static void collectCoded(Measure m, String path, Set<String> into) {
    m.code().ifPresent(c -> into.add(path));
    for (int i = 0; i < m.measures().size(); i++) {
      collectCoded(m.measures().get(i), path + "/measures/" + i, into);
    }
  }

  @Test
  void theHumanRightsProgramHasNoFindingsUnderItsProfile() {
    ValidationReport report = validate(OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015);
    assertThat(report).hasNoErrors().isEmpty();
    assertThat(report.profile()).contains("national-program");
  }

  /**
   * The plans of other members, under the profile they state (ogp-action-plan): no error, and
   * every warning a true statement about the plan as published. Each warning here is listed in
   * the fixture's notes (fixtures/ID.notes.md) with its reason.
   */
  @Test
  void theCanadianPlanWarnsOnlyOfUndatedActivitiesAndTwoDeadlinesAfterThePlan() {
    ValidationReport report = validate(OgpFixtures.CA_OGP_NAP_2022_2024);
    assertThat(report.profile()).contains("ogp-action-plan");
    assertThat(report).hasNoErrors();
    // 19 activities print "Ongoing" or "Annually": no date, so no time frame.
    assertUndatedLeavesPrint(report, OgpFixtures.CA_OGP_NAP_2022_2024, 19, "Ongoing", "Annually");
    // C05.3.04 and C05.3.05 are due "By March 2025" and "By March 2026", after the plan's period:
    // the plan itself sets them beyond its end.
    assertThat(report.forRule("time-frame-outside-plan").findings())
        .extracting(f -> f.path().toString()).containsExactly(
            "/measures/2/measures/2/measures/3/timeFrame",
            "/measures/2/measures/2/measures/4/timeFrame");
    assertThat(report.warningCount()).isEqualTo(21);
  }

  @Test
  void mendozasLocalPlanWarnsOnlyOfItsUndatedStages() {
    ValidationReport report = validate(OgpFixtures.AR_MENDOZA_OGP_LOCAL_2021_2022);
    assertThat(report.profile()).contains("ogp-action-plan");
    assertThat(report).hasNoErrors();
    // The plan dates its actions ("Cumplimiento: 2021"), not their 26 stages.
    assertUndatedLeavesPrint(report, OgpFixtures.AR_MENDOZA_OGP_LOCAL_2021_2022, 26);
    assertThat(report.warningCount()).isEqualTo(26);
  }

  @Test
  void theUnitedStatesPlanPrintsNoDatesAndSaysSoOncePerSubCommitment() {
    ValidationReport report = validate(OgpFixtures.US_OGP_NAP_2022_2024);
    assertThat(report).hasNoErrors();
    assertUndatedLeavesPrint(report, OgpFixtures.US_OGP_NAP_2022_2024, 14);
    assertThat(report.warningCount()).isEqualTo(14);
  }

  @Test
  void theKenyanCommitmentsWithoutTheirMilestonesWarnOnlyOfTheirMissingDates() {
    ValidationReport report = validate(OgpFixtures.KE_OGP_NAP_2020_2022);
    assertThat(report).hasNoErrors();
    // The sources found give the commitments without their milestone tables: no date at all.
    assertUndatedLeavesPrint(report, OgpFixtures.KE_OGP_NAP_2020_2022, 3);
    assertThat(report.warningCount()).isEqualTo(3);
    // Lead and supporting actors of every sector, none reported: no lead-missing, no overlap.
    assertThat(report.forRule("lead-missing").findings()).isEmpty();
    assertThat(report.forRule("assignment-overlap").findings()).isEmpty();
  }

  @Test
  void ecuadorsCommitmentsOnOgpsTemplateGetNoWarningOnlyInfosOfWhatTheTemplateLacks() {
    ValidationReport report = validate(OgpFixtures.EC_OGP_NAP_2019_2022);
    assertThat(report.profile()).contains("ogp-action-plan");
    assertThat(report).hasNoErrors();
    // Every milestone is dated, every commitment has its lead, its supporting actors and its OGP
    // values: nothing to warn of.
    assertThat(report.withSeverity(Severity.WARNING).findings()).isEmpty();
    // In document order: the template of 2019 has no indicators, so each of the 17 milestones
    // (7, 4 and 6) lacks them; OGP's page files EC0010 under "Democratizing Decision-Making" and
    // "Social Accountability", labels outside format 1.1's closed list of policy areas, kept as
    // read (its policy areas come before its milestones).
    List<org.assertj.core.groups.Tuple> infos = new java.util.ArrayList<>();
    int[] milestones = {7, 4, 6};
    for (int c = 0; c < milestones.length; c++) {
      if (c == 2) {
        infos.add(tuple("policy-area-unknown", "/measures/2/policyAreas/1"));
        infos.add(tuple("policy-area-unknown", "/measures/2/policyAreas/3"));
      }
      for (int m = 0; m < milestones[c]; m++) {
        infos.add(tuple("indicator-missing", "/measures/" + c + "/measures/" + m));
      }
    }
    assertThat(report.withSeverity(Severity.INFO).findings())
        .extracting(Finding::rule, f -> f.path().toString())
        .containsExactlyElementsOf(infos);
    assertThat(report.infoCount()).isEqualTo(19);
  }

  @Test
  void ecuadorsCommitmentsHaveWhatTheTemplateAsksFor() {
    io.github.ogpkit.model.Plan plan = OgpFixtures.plan(OgpFixtures.EC_OGP_NAP_2019_2022);
    assertThat(plan.measures()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(c -> {
      String at = c.ogpId().orElseThrow();
      // Milestones with start and end dates.
      assertThat(c.measures()).as(at).isNotEmpty().allSatisfy(m -> assertThat(m.timeFrame())
          .as("%s milestone %s", at, m.number()).isPresent());
      // A lead and supporting actors.
      assertThat(c.assignments(io.github.ogpkit.model.Role.EXECUTOR)).as(at).isNotEmpty();
      assertThat(c.assignments(io.github.ogpkit.model.Role.SUPPORTING)).as(at).isNotEmpty();
      // The OGP values the plan claims.
      assertThat(c.ogpValues()).as(at).isNotEmpty();
    });
    assertThat(plan.measures()).extracting(c -> c.ogpId().orElseThrow())
        .containsExactly("EC0001", "EC0006", "EC0010");
  }

  /**
   * Every time-frame-missing finding is at a measure without sub-measures and without a time
   * frame, whose printed time, if any, is one of the words given (not a date).
   */
  private static void assertUndatedLeavesPrint(ValidationReport report, String id, int count,
      String... printed) {
    List<Finding> missing = report.forRule("time-frame-missing").findings();
    assertThat(missing).hasSize(count);
    assertThat(report.withSeverity(Severity.WARNING).findings())
        .filteredOn(f -> f.rule().equals("time-frame-missing")).hasSize(count);
    io.github.ogpkit.model.Plan plan = OgpFixtures.plan(id);
    for (Finding f : missing) {
      String path = f.path().parent().orElseThrow().toString();
      Measure m = plan.allMeasures().stream()
          .filter(x -> f.message().contains("measure " + x.number() + " "))
          .findFirst().orElseThrow();
      assertThat(m.hasSubMeasures()).as(path).isFalse();
      assertThat(m.timeFrame()).as(path).isEmpty();
      m.timeFramePrinted().ifPresent(t -> assertThat(t.asMap().values()).as(path)
          .allSatisfy(v -> assertThat(v).isIn((Object[]) printed)));
    }
  }
}
