package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ogpkit.model.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schemas of the document types, checked with an independent validator (networknt). */
class DocumentSchemasTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Path FIXTURES = Path.of("..", "ogp-testing", "src", "main", "resources",
      "io", "github", "ogpkit", "testing", "fixtures", "monitoring");

  private static List<Error> errors(DocumentType type, String document) {
    Schema schema = REGISTRY.getSchema(DocumentSchemas.text(type), InputFormat.JSON);
    return schema.validate(document, InputFormat.JSON);
  }

  @ParameterizedTest
  @EnumSource(DocumentType.class)
  void everySchemaIsValidDraft202012WithItsId(DocumentType type) {
    Schema meta = REGISTRY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(DocumentSchemas.text(type), InputFormat.JSON)).isEmpty();
    assertThat(DocumentSchemas.text(type))
        .contains("\"$id\": \"" + DocumentSchemas.id(type) + "\"");
  }

  @ParameterizedTest
  @EnumSource(DocumentType.class)
  void theResourceAndTheDocsCopyAreTheText(DocumentType type) throws IOException {
    byte[] docs = Files.readAllBytes(Path.of("..", "docs", type.jsonName() + ".schema.json"));
    try (InputStream in = DocumentSchemas.class.getResourceAsStream(
        DocumentSchemas.resourcePath(type))) {
      byte[] resource = in.readAllBytes();
      assertThat(docs).isEqualTo(resource);
      assertThat(new String(resource, java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(DocumentSchemas.text(type));
    }
  }

  @Test
  void thePlansSchemaIsPlanSchemas() {
    assertThat(DocumentSchemas.text(DocumentType.PLAN)).isEqualTo(PlanSchema.text());
    assertThat(DocumentSchemas.id(DocumentType.PLAN)).isEqualTo(PlanSchema.id());
    assertThat(DocumentSchemas.resourcePath(DocumentType.PLAN))
        .isEqualTo(PlanSchema.resourcePath());
  }

  @Test
  void acceptsEveryRealMonitoringDocumentUnderItsTypesSchemaOnly() throws IOException {
    List<Path> files;
    try (var list = Files.list(FIXTURES)) {
      files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSize(12);
    for (Path f : files) {
      String name = f.getFileName().toString();
      String json = Files.readString(f);
      DocumentType type = DocumentType.fromJsonName(
          name.substring(name.lastIndexOf('.', name.length() - 6) + 1, name.length() - 5))
          .orElseThrow();
      for (DocumentType other : DocumentType.values()) {
        if (other == type) {
          assertThat(errors(other, json)).as("%s", name).isEmpty();
        } else {
          assertThat(errors(other, json)).as("%s under %s", name, other).isNotEmpty();
        }
      }
    }
  }

  @Test
  void rejectsWhatTheReaderRejects() {
    assertThat(errors(DocumentType.PROGRESS_REPORT, MonitoringSamples.progressReport()))
        .isEmpty();
    assertThat(errors(DocumentType.PROGRESS_REPORT, MonitoringSamples.progressReport()
        .replace("\"status\": \"LIMITED\",", "").replace("\"onSchedule\": false,", "")
        .replace("\"summary\": {\"en\": \"Slow\"},", ""))).isNotEmpty();
    assertThat(errors(DocumentType.PROGRESS_REPORT,
        MonitoringSamples.progressReport().replace("\"1.1\"", "\"1.0\""))).isNotEmpty();
    assertThat(errors(DocumentType.IRM_ASSESSMENT, MonitoringSamples.irmAssessment())).isEmpty();
    assertThat(errors(DocumentType.IRM_ASSESSMENT,
        MonitoringSamples.irmAssessment().replace("\"2021-06\"", "\"2021-13\""))).isNotEmpty();
    assertThat(errors(DocumentType.MEMBER, MonitoringSamples.member())).isEmpty();
    assertThat(errors(DocumentType.MEMBER,
        MonitoringSamples.member().replace("\"LOCAL\"", "\"local\""))).isNotEmpty();
    assertThat(errors(DocumentType.MEMBER,
        MonitoringSamples.member().replace("\"2016/2018\"", "\"permanent\""))).isNotEmpty();
  }
}
