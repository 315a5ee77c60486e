package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What kind of document a plan is; it selects the default rule profile.
 */
@API(status = STABLE, since = "0.1")
public enum PlanKind {
  /** An Open Government Partnership national action plan; profile {@code ogp-action-plan}. */
  OGP_ACTION_PLAN("ogp-action-plan"),
  /** A national program of measures, such as a human rights program; profile {@code national-program}. */
  NATIONAL_PROGRAM("national-program"),
  /**
   * The action plan of an OGP Local member (a city, county or region); profile
   * {@code ogp-action-plan}. Its plan names the {@link Plan#jurisdiction()}. Since format 1.1.
   */
  @API(status = STABLE, since = "0.2")
  OGP_LOCAL_ACTION_PLAN("ogp-action-plan");

  private final String defaultProfile;

  PlanKind(String defaultProfile) {
    this.defaultProfile = defaultProfile;
  }

  /**
   * Returns the id of the rule profile that validates plans of this kind by default.
   *
   * @return the profile id, not null
   */
  public String defaultProfile() {
    return defaultProfile;
  }
}
