package io.github.ogpkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * The comparisons are fair only if every tool accepts the inputs: a validator that stops at the
 * first error, or a reader that fails, would be measured doing less work.
 */
class InputsTest {

  @ParameterizedTest
  @ValueSource(strings = {Inputs.FIXTURE, "1000"})
  void theSchemaTheStructuralPassAndBothReadersAcceptTheInput(String input) {
    byte[] json = Inputs.json(input);
    Plan plan = Inputs.reader().readPlan(json);
    JsonNode tree = Inputs.mapper().readTree(json);

    assertThat(Inputs.jsonSchema().validate(tree)).isEmpty();
    assertThat(Inputs.beanValidator().validate(plan)).isEmpty();
    assertThat(Inputs.mapper().readValue(json, new TypeReference<Map<String, Object>>() {}))
        .containsKey("sections");
  }

  @ParameterizedTest
  @ValueSource(strings = {Inputs.FIXTURE, "1000"})
  void theInputHasNoErrorUnderTheFullValidation(String input) {
    Plan plan = Inputs.reader().readPlan(Inputs.json(input));

    ValidationReport report = Inputs.ogpValidator().validate(plan);

    // Validation that stops early or formats many messages would measure other work.
    assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @ParameterizedTest
  @ValueSource(strings = {Inputs.FIXTURE, "1000"})
  void theInputIsCanonicalJson(String input) {
    byte[] json = Inputs.json(input);

    assertThat(PlanWriter.canonical().writeBytes(Inputs.reader().readPlan(json)))
        .isEqualTo(json);
  }
}
