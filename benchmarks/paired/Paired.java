import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Compares two builds of ogpkit on one operation, paired, in one JVM: the benchmarks jar of each
 * build is loaded in a class loader of its own, and the two take turns in short windows, so that
 * the machine's drift (this virtual machine's speed changes by 1.5-2x within minutes) touches
 * both alike. It reports each side's median time per operation and the median of the ratios of
 * the pairs. JMH stays the measure of record (docs/PERFORMANCE.md); this answers "is B slower
 * than A" when forks of JMH disagree by more than the difference sought.
 *
 * <pre>
 * java benchmarks/paired/Paired.java A.jar B.jar INPUT read|write|validate [ROUNDS] [WINDOW_MS]
 * java benchmarks/paired/Paired.java --alternate A.jar B.jar INPUT read|write|validate [PAIRS]
 * </pre>
 *
 * <p>With {@code --alternate} the two take turns at every single operation instead of in windows
 * (A then B, then B then A, ...), and each operation is timed by the wall clock and by the
 * thread's CPU time; it reports the median of the pairs' ratios of each. Pairs of single
 * operations a few milliseconds apart share the machine's state more closely than windows do,
 * which matters on this virtual machine, whose speed drifts within seconds. The same jar against
 * itself gives ratios within about 2% of 1 from one JVM to the next (each class loader's code is
 * compiled on its own): a difference smaller than that needs several JVMs to show.
 *
 * INPUT is {@code fixture} or a number of measures, as for the JMH benchmarks, or the path of a
 * plan file, which both sides then read (the same bytes, when the builds bundle different
 * editions of the fixture); each jar is a
 * {@code benchmarks/target/benchmarks.jar}. Run it on a quiet machine, with the same JVM flags
 * for both sides by construction.
 */
public final class Paired {

  private interface Op {
    Object run() throws Exception;
  }

  private static Object sink;

  private Paired() {}

  private static Op op(String jar, String input, String what) throws Exception {
    ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Class<?> inputs = loader.loadClass("io.github.ogpkit.benchmarks.Inputs");
    byte[] json = Files.isRegularFile(Path.of(input)) ? Files.readAllBytes(Path.of(input))
        : (byte[]) inputs.getMethod("json", String.class).invoke(null, input);
    Object reader = inputs.getMethod("reader").invoke(null);
    Method read = reader.getClass().getMethod("readPlan", byte[].class);
    switch (what) {
      case "read":
        return () -> read.invoke(reader, (Object) json);
      case "write":
        Object plan = read.invoke(reader, (Object) json);
        Class<?> planWriter = loader.loadClass("io.github.ogpkit.io.PlanWriter");
        Object writer = planWriter.getMethod("canonical").invoke(null);
        Method write = planWriter.getMethod("writeBytes",
            loader.loadClass("io.github.ogpkit.model.Plan"));
        return () -> write.invoke(writer, plan);
      case "validate":
        // The service path after reading: the rules on the plan the reader checked.
        Object result = reader.getClass().getMethod("read", byte[].class)
            .invoke(reader, (Object) json);
        Object checked = ((java.util.Optional<?>) result.getClass().getMethod("checkedPlan")
            .invoke(result)).orElseThrow();
        Class<?> validatorClass = loader.loadClass("io.github.ogpkit.rules.OgpValidator");
        Object validator = validatorClass.getMethod("standard").invoke(null);
        Method validate = validatorClass.getMethod("validate",
            loader.loadClass("io.github.ogpkit.model.report.CheckedPlan"));
        return () -> validate.invoke(validator, checked);
      default:
        throw new IllegalArgumentException("read, write or validate, not " + what);
    }
  }

  /** Runs an operation for a while; returns microseconds per operation. */
  private static double perOp(Op op, long nanos) throws Exception {
    long start = System.nanoTime();
    long end = start + nanos;
    long n = 0;
    long now;
    do {
      sink = op.run();
      n++;
    } while ((now = System.nanoTime()) < end);
    return (now - start) / (double) n / 1000.0;
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--alternate")) {
      alternate(java.util.Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length < 4) {
      System.err.println("usage: java Paired.java A.jar B.jar INPUT read|write|validate [ROUNDS] "
          + "[WINDOW_MS]");
      System.exit(2);
    }
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 100;
    long window = (args.length > 5 ? Long.parseLong(args[5]) : 300) * 1_000_000L;
    Op a = op(args[0], args[2], args[3]);
    Op b = op(args[1], args[2], args[3]);
    for (int i = 0; i < 10; i++) {
      perOp(a, 1_000_000_000L);
      perOp(b, 1_000_000_000L);
    }
    List<Double> as = new ArrayList<>();
    List<Double> bs = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      double x;
      double y;
      // Each side goes first in every other round.
      if (i % 2 == 0) {
        x = perOp(a, window);
        y = perOp(b, window);
      } else {
        y = perOp(b, window);
        x = perOp(a, window);
      }
      as.add(x);
      bs.add(y);
      ratios.add(y / x);
    }
    Collections.sort(as);
    Collections.sort(bs);
    Collections.sort(ratios);
    System.out.printf(Locale.ROOT, "%s %s: A median %.1f us/op (best %.1f), B median %.1f us/op "
        + "(best %.1f), B/A median %.3f (quartiles %.3f, %.3f; %d pairs)%n", args[3], args[2],
        as.get(rounds / 2), as.get(0), bs.get(rounds / 2), bs.get(0), ratios.get(rounds / 2),
        ratios.get(rounds / 4), ratios.get(3 * rounds / 4), rounds);
  }

  /** Single operations in turns: the {@code --alternate} mode. */
  private static void alternate(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: java Paired.java --alternate A.jar B.jar INPUT "
          + "read|write|validate [PAIRS]");
      System.exit(2);
    }
    int pairs = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
    Op a = op(args[0], args[2], args[3]);
    Op b = op(args[1], args[2], args[3]);
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 10; i++) {
      perOp(a, 1_000_000_000L);
      perOp(b, 1_000_000_000L);
    }
    double[] wall = new double[pairs];
    double[] cpu = new double[pairs];
    double[] as = new double[pairs];
    double[] bs = new double[pairs];
    for (int i = 0; i < pairs; i++) {
      Op first = i % 2 == 0 ? a : b;
      Op second = i % 2 == 0 ? b : a;
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      sink = first.run();
      long c1 = threads.getCurrentThreadCpuTime();
      long t1 = System.nanoTime();
      sink = second.run();
      long c2 = threads.getCurrentThreadCpuTime();
      long t2 = System.nanoTime();
      boolean aFirst = first == a;
      double wallA = aFirst ? t1 - t0 : t2 - t1;
      double wallB = aFirst ? t2 - t1 : t1 - t0;
      double cpuA = aFirst ? c1 - c0 : c2 - c1;
      double cpuB = aFirst ? c2 - c1 : c1 - c0;
      wall[i] = wallB / wallA;
      cpu[i] = cpuB / cpuA;
      as[i] = wallA / 1000.0;
      bs[i] = wallB / 1000.0;
    }
    java.util.Arrays.sort(wall);
    java.util.Arrays.sort(cpu);
    java.util.Arrays.sort(as);
    java.util.Arrays.sort(bs);
    System.out.printf(Locale.ROOT, "%s %s, alternate: A median %.1f us/op, B median %.1f us/op; "
        + "B/A wall median %.3f (quartiles %.3f, %.3f), CPU time median %.3f (quartiles %.3f, "
        + "%.3f); %d pairs%n", args[3], args[2], as[pairs / 2], bs[pairs / 2], wall[pairs / 2],
        wall[pairs / 4], wall[3 * pairs / 4], cpu[pairs / 2], cpu[pairs / 4], cpu[3 * pairs / 4],
        pairs);
  }
}
