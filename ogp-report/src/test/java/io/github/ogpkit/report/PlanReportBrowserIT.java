package io.github.ogpkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.offset;

import io.github.ogpkit.analytics.ActiveSpan;
import io.github.ogpkit.analytics.MeasureLevel;
import io.github.ogpkit.analytics.PlanAnalytics;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report pages in a real headless Chromium (Debian's chromium and chromium-driver), driven by
 * Selenium WebDriver: what a reader's browser makes of them, beyond what PlanReportTest checks on
 * the parsed HTML. A machine without the browser or its driver fails these tests; it does not
 * skip them.
 */
class PlanReportBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path PAGES = Path.of("target", "browser", "pages");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** The README's example, made from the corrected seed plan. */
  private static final String README_SCREENSHOT = "report-az-ogp-nap-2016-2018.png";
  private static final Duration WAIT = Duration.ofSeconds(10);
  /** Rendered pixels: SVG coordinates are written with one decimal. */
  private static final double EPSILON = 0.5;
  /** Rendered pixels between two edges of one day, see comparePlaces. */
  private static final double SAME_PLACE = 0.3;

  private static final PlanReport EN = PlanReport.standard();
  private static final PlanReport AZ =
      PlanReport.builder().locale(Locale.forLanguageTag("az")).build();

  private static ChromeDriverService service;
  private static ChromeDriver driver;
  private static String axe;

  @BeforeAll
  static void startChromium() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("The browser tests need Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
          + ": install the packages chromium and chromium-driver (Debian: apt-get install"
          + " chromium chromium-driver; .ci/run does so).");
    }
    Path axeFile = Path.of(System.getProperty("ogp.report.axe",
        "node_modules/axe-core/axe.min.js"));
    if (!Files.isRegularFile(axeFile)) {
      fail("axe-core is missing at " + axeFile.toAbsolutePath()
          + ": the build installs it with npm ci in ogp-report (Node.js and npm needed)");
    }
    axe = Files.readString(axeFile, StandardCharsets.UTF_8);
    Files.createDirectories(PAGES);
    Files.createDirectories(SCREENSHOTS);
    Path profile = Files.createTempDirectory(
        Files.createDirectories(Path.of("target", "browser")), "chromium-profile-");
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,900", "--force-device-scale-factor=1",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopChromium() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  static Stream<String> fixtures() {
    return OgpFixtures.ids().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theReportOfEveryFixtureOpensCleanlyWithItsBarsInPlaceAndNoSeriousAccessibilityViolation(
      String id) throws IOException {
    open(id + ".html", EN.toHtml(OgpFixtures.dataset(id), id));
    assertNothingRanOrLoaded();
    assertBarsInPlace(PlanAnalytics.of(OgpFixtures.dataset(id), id).timeline(MeasureLevel.ALL).spans());
    assertNoSeriousAccessibilityViolation();
    assertThat(severeConsoleEntries()).as("console errors of %s", id).isEmpty();
    fullPageScreenshot(SCREENSHOTS.resolve(id + ".png"));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void followingEveryFindingsLinkBringsWhatItIsAboutIntoView(String id) throws IOException {
    open(id + ".findings.html", EN.toHtml(OgpFixtures.dataset(id), id));
    Set<String> targets = new LinkedHashSet<>();
    for (WebElement link : driver.findElements(By.cssSelector("a.finding-link"))) {
      targets.add(link.getDomAttribute("href"));
    }
    for (String href : targets) {
      js().executeScript("window.scrollTo(0, 0)");
      WebElement link = driver.findElement(
          By.cssSelector("a.finding-link[href=\"" + href.replace("\"", "\\\"") + "\"]"));
      link.click();
      String target = href.substring(1);
      new WebDriverWait(driver, WAIT).withMessage(() -> id + ": " + href + " is not in view")
          .until(d -> Boolean.TRUE.equals(js().executeScript(
              "const e = document.getElementById(arguments[0]);"
                  + " const r = e.getBoundingClientRect();"
                  + " return decodeURIComponent(location.hash) === '#' + arguments[0]"
                  + " && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;",
              target)));
    }
    assertThat(severeConsoleEntries()).as("console errors of %s", id).isEmpty();
  }

  @Test
  void azerbaijaniTextRendersAsGiven() throws IOException {
    String id = OgpFixtures.AZ_OGP_NAP_2016_2018;
    Plan plan = OgpFixtures.plan(id);
    open(id + ".az.html", AZ.toHtml(OgpFixtures.dataset(id), id));
    String title = plan.title().get("az").orElseThrow();
    assertThat(driver.findElement(By.tagName("h1")).getDomProperty("textContent"))
        .isEqualTo(title);
    assertThat(driver.getTitle()).isEqualTo(title);
    for (var m : plan.allMeasures()) {
      String expected = m.title().get("az").orElseThrow();
      Object shown = js().executeScript(
          "return document.getElementById(arguments[0]).querySelector('.title').textContent",
          "m-" + m.number());
      assertThat(shown).as("measure %s", m.number()).isEqualTo(expected);
    }
    assertNothingRanOrLoaded();
    assertNoSeriousAccessibilityViolation();
    assertThat(severeConsoleEntries()).isEmpty();
    fullPageScreenshot(SCREENSHOTS.resolve(id + ".az.png"));
  }

  @Test
  void everyNaughtyStringAsAMeasureTitleShowsAsTextAndRunsNothing() throws IOException {
    List<String> titles;
    try (InputStream in = PlanReportBrowserIT.class.getResourceAsStream(
        "/corpora/blns/blns.json")) {
      titles = List.of(JsonMapper.builder().build().readValue(in, String[].class));
    }
    titles = titles.stream().filter(s -> !s.isBlank()).toList();
    assertThat(titles).hasSizeGreaterThan(400);
    Plan plan = PlanReportTest.planWithTitles(titles, List.of());
    open("blns.html", EN.toHtml(plan));
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(
        NoAlertPresentException.class);
    assertNothingRanOrLoaded();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> shown = (List<Map<String, Object>>) js().executeScript(
        "return Array.from(document.querySelectorAll('article.measure .title'),"
            + " e => ({text: e.textContent, children: e.childElementCount}))");
    assertThat(shown).hasSize(titles.size());
    for (int i = 0; i < titles.size(); i++) {
      assertThat(shown.get(i).get("text")).as("title %d", i)
          .isEqualTo(PlanReportTest.asParsed(titles.get(i)));
      assertThat(((Number) shown.get(i).get("children")).intValue()).as("title %d", i).isZero();
    }
    assertThat(severeConsoleEntries()).as("console errors").isEmpty();
    fullPageScreenshot(SCREENSHOTS.resolve("blns.png"));
  }

  @Test
  void theReadmeScreenshotIsTheCorrectedSeedPlansReport() throws IOException {
    String id = OgpFixtures.AZ_OGP_NAP_2016_2018;
    open(id + ".readme.html", EN.toHtml(OgpFixtures.dataset(id), id));
    Path png = SCREENSHOTS.resolve(README_SCREENSHOT);
    Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(png)).isBetween(10_000L, 300_000L);
    // Only on request (-Dogp.report.updateReadmeScreenshot=true): the normal run never rewrites
    // the committed file.
    if (Boolean.getBoolean("ogp.report.updateReadmeScreenshot")) {
      Path docs = Path.of(System.getProperty("ogp.report.docs", "../docs"));
      Files.copy(png, docs.resolve(README_SCREENSHOT), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static JavascriptExecutor js() {
    return driver;
  }

  /** Writes the page under target/ and opens it as a file: URL, the console log emptied. */
  private static void open(String name, String html) throws IOException {
    Path file = PAGES.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(file.toAbsolutePath().toUri().toString());
    new WebDriverWait(driver, WAIT).until(
        d -> "complete".equals(js().executeScript("return document.readyState")));
  }

  private static List<String> severeConsoleEntries() {
    List<String> severe = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        severe.add(e.getMessage());
      }
    }
    return severe;
  }

  /** No script element (the template has none), no resource loaded, no alert. */
  private static void assertNothingRanOrLoaded() {
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(
        NoAlertPresentException.class);
    assertThat(((Number) js().executeScript(
        "return document.getElementsByTagName('script').length")).intValue()).isZero();
    assertThat((List<?>) js().executeScript(
        "return performance.getEntriesByType('resource').map(e => e.name)")).isEmpty();
  }

  /**
   * One bar per dated measure, in the timeline's order, placed on the axis as its days say: its
   * left edge in its first day's year and its right edge in its last day's, a later day further
   * right and equal days at equal places.
   */
  private static void assertBarsInPlace(List<ActiveSpan> spans) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> bars = (List<Map<String, Object>>) js().executeScript(
        "return Array.from(document.querySelectorAll('svg.gantt rect.bar'), b => {"
            + " const r = b.getBoundingClientRect();"
            + " return {measure: b.dataset.measure, first: b.dataset.drawnFirst,"
            + " last: b.dataset.drawnLast, left: r.left, right: r.right, width: r.width}; })");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ticks = (List<Map<String, Object>>) js().executeScript(
        "const lines = document.querySelectorAll('svg.gantt line.tick');"
            + " const labels = document.querySelectorAll('svg.gantt text.year');"
            + " return Array.from(lines, (l, i) => ({year: Number(labels[i].textContent),"
            + " x: l.getBoundingClientRect().left}));");
    assertThat(bars).hasSize(spans.size());
    if (spans.isEmpty()) {
      return;
    }
    for (int i = 0; i < spans.size(); i++) {
      Map<String, Object> bar = bars.get(i);
      ActiveSpan span = spans.get(i);
      assertThat(bar.get("measure")).isEqualTo(span.measure().number().toString());
      assertThat(bar.get("first")).isEqualTo(span.firstDay().toString());
      assertThat(bar.get("last")).isEqualTo(span.lastDay().toString());
      assertThat(number(bar, "width")).as("bar %s", bar).isPositive();
      assertThat(number(bar, "left")).as("bar %s", bar)
          .isGreaterThanOrEqualTo(tick(ticks, span.firstDay().getYear()) - EPSILON);
      assertThat(number(bar, "right")).as("bar %s", bar)
          .isGreaterThanOrEqualTo(tick(ticks, span.lastDay().getYear()) - EPSILON);
      Double nextFirst = tickOrNull(ticks, span.firstDay().getYear() + 1);
      if (nextFirst != null) {
        assertThat(number(bar, "left")).as("bar %s", bar).isLessThanOrEqualTo(nextFirst + EPSILON);
      }
      Double nextLast = tickOrNull(ticks, span.lastDay().getYear() + 1);
      if (nextLast != null) {
        assertThat(number(bar, "right")).as("bar %s", bar)
            .isLessThanOrEqualTo(nextLast + EPSILON);
      }
    }
    for (Map<String, Object> a : bars) {
      for (Map<String, Object> b : bars) {
        comparePlaces(a, b, "first", "left");
        comparePlaces(a, b, "last", "right");
      }
    }
  }

  /**
   * Equal days at equal places; a day a month or more later clearly further right. "Equal"
   * allows for the page's coordinates: x and width are each written with one decimal, so two
   * right edges of one day may differ by a tenth of a unit (0.13 px at this window's width).
   */
  private static void comparePlaces(Map<String, Object> a, Map<String, Object> b, String day,
      String edge) {
    LocalDate da = LocalDate.parse((String) a.get(day));
    LocalDate db = LocalDate.parse((String) b.get(day));
    double xa = number(a, edge);
    double xb = number(b, edge);
    long apart = ChronoUnit.DAYS.between(da, db);
    if (apart == 0) {
      assertThat(xb).as("%s of %s and %s", edge, a, b).isCloseTo(xa,
          offset(SAME_PLACE));
    } else if (apart > 0) {
      assertThat(xb).as("%s of %s and %s", edge, a, b).isGreaterThanOrEqualTo(xa - SAME_PLACE);
      if (apart >= 31) {
        assertThat(xb).as("%s of %s and %s", edge, a, b).isGreaterThan(xa + 1);
      }
    }
  }

  private static double tick(List<Map<String, Object>> ticks, int year) {
    Double x = tickOrNull(ticks, year);
    assertThat(x).as("tick of %d in %s", year, ticks).isNotNull();
    return x;
  }

  private static Double tickOrNull(List<Map<String, Object>> ticks, int year) {
    for (Map<String, Object> t : ticks) {
      if (((Number) t.get("year")).intValue() == year) {
        return number(t, "x");
      }
    }
    return null;
  }

  private static double number(Map<String, Object> map, String key) {
    return ((Number) map.get(key)).doubleValue();
  }

  /** axe-core in the page: no violation of impact serious or critical. */
  private static void assertNoSeriousAccessibilityViolation() {
    js().executeScript(axe);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations = (List<Map<String, Object>>) js().executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + " axe.run(document, {resultTypes: ['violations']})"
            + " .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
            + " help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
            + " .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e),"
            + " nodes: []}]));");
    List<Map<String, Object>> serious = violations.stream()
        .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
        .toList();
    assertThat(serious).as("axe-core's serious and critical violations").isEmpty();
  }

  /** The whole page (up to 16,000 pixels high) as a PNG, for people to look at. */
  private static void fullPageScreenshot(Path png) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) js().executeScript(
        "return {w: document.documentElement.scrollWidth,"
            + " h: document.documentElement.scrollHeight}");
    long width = ((Number) size.get("w")).longValue();
    long height = Math.min(16_000L, ((Number) size.get("h")).longValue());
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    assertThat(png).isNotEmptyFile();
  }
}
