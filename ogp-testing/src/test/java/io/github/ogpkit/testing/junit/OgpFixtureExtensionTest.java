package io.github.ogpkit.testing.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.testing.OgpFixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OgpFixtureExtensionTest {

  private final Plan fromConstructor;

  OgpFixtureExtensionTest(@OgpFixture("az-human-rights-program-2012-2015") Plan plan) {
    this.fromConstructor = plan;
  }

  @Test
  void injectsPlansIntoMethodParameters(@OgpFixture("az-ogp-nap-2016-2018") Plan plan) {
    assertThat(plan).isSameAs(OgpFixtures.plan("az-ogp-nap-2016-2018"));
    assertThat(plan.allMeasures()).hasSize(59);
  }

  @Test
  void injectsPlansIntoConstructorParameters() {
    assertThat(fromConstructor.id()).isEqualTo("az-human-rights-program-2012-2015");
  }

  @Test
  void injectsCanonicalJsonBytes(@OgpFixture("az-ogp-nap-2016-2018") byte[] json) {
    assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\n  \"schemaVersion\": \"1.1\",");
  }

  @Test
  void injectsAPlansDatasetWithItsMonitoringDocuments(
      @OgpFixture("us-ogp-nap-2022-2024") Dataset dataset) {
    assertThat(dataset).isSameAs(OgpFixtures.dataset("us-ogp-nap-2022-2024"));
    assertThat(dataset.documents()).hasSize(4);
  }

  @Test
  void injectsMonitoringDocumentsAndMembers(
      @OgpFixture("ke-ogp-nap-2020-2022-irm-results-report") Document report,
      @OgpFixture("azerbaijan") Member member) {
    assertThat(report).isSameAs(OgpFixtures.document("ke-ogp-nap-2020-2022-irm-results-report"));
    assertThat(member.id()).isEqualTo("azerbaijan");
  }
}
