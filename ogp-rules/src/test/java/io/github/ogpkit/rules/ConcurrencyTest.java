package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.ogpkit.testing.generator.PlanEdits;
import io.github.ogpkit.testing.generator.SamplePlans;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One validator shared by 16 threads gives exactly the reports one thread gives. */
class ConcurrencyTest {

  private static final int THREADS = 16;

  /** Plans with different problems, so reports differ from plan to plan. */
  private static List<Plan> plans() {
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      int n = i;
      Plan plan = PlanEdits.withMeasure(SamplePlans.valid(), 0, 1, m -> m.toBuilder()
          .number("1." + (2 + n % 3)).timeFrame(n % 2 == 0 ? "2021" : "2019/2023").build());
      if (n % 4 == 0) {
        plan = PlanEdits.plusInstitution(plan, Institution.builder().id("unused-" + n)
            .name("en", "Ministry of Justice").kind(InstitutionKind.MINISTRY).build());
      }
      if (n % 5 == 0) {
        plan = plan.toBuilder().kind(PlanKind.NATIONAL_PROGRAM).country("az").build();
      }
      plans.add(plan);
    }
    return plans;
  }

  @Test
  void sixteenThreadsSharingOneValidatorGetTheSingleThreadedReports() throws Exception {
    OgpValidator validator = OgpValidator.builder().locale(Locale.forLanguageTag("az")).build();
    List<Plan> plans = plans();

    CountDownLatch start = new CountDownLatch(1);
    List<Callable<List<ValidationReport>>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t;
      tasks.add(() -> {
        start.await();
        // Each thread walks the plans from a different start, so threads differ at any time;
        // the reports are kept in the plans' order.
        ValidationReport[] reports = new ValidationReport[plans.size()];
        for (int i = 0; i < plans.size(); i++) {
          int k = (i + offset) % plans.size();
          reports[k] = validator.validate(plans.get(k));
        }
        return List.of(reports);
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<ValidationReport>>> futures = new ArrayList<>();
    try {
      for (Callable<List<ValidationReport>> task : tasks) {
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<ValidationReport> expected = plans.stream().map(validator::validate).toList();
      assertThat(expected).anyMatch(r -> !r.findings().isEmpty());
      for (Future<List<ValidationReport>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
