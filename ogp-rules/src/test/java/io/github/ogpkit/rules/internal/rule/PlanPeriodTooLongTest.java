package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.executiveOrder;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.TimePoint;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanPeriodTooLongTest {

  private static final String RULE = "plan-period-too-long";

  private static Plan period(String period) {
    return valid().toBuilder().period(period).build();
  }

  @Test
  void yearsFiveApartAreReportedAtThePeriod() {
    assertThat(findings(period("2023/2028"), RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/period"),
            "the plan period 2023/2028 ends 5 years after the year it starts: longer than four"
                + " years"));
  }

  @Test
  void moreThan48MonthsAreReportedAtThePeriod() {
    assertThat(findings(period("2023-07/2027-08"), RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/period"),
            "the plan period 2023-07/2027-08 ends 49 months after the month it starts: longer"
                + " than 48 months"));
  }

  @ParameterizedTest(name = "{0} too long: {1}")
  @CsvSource({
      // Either end a year: the difference of the years, 5 or more.
      "2023/2027, false", // a four-year plan starting mid-year spans five calendar years
      "2023/2028, true",
      "2023, false", // one end: both START and END
      "2020/2024, false",
      "2023-07/2028, true",
      "2023-07/2027, false",
      "2023/2027-12-31, false",
      "2023/2028-01, true",
      // Otherwise: the months from START's first month to END's last month, more than 48.
      "2023-07/2027-07, false", // 48
      "2023-07/2027-08, true", // 49
      "2023-Q3/2027-Q2, false", // 47: July 2023 to June 2027
      "2023-Q3/2027-Q3, true", // 50: July 2023 to September 2027
      "2023-07-01/2027-07-31, false",
      "2023-07-31/2027-08-01, true",
      "2023-Q1/2027-Q1, true", // 50: January 2023 to March 2027
      "2023-Q1/2026-Q4, false", // 47
      "2023-Q2, false",
      "2023-07-15, false"})
  void theMonthArithmeticOfRules11(String period, boolean tooLong) {
    assertThat(findings(period(period), RULE)).as(period).hasSize(tooLong ? 1 : 0);
  }

  @Test
  void quartersCountTheirFirstAndLastMonths() {
    // RULES-1.1: 2023-Q3/2027-Q2 is 47 months.
    assertThat(PlanPeriodTooLong.months(TimePoint.parse("2023-Q3"), TimePoint.parse("2027-Q2")))
        .isEqualTo(47);
    assertThat(PlanPeriodTooLong.months(TimePoint.parse("2023-07"), TimePoint.parse("2027-07")))
        .isEqualTo(48);
    assertThat(PlanPeriodTooLong.months(TimePoint.parse("2023-Q2"), TimePoint.parse("2023-Q2")))
        .isEqualTo(2);
  }

  @Test
  void aPermanentOrOpenPeriodIsLeftToInvalidValue() {
    assertThat(findings(valid().toBuilder().period(TimeFrame.permanent()).build(), RULE))
        .isEmpty();
    assertThat(findings(valid().toBuilder().period(TimeFrame.parse("2016/..")).build(), RULE))
        .isEmpty();
    assertThat(findings(valid().toBuilder().period(TimeFrame.parse("../2030")).build(), RULE))
        .isEmpty();
  }

  @Test
  void itIsAWarningInExecutiveOrdersAndOffInNationalPrograms() {
    assertThat(findings(executiveOrder(period("2020/2030")), RULE))
        .extracting(Finding::severity).containsExactly(WARNING);
    Plan plan = period("2020/2030").toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build();
    assertThat(findings(plan, RULE)).isEmpty();
  }
}
