package io.github.ogpkit.analytics;

import static io.github.ogpkit.analytics.Plans.institution;
import static io.github.ogpkit.analytics.Plans.measure;
import static io.github.ogpkit.analytics.Plans.numbers;
import static io.github.ogpkit.analytics.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.testing.OgpFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures by institution and role, with and without an institution's children, and workload.
 * Counts on fixtures were made by reading the fixture JSON (jq and a short Python script over
 * every measure's {@code institutions}, independent of this module), as each test says.
 */
class WhoDoesWhatTest {

  private static final PlanAnalytics AZ =
      PlanAnalytics.of(OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018));
  private static final PlanAnalytics US =
      PlanAnalytics.of(OgpFixtures.plan(OgpFixtures.US_OGP_NAP_2022_2024));
  private static final PlanAnalytics KE =
      PlanAnalytics.of(OgpFixtures.plan(OgpFixtures.KE_OGP_NAP_2020_2022));

  @Test
  void listsTheMeasuresThatNameAnInstitutionInARoleInDocumentOrder() {
    // az fixture: ministry-of-justice is EXECUTOR on these 15 measures (read off the JSON).
    assertThat(numbers(AZ.measuresOf("ministry-of-justice", Role.EXECUTOR))).containsExactly(
        "2.3", "3.1", "3.2", "4.1.2", "5.5", "6.1.1", "6.1.2", "6.2.1", "6.2.2", "8.1", "8.2",
        "8.3", "8.10", "8.11.5", "8.12.1");
    assertThat(AZ.measuresOf("ministry-of-justice", Role.RECOMMENDED)).isEmpty();
    // commission-on-combating-corruption is only ever RECOMMENDED, 13 times.
    assertThat(AZ.measuresOf("commission-on-combating-corruption", Role.RECOMMENDED)).hasSize(13);
  }

  @Test
  void tableHoldsACellPerInstitutionAndRoleThatHasMeasures() {
    var table = AZ.measuresByInstitutionAndRole();
    // 33 declared institutions; state-oil-company names no measure, so 32 rows. Each AZ
    // institution has one role only, so 32 cells.
    assertThat(table.rowKeySet()).hasSize(32).doesNotContain("state-oil-company");
    assertThat(table.size()).isEqualTo(32);
    assertThat(table.get("central-and-local-executive-authorities", Role.EXECUTOR)).hasSize(17);
    assertThat(table.row("ministry-of-justice")).containsOnlyKeys(Role.EXECUTOR);
    // Rows in the order the plan declares its institutions.
    assertThat(table.rowKeySet()).startsWith("cabinet-of-ministers",
        "central-and-local-executive-authorities", "ministry-of-communications-and-high-technologies");
  }

  @Test
  void countsADirectoratesMeasuresUnderItsMinistry() {
    // us fixture: eop > ostp > {ostp-tech-team, ostp-science-and-society-team}; eop > omb.
    // ostp executes 1.1.1-1.1.4, 1.1.6, 1.2.1, 1.2.2, 1.2.4 (8); its teams 1.1.5 and 1.2.3.
    assertThat(US.measuresOf("ostp", Role.EXECUTOR)).hasSize(8);
    assertThat(numbers(US.measuresOfWithChildren("ostp", Role.EXECUTOR))).containsExactly(
        "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.2.1", "1.2.2", "1.2.3", "1.2.4");
    // eop itself names no measure; with its whole tree (ostp's 10 and omb's 1.1.7) it has 11.
    assertThat(US.measuresOf("eop", Role.EXECUTOR)).isEmpty();
    assertThat(US.measuresOfWithChildren("eop", Role.EXECUTOR)).hasSize(11);
    assertThat(US.measuresByInstitutionAndRoleWithChildren().get("eop", Role.EXECUTOR))
        .hasSize(11);
    assertThat(US.measuresByInstitutionAndRole().containsRow("eop")).isFalse();
  }

  @Test
  void findsDescendantsNearestFirst() {
    assertThat(US.descendants("eop")).containsExactly("ostp", "omb", "ostp-tech-team",
        "ostp-science-and-society-team");
    assertThat(US.descendants("nara")).isEmpty();
    assertThat(US.childrenByParent().get("ostp"))
        .containsExactly("ostp-tech-team", "ostp-science-and-society-team");
  }

  @Test
  void countsAMeasureOnceWhenParentAndChildBothExecuteIt() {
    // az fixture: appeal-councils-of-central-and-local-executive-authorities (parent
    // central-and-local-executive-authorities) executes only 8.7, which its parent executes too.
    assertThat(AZ.measuresOfWithChildren("central-and-local-executive-authorities",
        Role.EXECUTOR)).hasSize(17);
    // azerigas-production-union (parent state-oil-company) executes 8.10; the parent none.
    assertThat(numbers(AZ.measuresOfWithChildren("state-oil-company", Role.EXECUTOR)))
        .containsExactly("8.10");
  }

  @Test
  void ranksWorkloadByTotalThenById() {
    // ke fixture, counted from the three commitments' institutions lists: caj EXECUTOR on 2 and 3,
    // SUPPORTING on 1; five institutions appear twice; the other 23 once.
    List<Workload> workload = KE.workload();
    assertThat(workload).hasSize(29);
    assertThat(workload.subList(0, 6)).containsExactly(
        new Workload("caj", 2, 1, 0),
        new Workload("council-of-governors", 0, 2, 0),
        new Workload("county-assemblies-forum", 0, 2, 0),
        new Workload("national-assembly", 0, 2, 0),
        new Workload("office-of-the-deputy-president", 1, 1, 0),
        new Workload("senate", 1, 1, 0));
    assertThat(workload.subList(6, 29)).allSatisfy(w -> assertThat(w.total()).isEqualTo(1));
    assertThat(workload.get(6).institution()).isEqualTo("article-19-eastern-africa");
  }

  @Test
  void workloadListsDeclaredInstitutionsWithoutMeasuresLast() {
    // az: central-and-local-executive-authorities executes 17, ministry-of-justice 15,
    // commission-on-combating-corruption is recommended for 13; state-oil-company carries none.
    List<Workload> workload = AZ.workload();
    assertThat(workload).hasSize(33);
    assertThat(workload.get(0)).isEqualTo(
        new Workload("central-and-local-executive-authorities", 17, 0, 0));
    assertThat(workload.get(1)).isEqualTo(new Workload("ministry-of-justice", 15, 0, 0));
    assertThat(workload.get(2)).isEqualTo(
        new Workload("commission-on-combating-corruption", 0, 0, 13));
    assertThat(workload.get(32)).isEqualTo(new Workload("state-oil-company", 0, 0, 0));
  }

  @Test
  void workloadWithChildrenRaisesAParentAboveItsChildren() {
    // us: eop 0 alone, 11 with its tree; ostp 8 alone, 10 with its teams.
    assertThat(US.workloadWithChildren().subList(0, 3)).containsExactly(
        new Workload("eop", 11, 0, 0), new Workload("ostp", 10, 0, 0),
        new Workload("nara", 3, 0, 0));
    assertThat(US.workload().get(0)).isEqualTo(new Workload("ostp", 8, 0, 0));
  }

  @Test
  void followsAChainOfParentsToAnyDepthAndStopsAtALoop() {
    Plan plan = plan("2022/2024",
        List.of(institution("ministry", null), institution("directorate", "ministry"),
            institution("unit", "directorate"), institution("a", "b"), institution("b", "a")),
        measure("1").executor("unit").build(),
        measure("2").executor("directorate").supporting("unit").build(),
        measure("3").executor("a").recommended("b").build());
    PlanAnalytics analytics = PlanAnalytics.of(plan);

    assertThat(analytics.descendants("ministry")).containsExactly("directorate", "unit");
    assertThat(numbers(analytics.measuresOfWithChildren("ministry", Role.EXECUTOR)))
        .containsExactly("1", "2");
    assertThat(numbers(analytics.measuresOfWithChildren("ministry", Role.SUPPORTING)))
        .containsExactly("2");
    assertThat(analytics.measuresOf("ministry", Role.EXECUTOR)).isEmpty();
    // a and b are each other's parent: each is the other's descendant, never its own.
    assertThat(analytics.descendants("a")).containsExactly("b");
    assertThat(numbers(analytics.measuresOfWithChildren("a", Role.RECOMMENDED)))
        .containsExactly("3");
  }

  @Test
  void countsInstitutionsNamedButNotDeclaredAndRolesOnMilestones() {
    Plan plan = plan("2022/2024", List.of(institution("declared", null)),
        measure("1").executor("declared")
            .measure(measure("1.1").executor("undeclared").supporting("declared").build())
            .measure(measure("1.2").executor("undeclared", "undeclared").build())
            .build());
    PlanAnalytics analytics = PlanAnalytics.of(plan);
    // "undeclared" is named twice on 1.2: one measure.
    assertThat(analytics.workload()).containsExactly(
        new Workload("declared", 1, 1, 0), new Workload("undeclared", 2, 0, 0));
    assertThat(analytics.measuresByInstitutionAndRole().rowKeySet())
        .containsExactly("declared", "undeclared");
  }

  @Test
  void refusesNullsAtTheDoor() {
    assertThatNullPointerException().isThrownBy(() -> PlanAnalytics.of((Plan) null))
        .withMessage("plan");
    assertThatNullPointerException().isThrownBy(() -> US.measuresOf(null, Role.EXECUTOR))
        .withMessage("institution");
    assertThatNullPointerException().isThrownBy(() -> US.measuresOf("ostp", null))
        .withMessage("role");
    assertThatNullPointerException().isThrownBy(() -> US.descendants(null))
        .withMessage("institution");
  }
}
