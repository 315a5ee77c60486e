package io.github.ogpkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What a new user copies from the README compiles and runs: each Java block is a snippet of the
 * examples, which the build compiles and runs, with the imports its code uses; the versions the
 * README names are the ones the build uses.
 *
 * <p>A snippet is the code between the lines {@code // NAME:begin} and {@code // NAME:end} of
 * its source, less their common indentation. Its README block is the source's imports that the
 * code uses (static ones first, as in the source), a blank line, and the code.
 */
class ReadmeTest {

  private static final Path README = Path.of("../README.md");
  private static final String MAIN = "src/main/java/io/github/ogpkit/examples/";
  private static final String TEST = "src/test/java/io/github/ogpkit/examples/";

  /** The snippets, in README order, and the sources that hold them. */
  private static final Map<String, String> SNIPPETS = new LinkedHashMap<>();

  static {
    SNIPPETS.put("quick-start", MAIN + "QuickStart.java");
    SNIPPETS.put("read-and-validate", MAIN + "ReadAndValidate.java");
    SNIPPETS.put("ogp-template", MAIN + "TemplateCommitment.java");
    SNIPPETS.put("jackson-module", MAIN + "OwnJsonMapper.java");
    SNIPPETS.put("fixtures", TEST + "FixtureExampleTest.java");
    SNIPPETS.put("monitoring-fixtures", TEST + "FixtureExampleTest.java");
    SNIPPETS.put("assertions", TEST + "FixtureExampleTest.java");
    SNIPPETS.put("extension", TEST + "FixtureExampleTest.java");
    SNIPPETS.put("analytics", TEST + "AnalyticsExampleTest.java");
    SNIPPETS.put("draft", MAIN + "DraftInASpreadsheet.java");
    SNIPPETS.put("report", TEST + "ReportExampleTest.java");
  }

  private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);

  static Stream<String> snippets() {
    return SNIPPETS.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void theReadmeShowsTheSnippetAsCompiledWithTheImportsItUses(String name) throws IOException {
    String block = readmeBlock(Path.of(SNIPPETS.get(name)), name);
    assertThat(fencedBlocks("java")).as("the README's java blocks, for snippet %s", name)
        .contains(block);
  }

  @Test
  void everyJavaBlockOfTheReadmeIsASnippet() throws IOException {
    List<String> expected = new ArrayList<>();
    for (Map.Entry<String, String> snippet : SNIPPETS.entrySet()) {
      expected.add(readmeBlock(Path.of(snippet.getValue()), snippet.getKey()));
    }
    assertThat(fencedBlocks("java")).containsExactlyElementsOf(expected);
  }

  @Test
  void theReadmeNamesTheVersionsTheBuildIsMadeWith() throws Exception {
    Element parent = parse(Files.readString(Path.of("../pom.xml")));
    String jackson = property(parent, "jackson.version");
    Map<String, String> versions = new LinkedHashMap<>();
    for (String block : fencedBlocks("xml")) {
      NodeList dependencies = parse("<readme>" + block + "</readme>")
          .getElementsByTagName("dependency");
      for (int i = 0; i < dependencies.getLength(); i++) {
        Element d = (Element) dependencies.item(i);
        NodeList version = d.getElementsByTagName("version");
        versions.put(text(d, "artifactId"),
            version.getLength() == 0 ? "" : version.item(0).getTextContent());
      }
    }

    assertThat(versions)
        .containsEntry("ogp-bom", text(parent, "version"))
        .containsEntry("assertj-core", property(parent, "assertj.version"))
        .containsEntry("junit-jupiter", property(parent, "junit.version"))
        .containsEntry("jackson-bom", jackson);
    String junit6 = property(parse(Files.readString(Path.of("../junit6-check/pom.xml"))),
        "junit6.version");
    String prose = Files.readString(README).replaceAll("\\s+", " "); // wherever lines break
    assertThat(prose)
        .contains("built and tested with Jackson " + jackson + " ")
        .contains("`jackson-annotations` " + jacksonAnnotationsVersion())
        .contains("JUnit 6 (" + junit6 + " is tested)")
        .contains("JSpecify " + property(parent, "jspecify.version") + " ")
        .contains("apiguardian " + property(parent, "apiguardian.version") + " ");
  }

  /** The README's block for a snippet, as the class Javadoc describes it. */
  private static String readmeBlock(Path source, String name) throws IOException {
    List<String> lines = Files.readAllLines(source);
    int begin = onlyLine(lines, "// " + name + ":begin", source);
    int end = onlyLine(lines, "// " + name + ":end", source);
    List<String> code = lines.subList(begin + 1, end);
    int indent = code.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    String text = code.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n", "", "\n"));

    String words = COMMENTS.matcher(text).replaceAll(" ");
    List<String> used = lines.stream().filter(l -> l.startsWith("import ")).filter(l -> {
      String simpleName = l.substring(l.lastIndexOf('.') + 1, l.length() - 1);
      return Pattern.compile("\\b" + Pattern.quote(simpleName) + "\\b").matcher(words).find();
    }).toList();
    String statics = used.stream().filter(l -> l.startsWith("import static "))
        .map(l -> l + "\n").collect(Collectors.joining());
    String others = used.stream().filter(l -> !l.startsWith("import static "))
        .map(l -> l + "\n").collect(Collectors.joining());
    String imports = statics.isEmpty() || others.isEmpty() ? statics + others
        : statics + "\n" + others;
    return imports.isEmpty() ? text : imports + "\n" + text;
  }

  private static int onlyLine(List<String> lines, String marker, Path source) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        at.add(i);
      }
    }
    assertThat(at).as("lines \"%s\" in %s", marker, source).hasSize(1);
    return at.get(0);
  }

  /** The contents of the README's fenced blocks of a language, each ending with a newline. */
  private static List<String> fencedBlocks(String language) throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : Files.readAllLines(README)) {
      if (block == null) {
        if (line.equals("```" + language)) {
          block = new StringBuilder();
        }
      } else if (line.equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    return document.getDocumentElement();
  }

  /** The text of an element's first child element of that name. */
  private static String text(Element parent, String child) {
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(child)) {
        return e.getTextContent().strip();
      }
    }
    throw new AssertionError("no <" + child + "> in <" + parent.getTagName() + ">");
  }

  private static String property(Element project, String name) {
    Element properties = (Element) project.getElementsByTagName("properties").item(0);
    return text(properties, name);
  }

  /** The version of jackson-annotations that Jackson's BOM gave this build. */
  private static String jacksonAnnotationsVersion() throws IOException {
    String resource =
        "/META-INF/maven/com.fasterxml.jackson.core/jackson-annotations/pom.properties";
    try (InputStream in = ReadmeTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    }
  }
}
