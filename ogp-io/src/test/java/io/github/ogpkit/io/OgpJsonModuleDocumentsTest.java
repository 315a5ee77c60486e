package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.json.JsonPointer;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module reads and writes progress reports, IRM assessments and members too. */
class OgpJsonModuleDocumentsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new OgpJsonModule())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  static Stream<Supplier<String>> samples() {
    return MonitoringSamples.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aMapperWritesEachDocumentAsTheCanonicalWriterDoesAndReadsItBack(Supplier<String> sample) {
    Document d = DocumentReader.standard().readDocument(sample.get());
    String written = MAPPER.writeValueAsString(d);
    assertThat(PLAIN.readTree(written))
        .isEqualTo(PLAIN.readTree(DocumentWriter.canonical().write(d)));
    assertThat(MAPPER.readValue(written, d.getClass())).isEqualTo(d);
    assertThat(MAPPER.readValue(written, Document.class)).isEqualTo(d);
  }

  @Test
  void readingAsDocumentGivesTheTypeTheDocumentNames() {
    assertThat(MAPPER.readValue(MonitoringSamples.progressReport(), Document.class))
        .isInstanceOf(ProgressReport.class);
    assertThat(MAPPER.readValue(MonitoringSamples.irmAssessment(), Document.class))
        .isInstanceOf(IrmAssessment.class);
    assertThat(MAPPER.readValue(MonitoringSamples.member(), Document.class))
        .isInstanceOf(Member.class);
    assertThat(MAPPER.readValue(Fixtures.valid(), Document.class)).isInstanceOf(Plan.class);
  }

  @Test
  void aDocumentNestedInAnotherValueIsWrittenAsItself() {
    Member m = (Member) DocumentReader.standard().readDocument(MonitoringSamples.member());
    JsonNode tree = PLAIN.readTree(MAPPER.writeValueAsString(Map.of("member", m)));
    assertThat(tree.get("member").get("statusHistory")).isNotNull();
    assertThat(tree.get("member").get("type").asString()).isEqualTo("member");
  }

  @Test
  void readingAnotherTypeThanAskedIsAnInvalidTypeWithItsFinding() {
    assertThatThrownBy(() -> MAPPER.readValue(MonitoringSamples.member(), ProgressReport.class))
        .isInstanceOfSatisfying(InvalidPlanException.class, e -> {
          assertThat(e.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("invalid-value");
            assertThat(f.path()).isEqualTo(JsonPointer.parse("/type"));
            assertThat(f.message()).contains("member", "a progress report");
          });
        });
    // As PlanReader does: a plan mapper reports another type at /type.
    assertThatThrownBy(() -> MAPPER.readValue(MonitoringSamples.member(), Plan.class))
        .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.findings())
            .singleElement().satisfies(f -> assertThat(f.path())
                .isEqualTo(JsonPointer.parse("/type"))));
  }

  @Test
  void aBrokenDocumentThrowsWithEveryFindingLocated() {
    String broken = MonitoringSamples.withLine(MonitoringSamples.member(), 6,
        "  \"memberType\": \"CITY\",");
    assertThatThrownBy(() -> MAPPER.readValue(broken, Member.class))
        .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.findings())
            .singleElement().satisfies(f -> {
              assertThat(f.path()).isEqualTo(JsonPointer.parse("/memberType"));
              assertThat(f.location()).isPresent();
            }));
  }
}
