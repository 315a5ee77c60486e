package io.github.ogpkit.benchmarks;

import io.github.ogpkit.io.PlanReader;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Measures the heap a read plan keeps alive, against the size of its JSON: the used heap after
 * full collections while the result is held, minus the used heap before it was made, the median
 * of several repetitions. Run it with a stop-the-world collector whose {@code System.gc()} is a
 * full, compacting collection ({@code -XX:+UseSerialGC}) so that "used after GC" is the live set.
 * <p>Usage: {@code java -XX:+UseSerialGC -cp benchmarks.jar io.github.ogpkit.benchmarks.RetainedHeap
 * [measures [repetitions [out.properties]]]}; prints the figures and writes them as properties.
 */
public final class RetainedHeap {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private RetainedHeap() {}

  /**
   * Runs the measurement.
   *
   * @param args measures (default 100000), repetitions (default 5), and the properties file to
   *     write (optional)
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    String input = args.length > 0 ? args[0] : "100000";
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    byte[] json = Inputs.json(input);
    PlanReader reader = Inputs.reader();
    Map<String, Function<byte[], Object>> subjects = new LinkedHashMap<>();
    subjects.put("ogpkit.plan", reader::readPlan);
    // The read result also keeps its own copy of the text, to locate findings in it later.
    subjects.put("ogpkit.readResult", reader::read);
    subjects.put("jackson.tree", Inputs.mapper()::readTree);
    subjects.put("jackson.map", bytes -> Inputs.mapper().readValue(bytes, Map.class));

    Map<String, String> out = new LinkedHashMap<>();
    out.put("input", input);
    out.put("json.bytes", Long.toString(json.length));
    out.put("repetitions", Integer.toString(repetitions));
    out.put("gc", ManagementFactory.getGarbageCollectorMXBeans().get(0).getName());
    for (Map.Entry<String, Function<byte[], Object>> subject : subjects.entrySet()) {
      // One untimed round first, so that classes loaded on first use are not counted.
      subject.getValue().apply(json);
      long[] retained = new long[repetitions];
      for (int i = 0; i < repetitions; i++) {
        retained[i] = retainedOnce(subject.getValue(), json);
      }
      Arrays.sort(retained);
      long median = retained[repetitions / 2];
      out.put(subject.getKey() + ".retained.bytes", Long.toString(median));
      out.put(subject.getKey() + ".retained.min", Long.toString(retained[0]));
      out.put(subject.getKey() + ".retained.max", Long.toString(retained[repetitions - 1]));
      out.put(subject.getKey() + ".ratio",
          String.format(java.util.Locale.ROOT, "%.2f", (double) median / json.length));
    }
    Reference.reachabilityFence(json);

    StringBuilder text = new StringBuilder();
    out.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    System.out.print(text);
    if (args.length > 2) {
      try (Writer w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
        w.write(text.toString());
      }
    }
  }

  /**
   * One measurement, in a frame of its own: a local of the caller would keep the previous
   * repetition's result alive while "before" is measured.
   */
  private static long retainedOnce(Function<byte[], Object> read, byte[] json) {
    long before = usedAfterGc();
    Object held = read.apply(json);
    long after = usedAfterGc();
    Reference.reachabilityFence(held);
    return after - before;
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    // Repeated until it stops shrinking: finalization and reference processing can free more.
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = MEMORY.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
