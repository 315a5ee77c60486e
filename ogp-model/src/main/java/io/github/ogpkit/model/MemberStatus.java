package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A member's standing in OGP, as the Steering Committee sets it (a {@link StatusChange}) or
 * confirms it (a {@link Decision}).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum MemberStatus {
  /** Taking part in OGP as usual. */
  ACTIVE,
  /** Under procedural review: it acted contrary to OGP's process (such as a late plan). */
  UNDER_PROCEDURAL_REVIEW,
  /** Made inactive by the Steering Committee, such as after a procedural review. */
  INACTIVE,
  /** Suspended from OGP under a Steering Committee resolution. */
  SUSPENDED,
  /** No longer a member: it left OGP. */
  WITHDRAWN
}
