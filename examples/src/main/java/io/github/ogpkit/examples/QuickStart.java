package io.github.ogpkit.examples;

import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;

/**
 * Builds a plan in code, validates it, and writes it as canonical JSON. The README's quick start
 * is the code between the markers, checked by a test.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // quick-start:begin
    Plan plan = Plan.builder()
        .id("xx-sample-2020-2022").kind(PlanKind.OGP_ACTION_PLAN).country("AZ")
        .title("en", "Sample plan").languages("en").period("2020/2022")
        .institution(Institution.builder().id("ministry-of-justice")
            .name("en", "Ministry of Justice").kind(InstitutionKind.MINISTRY).build())
        .section(Section.builder().number("1").title("en", "Access to information")
            .measure(Measure.builder().number("1.1")
                .title("en", "Publish the register of legal acts online")
                .indicator("en", "Register online and updated monthly")
                .executor("ministry-of-justice")
                .timeFrame("2020/2023") // outside the plan's period
                .build())
            .build())
        .build();

    ValidationReport report = OgpValidator.standard().validate(plan);
    System.out.print(report.toText());
    // plan: warning: time frame 2020/2023 of measure 1.1 is not within the plan period 2020/2022 ...
    System.out.print(PlanWriter.canonical().write(plan));
    // quick-start:end
  }
}
