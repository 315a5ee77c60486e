import io.github.ogpkit.benchmarks.MonitoringInputs;
import io.github.ogpkit.io.DocumentReader;
import io.github.ogpkit.io.DocumentWriter;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.rules.OgpValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The growth ratios of MonitoringBenchmark (issue 15) measured by turns in one JVM: the small and
 * the large input of each operation take turns in short windows, so that a busy machine's drift
 * touches both alike, and the ratio reported is the median of the rounds' ratios (with
 * quartiles). JMH stays the measure of record; this is the cross-check when its forks disagree.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar benchmarks/paired/MonitoringRatio.java [ROUNDS] [WINDOW_MS]
 * </pre>
 */
public final class MonitoringRatio {

  private static Object sink;

  private MonitoringRatio() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    long window = (args.length > 1 ? Long.parseLong(args[1]) : 300) * 1_000_000L;
    OgpValidator validator = OgpValidator.standard();
    DocumentReader reader = DocumentReader.standard();
    Dataset[] reports = new Dataset[2];
    byte[][] json = new byte[2][];
    int[] entries = {1000, 10000};
    for (int k = 0; k < 2; k++) {
      Plan plan = MonitoringInputs.plan("az-synthetic", entries[k], 15);
      ProgressReport report = MonitoringInputs.report(plan, entries[k]);
      reports[k] = Dataset.of(plan, report);
      json[k] = DocumentWriter.canonical().writeBytes(report);
    }
    Dataset small = Dataset.of(MonitoringInputs.documents(100));
    Dataset large = Dataset.of(MonitoringInputs.documents(1000));
    compare("validateReport 10,000 / 1,000 entries", rounds, window,
        () -> validator.validate(reports[0]), () -> validator.validate(reports[1]));
    compare("validateDataset 1,000 / 100 documents", rounds, window,
        () -> validator.validate(small), () -> validator.validate(large));
    compare("readReport 10,000 / 1,000 entries", rounds, window,
        () -> reader.read(json[0]), () -> reader.read(json[1]));
  }

  private static void compare(String name, int rounds, long window, Supplier<?> a,
      Supplier<?> b) {
    for (int i = 0; i < 3; i++) { // warm-up rounds
      time(a, window);
      time(b, window);
    }
    List<Double> ta = new ArrayList<>();
    List<Double> tb = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      boolean aFirst = i % 2 == 0;
      double x = aFirst ? time(a, window) : 0;
      double y = time(b, window);
      if (!aFirst) {
        x = time(a, window);
      }
      ta.add(x);
      tb.add(y);
      ratios.add(y / x);
    }
    System.out.printf(Locale.ROOT, "%-40s small %8.2f ms  large %8.2f ms  ratio %.2f (%.2f-%.2f)%n",
        name, median(ta), median(tb), median(ratios), quantile(ratios, 0.25),
        quantile(ratios, 0.75));
  }

  private static double time(Supplier<?> op, long window) {
    long start = System.nanoTime();
    int n = 0;
    do {
      sink = op.get();
      n++;
    } while (System.nanoTime() - start < window);
    return (System.nanoTime() - start) / 1e6 / n;
  }

  private static double median(List<Double> xs) {
    return quantile(xs, 0.5);
  }

  private static double quantile(List<Double> xs, double q) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get((int) Math.round(q * (s.size() - 1)));
  }
}
