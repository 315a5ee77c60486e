package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NestingTest {

  /** A number of {@code components} ones: {@code 1.1.1}. */
  private static OutlineNumber ones(int components) {
    int[] c = new int[components];
    Arrays.fill(c, 1);
    return OutlineNumber.of(c);
  }

  /**
   * Measure 1.1 and sub-measures below it, {@code height} levels in all: 1.1, 1.1.1, ... as in
   * section 1 of a plan.
   */
  static Measure measures(int height) {
    Measure m = null;
    for (int level = height; level >= 1; level--) {
      Measure.Builder b = Measure.builder().number(ones(level + 1)).title("en", "Level " + level)
          .timeFrame("2020");
      m = (m == null ? b : b.measure(m)).build();
    }
    return m;
  }

  /** Section 1 and subsections below it, {@code height} levels in all. */
  private static Section sections(int height) {
    Section s = null;
    for (int level = height; level >= 1; level--) {
      Section.Builder b = Section.builder().number(ones(level)).title("en", "Level " + level);
      s = (s == null ? b : b.section(s)).build();
    }
    return s;
  }

  @Test
  void measuresMayNestAsDeepAsTheLimit() {
    Measure deepest = measures(Plan.MAX_NESTING);
    assertThat(deepest.withAllSubMeasures()).hasSize(100);
  }

  @Test
  void aMeasureNestingDeeperIsRefusedNamingTheLimit() {
    Measure.Builder top = Measure.builder().number("1").title("en", "Top")
        .measure(measures(Plan.MAX_NESTING));
    assertThatIllegalArgumentException().isThrownBy(top::build)
        .withMessage("measure 1 nests 101 levels deep; a plan nests sections and measures at"
            + " most 100 levels (Plan.MAX_NESTING)");
  }

  @Test
  void aSectionCountsAsALevelAboveItsMeasures() {
    Section fits = Section.builder().number("1").title("en", "Section")
        .measure(measures(Plan.MAX_NESTING - 1)).build();
    assertThat(fits.allMeasures()).hasSize(99);

    Section.Builder tooDeep = Section.builder().number("1").title("en", "Section")
        .measure(measures(Plan.MAX_NESTING));
    assertThatIllegalArgumentException().isThrownBy(tooDeep::build)
        .withMessage("section 1 nests 101 levels deep; a plan nests sections and measures at"
            + " most 100 levels (Plan.MAX_NESTING)");
  }

  @Test
  void subsectionsNestLikeMeasures() {
    assertThat(sections(Plan.MAX_NESTING).sections()).hasSize(1);
    Section.Builder tooDeep = Section.builder().number("7").title("en", "Section")
        .section(sections(Plan.MAX_NESTING));
    assertThatIllegalArgumentException().isThrownBy(tooDeep::build)
        .withMessageStartingWith("section 7 nests 101 levels deep;");
  }

  @Test
  void theTallestChildCounts() {
    Section.Builder mixed = Section.builder().number("1").title("en", "Section")
        .measure(measures(3)).section(sections(5)).measure(measures(Plan.MAX_NESTING))
        .section(sections(2));
    assertThatIllegalArgumentException().isThrownBy(mixed::build)
        .withMessageStartingWith("section 1 nests 101 levels deep;");
  }

  @Test
  void aPlanHoldsPartsNestedToTheLimit() {
    Plan plan = SamplePlans.formatSample().toBuilder()
        .sections(List.of(Section.builder().number("1").title("en", "Section")
            .measure(measures(Plan.MAX_NESTING - 1)).build()))
        .build();
    assertThat(plan.allMeasures()).hasSize(99);
    assertThat(plan.toBuilder().build()).isEqualTo(plan).hasSameHashCodeAs(plan);
  }

  @Test
  void measuresAndSectionsPrintAsRecordsDo() {
    Measure sub = Measure.builder().number("1.1.1").title("en", "Sub").timeFrame("2020")
        .executor("moj").build();
    Measure m = Measure.builder().number("1.1").title("en", "Top")
        .description(LocalizedText.of("en", "Why"))
        .indicator(Indicator.of("en", "Count").withTarget(Quantity.parse("40 services (2018)")))
        .recommended("parliament").measure(sub).measure(sub)
        .extensions(JsonObject.builder().put("k", "v").build()).build();
    Section s = Section.builder().number("1").title("en", "S").measure(m)
        .section(Section.builder().number("1.2").title("en", "Sub").build())
        .provision(Provision.of("1.3", "en", "P")).build();

    String none = " problem=Optional.empty, statusQuo=Optional.empty, objective=Optional.empty,"
        + " expectedResults=Optional.empty, ogpValues=[], policyAreas=[],";
    String subText = "Measure[number=1.1.1, code=Optional.empty, ogpId=Optional.empty,"
        + " title={en=Sub}, description=Optional.empty," + none
        + " indicators=[], institutions=[Assignment[institution=moj, role=EXECUTOR,"
        + " extensions={}]], timeFrame=Optional[2020], timeFramePrinted=Optional.empty,"
        + " links=[], measures=[], extensions={}]";
    String measureText = "Measure[number=1.1, code=Optional.empty, ogpId=Optional.empty,"
        + " title={en=Top}, description=Optional[{en=Why}]," + none
        + " indicators=[Indicator[text={en=Count}, baseline=Optional.empty,"
        + " target=Optional[40 services (2018)]]],"
        + " institutions=[Assignment[institution=parliament, role=RECOMMENDED, extensions={}]],"
        + " timeFrame=Optional.empty, timeFramePrinted=Optional.empty, links=[], measures=["
        + subText + ", " + subText + "], extensions={\"k\":\"v\"}]";
    assertThat(m).hasToString(measureText);
    assertThat(s).hasToString("Section[number=1, code=Optional.empty, ogpId=Optional.empty,"
        + " title={en=S}, description=Optional.empty, policyAreas=[], links=[],"
        + " measures=[" + measureText + "], sections=[Section[number=1.2, code=Optional.empty,"
        + " ogpId=Optional.empty, title={en=Sub}, description=Optional.empty, policyAreas=[],"
        + " links=[], measures=[], sections=[], provisions=[], extensions={}]],"
        + " provisions=[Provision[number=1.3, text={en=P}]], extensions={}]");
  }
}
