package io.github.ogpkit.rules;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small valid plan built in code, and ways to change one part of it; each rule test breaks it
 * in one place. The plan:
 *
 * <pre>
 * period 2020/2022, languages [en], institutions ministry-of-justice, ministry-of-finance
 * (MINISTRY), parliament (LEGISLATURE)
 * 1 Access to information
 *   1.1 Publish the register of legal acts     EXECUTOR moj, RECOMMENDED parliament, 2020/2021
 *   1.2 Open budget data                       EXECUTOR mof, 2021
 * 2 Public services
 *   2.1 Service centres                        2020/2022
 *     2.1.1 Open a service centre in Baku      EXECUTOR moj, 2020
 *     2.1.2 Open a service centre in Ganja     EXECUTOR mof, 2022
 *   2.2 (provision) The working group reports yearly
 * </pre>
 */
public final class TestPlans {
  private TestPlans() {}

  /** The id of the first ministry. */
  public static final String MOJ = "ministry-of-justice";
  /** The id of the second ministry. */
  public static final String MOF = "ministry-of-finance";
  /** The id of the legislature. */
  public static final String PARLIAMENT = "parliament";

  public static Plan valid() {
    return Plan.builder()
        .id("xx-test-2020-2022")
        .kind(PlanKind.OGP_ACTION_PLAN)
        .country("AZ")
        .title("en", "Test plan")
        .languages("en")
        .period("2020/2022")
        .institution(institution(MOJ, "Ministry of Justice", InstitutionKind.MINISTRY))
        .institution(institution(MOF, "Ministry of Finance", InstitutionKind.MINISTRY))
        .institution(institution(PARLIAMENT, "Parliament", InstitutionKind.LEGISLATURE))
        .section(Section.builder().number("1").title("en", "Access to information")
            .measure(leaf("1.1", "Publish the register of legal acts", "2020/2021").toBuilder()
                .executor(MOJ).recommended(PARLIAMENT).build())
            .measure(leaf("1.2", "Open budget data", "2021").toBuilder().executor(MOF).build())
            .build())
        .section(Section.builder().number("2").title("en", "Public services")
            .measure(Measure.builder().number("2.1").title("en", "Service centres")
                .timeFrame("2020/2022")
                .measure(leaf("2.1.1", "Open a service centre in Baku", "2020").toBuilder()
                    .executor(MOJ).build())
                .measure(leaf("2.1.2", "Open a service centre in Ganja", "2022").toBuilder()
                    .executor(MOF).build())
                .build())
            .provision(Provision.of("2.2", "en", "The working group reports yearly"))
            .build())
        .build();
  }

  /** A measure with a title, an indicator and a time frame, but no assignment. */
  public static Measure leaf(String number, String title, String timeFrame) {
    return Measure.builder().number(number).title("en", title)
        .indicator("en", "Indicator of " + number).timeFrame(timeFrame).build();
  }

  public static Institution institution(String id, String name, InstitutionKind kind) {
    return Institution.builder().id(id).name("en", name).kind(kind).build();
  }

  /** Replaces the measure {@code sections[s].measures[m]}. */
  public static Plan withMeasure(Plan plan, int s, int m, UnaryOperator<Measure> change) {
    return withSection(plan, s, section -> {
      List<Measure> measures = new ArrayList<>(section.measures());
      measures.set(m, change.apply(measures.get(m)));
      return section.toBuilder().measures(measures).build();
    });
  }

  /** Replaces the sub-measure {@code sections[s].measures[m].measures[k]}. */
  public static Plan withSubMeasure(Plan plan, int s, int m, int k, UnaryOperator<Measure> change) {
    return withMeasure(plan, s, m, measure -> {
      List<Measure> subs = new ArrayList<>(measure.measures());
      subs.set(k, change.apply(subs.get(k)));
      return measure.toBuilder().measures(subs).build();
    });
  }

  /** Replaces the section {@code sections[s]}. */
  public static Plan withSection(Plan plan, int s, UnaryOperator<Section> change) {
    List<Section> sections = new ArrayList<>(plan.sections());
    sections.set(s, change.apply(sections.get(s)));
    return plan.toBuilder().sections(sections).build();
  }

  /** Replaces the institution {@code institutions[i]}. */
  public static Plan withInstitution(Plan plan, int i, UnaryOperator<Institution> change) {
    List<Institution> institutions = new ArrayList<>(plan.institutions());
    institutions.set(i, change.apply(institutions.get(i)));
    return plan.toBuilder().institutions(institutions).build();
  }

  /** Adds an institution at the end of the registry. */
  public static Plan plusInstitution(Plan plan, Institution institution) {
    return plan.toBuilder().institution(institution).build();
  }

  /** Validates with the standard validator. */
  public static ValidationReport validate(Plan plan) {
    return OgpValidator.standard().validate(plan);
  }

  /** The findings of one rule, with the standard validator. */
  public static List<Finding> findings(Plan plan, String rule) {
    return validate(plan).forRule(rule).findings();
  }

  public static JsonPointer path(String pointer) {
    return JsonPointer.parse(pointer);
  }
}
