package io.github.ogpkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fixtures say what their documents print: every measure title, indicator and provision occurs
 * in the source text, the as-published numbers are the printed ones in printed order, and the
 * counts match.
 */
class FixtureFidelityTest {

  private static final String OGP_SOURCE = "/seeds/003-az-ogp-nap-2016-2018.txt";
  private static final String HUMAN_RIGHTS_SOURCE = "/seeds/004-az-human-rights-program-2012-2015.txt";
  private static final Pattern PRINTED_NUMBER =
      Pattern.compile("(?m)^\\s*(\\d+(?:\\.\\d+)*)\\.\\s");

  @Test
  void theOgpPlanHas59MeasuresInBothEditions() {
    assertThat(OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED).allMeasures())
        .hasSize(59);
    assertThat(OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018).allMeasures()).hasSize(59);
  }

  @Test
  void theHumanRightsProgramHas71MeasuresAnd4Provisions() {
    Plan plan = OgpFixtures.plan(OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015);
    assertThat(plan.allMeasures()).hasSize(71);
    assertThat(plan.allSections().stream().mapToInt(s -> s.provisions().size()).sum())
        .isEqualTo(4);
    assertThat(plan.findSection("6").orElseThrow().provisions())
        .extracting(p -> p.number().toString()).containsExactly("6.1", "6.2", "6.3", "6.4");
    assertThat(plan.findMeasure("1.2").orElseThrow().measures()).hasSize(10);
    assertThat(plan.findMeasure("3.4").orElseThrow().measures()).hasSize(4);
    Measure m34 = plan.findMeasure("3.4").orElseThrow();
    assertThat(m34.timeFrame()).isEmpty();
    assertThat(m34.institutions()).isEmpty();
  }

  @Test
  void theAsPublishedNumbersAreThePrintedOnesInPrintedOrder() {
    List<String> printed = new ArrayList<>();
    Matcher m = PRINTED_NUMBER.matcher(source(OGP_SOURCE));
    while (m.find()) {
      printed.add(m.group(1));
    }
    List<String> fixture = new ArrayList<>();
    for (Section s : OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED).sections()) {
      collectNumbers(s, fixture);
    }
    assertThat(fixture).containsExactlyElementsOf(printed);
  }

  private static void collectNumbers(Section s, List<String> into) {
    into.add(s.number().toString());
    for (Measure m : s.measures()) {
      for (Measure each : m.withAllSubMeasures()) {
        into.add(each.number().toString());
      }
    }
    for (Section sub : s.sections()) {
      collectNumbers(sub, into);
    }
    for (Provision p : s.provisions()) {
      into.add(p.number().toString());
    }
  }

  @Test
  void everyOgpTitleAndIndicatorOccursInTheSource() {
    String source = collapse(source(OGP_SOURCE));
    for (String id : List.of(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED,
        OgpFixtures.AZ_OGP_NAP_2016_2018)) {
      for (String text : printedTexts(OgpFixtures.plan(id), "az")) {
        assertOccurs(source, text);
      }
    }
  }

  @Test
  void everyHumanRightsTitleAndProvisionOccursInTheSource() {
    String source = collapse(source(HUMAN_RIGHTS_SOURCE));
    for (String text : printedTexts(OgpFixtures.plan(OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015),
        "en")) {
      assertOccurs(source, text);
    }
  }

  /** Measure titles, indicators and provisions, in one language. */
  private static List<String> printedTexts(Plan plan, String language) {
    List<String> texts = new ArrayList<>();
    for (Measure m : plan.allMeasures()) {
      texts.add(text(m.title(), language));
      for (Indicator i : m.indicators()) {
        texts.add(text(i.text(), language));
      }
    }
    for (Section s : plan.allSections()) {
      for (Provision p : s.provisions()) {
        texts.add(text(p.text(), language));
      }
    }
    return texts;
  }

  private static String text(LocalizedText t, String language) {
    return t.get(language).orElseThrow(() -> new AssertionError("no " + language + " text: " + t));
  }

  /**
   * A cell split by a page break is one text in the fixture and two runs in the source, with the
   * other columns' text between them; so a text occurs if it is one run, or two runs in order
   * split at a word boundary.
   */
  private static void assertOccurs(String source, String text) {
    String t = collapse(text);
    if (source.contains(t)) {
      return;
    }
    String[] words = t.split(" ");
    for (int cut = 1; cut < words.length; cut++) {
      String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut));
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, cut, words.length));
      int at = source.indexOf(head + " ");
      if (at >= 0 && source.indexOf(tail, at + head.length()) >= 0) {
        return;
      }
    }
    throw new AssertionError("not in the source text, not even split at a page break:\n  " + t);
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("(?U)\\s+", " ");
  }

  private static String source(String resource) {
    try (InputStream in = FixtureFidelityTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
