package io.github.ogpkit.analytics;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import java.util.List;

/** Small hand-built plans and helpers for the analytics tests. */
final class Plans {
  private Plans() {}

  /** A plan of 2022/2024 with the given institutions and measures. */
  static Plan plan(String period, List<Institution> institutions, Measure... measures) {
    return Plan.builder().id("test-plan").kind(PlanKind.OGP_ACTION_PLAN).country("AZ")
        .title("en", "Test plan").languages("en").period(period).institutions(institutions)
        .measures(List.of(measures)).build();
  }

  static Plan plan(String period, Measure... measures) {
    return plan(period, List.of(), measures);
  }

  static Institution institution(String id, String parent) {
    return Institution.builder().id(id).name("en", id).kind(InstitutionKind.MINISTRY)
        .parent(parent).build();
  }

  static Measure.Builder measure(String number) {
    return Measure.builder().number(number).title("en", "Measure " + number);
  }

  static Measure dated(String number, String timeFrame) {
    return measure(number).timeFrame(timeFrame).build();
  }

  /** The outline numbers of measures, as text, in order. */
  static List<String> numbers(List<Measure> measures) {
    return measures.stream().map(m -> m.number().toString()).toList();
  }
}
