package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.model.json.JsonValue;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Big List of Naughty Strings (src/test/resources/corpora/blns, MIT): each string as a
 * measure title, an institution name, an indicator text and an extensions value survives
 * write, read unchanged, and the validator handles each plan. Blank strings cannot be texts (the
 * model refuses a blank LocalizedText, and the reader reports one as {@code required}), so they
 * are tested as extension values only.
 */
class NaughtyStringsTest {

  private static final PlanReader READER = PlanReader.standard();
  private static final PlanWriter WRITER = PlanWriter.canonical();
  private static final OgpValidator VALIDATOR = OgpValidator.standard();
  private static final Plan BASE = READER.readPlan(Fixtures.valid());

  static List<String> naughtyStrings() {
    try (InputStream in = NaughtyStringsTest.class.getResourceAsStream(
        "/corpora/blns/blns.json")) {
      // Read with the library's own JSON model through an extension, so no other parser is
      // needed: the list becomes the value of one extension of a valid plan.
      String list = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      Plan holder = READER.readPlan(Fixtures.withLine(34, "  \"extensions\": {\"blns\": "
          + list + "}"));
      JsonArray array = (JsonArray) holder.extensions().members().get("blns");
      List<String> strings = new ArrayList<>();
      for (JsonValue v : array.values()) {
        strings.add(((JsonString) v).value());
      }
      return strings;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Arguments> strings() {
    List<String> all = naughtyStrings();
    List<Arguments> args = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      args.add(Arguments.of(i, all.get(i)));
    }
    return args.stream();
  }

  static Stream<Arguments> blankStrings() {
    return strings().filter(a -> ((String) a.get()[1]).isBlank());
  }

  @Test
  void theListIsCompleteAndHasBlankStrings() {
    List<String> all = naughtyStrings();
    assertThat(all).hasSizeGreaterThan(500);
    assertThat(all).anyMatch(String::isBlank).anyMatch(s -> s.codePoints().anyMatch(
        Character::isSupplementaryCodePoint));
  }

  private static Plan withString(String s) {
    Plan plan = BASE;
    if (!s.isBlank()) {
      Section section = plan.sections().get(0);
      Measure measure = section.measures().get(0);
      List<Indicator> indicators = new ArrayList<>(measure.indicators());
      indicators.add(Indicator.of("az", s));
      Measure changed = measure.toBuilder().title(LocalizedText.of("en", s, "az", s))
          .indicators(indicators).build();
      Section s2 = section.toBuilder().measures(List.of(changed)).build();
      List<Institution> institutions = new ArrayList<>(plan.institutions());
      institutions.set(0, institutions.get(0).toBuilder().name(LocalizedText.of("en", s))
          .build());
      plan = plan.toBuilder().sections(List.of(s2)).institutions(institutions).build();
    }
    JsonObject extensions = JsonObject.of(Map.of("naughty", JsonString.of(s),
        "list", JsonArray.of(JsonString.of(s), JsonString.of(s + s)),
        s, JsonString.of("as a key")));
    return plan.toBuilder().extensions(extensions).build();
  }

  @ParameterizedTest(name = "string {0}")
  @MethodSource("strings")
  void eachStringSurvivesWriteAndReadUnchanged(int index, String s) {
    Plan plan = withString(s);
    String json = WRITER.write(plan);
    ReadResult read = READER.read(json);
    assertThat(read.findings()).isEmpty();
    assertThat(read.plan()).contains(plan);
    assertThat(WRITER.write(read.plan().orElseThrow())).isEqualTo(json);
    assertThat(READER.readPlan(WRITER.writeBytes(plan))).isEqualTo(plan);
  }

  @ParameterizedTest(name = "string {0}")
  @MethodSource("strings")
  void theValidatorHandlesEachString(int index, String s) {
    Plan plan = withString(s);
    assertThatCode(() -> {
      ValidationReport direct = VALIDATOR.validate(plan);
      ValidationReport located = READER.read(WRITER.write(plan)).validate(VALIDATOR);
      assertThat(located.findings()).hasSameSizeAs(direct.findings());
      direct.findings().forEach(f -> assertThat(f.message()).doesNotContainPattern(
          "[\\x00-\\x1f\\x7f]"));
    }).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "string {0}")
  @MethodSource("blankStrings")
  void aBlankStringAsATextIsARequiredFindingNotALostValue(int index, String s) {
    String json = WRITER.write(BASE).replace("\"Publish\"", JsonString.of(s).toJson());
    assertThat(json).doesNotContain("\"Publish\"");
    assertThat(READER.read(json).findings()).extracting(f -> f.rule() + " " + f.path())
        .containsExactly("required /sections/0/measures/0/title/en");
  }
}
