package io.github.ogpkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One reader and one validator, shared by 16 threads over the fixtures and synthetic plans (valid
 * and broken), give the same results as one thread, and nothing is thrown. No sleeps: the tasks
 * are started together with invokeAll and each repeats its work to overlap with the others.
 */
class SharedReaderAndValidatorConcurrencyTest {

  private static final int THREADS = 16;
  private static final int ROUNDS = 4;

  private static final PlanReader READER = PlanReader.standard();
  private static final OgpValidator VALIDATOR = OgpValidator.standard();

  /** What one document gave: the plan (or none), the reading findings and the full report. */
  record Outcome(Plan plan, ValidationReport reading, ValidationReport validated,
      ValidationReport direct) {}

  private static List<byte[]> documents() {
    List<byte[]> docs = new ArrayList<>();
    for (String id : OgpFixtures.ids()) {
      docs.add(OgpFixtures.json(id));
    }
    for (int measures : new int[] {1, 20, 150, 400}) {
      Plan plan = SyntheticPlans.builder().measures(measures).seed(measures).build();
      String json = PlanWriter.canonical().write(plan);
      docs.add(json.getBytes(StandardCharsets.UTF_8));
      // Broken variants: rule findings, reading findings, and a syntax error.
      docs.add(json.replace("\"timeFrame\": \"", "\"timeframe\": \"")
          .getBytes(StandardCharsets.UTF_8));
      docs.add(json.replaceFirst("\"number\": \"1\\.1\"", "\"number\": \"1.1.\"")
          .getBytes(StandardCharsets.UTF_8));
      docs.add(json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8));
    }
    return docs;
  }

  private static Outcome outcome(byte[] doc) {
    ReadResult r = READER.read(doc);
    Plan plan = r.plan().orElse(null);
    return new Outcome(plan, r.report(), r.validate(VALIDATOR),
        plan == null ? null : VALIDATOR.validate(plan));
  }

  @Test
  void sixteenThreadsSharingOneReaderAndOneValidatorAgreeWithOneThread()
      throws Exception {
    List<byte[]> docs = documents();
    List<Outcome> expected = docs.stream().map(SharedReaderAndValidatorConcurrencyTest::outcome)
        .toList();
    assertThat(expected).filteredOn(o -> o.plan() != null).hasSizeGreaterThan(5);
    assertThat(expected).filteredOn(o -> o.plan() == null).hasSizeGreaterThan(5);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<List<Outcome>>> tasks = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        tasks.add(() -> {
          List<Outcome> results = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            // Each thread starts at another document, so that different work overlaps.
            for (int i = 0; i < docs.size(); i++) {
              int k = (i + offset) % docs.size();
              Outcome o = outcome(docs.get(k));
              if (!o.equals(expected.get(k))) {
                results.add(o);
              }
            }
          }
          return results;
        });
      }
      List<Future<List<Outcome>>> futures = pool.invokeAll(tasks);
      for (Future<List<Outcome>> f : futures) {
        // get() rethrows anything a thread threw.
        assertThat(f.get()).as("outcomes that differ from one thread's").isEmpty();
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
  }
}
