package io.github.ogpkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PrintedTimeFrames;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fixtures say what their documents print: every measure title, indicator and provision occurs
 * in the source text, the as-published numbers are the printed ones in printed order, the
 * corrected edition keeps them as codes, every printed time differing from its time frame is kept
 * as printed, and the counts match.
 */
class FixtureFidelityTest {

  private static final String OGP_SOURCE = "/seeds/003-az-ogp-nap-2016-2018.txt";
  private static final String HUMAN_RIGHTS_SOURCE = "/seeds/004-az-human-rights-program-2012-2015.txt";
  private static final Pattern PRINTED_NUMBER =
      Pattern.compile("(?m)^\\s*(\\d+(?:\\.\\d+)*)\\.\\s");
  /** A cell of the OGP plan's "İcra müddəti" column: years at the end of a line. */
  private static final Pattern PRINTED_YEARS =
      Pattern.compile("(?m)(?:^|\\s)(20\\d\\d(?:-20\\d\\d)?)[ \\t]*$");
  /** The human rights program's time limits: the text after the label. */
  private static final Pattern PRINTED_TIME_LIMIT =
      Pattern.compile("(?m)^\\s*Time-limit:(.*)$");

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

  @Test
  void theCorrectedEditionHasOgpIdsInDocumentOrderAndThePrintedNumbersAsCodes() {
    List<Object> corrected = outline(OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018));
    List<Object> printed = outline(OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED));
    assertThat(corrected).hasSameSizeAs(printed);
    List<String> ogpIds = new ArrayList<>();
    int renumbered = 0;
    for (int i = 0; i < corrected.size(); i++) {
      Object item = corrected.get(i);
      String number = number(item);
      String printedNumber = number(printed.get(i));
      ogpId(item).ifPresent(ogpIds::add);
      if (number.equals(printedNumber)) {
        assertThat(code(item)).as("code of %s", number).isEmpty();
      } else {
        renumbered++;
        assertThat(code(item)).as("code of %s", number).contains(printedNumber);
      }
    }
    List<String> expected = new ArrayList<>();
    for (int n = 38; n <= 50; n++) {
      expected.add(String.format(java.util.Locale.ROOT, "AZ%04d", n));
    }
    assertThat(ogpIds).containsExactlyElementsOf(expected);
    assertThat(renumbered).isEqualTo(22);
    assertThat(code(OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018).findSection("8.11")
        .orElseThrow())).contains("1");
    // The as-published edition carries neither: its numbers are the printed ones.
    assertThat(printed).allSatisfy(item -> {
      assertThat(code(item)).isEmpty();
      assertThat(ogpId(item)).isEmpty();
    });
  }

  @Test
  void everyPrintedTimeThatDiffersFromItsTimeFrameIsKeptAsPrinted() {
    List<String> ogpCells = printedTimes(source(OGP_SOURCE), PRINTED_YEARS);
    assertThat(ogpCells).hasSize(59);
    assertPrintedTimes(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED, ogpCells, "az", 53);
    assertPrintedTimes(OgpFixtures.AZ_OGP_NAP_2016_2018, ogpCells, "az", 53);
    List<String> limits = printedTimes(source(HUMAN_RIGHTS_SOURCE), PRINTED_TIME_LIMIT);
    assertThat(limits).hasSize(70);
    assertPrintedTimes(OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015, limits, "en", 57);
  }

  private static List<String> printedTimes(String source, Pattern pattern) {
    List<String> times = new ArrayList<>();
    Matcher m = pattern.matcher(source);
    while (m.find()) {
      times.add(m.group(1).strip());
    }
    return times;
  }

  /** The measures with a time frame, in document order, against the printed times in order. */
  private static void assertPrintedTimes(String id, List<String> printed, String language,
      int differing) {
    List<Measure> measures = OgpFixtures.plan(id).allMeasures().stream()
        .filter(m -> m.timeFrame().isPresent()).toList();
    assertThat(measures).as(id).hasSameSizeAs(printed);
    int kept = 0;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      TimeFrame timeFrame = m.timeFrame().orElseThrow();
      String text = printed.get(i);
      assertThat(PrintedTimeFrames.parse(text)).as("%s %s", id, m.number()).isEqualTo(timeFrame);
      if (text.equals(timeFrame.toString())) {
        assertThat(m.timeFramePrinted()).as("%s %s", id, m.number()).isEmpty();
      } else {
        kept++;
        assertThat(m.timeFramePrinted()).as("%s %s", id, m.number())
            .contains(LocalizedText.of(language, text));
      }
    }
    assertThat(kept).as(id).isEqualTo(differing);
    assertThat(OgpFixtures.plan(id).allMeasures().stream()
        .filter(Predicate.not(m -> m.timeFrame().isPresent()))
        .filter(m -> m.timeFramePrinted().isPresent())).isEmpty();
  }

  /** Sections and measures in document order. */
  private static List<Object> outline(Plan plan) {
    List<Object> items = new ArrayList<>();
    for (Section s : plan.sections()) {
      collectOutline(s, items);
    }
    return items;
  }

  private static void collectOutline(Section s, List<Object> into) {
    into.add(s);
    for (Measure m : s.measures()) {
      into.addAll(m.withAllSubMeasures());
    }
    for (Section sub : s.sections()) {
      collectOutline(sub, into);
    }
  }

  private static String number(Object item) {
    return item instanceof Section s ? s.number().toString() : ((Measure) item).number().toString();
  }

  private static Optional<String> code(Object item) {
    return item instanceof Section s ? s.code() : ((Measure) item).code();
  }

  private static Optional<String> ogpId(Object item) {
    return item instanceof Section s ? s.ogpId() : ((Measure) item).ogpId();
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
