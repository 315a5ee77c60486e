package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import com.networknt.schema.resource.SchemaLoader;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.rules.OgpValidator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * No polymorphic deserialization, no network, and messages that cannot forge a log line.
 */
class SecurityTest {

  private static final PlanReader READER = PlanReader.standard();

  /** Names whose presence in a class would mean type ids, Java serialization or the network. */
  private static final List<String> FORBIDDEN = List.of("activateDefaultTyping",
      "DefaultTyping", "JsonTypeInfo", "PolymorphicTypeValidator", "TypeResolverBuilder",
      "java/io/ObjectInputStream", "java/net/URL", "java/net/Socket", "java/net/http/",
      "java/net/URLConnection", "javax/naming/");

  /** The class files of ogp-io, ogp-model and ogp-rules, by name. */
  private static Map<String, byte[]> libraryClasses() throws IOException, URISyntaxException {
    Map<String, byte[]> classes = new java.util.TreeMap<>();
    for (Class<?> c : List.of(PlanReader.class, Plan.class, OgpValidator.class)) {
      Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(where)) {
        try (Stream<Path> files = Files.walk(where)) {
          for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
            classes.put(where.relativize(p).toString(), Files.readAllBytes(p));
          }
        }
      } else {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(where))) {
          for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
            if (e.getName().endsWith(".class")) {
              classes.put(e.getName(), zip.readAllBytes());
            }
          }
        }
      }
    }
    return classes;
  }

  @Test
  void noLibraryClassRefersToTypeIdsJavaSerializationOrTheNetwork() throws Exception {
    Map<String, byte[]> classes = libraryClasses();
    assertThat(classes).containsKey("io/github/ogpkit/io/PlanReader.class")
        .containsKey("io/github/ogpkit/model/Plan.class")
        .containsKey("io/github/ogpkit/rules/OgpValidator.class");
    List<String> hits = new ArrayList<>();
    classes.forEach((name, bytes) -> {
      // Class, method and string names are plain ASCII in the constant pool.
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      FORBIDDEN.stream().filter(text::contains).forEach(f -> hits.add(name + ": " + f));
    });
    assertThat(hits).isEmpty();
  }

  private static JsonMapper typedMapper() {
    return JsonMapper.builder().addModule(new OgpJsonModule())
        .activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
            .allowIfBaseType(Object.class).build(), DefaultTyping.NON_FINAL_AND_RECORDS)
        .build();
  }

  @Test
  void aMapperWithDefaultTypingForEverythingStillReadsNoTypeIds() {
    String plan = PlanWriter.canonical().write(READER.readPlan(Fixtures.valid()));
    assertThatThrownBy(() -> typedMapper().readValue(
        "[\"io.github.ogpkit.model.Plan\", " + plan + "]", Plan.class))
        .isInstanceOf(InvalidPlanException.class);
    // A type id where the format has none is an unknown property, and inside extensions it is
    // data: a JSON object with a member "@class", never an instance of the class it names.
    String typed = Fixtures.withLine(34, "  \"extensions\": {\"x\": {\"@class\": "
        + "\"java.io.File\", \"path\": \"/etc/passwd\"}}, \"@class\": \"java.lang.Runtime\"");
    assertThatThrownBy(() -> typedMapper().readValue(typed, Plan.class))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("@class");
    ReadResult r = READER.read(typed);
    assertThat(r.findings()).extracting(f -> f.rule() + " " + f.path())
        .containsExactly("unknown-property /@class");
    String data = Fixtures.withLine(34, "  \"extensions\": {\"x\": {\"@class\": "
        + "\"java.io.File\", \"path\": \"/etc/passwd\"}}");
    Plan read = typedMapper().readValue(data, Plan.class);
    assertThat(read.extensions().members().get("x")).isEqualTo(JsonObject.of(Map.of(
        "@class", JsonString.of("java.io.File"), "path", JsonString.of("/etc/passwd"))));
    assertThat(READER.readPlan(data)).isEqualTo(read);
  }

  @Test
  void theSchemaIsUsedWithoutDereferencingItsIdOrAnyRemoteRef() {
    List<String> asked = new CopyOnWriteArrayList<>();
    ResourceLoader trap = new ResourceLoader() {
      @Override
      public InputStreamSource getResource(AbsoluteIri iri) {
        asked.add(iri.toString());
        return () -> {
          throw new IOException("no fetching: " + iri);
        };
      }
    };
    SchemaRegistry offline = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaLoader(new SchemaLoader(List.of(), List.of(trap))));
    Schema schema = offline.getSchema(PlanSchema.text(), InputFormat.JSON);
    String valid = PlanWriter.canonical().write(READER.readPlan(Fixtures.valid()));
    assertThat(schema.validate(valid, InputFormat.JSON)).isEmpty();
    List<Error> errors = schema.validate(Fixtures.withLine(3, "  \"id\": \"Bad Id\","),
        InputFormat.JSON);
    assertThat(errors).isNotEmpty();
    assertThat(asked).as("resources the validator tried to load").isEmpty();

    // The trap does catch a remote reference, so its silence above means something.
    Schema remote = offline.getSchema("{\"$schema\": \"https://json-schema.org/draft/2020-12/"
        + "schema\", \"$ref\": \"https://example.invalid/other.json\"}", InputFormat.JSON);
    try {
      remote.validate("{}", InputFormat.JSON);
    } catch (RuntimeException expected) {
      // The failure to load is the point.
    }
    assertThat(asked).contains("https://example.invalid/other.json");
  }

  /** No control, separator or invisible format character and no unpaired surrogate. */
  static boolean harmless(String message) {
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029
          || Character.getType(c) == Character.FORMAT) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == message.length() || !Character.isLowSurrogate(message.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static final String HOSTILE = "\u001b[31mred\u001b[0m\nERROR forged: line\r\u0007"
      + "\u202eevil\u200b\u0085" + "x".repeat(10_000);

  private static String json(String s) {
    return JsonString.of(s).toJson();
  }

  @Test
  void messagesQuoteABadValueEscapedAndShort() {
    List<String> documents = List.of(
        Fixtures.withLine(3, "  \"id\": " + json(HOSTILE) + ","),
        Fixtures.withLine(5, "  \"country\": " + json(HOSTILE) + ","),
        Fixtures.withLine(8, "  \"period\": " + json(HOSTILE) + ","),
        Fixtures.withLine(22, "          \"number\": " + json(HOSTILE) + ","),
        Fixtures.withLine(27, "          \"timeFrame\": " + json(HOSTILE) + ","),
        Fixtures.withLine(34, "  \"extensions\": {}, " + json(HOSTILE) + ": 1"),
        Fixtures.withLine(4, "  \"kind\": " + json(HOSTILE) + ","),
        Fixtures.withLine(6, "  \"title\": {" + json(HOSTILE) + ": \"x\"},"),
        // Raw control characters and an ANSI escape in the text itself: syntax errors.
        Fixtures.withLine(3, "  \"id\": tru\u001b[2J\nFAKE,"),
        Fixtures.withLine(3, "  \"id\": \"a\u001b[2Jb\","),
        Fixtures.withLine(3, "  \"id\": \u202e\u0007" + "z".repeat(5000) + ","));
    for (String doc : documents) {
      List<Finding> findings = READER.read(doc).findings();
      assertThat(findings).as(doc.substring(0, Math.min(200, doc.length()))).isNotEmpty();
      assertThat(findings).allSatisfy(f -> {
        assertThat(f.message()).matches(SecurityTest::harmless, "has no raw control character");
        assertThat(f.message().length()).isLessThanOrEqualTo(400);
      });
    }
    assertThat(READER.read(documents.get(0)).findings().get(0).message())
        .contains("\\u001b[31mred\\u001b[0m\\u000aERROR forged: line\\u000d\\u0007\\u202e")
        .contains("...");
  }

  @Test
  void everyFindingOnTheJsonTestSuiteIsOneShortHarmlessLine() throws Exception {
    Path corpus = Path.of(getClass().getResource("/corpora/JSONTestSuite/test_parsing").toURI());
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path p : files.toList()) {
        try (InputStream in = Files.newInputStream(p)) {
          assertThat(READER.read(in).findings()).allSatisfy(f -> {
            assertThat(f.message()).as(p.getFileName().toString())
                .matches(SecurityTest::harmless, "has no raw control character");
            assertThat(f.message().length()).isLessThanOrEqualTo(400);
          });
        }
      }
    }
  }
}
