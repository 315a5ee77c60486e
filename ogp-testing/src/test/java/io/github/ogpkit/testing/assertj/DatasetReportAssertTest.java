package io.github.ogpkit.testing.assertj;

import static io.github.ogpkit.testing.assertj.OgpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.report.DatasetReport;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.testing.OgpFixtures;
import org.junit.jupiter.api.Test;

class DatasetReportAssertTest {

  private static DatasetReport validate(Dataset dataset) {
    return OgpValidator.standard().validate(dataset);
  }

  @Test
  void passingAssertionsChainIntoADocumentsReport() {
    DatasetReport reports = validate(OgpFixtures.dataset(OgpFixtures.AZ_OGP_NAP_2016_2018));
    assertThat(reports).hasNoErrors().reportFor(OgpFixtures.AZERBAIJAN)
        .hasFinding("plan-while-not-active", "/actionPlans/1/period", Severity.INFO)
        .hasCount(Severity.INFO, 3);
  }

  @Test
  void errorsAreListedUnderTheirDocument() {
    DatasetReport reports =
        validate(OgpFixtures.dataset(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED));
    assertThatThrownBy(() -> assertThat(reports).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("plan az-ogp-nap-2016-2018-as-published: 37 errors")
        .hasMessageContaining("number-duplicate");
  }

  @Test
  void reportForNeedsExactlyOneDocumentWithTheId() {
    DatasetReport reports = validate(OgpFixtures.dataset(OgpFixtures.US_OGP_NAP_2022_2024));
    assertThatThrownBy(() -> assertThat(reports).reportFor("nope"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("one document with id \"nope\" but found 0")
        .hasMessageContaining("irm-assessment us-ogp-nap-2022-2024-irm-action-plan-review");
  }
}
