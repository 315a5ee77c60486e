package io.github.ogpkit.testing.assertj;

import static io.github.ogpkit.testing.assertj.OgpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.testing.SyntheticPlans;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class OgpAssertionsTest {

  private static final Plan PLAN = SyntheticPlans.builder().measures(3).institutions(2)
      .measuresPerSection(2).subsectionsPerSection(0).build();
  private static final Finding DUPLICATE = Finding.of("number-duplicate", Severity.ERROR,
      JsonPointer.parse("/sections/4/measures/6/number"),
      "number 1.1 is already used at /sections/0/measures/0")
      .withLocation(TextLocation.of(412, 21));
  private static final Finding COLLECTIVE = Finding.of("executor-collective-only",
      Severity.WARNING, JsonPointer.parse("/sections/1/measures/3"),
      "every executor of measure 2.4 is a group of bodies");
  private static final ValidationReport REPORT =
      ValidationReport.of(List.of(DUPLICATE, COLLECTIVE));

  @Test
  void passingPlanAssertionsChain() {
    assertThat(PLAN).hasMeasure("1.1").hasMeasure("2.1").doesNotHaveMeasure("9.9")
        .hasSection("2").hasMeasureCount(3).hasInstitution("institution-1")
        .hasKind(PlanKind.OGP_ACTION_PLAN).hasPeriod("2016/2018");
    assertThat(PLAN).measure("1.1").hasExecutor("institution-1");
  }

  /** The actual value may be null (it is {@code @Nullable}): only a check of null passes. */
  @Test
  void aNullActualPassesIsNullAndFailsEveryOtherAssertionAsAssertjDoes() {
    assertThat((Plan) null).isNull();
    assertThat((ValidationReport) null).isNull();
    assertThatThrownBy(() -> assertThat((Plan) null).hasMeasure("1.1"))
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat((ValidationReport) null).hasNoErrors())
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat((TimeFrame) null).isWithin("2016"))
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void hasMeasureFailureListsTheMeasureNumbersBySection() {
    assertThatThrownBy(() -> assertThat(PLAN).hasMeasure("9.9"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting plan " + PLAN.id() + " to have measure 9.9 but its measures are:\n"
            + "  1: 1.1, 1.2\n  2: 2.1");
  }

  @Test
  void hasMeasureCountFailureShowsTheActualCount() {
    assertThatThrownBy(() -> assertThat(PLAN).hasMeasureCount(59))
        .hasMessageStartingWith("Expecting plan " + PLAN.id() + " to have 59 measures but it has 3:");
  }

  @Test
  void measureAssertionsNameTheMeasureAndItsInstitutions() {
    assertThatThrownBy(() -> assertThat(PLAN).measure("1.1").hasExecutor("ministry-of-justice"))
        .hasMessage("Expecting measure 1.1 to have ministry-of-justice as EXECUTOR but its "
            + "institutions are:\n  " + institutionsOf("1.1"));
    String frame = PLAN.findMeasure("1.1").orElseThrow().timeFrame().orElseThrow().toString();
    assertThatThrownBy(() -> assertThat(PLAN).measure("1.1").isWithin("2019"))
        .hasMessage("Expecting measure 1.1 to be within 2019 but its time frame is " + frame);
    assertThat(PLAN).measure("1.1").isWithin("permanent");
  }

  private static String institutionsOf(String number) {
    return String.join(", ", PLAN.findMeasure(number).orElseThrow().institutions().stream()
        .map(a -> a.institution() + " " + a.role()).toList());
  }

  @Test
  void timeFrameAssertions() {
    assertThat(TimeFrame.parse("2017")).isWithin("2016/2018").isEqualTo("2017");
    assertThat(TimeFrame.parse("2016/2018")).contains("2017-06").isLessThan(TimeFrame.permanent());
    assertThat(TimeFrame.permanent()).isPermanent();
    assertThatThrownBy(() -> assertThat(TimeFrame.parse("2019")).isWithin("2016/2018"))
        .hasMessage("Expecting time frame 2019 to be within 2016/2018 but it is not");
  }

  @Test
  void hasNoErrorsFailureListsTheErrorsAsPeopleReadThem() {
    assertThatThrownBy(() -> assertThat(REPORT).hasNoErrors())
        .hasMessage("Expecting no errors but found 1:\n"
            + "  /sections/4/measures/6/number: number-duplicate: error: number 1.1 is already "
            + "used at /sections/0/measures/0 (line 412, column 21)");
  }

  @Test
  void hasFindingPassesAndFailsWithTheFindings() {
    assertThat(REPORT).hasFinding("number-duplicate", "/sections/4/measures/6/number")
        .hasFinding("executor-collective-only", "/sections/1/measures/3", Severity.WARNING)
        .hasNoFinding("institution-unknown")
        .hasCount(Severity.ERROR, 1).hasCount(Severity.INFO, 0);
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("number-prefix",
        "/sections/4/measures/6/number"))
        .hasMessage("Expecting a number-prefix finding at /sections/4/measures/6/number but the "
            + "findings are:\n"
            + "  /sections/1/measures/3: executor-collective-only: warning: every executor of "
            + "measure 2.4 is a group of bodies\n"
            + "  /sections/4/measures/6/number: number-duplicate: error: number 1.1 is already "
            + "used at /sections/0/measures/0 (line 412, column 21)");
    assertThatThrownBy(() -> assertThat(ValidationReport.of(List.of())).hasFinding("x", ""))
        .hasMessage("Expecting a x finding at  but the findings are:\n  (none)");
  }

  @Test
  void percentSignsInMessagesAreNotFormatDirectives() {
    Finding odd = Finding.of("text-whitespace", Severity.INFO, JsonPointer.parse("/title/en"),
        "100% of %s text");
    assertThatThrownBy(() -> assertThat(ValidationReport.of(List.of(odd))).isEmpty())
        .hasMessageContaining("100% of %s text");
  }
}
