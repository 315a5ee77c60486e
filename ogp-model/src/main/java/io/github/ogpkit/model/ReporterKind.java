package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Who wrote a {@link ProgressReport}. Rules compare statuses only between reports of one kind: a
 * government and civil society may well disagree.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum ReporterKind {
  /** The government that adopted the plan: a self-assessment or end-of-term report. */
  GOVERNMENT,
  /** Civil society: a shadow report, a tracker kept by a non-governmental organisation. */
  CIVIL_SOCIETY,
  /** The Independent Reporting Mechanism, writing a progress report of its own. */
  IRM,
  /** Anyone else: a researcher, a journalist, a parliament. */
  OTHER
}
