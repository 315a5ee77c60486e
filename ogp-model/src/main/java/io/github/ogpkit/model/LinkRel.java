package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a {@link Link} points at. */
@API(status = STABLE, since = "0.2")
public enum LinkRel {
  /** The published document this data was taken from. */
  SOURCE,
  /** OGP's own page about the plan or commitment. */
  OGP_PAGE,
  /** A report of OGP's Independent Reporting Mechanism. */
  IRM_REPORT,
  /** The government's self-assessment report. */
  SELF_ASSESSMENT,
  /** A national tracker's page. */
  TRACKER,
  /** Evidence of implementation: a law, a portal, a published dataset. */
  EVIDENCE,
  /** Anything else. */
  OTHER
}
