package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader binds while it parses, in one pass, and keeps no index of locations: what it learns
 * late (a missing property, an object's number, where a repeated key was first, the version
 * written last) must still come out as if it had read the whole document first.
 */
class ReadingInOnePassTest {

  private static final PlanReader READER = PlanReader.standard();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The document with the properties of every object in another order, on one line. */
  private static String shuffled(String doc, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    write(JSON.readTree(doc), random, out);
    return out.toString();
  }

  private static void write(JsonNode node, Random random, StringBuilder out) {
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>(o.propertyNames());
      Collections.shuffle(names, random);
      out.append('{');
      for (int i = 0; i < names.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(JSON.writeValueAsString(names.get(i))).append(": ");
        write(o.get(names.get(i)), random, out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(node.get(i), random, out);
      }
      out.append(']');
    } else {
      out.append(JSON.writeValueAsString(node));
    }
  }

  @Test
  void theOrderOfPropertiesChangesNoPlanAndNoFindingButItsLocation() {
    String broken = Fixtures.withLine(22, "          \"number\": \"1.x\",")
        .replace("\"kind\": \"CABINET\"", "\"kind\": \"CABINET\", \"knd\": 1")
        .replace("\"instrument\": {\"en\": \"Order\"}, ", "");
    List<Finding> inOrder = READER.read(broken).findings();
    assertThat(inOrder).extracting(Finding::rule)
        .containsExactly("required", "unknown-property", "invalid-value");
    for (long seed = 0; seed < 20; seed++) {
      List<Finding> reordered = READER.read(shuffled(broken, seed)).findings();
      assertThat(reordered).extracting(Finding::rule, Finding::path, Finding::message)
          .as("seed %d", seed)
          .containsExactlyElementsOf(inOrder.stream()
              .map(f -> tuple(f.rule(), f.path(), f.message())).toList());
      assertThat(READER.readPlan(shuffled(Fixtures.valid(), seed)))
          .isEqualTo(READER.readPlan(Fixtures.valid()));
    }
  }

  @Test
  void anObjectIsNamedByItsNumberEvenWhenTheNumberComesLast() {
    String doc = Fixtures.withLine(22, "          \"nmbr\": 2,")
        .replace("\"timeFrame\": \"2020-03/2021\",",
            "\"timeFrame\": \"2020-03/2021\", \"number\": \"1.1\",");
    Finding f = READER.read(doc).findings().get(0);
    assertThat(f.rule()).isEqualTo("unknown-property");
    assertThat(f.message()).startsWith("unknown property \"nmbr\" in measure 1.1;");
  }

  @Test
  void aVersionWrittenLastStillDecidesHowTheRestIsRead() {
    String newer = "{\"surprise\": 1, " + Fixtures.valid().substring(1)
        .replace("\"schemaVersion\": \"1.0\",", "") .replaceFirst("}\\s*$", ", \"schemaVersion\": \"1.2\"}");
    ReadResult r = READER.read(newer);
    assertThat(r.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
        tuple("schema-version", Severity.WARNING), tuple("unknown-property", Severity.WARNING));
    assertThat(r.plan()).isPresent();

    String otherMajor = "{\"whatever\": [1, {}], \"id\": \"Bad Id\", \"schemaVersion\": \"2.0\"}";
    ReadResult other = READER.read(otherMajor);
    assertThat(other.findings()).extracting(Finding::rule).containsExactly("schema-version");
    assertThat(other.findings().get(0).location())
        .contains(TextLocation.of(1, otherMajor.indexOf("\"2.0\"") + 1));
  }

  @Test
  void columnsCountUtf16UnitsOnLongLinesWhateverOrderTheFindingsAreFoundIn() {
    // One line: Azerbaijani and an emoji before each problem; the missing "kind" is found at the
    // end of its object but located at its start, before the other two; the empty sections with
    // no measures are reported at the root object, which lacks what it needs.
    String doc = "{\"schemaVersion\": \"1.0\", \"id\": \"xx\", \"kind\": \"OGP_ACTION_PLAN\", "
        + "\"country\": \"AZ\", \"title\": {\"az\": \"Şəffaflıq \uD83D\uDE00\"}, "
        + "\"languages\": [\"az\"], \"period\": \"2020/2022\", \"institutions\": "
        + "[{\"id\": \"ədliyyə\", \"name\": {\"az\": \"Ədliyyə Nazirliyi\"}, \"collective\": \"ə\"}],"
        + " \"sections\": []}";
    List<Finding> findings = READER.read(doc).findings();
    assertThat(findings).extracting(Finding::path).extracting(JsonPointer::toString)
        .containsExactly("/institutions/0/id", "/institutions/0/kind",
            "/institutions/0/collective", "/sections");
    String[] anchors = {"\"ədliyyə\"", "{\"id\": \"ədliyyə\"", "\"ə\"}", "{\"schemaVersion"};
    for (int i = 0; i < anchors.length; i++) {
      assertThat(findings.get(i).location()).as(anchors[i])
          .contains(TextLocation.of(1, doc.indexOf(anchors[i]) + 1));
    }
  }

  @Test
  void aRepeatedKeyNamesWhereTheFirstWasInAnyObject() {
    String line = "          \"indicators\": [{\"text\": {\"en\": \"A\", \"en\": \"B\"}, "
        + "\"text\": {}}],";
    List<Finding> findings = READER.read(Fixtures.withLine(25, line)).findings();
    assertThat(findings).extracting(Finding::rule).containsOnly("duplicate-key");
    int firstEn = line.indexOf("{\"en\"") + 2;
    int firstText = line.indexOf("\"text\"") + 1;
    assertThat(findings).extracting(Finding::message).containsExactly(
        "key \"text\" appears again; first at line 25, column " + firstText,
        "key \"en\" appears again; first at line 25, column " + firstEn);
  }

  @Test
  void theLocationOfAPathIsThatOfTheFirstOfRepeatedKeys() {
    ReadResult r = READER.read("{\"a\": {\"b\": 1}, \"a\": {\"b\": 2}}");
    assertThat(r.locationOf(JsonPointer.parse("/a/b"))).contains(TextLocation.of(1, 13));
    assertThat(r.nearestLocationOf(JsonPointer.parse("/a/c"))).contains(TextLocation.of(1, 7));
    assertThat(r.locationOf(JsonPointer.parse("/a/c"))).isEmpty();
  }

  @Test
  void aResultKeepsItsOwnCopyOfTheBytesItLocatesPathsIn() {
    byte[] bytes = Fixtures.valid().getBytes(StandardCharsets.UTF_8);
    ReadResult r = READER.read(bytes);
    java.util.Arrays.fill(bytes, (byte) ' ');
    assertThat(r.locationOf(JsonPointer.parse("/sections/0/measures/0/timeFrame")))
        .contains(TextLocation.of(27, 24));
  }

  @Test
  void theJacksonModuleLocatesFindingsInTheApplicationsOwnText() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    String doc = shuffled(Fixtures.valid(), 7).replace("\"xx-plan\"", "\"Bad\"")
        .replace("\"Justice\"", "\"Ədliyyə\", \"en\": \"J\"");
    assertThatThrownBy(() -> mapper.readValue(doc, Plan.class))
        .isInstanceOfSatisfying(InvalidPlanException.class, e -> {
          List<Finding> readerFindings = READER.read(doc).findings();
          assertThat(e.findings()).extracting(Finding::rule, Finding::path, Finding::message)
              .containsExactlyElementsOf(readerFindings.stream()
                  .map(f -> tuple(f.rule(), f.path(), f.message())).toList());
          // Jackson's own columns: bytes of the application's text, as before the copy.
          String prefix = doc.substring(0, doc.indexOf("\"Bad\""));
          assertThat(e.findings()).filteredOn(f -> f.rule().equals("invalid-value"))
              .singleElement().extracting(f -> f.location().orElseThrow())
              .isEqualTo(TextLocation.of(1, prefix.getBytes(StandardCharsets.UTF_8).length + 1));
        });
  }
}
