package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.TextLocation;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

class OgpJsonModuleTest {

  /** An application mapper configured as differently as it can be. */
  private static JsonMapper oddMapper() {
    return JsonMapper.builder()
        .addModule(new OgpJsonModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .changeDefaultPropertyInclusion(
            v -> JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT,
                JsonInclude.Include.NON_DEFAULT))
        .disable(SerializationFeature.INDENT_OUTPUT)
        .activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
            .allowIfBaseType(Object.class).build(), DefaultTyping.NON_FINAL_AND_RECORDS)
        .build();
  }

  @Test
  void anOddlyConfiguredMapperWritesTheCanonicalBytes() {
    Plan plan = PlanWriterTest.small();
    assertThat(oddMapper().writeValueAsBytes(plan))
        .isEqualTo(PlanWriter.canonical().writeBytes(plan));
    JsonMapper indenting = JsonMapper.builder().addModule(new OgpJsonModule())
        .enable(SerializationFeature.INDENT_OUTPUT).build();
    assertThat(indenting.writeValueAsString(plan)).isEqualTo(PlanWriter.canonical().write(plan));
  }

  @Test
  void anOddlyConfiguredMapperReadsTheSamePlan() {
    String text = PlanWriter.canonical().write(PlanWriterTest.small());
    assertThat(oddMapper().readValue(text, Plan.class)).isEqualTo(PlanWriterTest.small());
    assertThat(oddMapper().readValue(Fixtures.valid(), Plan.class))
        .isEqualTo(PlanReader.standard().readPlan(Fixtures.valid()));
  }

  @Test
  void theModuleIsFoundAsAService() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    Plan plan = PlanWriterTest.small();
    assertThat(found.writeValueAsString(plan)).isEqualTo(PlanWriter.canonical().write(plan));
  }

  @Test
  void problemsThrowAJacksonExceptionWithEveryFindingAndLocation() {
    String doc = Fixtures.withLine(3, "  \"id\": \"Bad\", \"id\": \"x\",");
    assertThatThrownBy(() -> oddMapper().readValue(doc, Plan.class))
        .isInstanceOf(DatabindException.class)
        .isInstanceOfSatisfying(InvalidPlanException.class, e -> {
          assertThat(e.findings()).extracting(Finding::rule)
              .containsExactly("duplicate-key", "invalid-value");
          assertThat(e.findings().get(1).location()).contains(TextLocation.of(3, 9));
          assertThat(e.getLocation().getLineNr()).isEqualTo(1);
          assertThat(e.getMessage()).contains("/id");
        });
  }

  @Test
  void typeIdsAreNeitherWrittenNorAcceptedForPlans() {
    String text = oddMapper().writeValueAsString(PlanWriterTest.small());
    assertThat(text).doesNotContain("io.github.ogpkit");
    String typed = "[\"io.github.ogpkit.model.Plan\", " + text + "]";
    assertThatThrownBy(() -> oddMapper().readValue(typed, Plan.class))
        .isInstanceOf(InvalidPlanException.class);
  }

  @Test
  void aPlanInsideAnotherValueIsItsCanonicalTextWithoutTheFinalNewline() {
    Plan plan = PlanWriterTest.small();
    String canonical = PlanWriter.canonical().write(plan);
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    String wrapped = mapper.writeValueAsString(java.util.Map.of("plan", plan));
    assertThat(wrapped).isEqualTo("{\"plan\":" + canonical.strip() + "}");
    record Holder(Plan plan) {}
    assertThat(mapper.readValue(wrapped, Holder.class).plan()).isEqualTo(plan);
  }

  @Test
  void reportsAreWrittenInTheirJsonForm() {
    ValidationReport report = ValidationReport.of("national-program", List.of());
    assertThat(oddMapper().writeValueAsString(report))
        .isEqualTo(ReportJsonWriter.standard().write(report));
  }
}
