package io.github.ogpkit.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Turns the files a {@code run.sh} run leaves in its results folder into one markdown report:
 * JMH's JSON results ({@code jmh.json}, and {@code onecore.json} from the run pinned to one
 * core), the retained heap ({@code heap.properties}) and the start-up runs
 * ({@code startup.properties}, {@code startup.md}). Missing files are reported as not measured.
 * <p>Usage: {@code java -cp benchmarks.jar io.github.ogpkit.benchmarks.Report RESULTS_DIR OUT.md
 * [TITLE]}.
 */
public final class Report {

  private static final String PKG = "io.github.ogpkit.benchmarks.";
  private static final List<String> INPUTS = List.of(Inputs.FIXTURE, "1000", "10000", "100000");

  /** benchmark (Class.method) to input to result. */
  private final Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
  private final Map<String, Score> oneCore = new TreeMap<>();
  private final Properties heap;
  private final Properties startup;
  private final String startupTable;
  private final Properties machine;

  private record Score(double time, double error, String unit, double allocBytes) {}

  private Report(Path dir) throws IOException {
    load(dir.resolve("jmh.json"), (bench, input, s) ->
        scores.computeIfAbsent(bench, k -> new LinkedHashMap<>()).put(input, s));
    load(dir.resolve("onecore.json"), (bench, input, s) -> oneCore.put(bench + "@" + input, s));
    heap = properties(dir.resolve("heap.properties"));
    startup = properties(dir.resolve("startup.properties"));
    machine = properties(dir.resolve("machine.properties"));
    Path table = dir.resolve("startup.md");
    startupTable = Files.exists(table) ? Files.readString(table, StandardCharsets.UTF_8) : null;
  }

  private interface Sink {
    void accept(String benchmark, String input, Score score);
  }

  private static void load(Path file, Sink sink) throws IOException {
    if (!Files.exists(file) || Files.size(file) == 0) {
      return;
    }
    JsonNode results = Inputs.mapper().readTree(file.toFile());
    for (JsonNode r : results) {
      String bench = r.get("benchmark").asString().replace(PKG, "");
      String input = r.path("params").path("input").asString(Inputs.FIXTURE);
      JsonNode primary = r.get("primaryMetric");
      JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      double error = primary.path("scoreError").asDouble(Double.NaN);
      sink.accept(bench, input, new Score(primary.get("score").asDouble(), error,
          primary.get("scoreUnit").asString(), alloc.isMissingNode() ? Double.NaN
              : alloc.asDouble()));
    }
  }

  private static Properties properties(Path file) throws IOException {
    Properties p = new Properties();
    if (Files.exists(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    }
    return p;
  }

  /**
   * Writes the report.
   *
   * @param args the results folder, the markdown file to write, and an optional title
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Report report = new Report(Path.of(args[0]));
    String title = args.length > 2 ? args[2] : "ogpkit benchmarks";
    Files.writeString(Path.of(args[1]), report.markdown(title), StandardCharsets.UTF_8);
  }

  private String markdown(String title) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n");
    if (!machine.isEmpty()) {
      md.append("Machine: ").append(machine.getProperty("cpus", "?")).append(" cores (")
          .append(machine.getProperty("cpu", "?")).append("), ")
          .append(machine.getProperty("memory", "?")).append(" memory, JDK ")
          .append(machine.getProperty("jdk", "?")).append(". Mode: ")
          .append(machine.getProperty("mode", "?")).append("; JMH: ")
          .append(machine.getProperty("jmh", "?")).append(". Started ")
          .append(machine.getProperty("started", "?")).append(", load average at start ")
          .append(machine.getProperty("load", "?")).append(".\n\n");
    }
    md.append(targets());
    md.append("\n## Time per operation (JMH average time, ± 99.9% error)\n\n");
    md.append(table(false));
    md.append("\n## Allocation per operation (JMH `-prof gc`, gc.alloc.rate.norm)\n\n");
    boolean allocMeasured = scores.values().stream().flatMap(m -> m.values().stream())
        .anyMatch(x -> !Double.isNaN(x.allocBytes));
    md.append(allocMeasured ? table(true) : "Not measured in this run (the GC profiler runs in"
        + " --full only).\n");
    md.append("\n## Retained heap of a read plan\n\n");
    if (heap.isEmpty()) {
      md.append("Not measured in this run.\n");
    } else {
      md.append("Input: ").append(label(heap.getProperty("input"))).append(" measures, ")
          .append(bytes(Double.parseDouble(heap.getProperty("json.bytes"))))
          .append(" of canonical JSON; median of ").append(heap.getProperty("repetitions"))
          .append(" repetitions, collector ").append(heap.getProperty("gc")).append(".\n\n");
      md.append("| held object | retained heap | × JSON size | min - max |\n|---|---:|---:|---|\n");
      for (String subject : List.of("ogpkit.plan", "ogpkit.readResult", "jackson.tree",
          "jackson.map")) {
        String key = subject + ".retained.bytes";
        if (heap.containsKey(key)) {
          md.append("| ").append(subject).append(" | ")
              .append(bytes(Double.parseDouble(heap.getProperty(key)))).append(" | ")
              .append(heap.getProperty(subject + ".ratio")).append(" | ")
              .append(bytes(Double.parseDouble(heap.getProperty(subject + ".retained.min"))))
              .append(" - ")
              .append(bytes(Double.parseDouble(heap.getProperty(subject + ".retained.max"))))
              .append(" |\n");
        }
      }
    }
    md.append("\n## Start-up: whole process on the fixture file\n\n");
    md.append(startupTable != null ? startupTable : "Not measured in this run.\n");
    return md.toString();
  }

  private String table(boolean alloc) {
    List<String> inputs = new ArrayList<>();
    for (String input : INPUTS) {
      if (scores.values().stream().anyMatch(m -> m.containsKey(input))) {
        inputs.add(input);
      }
    }
    if (inputs.isEmpty()) {
      return "No JMH results in this run.\n";
    }
    StringBuilder md = new StringBuilder("| benchmark |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String input : inputs) {
      md.append(' ').append(label(input)).append(" |");
      rule.append("---:|");
    }
    boolean growth = inputs.contains("10000") && inputs.contains("100000");
    if (growth) {
      md.append(" 10k → 100k |");
      rule.append("---:|");
    }
    md.append('\n').append(rule).append('\n');
    for (Map.Entry<String, Map<String, Score>> e : scores.entrySet()) {
      md.append("| ").append(e.getKey()).append(" |");
      for (String input : inputs) {
        Score s = e.getValue().get(input);
        md.append(' ');
        if (s == null) {
          md.append('-');
        } else if (alloc) {
          md.append(Double.isNaN(s.allocBytes) ? "-" : bytes(s.allocBytes));
        } else {
          md.append(time(s.time)).append(Double.isNaN(s.error) ? "" : " ± " + time(s.error));
        }
        md.append(" |");
      }
      if (growth) {
        Score a = e.getValue().get("10000");
        Score b = e.getValue().get("100000");
        double ratio = a == null || b == null ? Double.NaN
            : alloc ? b.allocBytes / a.allocBytes : b.time / a.time;
        md.append(' ').append(Double.isNaN(ratio) ? "-" : fmt("%.1f", ratio)).append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }

  private String targets() {
    StringBuilder md = new StringBuilder("## Targets\n\n| target | measured | verdict |\n|---|---|---|\n");
    // Reading.
    ratioRow(md, "reading ≤ 1.3× Jackson readTree", "ReadBenchmark.ogpkitReadPlan",
        "ReadBenchmark.jacksonReadTree", 1.3, false);
    ratioRow(md, "full validation ≥ 10× faster than JSON Schema (networknt)",
        "ValidateBenchmark.jsonSchemaValidate", "ValidateBenchmark.ogpkitValidate", 10, true);
    Score rv = score("ReadValidateBenchmark.ogpkitReadValidate", "100000");
    Score pinned = oneCore.get("ReadValidateBenchmark.ogpkitReadValidate@100000");
    if (rv != null || pinned != null) {
      StringBuilder detail = new StringBuilder();
      boolean met = true;
      if (rv != null) {
        detail.append(time(rv.time)).append(" in the main run");
        met = rv.time < 1000;
      }
      if (pinned != null) {
        detail.append(detail.length() > 0 ? "; " : "").append(time(pinned.time))
            .append(" pinned to one core (taskset, -XX:ActiveProcessorCount=1)");
        met = pinned.time < 1000;
      }
      row(md, "read + validate of 100,000 measures < 1 s on one core", detail.toString(), met);
    }
    if (!heap.isEmpty()) {
      double ratio = Double.parseDouble(heap.getProperty("ogpkit.plan.ratio"));
      row(md, "retained heap of a read " + label(heap.getProperty("input"))
          + "-measure plan < 5× JSON size",
          fmt("%.2f", ratio) + "× (" + bytes(Double.parseDouble(
              heap.getProperty("ogpkit.plan.retained.bytes"))) + " for "
              + bytes(Double.parseDouble(heap.getProperty("json.bytes"))) + " of JSON; a read"
              + " result, which also keeps the text: " + heap.getProperty("ogpkit.readResult.ratio")
              + "×)",
          ratio < 5);
    }
    Score a = score("ReadValidateBenchmark.ogpkitReadValidate", "10000");
    if (a != null && rv != null) {
      double ratio = rv.time / a.time;
      StringBuilder detail = new StringBuilder(fmt("%.1f", ratio) + " for read + validate");
      for (String bench : List.of("ReadBenchmark.ogpkitReadPlan",
          "ValidateBenchmark.ogpkitValidate", "WriteBenchmark.ogpkitWrite")) {
        Score x = score(bench, "10000");
        Score y = score(bench, "100000");
        if (x != null && y != null) {
          detail.append("; ").append(fmt("%.1f", y.time / x.time)).append(" for ")
              .append(bench.substring(bench.indexOf('.') + 1));
        }
      }
      // The target belongs with the one-core figure: where the pinned run measured both sizes,
      // its ratio is shown too, and the verdict says which of the two runs met the bound.
      Score pinnedSmall = oneCore.get("ReadValidateBenchmark.ogpkitReadValidate@10000");
      if (pinned != null && pinnedSmall != null) {
        double onOne = pinned.time / pinnedSmall.time;
        detail.insert(0, fmt("%.1f", onOne) + " for read + validate pinned to one core; main run: ");
        String verdict = onOne <= 11 && ratio <= 11 ? "met"
            : onOne <= 11 ? "met on one core, **missed** in the main run"
            : ratio <= 11 ? "**missed** on one core, met in the main run" : "**missed**";
        row(md, "10k → 100k time ratio ≤ 11", detail.toString(), verdict);
      } else {
        row(md, "10k → 100k time ratio ≤ 11", detail.toString(), ratio <= 11);
      }
    }
    if (startup.containsKey("ogp.wall.median")) {
      double ogp = Double.parseDouble(startup.getProperty("ogp.wall.median"));
      if (startup.containsKey("ajv.wall.median")) {
        double ajv = Double.parseDouble(startup.getProperty("ajv.wall.median"));
        row(md, "`ogp validate` whole process no slower than ajv-cli",
            fmt("%.2f s", ogp) + " vs " + fmt("%.2f s", ajv) + " (median wall time, "
                + startup.getProperty("runs") + " runs each; " + fmt("%.2f", ogp / ajv) + "×)"
                + (startup.containsKey("ogp.noarchive.wall.median")
                    ? "; without the launcher's class-data sharing archive ogp takes "
                        + startup.getProperty("ogp.noarchive.wall.median") + " s" : ""),
            ogp <= ajv);
      } else {
        md.append("| `ogp validate` whole process no slower than ajv-cli | ogp ")
            .append(fmt("%.2f s", ogp)).append("; ajv-cli not run: ")
            .append(startup.getProperty("ajv.skipped", "unknown reason"))
            .append(" | not measured |\n");
      }
    }
    return md.toString();
  }

  private void ratioRow(StringBuilder md, String target, String numerator, String denominator,
      double bound, boolean atLeast) {
    StringBuilder detail = new StringBuilder();
    boolean met = true;
    boolean any = false;
    for (String input : INPUTS) {
      Score n = score(numerator, input);
      Score d = score(denominator, input);
      if (n == null || d == null) {
        continue;
      }
      double ratio = n.time / d.time;
      boolean ok = atLeast ? ratio >= bound : ratio <= bound;
      met &= ok;
      any = true;
      detail.append(detail.length() > 0 ? "; " : "").append(label(input)).append(": ")
          .append(fmt("%.2f", ratio)).append('×').append(ok ? "" : " (missed)");
    }
    if (any) {
      row(md, target, detail.toString(), met);
    }
  }

  private static void row(StringBuilder md, String target, String detail, boolean met) {
    row(md, target, detail, met ? "met" : "**missed**");
  }

  private static void row(StringBuilder md, String target, String detail, String verdict) {
    md.append("| ").append(target).append(" | ").append(detail).append(" | ").append(verdict)
        .append(" |\n");
  }

  private Score score(String benchmark, String input) {
    Map<String, Score> m = scores.get(benchmark);
    return m == null ? null : m.get(input);
  }

  private static String label(String input) {
    return input.equals(Inputs.FIXTURE) ? "fixture" : fmt("%,d", Long.parseLong(input));
  }

  /** Formats a time given in milliseconds. */
  private static String time(double ms) {
    if (ms >= 1000) {
      return fmt("%.3g s", ms / 1000);
    }
    if (ms >= 1) {
      return fmt("%.3g ms", ms);
    }
    return fmt("%.3g µs", ms * 1000);
  }

  private static String bytes(double b) {
    if (b >= 1 << 20) {
      return fmt("%.3g MB", b / (1 << 20));
    }
    if (b >= 1 << 10) {
      return fmt("%.3g KB", b / (1 << 10));
    }
    return fmt("%.0f B", b);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
