package io.github.ogpkit.benchmarks;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.report.PlanReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 17: how long the HTML report of a synthetic plan takes to open in headless Chromium,
 * measured by {@code benchmarks/report-open.sh}, not by a test.
 *
 * <p>For each size it writes the report of the synthetic plan of that many measures
 * ({@link PlanReport#standard()}) to a file, then, in each run, starts a fresh headless Chromium
 * with the browser tests' flags, opens the file and reads, in milliseconds from the start of the
 * navigation: the end of the load event ({@code loadEventEnd} of the navigation entry), the first
 * paint and first contentful paint, and the first frame after the load event (the time of a
 * {@code requestAnimationFrame} callback after it, when the laid-out page is drawn). It also
 * prints the wall time of the driver's {@code get}, which waits for the load event. It prints each
 * run and the median of each figure.
 *
 * <p>Usage: {@code ReportOpen DIRECTORY RUNS TIMEOUT_SECONDS SIZE...}: the pages are written to
 * DIRECTORY; a page that does not load within the timeout is reported as such and the next size
 * is tried.
 */
public final class ReportOpen {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String[] FIGURES = {
    "load", "firstPaint", "firstContentfulPaint", "frameAfterLoad", "getWall"};

  private ReportOpen() {}

  /**
   * Runs the measurement.
   *
   * @param args the directory, the number of runs, the timeout in seconds and the sizes
   * @throws Exception if a page cannot be written or the browser cannot be started
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: ReportOpen DIRECTORY RUNS TIMEOUT_SECONDS SIZE...");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    int runs = Integer.parseInt(args[1]);
    Duration timeout = Duration.ofSeconds(Long.parseLong(args[2]));
    for (String size : Arrays.copyOfRange(args, 3, args.length)) {
      Path page = dir.resolve("report-" + size + ".html");
      long start = System.nanoTime();
      Plan plan = Inputs.reader().readPlan(Inputs.json(size));
      try (OutputStream out = Files.newOutputStream(page)) {
        PlanReport.standard().write(plan, out);
      }
      System.out.printf(Locale.ROOT, "%s measures: page %s, %,d bytes, written in %d ms%n",
          size, page, Files.size(page), (System.nanoTime() - start) / 1_000_000);
      List<double[]> results = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        try {
          double[] r = open(page, dir, timeout);
          results.add(r);
          System.out.printf(Locale.ROOT,
              "  run %d: load %.0f ms, first paint %.0f ms, first contentful paint %.0f ms,"
                  + " frame after load %.0f ms, driver get %.0f ms%n",
              run, r[0], r[1], r[2], r[3], r[4]);
        } catch (RuntimeException e) {
          System.out.printf(Locale.ROOT, "  run %d: failed after the timeout of %d s or earlier: %s%n",
              run, timeout.toSeconds(), e.toString().lines().findFirst().orElse(""));
          break;
        }
      }
      if (!results.isEmpty()) {
        StringBuilder line = new StringBuilder("  median of " + results.size() + ":");
        for (int f = 0; f < FIGURES.length; f++) {
          final int i = f;
          double[] values = results.stream().mapToDouble(r -> r[i]).sorted().toArray();
          line.append(String.format(Locale.ROOT, " %s %.0f ms", FIGURES[f], median(values)));
        }
        System.out.println(line);
      }
    }
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double[] open(Path page, Path dir, Duration timeout) throws IOException {
    Path profile = Files.createTempDirectory(dir, "chromium-profile-");
    ChromeDriverService service = new ChromeDriverService.Builder()
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
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.manage().timeouts().pageLoadTimeout(timeout);
      driver.manage().timeouts().scriptTimeout(timeout);
      String url = page.toAbsolutePath().toUri().toString();
      long start = System.nanoTime();
      driver.get(url);
      double wall = (System.nanoTime() - start) / 1e6;
      JavascriptExecutor js = driver;
      Object frame = js.executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "requestAnimationFrame(() => done(performance.now()));");
      @SuppressWarnings("unchecked")
      Map<String, Object> t = (Map<String, Object>) js.executeScript(
          "const n = performance.getEntriesByType('navigation')[0];"
              + "const p = name => { const e = performance.getEntriesByName(name)[0];"
              + " return e ? e.startTime : -1; };"
              + "return {load: n.loadEventEnd, fp: p('first-paint'),"
              + " fcp: p('first-contentful-paint')};");
      return new double[] {
        number(t.get("load")), number(t.get("fp")), number(t.get("fcp")), number(frame), wall};
    } finally {
      driver.quit();
      service.stop();
      deleteQuietly(profile);
    }
  }

  private static double number(Object o) {
    return ((Number) o).doubleValue();
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // a profile left behind in the output directory does no harm
    }
  }
}
