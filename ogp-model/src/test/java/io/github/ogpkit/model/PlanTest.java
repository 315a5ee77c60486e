package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTest {

  @Test
  void buildsTheFormatSample() {
    Plan plan = SamplePlans.formatSample();
    assertThat(plan.id()).isEqualTo("xx-sample-2020-2022");
    assertThat(plan.kind().defaultProfile()).isEqualTo("ogp-action-plan");
    assertThat(plan.period()).hasToString("2020/2022");
    assertThat(plan.adoption()).isEmpty();
    assertThat(plan.extensions().isEmpty()).isTrue();
    Measure m = plan.findMeasure("1.1").orElseThrow();
    assertThat(m.assignments(Role.EXECUTOR)).containsExactly(Assignment.executor("ministry-of-justice"));
    assertThat(m.assignments(Role.RECOMMENDED)).containsExactly(Assignment.recommended("parliament"));
  }

  @Test
  void listsAllMeasuresDepthFirstInDocumentOrder() {
    assertThat(SamplePlans.nested().allMeasures()).extracting(m -> m.number().toString())
        .containsExactly("1.1", "1.1.1", "1.1.2", "1.2", "2.1.1");
    assertThat(SamplePlans.nested().allSections()).extracting(s -> s.number().toString())
        .containsExactly("1", "2", "2.1");
  }

  @Test
  void findsMeasuresSectionsAndInstitutions() {
    Plan plan = SamplePlans.nested();
    assertThat(plan.findMeasure("1.1.2")).map(Measure::number).contains(OutlineNumber.parse("1.1.2"));
    assertThat(plan.findMeasure("9.9")).isEmpty();
    assertThat(plan.findSection("2.1")).map(s -> s.title().get("en").orElseThrow()).contains("Sub");
    assertThat(plan.findSection("3")).isEmpty();
    assertThat(plan.findInstitution("parliament")).map(Institution::kind)
        .contains(InstitutionKind.LEGISLATURE);
    assertThat(plan.findInstitution("nobody")).isEmpty();
  }

  @Test
  void findsTheFirstOfDuplicatedNumbers() {
    Plan plan = SamplePlans.nested();
    Section dup = Section.builder().number("3").title("en", "Three")
        .measure(SamplePlans.measure("1.1", "parliament")).build();
    Plan faulty = plan.toBuilder().section(dup).build();
    assertThat(faulty.findMeasure("1.1").orElseThrow().title().get("en")).contains("Parent");
  }

  @Test
  void listsTheAssignmentsOfAnInstitutionAcrossThePlan() {
    List<MeasureAssignment> found = SamplePlans.nested().assignmentsOf("ministry-of-justice");
    assertThat(found).extracting(a -> a.measure().number().toString())
        .containsExactly("1.1.1", "1.2", "2.1.1");
    assertThat(found).allMatch(a -> a.assignment().role() == Role.EXECUTOR);
    assertThat(SamplePlans.nested().assignmentsOf("nobody")).isEmpty();
  }

  @Test
  void toBuilderCopiesEveryField() {
    Plan plan = SamplePlans.nested().toBuilder()
        .adoption(Adoption.of(LocalizedText.of("en", "Order of the President"),
            LocalDate.of(2016, 4, 27)))
        .preamble(LocalizedText.of("en", "Introduction"))
        .extensions(JsonObject.builder().put("source", "test").build())
        .languages("en", "az")
        .build();
    assertThat(plan.toBuilder().build()).isEqualTo(plan).hasSameHashCodeAs(plan);
    for (Section s : plan.allSections()) {
      assertThat(s.toBuilder().build()).isEqualTo(s);
    }
    for (Measure m : plan.allMeasures()) {
      assertThat(m.toBuilder().build()).isEqualTo(m);
    }
    for (Institution i : plan.institutions()) {
      assertThat(i.toBuilder().build()).isEqualTo(i);
    }
    Measure full = Measure.builder().number("1").title("en", "t")
        .description(LocalizedText.of("en", "d")).indicator("en", "i")
        .executor("a").recommended("b").timeFrame("2016")
        .measure(SamplePlans.measure("1.1", "a"))
        .extensions(JsonObject.builder().put("k", true).build()).build();
    assertThat(full.toBuilder().build()).isEqualTo(full);
    Institution inst = Institution.builder().id("a").name("en", "A").kind(InstitutionKind.OTHER)
        .collective(true).parent("b").extensions(JsonObject.builder().put("k", "v").build())
        .build();
    assertThat(inst.toBuilder().build()).isEqualTo(inst);
  }

  @Test
  void buildersNameEveryMissingRequiredProperty() {
    assertThatThrownBy(() -> Plan.builder().id("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Plan is missing required properties kind, country, title, period");
    assertThatThrownBy(() -> Measure.builder().title("en", "t").build())
        .hasMessage("Measure is missing required property number");
    assertThatThrownBy(() -> Section.builder().build())
        .hasMessage("Section is missing required properties number, title");
    assertThatThrownBy(() -> Institution.builder().id("a").build())
        .hasMessage("Institution is missing required properties name, kind");
  }

  @Test
  void aMeasureWithoutTimeFrameCanBeBuiltAndIsReportedByValidation() {
    Measure m = Measure.builder().number("3.4").title("en", "Parent").build();
    assertThat(m.timeFrame()).isEmpty();
    assertThat(m.hasSubMeasures()).isFalse();
  }

  @Test
  void listsPassedInAreCopied() {
    List<Section> sections = new ArrayList<>(SamplePlans.nested().sections());
    Plan plan = SamplePlans.nested().toBuilder().sections(sections).build();
    sections.clear();
    assertThat(plan.sections()).hasSize(2);

    List<Assignment> assignments = new ArrayList<>(List.of(Assignment.executor("a")));
    Measure m = new Measure(OutlineNumber.of(1), LocalizedText.of("en", "t"), Optional.empty(),
        List.of(), assignments, Optional.empty(), List.of(), JsonObject.EMPTY);
    assignments.add(Assignment.executor("b"));
    assertThat(m.institutions()).hasSize(1);
  }

  @Test
  void returnedCollectionsRejectMutation() {
    Plan plan = SamplePlans.nested();
    assertThatThrownBy(() -> plan.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.institutions().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.languages().add("az")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.allMeasures().clear()).isInstanceOf(UnsupportedOperationException.class);
    Measure m = plan.allMeasures().get(0);
    assertThatThrownBy(() -> m.measures().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.institutions().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullsAreRejectedNamingTheProperty() {
    assertThatThrownBy(() -> new Assignment(null, Role.EXECUTOR))
        .isInstanceOf(NullPointerException.class).hasMessage("institution");
    assertThatThrownBy(() -> Plan.builder().sections(java.util.Arrays.asList((Section) null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void plansAreValueBased() {
    assertThat(SamplePlans.nested()).isEqualTo(SamplePlans.nested())
        .hasSameHashCodeAs(SamplePlans.nested())
        .isNotEqualTo(SamplePlans.formatSample());
  }

  @Test
  void institutionKindsKnowWhetherTheyAreDirected() {
    assertThat(InstitutionKind.MINISTRY.isDirected()).isTrue();
    assertThat(InstitutionKind.CENTRAL_BANK.isDirected()).isTrue();
    assertThat(InstitutionKind.LEGISLATURE.isIndependent()).isTrue();
    assertThat(InstitutionKind.MUNICIPALITY.isIndependent()).isTrue();
    assertThat(InstitutionKind.OTHER.isIndependent()).isTrue();
    assertThat(java.util.Arrays.stream(InstitutionKind.values()).filter(InstitutionKind::isDirected))
        .hasSize(9);
  }

  @Test
  void provisionsAndIndicatorsHaveFactories() {
    Provision p = Provision.of("6.1", "en", "The Working Group shall inform.");
    assertThat(p.number()).hasToString("6.1");
    Indicator i = Indicator.of("en", "Trainings held")
        .withBaseline(Quantity.parse("0 trainings (2016)"))
        .withTarget(Quantity.parse("12 trainings (2018)"));
    assertThat(i.baseline()).contains(Quantity.parse("0 trainings (2016)"));
    assertThat(i.target().orElseThrow().year()).hasValue(2018);
  }
}
