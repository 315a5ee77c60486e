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

  @Test
  void theCorrectedOgpPlanHasNoErrors() {
    ValidationReport report = validate(OgpFixtures.AZ_OGP_NAP_2016_2018, Profile.OGP_ACTION_PLAN);
    assertThat(report).hasNoErrors();
    assertThat(report.withSeverity(Severity.WARNING).findings())
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
    assertThat(report.withSeverity(Severity.INFO).findings()).isEmpty();
  }

  @Test
  void theAsPublishedOgpPlanHasAnErrorAtEveryPrintedNumberingFaultAndNoOther() {
    ValidationReport report = validate(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED,
        Profile.OGP_ACTION_PLAN);
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
    // The same warnings as the corrected edition, for the same reasons.
    assertThat(report.withSeverity(Severity.WARNING).findings())
        .extracting(Finding::rule, f -> f.path().toString())
        .containsExactlyElementsOf(validate(OgpFixtures.AZ_OGP_NAP_2016_2018,
            Profile.OGP_ACTION_PLAN).withSeverity(Severity.WARNING).findings().stream()
            .map(f -> tuple(f.rule(), f.path().toString())).toList());
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
    ValidationReport report = validate(OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015,
        Profile.NATIONAL_PROGRAM);
    assertThat(report).hasNoErrors().isEmpty();
    assertThat(report.profile()).contains("national-program");
  }

}
