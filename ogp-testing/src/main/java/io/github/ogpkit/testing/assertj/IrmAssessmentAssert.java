package io.github.ogpkit.testing.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.IrmProduct;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on an {@link IrmAssessment}; obtain them from
 * {@link OgpAssertions#assertThat(IrmAssessment)}. An entry is named by the number of its section
 * or measure ({@code "2"}) or by its OGP commitment id ({@code "KE0029"}); when an assessment has
 * two entries about one, the first counts.
 *
 * <pre>{@code
 * IrmAssessment results =
 *     (IrmAssessment) OgpFixtures.document("ke-ogp-nap-2020-2022-irm-results-report");
 * assertThat(results).hasProduct(IrmProduct.RESULTS_REPORT)
 *     .hasCompletion("KE0029", IrmCompletion.SUBSTANTIAL);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class IrmAssessmentAssert
    extends AbstractAssert<IrmAssessmentAssert, @Nullable IrmAssessment> {

  IrmAssessmentAssert(@Nullable IrmAssessment actual) {
    super(actual, IrmAssessmentAssert.class);
  }

  /**
   * Verifies that the assessment has an entry about a section or measure.
   *
   * @param ref the number of the section or measure, such as {@code 2}, or its OGP commitment id,
   *     such as {@code KE0029}
   * @return this assertion
   */
  public IrmAssessmentAssert hasEntryFor(String ref) {
    entry(ref, "an entry for " + ref);
    return myself;
  }

  /**
   * Verifies the completion the assessment states for a section or measure.
   *
   * @param ref the number of the section or measure, or its OGP commitment id
   * @param expected the completion
   * @return this assertion
   */
  public IrmAssessmentAssert hasCompletion(String ref, IrmCompletion expected) {
    String expecting = "completion " + expected + " for " + ref;
    Optional<IrmCompletion> completion = entry(ref, expecting).completion();
    if (!completion.equals(Optional.of(expected))) {
      failWithMessage("%s", "Expecting " + name() + " to have " + expecting + " but it states "
          + completion.map(Object::toString).orElse("none"));
    }
    return myself;
  }

  /**
   * Verifies that the assessment states that the IRM starred a section or measure.
   *
   * @param ref the number of the section or measure, or its OGP commitment id
   * @return this assertion
   */
  public IrmAssessmentAssert isStarred(String ref) {
    String expecting = ref + " starred";
    Optional<Boolean> starred = entry(ref, expecting).starred();
    if (!starred.equals(Optional.of(true))) {
      failWithMessage("%s", "Expecting " + name() + " to have " + expecting + " but it "
          + (starred.isEmpty() ? "does not say whether it is" : "says it is not"));
    }
    return myself;
  }

  /**
   * Verifies the number of entries.
   *
   * @param expected the expected count
   * @return this assertion
   */
  public IrmAssessmentAssert hasEntries(int expected) {
    isNotNull();
    if (actual.entries().size() != expected) {
      failWithMessage("%s", "Expecting " + name() + " to have " + expected
          + " entries but it has " + actual.entries().size() + ":\n  "
          + Entries.list(actual.entries()));
    }
    return myself;
  }

  /**
   * Verifies the IRM product the assessment is.
   *
   * @param expected the product
   * @return this assertion
   */
  public IrmAssessmentAssert hasProduct(IrmProduct expected) {
    isNotNull();
    if (actual.product() != expected) {
      failWithMessage("%s", "Expecting " + name() + " to be a " + expected + " but it is a "
          + actual.product());
    }
    return myself;
  }

  private Assessment entry(String ref, String expecting) {
    isNotNull();
    Optional<Assessment> found = Entries.find(actual.entries(), ref);
    if (found.isEmpty()) {
      failWithMessage("%s", "Expecting " + name() + " to have " + expecting
          + " but it has no entry for " + ref + "; its entries are:\n  "
          + Entries.list(actual.entries()));
    }
    return found.orElseThrow();
  }

  private String name() {
    return "IRM assessment " + actual.id();
  }
}
