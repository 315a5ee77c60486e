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
  HEAD_OF_STATE_ADMINISTRATION(true, Sector.GOVERNMENT),
  /** The cabinet, such as the Cabinet of Ministers. */
  CABINET(true, Sector.GOVERNMENT),
  /** A ministry. */
  MINISTRY(true, Sector.GOVERNMENT),
  /** A state committee, such as the State Committee for Property Issues. */
  STATE_COMMITTEE(true, Sector.GOVERNMENT),
  /** A state agency, service, fund or council of the executive. */
  STATE_AGENCY(true, Sector.GOVERNMENT),
  /** An executive authority, such as the Baku City Executive Authority. */
  EXECUTIVE_AUTHORITY(true, Sector.GOVERNMENT),
  /** A state-owned company, such as Azərişıq OJSC. */
  STATE_OWNED_COMPANY(true, Sector.GOVERNMENT),
  /** A public institution: universities, schools, academies, libraries. */
  PUBLIC_INSTITUTION(true, Sector.GOVERNMENT),
  /** The central bank. */
  CENTRAL_BANK(true, Sector.GOVERNMENT),
  /** The legislature, such as the Milli Məclis. */
  LEGISLATURE(false, Sector.GOVERNMENT),
  /** A court. */
  COURT(false, Sector.GOVERNMENT),
  /** The prosecution service. */
  PROSECUTION(false, Sector.GOVERNMENT),
  /** An ombudsman, such as the Commissioner for Human Rights. */
  OMBUDSMAN(false, Sector.GOVERNMENT),
  /** A supreme audit institution, such as the Chamber of Accounts. */
  AUDIT_INSTITUTION(false, Sector.GOVERNMENT),
  /** An election commission. */
  ELECTION_COMMISSION(false, Sector.GOVERNMENT),
  /** An anti-corruption body, such as the Commission on Combating Corruption. */
  ANTI_CORRUPTION_BODY(false, Sector.GOVERNMENT),
  /** An independent regulator, such as the National Television and Radio Council. */
  REGULATOR(false, Sector.GOVERNMENT),
  /** Municipalities and their associations. */
  MUNICIPALITY(false, Sector.GOVERNMENT),
  /** A state, regional, provincial or county government. Since format 1.1. */
  @API(status = STABLE, since = "0.2")
  SUBNATIONAL_GOVERNMENT(false, Sector.GOVERNMENT),
  /** A professional body, such as the Bar Association. */
  PROFESSIONAL_BODY(false, Sector.CIVIL_SOCIETY),
  /** Civil society: NGOs, coalitions. */
  CIVIL_SOCIETY(false, Sector.CIVIL_SOCIETY),
  /**
   * Academia: universities and research bodies acting on their own account, think tanks. Since
   * format 1.1.
   */
  @API(status = STABLE, since = "0.2")
  ACADEMIA(false, Sector.CIVIL_SOCIETY),
  /** The media: outlets, journalists' associations. Since format 1.1. */
  @API(status = STABLE, since = "0.2")
  MEDIA(false, Sector.CIVIL_SOCIETY),
  /** The private sector: companies, business associations. Since format 1.1. */
  @API(status = STABLE, since = "0.2")
  PRIVATE_SECTOR(false, Sector.PRIVATE),
  /** An international organization. */
  INTERNATIONAL_ORGANIZATION(false, Sector.INTERNATIONAL),
  /** A multi-stakeholder forum: an OGP forum, a working group. Since format 1.1. */
  @API(status = STABLE, since = "0.2")
  MULTI_STAKEHOLDER_FORUM(false, Sector.MULTI_STAKEHOLDER),
  /** Anything else; treated as independent. */
  OTHER(false, Sector.OTHER);

  private final boolean directed;
  private final Sector sector;

  InstitutionKind(boolean directed, Sector sector) {
    this.directed = directed;
    this.sector = sector;
  }

  /**
   * Returns the sector bodies of this kind belong to, as format 1.1 derives it: the directed kinds
   * and the independent public bodies are {@link Sector#GOVERNMENT}; civil society, professional
   * bodies, media and academia {@link Sector#CIVIL_SOCIETY}; and so on. Not written in documents.
   *
   * @return the sector, not null
   */
  @API(status = STABLE, since = "0.2")
  public Sector sector() {
    return sector;
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
