package io.github.ogpkit.model;

import io.github.ogpkit.model.json.JsonObject;

/** The sample plan of FORMAT.md, built in code, and variations for tests. */
final class SamplePlans {
  private SamplePlans() {}

  static Plan formatSample() {
    return Plan.builder()
        .id("xx-sample-2020-2022")
        .kind(PlanKind.OGP_ACTION_PLAN)
        .country("AZ")
        .title("en", "Sample plan")
        .languages("en")
        .period("2020/2022")
        .institution(Institution.builder().id("ministry-of-justice")
            .name("en", "Ministry of Justice").kind(InstitutionKind.MINISTRY).build())
        .institution(Institution.builder().id("parliament").name("en", "Parliament")
            .kind(InstitutionKind.LEGISLATURE).build())
        .section(Section.builder().number("1").title("en", "Access to information")
            .measure(Measure.builder().number("1.1")
                .title("en", "Publish the register of legal acts online")
                .indicator("en", "Register online and updated monthly")
                .executor("ministry-of-justice")
                .recommended("parliament")
                .timeFrame("2020/2021")
                .build())
            .build())
        .build();
  }

  /** Two sections, a subsection, sub-measures: numbers 1, 1.1, 1.1.1, 1.1.2, 1.2, 2, 2.1, 2.1.1. */
  static Plan nested() {
    Measure m111 = measure("1.1.1", "ministry-of-justice");
    Measure m112 = measure("1.1.2", "parliament");
    Measure m11 = Measure.builder().number("1.1").title("en", "Parent").measure(m111)
        .measure(m112).build();
    Measure m12 = measure("1.2", "ministry-of-justice");
    Measure m211 = measure("2.1.1", "ministry-of-justice");
    Section s21 = Section.builder().number("2.1").title("en", "Sub").measure(m211).build();
    return formatSample().toBuilder()
        .sections(java.util.List.of(
            Section.builder().number("1").title("en", "One").measure(m11).measure(m12).build(),
            Section.builder().number("2").title("en", "Two").section(s21)
                .extensions(JsonObject.builder().put("ogpCommitmentId", "AZ0039").build())
                .build()))
        .build();
  }

  static Measure measure(String number, String executor) {
    return Measure.builder().number(number).title("en", "Measure " + number)
        .executor(executor).timeFrame("2020").build();
  }
}
