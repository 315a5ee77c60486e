package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How specific and measurable the IRM found a commitment's text (reports up to 2020), from
 * the least to the most. {@link #MEDIUM} and {@link #HIGH} meet the star criteria.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum Specificity {
  /** Nothing verifiable: no deliverables or milestones can be told from the text. */
  NONE,
  /** An activity that can be read as measurable only with interpretation. */
  LOW,
  /** Objectively verifiable activities, but no clear deliverables or milestones. */
  MEDIUM,
  /** Clearly measurable and verifiable deliverables and milestones. */
  HIGH
}
