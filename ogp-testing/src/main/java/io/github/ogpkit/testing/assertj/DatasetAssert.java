package io.github.ogpkit.testing.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.ProgressMention;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.ReporterKind;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Dataset}; obtain them from {@link OgpAssertions#assertThat(Dataset)}.
 * They ask the dataset what its documents say, as {@link Dataset#latestStatus} answers.
 *
 * <pre>{@code
 * assertThat(OgpFixtures.dataset(OgpFixtures.US_OGP_NAP_2022_2024))
 *     .hasLatestStatus(OgpFixtures.US_OGP_NAP_2022_2024, "1.1.1", ReporterKind.GOVERNMENT,
 *         ProgressStatus.COMPLETE);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class DatasetAssert extends AbstractAssert<DatasetAssert, @Nullable Dataset> {

  DatasetAssert(@Nullable Dataset actual) {
    super(actual, DatasetAssert.class);
  }

  /**
   * Verifies the status a kind of reporter last stated for a section or measure: the status of
   * the entry {@link Dataset#latestStatus} gives for that kind, so a latest report that states no
   * status fails even if an earlier one stated it.
   *
   * @param planId the plan's id
   * @param number the number of the section or measure, such as {@code 1.1.1}
   * @param reporter the kind of reporter
   * @param expected the status
   * @return this assertion
   */
  public DatasetAssert hasLatestStatus(String planId, String number, ReporterKind reporter,
      ProgressStatus expected) {
    isNotNull();
    @Nullable ProgressMention latest =
        actual.latestStatus(planId, OutlineNumber.parse(number)).get(reporter);
    String expecting = "Expecting the latest " + reporter + " status of " + planId + " "
        + number + " to be " + expected + " but ";
    if (latest == null) {
      failWithMessage("%s", expecting + "no " + reporter + " report has an entry for it");
    } else {
      Optional<ProgressStatus> status = latest.entry().status();
      if (!status.equals(Optional.of(expected))) {
        failWithMessage("%s", expecting + latest.report().id() + " (as of "
            + latest.report().asOf() + ") states "
            + status.map(Object::toString).orElse("none"));
      }
    }
    return myself;
  }
}
