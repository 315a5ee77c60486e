package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Which report of the Independent Reporting Mechanism an {@link IrmAssessment} transcribes. The
 * first three are the products up to 2020, the last two those since (the IRM Refresh); each
 * assesses different fields (rule {@code field-not-in-product}).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum IrmProduct {
  /** The design report, written early in a plan: how its commitments were designed. */
  DESIGN_REPORT,
  /** The mid-term progress report (up to 2020). */
  PROGRESS_REPORT,
  /** The end-of-term report: completion and "did it open government?" (up to 2020). */
  END_OF_TERM_REPORT,
  /** The action plan review, at the start of a plan: which commitments are promising. */
  ACTION_PLAN_REVIEW,
  /** The results report, at the end of a plan: completion and early results. */
  RESULTS_REPORT
}
