package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The sector of an institution, derived from its {@link InstitutionKind#sector() kind}: who an
 * actor of a commitment is, for questions such as "how many commitments does civil society
 * co-lead?". Not written in documents.
 */
@API(status = STABLE, since = "0.2")
public enum Sector {
  /**
   * Government: the executive's own bodies, and the independent public bodies (legislature,
   * courts, prosecution, ombudsman, audit, election commission, anti-corruption body, regulators,
   * municipalities, subnational governments).
   */
  GOVERNMENT,
  /** Civil society: organizations, professional bodies, media, academia. */
  CIVIL_SOCIETY,
  /** The private sector. */
  PRIVATE,
  /** International organizations. */
  INTERNATIONAL,
  /** Multi-stakeholder forums and working groups. */
  MULTI_STAKEHOLDER,
  /** Anything else. */
  OTHER
}
