package io.github.ogpkit.testing.generator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * Copies of a plan with one part replaced, addressed by position as in the plan's JSON:
 * {@code withMeasure(plan, 1, 0, change)} changes {@code /sections/1/measures/0}.
 *
 * <pre>{@code
 * Plan broken = PlanEdits.withSubMeasure(SamplePlans.valid(), 1, 0, 1,
 *     m -> m.toBuilder().number("2.1.5").build());
 * }</pre>
 *
 * <p>The plan given is immutable and unaffected.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class PlanEdits {
  private PlanEdits() {}

  /**
   * Replaces the measure {@code sections[s].measures[m]}.
   *
   * @param plan the plan, not null
   * @param s the section's index
   * @param m the measure's index in the section
   * @param change makes the new measure from the old one
   * @return the changed copy, not null
   */
  public static Plan withMeasure(Plan plan, int s, int m, UnaryOperator<Measure> change) {
    return withSection(plan, s, section -> {
      List<Measure> measures = new ArrayList<>(section.measures());
      measures.set(m, change.apply(measures.get(m)));
      return section.toBuilder().measures(measures).build();
    });
  }

  /**
   * Replaces the sub-measure {@code sections[s].measures[m].measures[k]}.
   *
   * @param plan the plan, not null
   * @param s the section's index
   * @param m the measure's index in the section
   * @param k the sub-measure's index in the measure
   * @param change makes the new sub-measure from the old one
   * @return the changed copy, not null
   */
  public static Plan withSubMeasure(Plan plan, int s, int m, int k,
      UnaryOperator<Measure> change) {
    return withMeasure(plan, s, m, measure -> {
      List<Measure> subs = new ArrayList<>(measure.measures());
      subs.set(k, change.apply(subs.get(k)));
      return measure.toBuilder().measures(subs).build();
    });
  }

  /**
   * Replaces the section {@code sections[s]}.
   *
   * @param plan the plan, not null
   * @param s the section's index
   * @param change makes the new section from the old one
   * @return the changed copy, not null
   */
  public static Plan withSection(Plan plan, int s, UnaryOperator<Section> change) {
    List<Section> sections = new ArrayList<>(plan.sections());
    sections.set(s, change.apply(sections.get(s)));
    return plan.toBuilder().sections(sections).build();
  }

  /**
   * Replaces the institution {@code institutions[i]}.
   *
   * @param plan the plan, not null
   * @param i the institution's index
   * @param change makes the new institution from the old one
   * @return the changed copy, not null
   */
  public static Plan withInstitution(Plan plan, int i, UnaryOperator<Institution> change) {
    List<Institution> institutions = new ArrayList<>(plan.institutions());
    institutions.set(i, change.apply(institutions.get(i)));
    return plan.toBuilder().institutions(institutions).build();
  }

  /**
   * Adds an institution at the end of the registry.
   *
   * @param plan the plan, not null
   * @param institution the institution to add, not null
   * @return the changed copy, not null
   */
  public static Plan plusInstitution(Plan plan, Institution institution) {
    return plan.toBuilder().institution(institution).build();
  }
}
