package io.github.ogpkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.analytics.ActiveSpan;
import io.github.ogpkit.analytics.MeasureLevel;
import io.github.ogpkit.analytics.PlanAnalytics;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Link;
import io.github.ogpkit.model.LinkRel;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class PlanReportTest {

  private static final PlanReport EN = PlanReport.standard();
  private static final PlanReport AZ =
      PlanReport.builder().locale(Locale.forLanguageTag("az")).build();

  static Stream<String> fixtures() {
    return OgpFixtures.ids().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theReportOfEveryFixturePlanIsOneSafeSelfContainedPage(String id) throws IOException {
    // For people to look at: the English page of each fixture with its monitoring documents.
    Path target = Path.of("target", "reports");
    Files.createDirectories(target);
    Files.writeString(target.resolve(id + ".html"), EN.toHtml(OgpFixtures.dataset(id), id),
        StandardCharsets.UTF_8);
    for (PlanReport report : List.of(EN, AZ)) {
      Document alone = Jsoup.parse(report.toHtml(OgpFixtures.plan(id)));
      checkPage(alone, OgpFixtures.plan(id), report.locale().getLanguage());
      checkBars(alone, PlanAnalytics.of(OgpFixtures.plan(id)).timeline(MeasureLevel.ALL).spans());
      Dataset dataset = OgpFixtures.dataset(id);
      Document inDataset = Jsoup.parse(report.toHtml(dataset, id));
      checkPage(inDataset, OgpFixtures.plan(id), report.locale().getLanguage());
      checkBars(inDataset, PlanAnalytics.of(dataset, id).timeline(MeasureLevel.ALL).spans());
    }
  }

  /** What every page must be, whatever the plan holds. */
  static void checkPage(Document page, Plan plan, String language) {
    assertThat(page.documentType()).isNotNull();
    assertThat(page.documentType().name()).isEqualTo("html");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
    assertThat(page.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none';");
    // Nothing runs and nothing is loaded.
    assertThat(page.select("script, iframe, object, embed, img, link, base, form")).isEmpty();
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute of <%s>", e.tagName()).doesNotStartWith("on");
        assertThat(a.getValue().strip().toLowerCase(Locale.ROOT))
            .doesNotStartWith("javascript:").doesNotStartWith("data:")
            .doesNotStartWith("vbscript:");
      }
      if (e.hasAttr("src") || e.hasAttr("srcset") || e.hasAttr("xlink:href")) {
        throw new AssertionError("a resource is loaded: " + e);
      }
    }
    assertThat(page.select("style").html()).doesNotContain("url(http").doesNotContain("@import");
    assertThat(page.select("[style]")).isEmpty();
    // Links go within the page, or to http(s) addresses of the plan's links.
    Set<String> ids = new HashSet<>();
    for (Element e : page.select("[id]")) {
      assertThat(ids.add(e.id())).as("id %s is unique", e.id()).isTrue();
    }
    for (Element a : page.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("#")) {
        assertThat(ids).as("target of %s", a).contains(href.substring(1));
      } else {
        assertThat(href).matches("https?://.+");
      }
    }
    // Every finding links to an element of the page.
    for (Element a : page.select("a.finding-link")) {
      assertThat(page.getElementById(a.attr("href").substring(1))).as("%s", a).isNotNull();
    }
    // Every measure has its article.
    assertThat(page.select("article.measure")).hasSize(plan.allMeasures().size());
    assertThat(page.select("div.section")).hasSize(plan.allSections().size());
  }

  /** One bar per measure that states a time frame, in document order, with its days. */
  static void checkBars(Document page, List<ActiveSpan> spans) {
    Elements bars = page.select("svg.gantt rect.bar");
    assertThat(bars).hasSize(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      ActiveSpan s = spans.get(i);
      Element bar = bars.get(i);
      assertThat(bar.attr("data-measure")).isEqualTo(s.measure().number().toString());
      assertThat(bar.attr("data-drawn-first")).isEqualTo(s.firstDay().toString());
      assertThat(bar.attr("data-drawn-last")).isEqualTo(s.lastDay().toString());
      assertThat(bar.hasAttr("data-first")).isTrue();
      assertThat(bar.hasAttr("data-last")).isTrue();
      if (s.timeFrame().isPermanent()) {
        assertThat(bar.attr("data-shape")).isEqualTo("permanent");
      } else {
        assertThat(bar.attr("data-first")).isEqualTo(
            s.timeFrame().startPoint().isPresent() ? s.firstDay().toString() : "");
        assertThat(bar.attr("data-last")).isEqualTo(
            s.timeFrame().endPoint().isPresent() ? s.lastDay().toString() : "");
      }
    }
  }

  @Test
  void everyMeasureWithATimeFrameHasExactlyOneBarCommitmentsAsWellAsMilestones() {
    for (String id : OgpFixtures.ids()) {
      Plan plan = OgpFixtures.plan(id);
      Document page = Jsoup.parse(EN.toHtml(plan));
      List<String> numbers = page.select("svg.gantt rect.bar").eachAttr("data-measure");
      List<String> expected = new ArrayList<>();
      for (Measure m : plan.allMeasures()) {
        if (m.timeFrame().isPresent()) {
          expected.add(m.number().toString());
        }
      }
      assertThat(numbers).as(id).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void azerbaijaniTextAppearsAsGivenAndTheHeadingsAreAzerbaijani() {
    String id = OgpFixtures.AZ_OGP_NAP_2016_2018;
    Plan plan = OgpFixtures.plan(id);
    Document page = Jsoup.parse(AZ.toHtml(OgpFixtures.dataset(id), id));
    String title = plan.title().get("az").orElseThrow();
    assertThat(page.selectFirst("h1").wholeText()).isEqualTo(title);
    assertThat(page.selectFirst("h1").attr("lang")).isEqualTo("az");
    assertThat(page.getElementById("findings-heading").text()).isEqualTo("Aşkarlananlar");
    Measure first = plan.allMeasures().get(0);
    Element article = page.getElementById("m-" + first.number());
    assertThat(article.selectFirst(".title").wholeText())
        .isEqualTo(first.title().get("az").orElseThrow());
  }

  @Test
  void theMemberHistoryOfAzerbaijanShowsActiveInactiveSuspended() throws IOException {
    String id = OgpFixtures.AZ_OGP_NAP_2016_2018;
    String html = EN.toHtml(OgpFixtures.dataset(id), id);
    Document page = Jsoup.parse(html);
    assertThat(page.select("#member table.member-history tbody tr").eachAttr("data-status"))
        .containsSubsequence("active", "inactive", "suspended");
    assertThat(page.select("#member tbody tr td:first-child").eachText())
        .containsSubsequence("active", "inactive", "suspended");
    assertThat(page.select("nav a[href=#member]")).hasSize(1);
    Path target = Path.of("target", "reports");
    Files.createDirectories(target);
    Files.writeString(target.resolve(id + ".az.html"), AZ.toHtml(OgpFixtures.dataset(id), id),
        StandardCharsets.UTF_8);
    // A plan alone has no member, statuses or as-of line.
    Document alone = Jsoup.parse(EN.toHtml(OgpFixtures.plan(id)));
    assertThat(alone.getElementById("member")).isNull();
    assertThat(alone.select(".badge, line.marker")).isEmpty();
  }

  @Test
  void aDatasetWithProgressReportsHasBadgesAndTheAsOfLine() {
    for (String id : OgpFixtures.ids()) {
      Dataset dataset = OgpFixtures.dataset(id);
      boolean reports = dataset.progressReports().stream().anyMatch(r -> r.plan().equals(id));
      Document page = Jsoup.parse(EN.toHtml(dataset, id));
      assertThat(page.select("svg.gantt line.marker").isEmpty()).as(id)
          .isEqualTo(!reports || page.select("svg.gantt").isEmpty());
      if (reports) {
        assertThat(page.select(".badge")).as(id).isNotEmpty();
      }
    }
  }

  @Test
  void everyNaughtyStringAsAMeasureTitleIsShownAsTextAndRunsNothing() throws IOException {
    List<String> titles;
    try (InputStream in = PlanReportTest.class.getResourceAsStream("/corpora/blns/blns.json")) {
      titles = List.of(JsonMapper.builder().build().readValue(in, String[].class));
    }
    titles = titles.stream().filter(s -> !s.isBlank()).toList();
    assertThat(titles).hasSizeGreaterThan(400);
    Plan plan = planWithTitles(titles, List.of());
    Document page = Jsoup.parse(EN.toHtml(plan));
    checkPage(page, plan, "en");
    for (int i = 0; i < titles.size(); i++) {
      Element article = page.getElementById("m-1." + (i + 1));
      assertThat(article.selectFirst(".title").wholeText()).as("title %d", i)
          .isEqualTo(asParsed(titles.get(i)));
      assertThat(article.selectFirst(".title").childrenSize()).isZero();
    }
  }

  /**
   * What an HTML parser makes of a text: a carriage return, with or without a line feed after it,
   * is a line feed, and NUL is U+FFFD (WHATWG HTML, preprocessing the input stream).
   */
  static String asParsed(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace('\0', '\uFFFD');
  }

  @Test
  void hostileTextInInstitutionsCodesSectionsAndLinksStaysText() {
    String evil = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
    Plan plan = Plan.builder().id("evil").kind(PlanKind.OGP_ACTION_PLAN).country("AZ")
        .title("en", evil).languages("en").period("2020/2021")
        .link(Link.of(LinkRel.OGP_PAGE, "https://example.org/a?b=1&c='d'"))
        .institution(Institution.builder().id("ministry").name("en", evil)
            .kind(InstitutionKind.MINISTRY).build())
        .section(Section.builder().number("1").title("en", evil).code(evil)
            .measure(Measure.builder().number("1.1").title("en", evil).code(evil)
                .timeFrame("2020/..").timeFramePrinted("en", evil).executor("ministry")
                .build())
            .build())
        .build();
    Document page = Jsoup.parse(EN.toHtml(plan));
    checkPage(page, plan, "en");
    assertThat(page.selectFirst("h1").wholeText()).isEqualTo(evil);
    assertThat(page.selectFirst("title").wholeText()).isEqualTo(evil);
    assertThat(page.select("#m-1\\.1 .institution").text()).isEqualTo(evil);
    assertThat(page.select("#m-1\\.1 .code").text()).isEqualTo(evil);
    assertThat(page.select("#m-1\\.1 .printed").text()).isEqualTo(evil);
    assertThat(page.select("svg.workload text title").text()).isEqualTo(evil);
    assertThat(page.select("header a[href^=https]").attr("href"))
        .isEqualTo("https://example.org/a?b=1&c='d'");
    Element bar = page.selectFirst("rect.bar");
    assertThat(bar.attr("data-first")).isEqualTo("2020-01-01");
    assertThat(bar.attr("data-last")).isEmpty();
    assertThat(bar.attr("data-shape")).isEqualTo("open-end");
    assertThat(bar.attr("data-drawn-last")).isEqualTo("2021-12-31");
  }

  @Test
  void aNumberPrintedTwiceGetsTwoIdsAndItsFindingLinksToOne() {
    Plan plan = planWithTitles(List.of("one", "two"), List.of("1.1", "1.1"));
    Document page = Jsoup.parse(EN.toHtml(plan));
    checkPage(page, plan, "en");
    assertThat(page.select("article.measure").eachAttr("id")).containsExactly("m-1.1", "m-1.1-2");
    assertThat(page.select("a.finding-link")).isNotEmpty();
    assertThat(page.select("tr.finding").eachAttr("data-rule")).contains("number-duplicate");
    assertThat(page.select("svg.gantt rect.bar")).hasSize(2);
  }

  @Test
  void theOutputDoesNotDependOnTheDefaultLocaleOrTimeZone() {
    String id = OgpFixtures.AZ_OGP_NAP_2016_2018;
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    String root;
    String hostile;
    try {
      Locale.setDefault(Locale.ROOT);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      root = EN.toHtml(OgpFixtures.dataset(id), id) + AZ.toHtml(OgpFixtures.dataset(id), id);
      Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      hostile = EN.toHtml(OgpFixtures.dataset(id), id) + AZ.toHtml(OgpFixtures.dataset(id), id);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertThat(hostile).isEqualTo(root);
    assertThat(root).doesNotContainPattern("[\\u0660-\\u0669\\u06F0-\\u06F9]");
  }

  @Test
  void writeWritesUtf8AndLeavesTheStreamOpen() throws IOException {
    String id = OgpFixtures.AZ_OGP_NAP_2016_2018;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AZ.write(OgpFixtures.dataset(id), id, out);
    out.write('!');
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("<!doctype html>").endsWith("</html>\n!");
    assertThat(text.substring(0, text.length() - 1))
        .isEqualTo(AZ.toHtml(OgpFixtures.dataset(id), id));
    assertThatThrownBy(() -> EN.write(OgpFixtures.dataset(id), "nope", out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    assertThatThrownBy(() -> EN.write((Plan) null, out)).isInstanceOf(NullPointerException.class);
    assertThat(AZ.locale().getLanguage()).isEqualTo("az");
    assertThat(EN).hasToString("PlanReport[locale=en]");
  }

  static Plan planWithTitles(List<String> titles, List<String> numbers) {
    Section.Builder section = Section.builder().number("1").title("en", "Section");
    for (int i = 0; i < titles.size(); i++) {
      section.measure(Measure.builder()
          .number(numbers.isEmpty() ? "1." + (i + 1) : numbers.get(i))
          .title("en", titles.get(i)).timeFrame("2020").executor("ministry").build());
    }
    return Plan.builder().id("hostile").kind(PlanKind.OGP_ACTION_PLAN).country("AZ")
        .title("en", "Hostile titles").languages("en").period("2020/2021")
        .institution(Institution.builder().id("ministry").name("en", "Ministry")
            .kind(InstitutionKind.MINISTRY).build())
        .section(section.build()).build();
  }
}
