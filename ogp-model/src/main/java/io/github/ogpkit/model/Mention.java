package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * One entry about a section or measure, with the document that holds it: an item of a measure's
 * history in a {@link Dataset}. A {@link ProgressMention} or an {@link AssessmentMention}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface Mention permits ProgressMention, AssessmentMention {

  /**
   * Returns the document that holds the entry.
   *
   * @return the progress report or IRM assessment, not null
   */
  Document document();

  /**
   * Returns the entry.
   *
   * @return the entry, not null
   */
  MeasureEntry entry();

  /**
   * Returns the first day the mention speaks of: a progress report's {@code asOf}, the first day
   * of an IRM assessment's {@code published}. Histories are in the order of this day.
   *
   * @return the day, not null
   */
  LocalDate firstDay();
}
