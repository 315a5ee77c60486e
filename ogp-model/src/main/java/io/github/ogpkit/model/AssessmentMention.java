package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An IRM assessment's entry about a section or measure, with the assessment: which product
 * ({@code assessment().product()}) and when it was published.
 *
 * @param assessment the IRM assessment, not null
 * @param entry the entry of the assessment, not null
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AssessmentMention(IrmAssessment assessment, Assessment entry) implements Mention {

  /**
   * Creates a mention.
   *
   * @param assessment the IRM assessment, not null
   * @param entry the entry, not null
   */
  public AssessmentMention {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(entry, "entry");
  }

  /**
   * Returns the IRM assessment.
   *
   * @return the assessment, not null
   */
  @Override
  public Document document() {
    return assessment;
  }

  /**
   * Returns the first day of the assessment's {@code published}.
   *
   * @return the day, not null
   */
  @Override
  public LocalDate firstDay() {
    return assessment.published().firstDay();
  }
}
