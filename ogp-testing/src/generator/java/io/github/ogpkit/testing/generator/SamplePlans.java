package io.github.ogpkit.testing.generator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonObject;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Small plans built in code, always the same, for tests that change one part and look at the
 * effect; {@link PlanEdits} makes the changes.
 *
 * <pre>{@code
 * Plan plan = PlanEdits.withMeasure(SamplePlans.valid(), 0, 1,
 *     m -> m.toBuilder().timeFrame("2030").build());       // measure 1.2 outside the period
 * }</pre>
 *
 * <p>{@link #valid()}, the plan most rule tests break in one place, has no finding under either
 * profile:
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
 *
 * <p>For plans of any size use {@link PlanGenerator}; for real plans, ogp-testing's
 * {@code OgpFixtures}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class SamplePlans {

  /** The id of the first ministry of {@link #valid()} and of the format sample. */
  public static final String MOJ = "ministry-of-justice";
  /** The id of the second ministry of {@link #valid()}. */
  public static final String MOF = "ministry-of-finance";
  /** The id of the legislature of {@link #valid()} and of the format sample. */
  public static final String PARLIAMENT = "parliament";

  private SamplePlans() {}

  /**
   * Returns the plan drawn above: small, valid, with a sub-measure level and a provision.
   *
   * @return the plan, not null
   */
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

  /**
   * Returns the sample plan of the format's documentation (FORMAT.md): one section, one measure
   * of the Ministry of Justice recommended by Parliament.
   *
   * @return the plan, not null
   */
  public static Plan formatSample() {
    return Plan.builder()
        .id("xx-sample-2020-2022")
        .kind(PlanKind.OGP_ACTION_PLAN)
        .country("AZ")
        .title("en", "Sample plan")
        .languages("en")
        .period("2020/2022")
        .institution(Institution.builder().id(MOJ)
            .name("en", "Ministry of Justice").kind(InstitutionKind.MINISTRY).build())
        .institution(Institution.builder().id(PARLIAMENT).name("en", "Parliament")
            .kind(InstitutionKind.LEGISLATURE).build())
        .section(Section.builder().number("1").title("en", "Access to information")
            .measure(Measure.builder().number("1.1")
                .title("en", "Publish the register of legal acts online")
                .indicator("en", "Register online and updated monthly")
                .executor(MOJ)
                .recommended(PARLIAMENT)
                .timeFrame("2020/2021")
                .build())
            .build())
        .build();
  }

  /**
   * Returns the {@link #formatSample() format sample} with other sections: two sections, a
   * subsection, sub-measures and a section's extension; the numbers are 1, 1.1, 1.1.1, 1.1.2,
   * 1.2, 2, 2.1, 2.1.1.
   *
   * @return the plan, not null
   */
  public static Plan nested() {
    Measure m111 = measure("1.1.1", MOJ);
    Measure m112 = measure("1.1.2", PARLIAMENT);
    Measure m11 = Measure.builder().number("1.1").title("en", "Parent").measure(m111)
        .measure(m112).build();
    Measure m12 = measure("1.2", MOJ);
    Measure m211 = measure("2.1.1", MOJ);
    Section s21 = Section.builder().number("2.1").title("en", "Sub").measure(m211).build();
    return formatSample().toBuilder()
        .sections(List.of(
            Section.builder().number("1").title("en", "One").measure(m11).measure(m12).build(),
            Section.builder().number("2").title("en", "Two").section(s21)
                .extensions(JsonObject.builder().put("ogpCommitmentId", "AZ0039").build())
                .build()))
        .build();
  }

  /**
   * Returns a plan for the tests of monitoring documents, which name its parts by number and by
   * OGP commitment id: {@code xx-2016-2018}, period 2016/2018, sections and measures with titles
   * only.
   *
   * <pre>
   * 1 (XX0001)
   *   1.1
   *   1.2 (XX0002)
   * 2
   *   2.1 (XX0003)
   *     2.1.1
   *   2.2 (XX0004, a subsection)
   *     2.2.1
   * </pre>
   *
   * @return the plan, not null
   */
  public static Plan monitored() {
    return Plan.builder().id("xx-2016-2018").kind(PlanKind.OGP_ACTION_PLAN).country("XX")
        .title("en", "Plan").languages("en").period("2016/2018")
        .section(Section.builder().number("1").ogpId("XX0001").title("en", "One")
            .measure(Measure.builder().number("1.1").title("en", "One one").build())
            .measure(Measure.builder().number("1.2").ogpId("XX0002").title("en", "One two")
                .build())
            .build())
        .section(Section.builder().number("2").title("en", "Two")
            .measure(Measure.builder().number("2.1").ogpId("XX0003").title("en", "Two one")
                .measure(Measure.builder().number("2.1.1").title("en", "Sub").build()).build())
            .section(Section.builder().number("2.2").ogpId("XX0004").title("en", "Two two")
                .measure(Measure.builder().number("2.2.1").title("en", "Two two one").build())
                .build())
            .build())
        .build();
  }

  /**
   * Returns a measure titled "Measure " and its number, with one executor and the time frame
   * 2020, without indicator.
   *
   * @param number the measure's number, such as {@code "1.2"}
   * @param executor the executor's institution id
   * @return the measure, not null
   */
  public static Measure measure(String number, String executor) {
    return Measure.builder().number(number).title("en", "Measure " + number)
        .executor(executor).timeFrame("2020").build();
  }

  /**
   * Returns a measure with an English title, an indicator and a time frame, but no assignment.
   *
   * @param number the measure's number, such as {@code "1.2"}
   * @param title the English title
   * @param timeFrame the time frame, such as {@code "2020/2021"}
   * @return the measure, not null
   */
  public static Measure leaf(String number, String title, String timeFrame) {
    return Measure.builder().number(number).title("en", title)
        .indicator("en", "Indicator of " + number).timeFrame(timeFrame).build();
  }

  /**
   * Returns an institution with an English name.
   *
   * @param id the id
   * @param name the English name
   * @param kind the kind
   * @return the institution, not null
   */
  public static Institution institution(String id, String name, InstitutionKind kind) {
    return Institution.builder().id(id).name("en", name).kind(kind).build();
  }
}
