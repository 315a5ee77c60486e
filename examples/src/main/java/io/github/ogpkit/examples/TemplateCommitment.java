package io.github.ogpkit.examples;

import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Link;
import io.github.ogpkit.model.LinkRel;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;

/**
 * A commitment on OGP's 2020 template in a local plan: its OGP id and printed code, problem and
 * objective, OGP values, a lead and a supporting actor, milestones with a deadline and an open
 * end. The README's "A commitment on OGP's template" is the code between the markers, checked by
 * a test.
 */
public final class TemplateCommitment {

  private TemplateCommitment() {}

  // ogp-template:begin
  static Plan localPlan() {
    Measure commitment = Measure.builder()
        .number("1").code("C01").ogpId("XX0001")
        .title("en", "Open budget data")
        .problem("en", "The county budget is published as scanned pages.")
        .objective("en", "Residents can follow what the county spends.")
        .ogpValues(OgpValue.ACCESS_TO_INFORMATION, OgpValue.PUBLIC_ACCOUNTABILITY)
        .policyAreas("fiscal-openness", "open-data")
        .executor("county-treasury")   // the lead implementing agency
        .supporting("budget-forum")    // "other actors involved"
        .timeFrame("2024-07/2025-06")
        .measure(Measure.builder().number("1.1").title("en", "Publish the first quarter")
            .timeFrame("../2024-12").timeFramePrinted("en", "By December 2024").build())
        .measure(Measure.builder().number("1.2").title("en", "Publish every quarter")
            .timeFrame("2025-01/..").timeFramePrinted("en", "From January 2025").build())
        .build();
    return Plan.builder()
        .id("xx-county-2024-2025").kind(PlanKind.OGP_LOCAL_ACTION_PLAN).country("KE")
        .jurisdiction("en", "Sample County")
        .title("en", "Sample County Open Government Action Plan").languages("en")
        .period("2024-07/2025-06")
        .link(Link.of(LinkRel.SOURCE, "https://example.org/sample-county-plan.pdf"))
        .institution(Institution.builder().id("county-treasury").name("en", "County Treasury")
            .kind(InstitutionKind.SUBNATIONAL_GOVERNMENT).build())
        .institution(Institution.builder().id("budget-forum").name("en", "Budget Forum")
            .kind(InstitutionKind.MULTI_STAKEHOLDER_FORUM).build())
        .measure(commitment) // a flat list of commitments: no sections needed
        .build();
  }
  // ogp-template:end

  /**
   * Validates the plan (profile ogp-action-plan, from its kind) and writes it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Plan plan = localPlan();
    ValidationReport report = OgpValidator.standard().validate(plan);
    System.out.print(report.toText());
    System.out.print(PlanWriter.canonical().write(plan));
  }
}
