package io.github.ogpkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing UTF-8 JSON: ogpkit's canonical form of a plan against Jackson writing the same
 * document's tree with its default pretty printer (also two-space indentation, but no ordering
 * or normalization).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WriteBenchmark {

  /**
   * ogpkit: the canonical UTF-8 bytes.
   *
   * @param d the document
   * @param t the tools
   * @return the bytes
   */
  @Benchmark
  public byte[] ogpkitWrite(Document d, Tools t) {
    return t.writer.writeBytes(d.plan);
  }

  /**
   * Jackson: the tree, pretty-printed, as UTF-8 bytes.
   *
   * @param d the document
   * @param t the tools
   * @return the bytes
   */
  @Benchmark
  public byte[] jacksonWriteTree(Document d, Tools t) {
    return t.prettyWriter.writeValueAsBytes(d.tree);
  }
}
