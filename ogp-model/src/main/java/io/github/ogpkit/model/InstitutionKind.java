package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The kind of an institution, and whether an act of the executive can direct such a body
 * ({@link #isDirected()}) or only recommend that it act ({@link #isIndependent()}).
 */
@API(status = STABLE, since = "0.1")
public enum InstitutionKind {
  /** The administration of the head of state, such as the Administration of the President. */
  HEAD_OF_STATE_ADMINISTRATION(true),
  /** The cabinet, such as the Cabinet of Ministers. */
  CABINET(true),
  /** A ministry. */
  MINISTRY(true),
  /** A state committee, such as the State Committee for Property Issues. */
  STATE_COMMITTEE(true),
  /** A state agency, service, fund or council of the executive. */
  STATE_AGENCY(true),
  /** An executive authority, such as the Baku City Executive Authority. */
  EXECUTIVE_AUTHORITY(true),
  /** A state-owned company, such as Azərişıq OJSC. */
  STATE_OWNED_COMPANY(true),
  /** A public institution: universities, schools, academies, libraries. */
  PUBLIC_INSTITUTION(true),
  /** The central bank. */
  CENTRAL_BANK(true),
  /** The legislature, such as the Milli Məclis. */
  LEGISLATURE(false),
  /** A court. */
  COURT(false),
  /** The prosecution service. */
  PROSECUTION(false),
  /** An ombudsman, such as the Commissioner for Human Rights. */
  OMBUDSMAN(false),
  /** A supreme audit institution, such as the Chamber of Accounts. */
  AUDIT_INSTITUTION(false),
  /** An election commission. */
  ELECTION_COMMISSION(false),
  /** An anti-corruption body, such as the Commission on Combating Corruption. */
  ANTI_CORRUPTION_BODY(false),
  /** An independent regulator, such as the National Television and Radio Council. */
  REGULATOR(false),
  /** Municipalities and their associations. */
  MUNICIPALITY(false),
  /** A professional body, such as the Bar Association. */
  PROFESSIONAL_BODY(false),
  /** Civil society: NGOs, coalitions. */
  CIVIL_SOCIETY(false),
  /** An international organization. */
  INTERNATIONAL_ORGANIZATION(false),
  /** Anything else; treated as independent. */
  OTHER(false);

  private final boolean directed;

  InstitutionKind(boolean directed) {
    this.directed = directed;
  }

  /**
   * Tells whether an act of the executive can direct bodies of this kind.
   *
   * @return true for the executive's own bodies
   */
  public boolean isDirected() {
    return directed;
  }

  /**
   * Tells whether bodies of this kind can only be recommended to act.
   *
   * @return true for bodies outside the executive, and {@link #OTHER}
   */
  public boolean isIndependent() {
    return !directed;
  }
}
