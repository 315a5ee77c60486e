package io.github.ogpkit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.testing.OgpFixtures;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TidyRoundTripTest {

  static Stream<String> fixtures() {
    return OgpFixtures.ids().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureComesBackEqualThroughCsv(String id) {
    roundTrip(OgpFixtures.plan(id), Plans::throughCsv);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureComesBackEqualThroughXlsx(String id) {
    roundTrip(OgpFixtures.plan(id), Plans::throughXlsx);
  }

  private static void roundTrip(Plan plan, Function<Plan, ImportResult> through) {
    ImportResult result = through.apply(plan);
    assertThat(result.findings()).allMatch(f -> f.severity() == Severity.INFO,
        "only notes");
    assertThat(result.plan()).hasValue(Plans.withoutExtensions(plan));
  }
}
