package io.github.ogpkit.junit6check;

import static io.github.ogpkit.testing.assertj.OgpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.testing.junit.OgpFixture;
import org.junit.jupiter.api.Test;

/** The fixtures extension and the assertions, used from a test suite that runs on JUnit 6. */
class OnJunit6Test {

  private final Plan fromConstructor;

  OnJunit6Test(@OgpFixture("az-human-rights-program-2012-2015") Plan plan) {
    this.fromConstructor = plan;
  }

  @Test
  void runsOnJunit6() {
    String version = Test.class.getPackage().getImplementationVersion();
    assertThat(version).as("junit-jupiter-api version").startsWith("6.");
  }

  @Test
  void injectsFixturesIntoMethodAndConstructorParameters(
      @OgpFixture("az-ogp-nap-2016-2018") Plan plan) {
    assertThat(plan).hasMeasureCount(59).hasMeasure("8.12.4");
    assertThat(fromConstructor).hasMeasureCount(71);
  }

  @Test
  void assertionsWorkOnReports(@OgpFixture("az-ogp-nap-2016-2018-as-published") byte[] json) {
    assertThat(PlanReader.standard().validate(json, OgpValidator.standard()))
        .hasFinding("number-duplicate", "/sections/4/measures/6/number");
  }
}
