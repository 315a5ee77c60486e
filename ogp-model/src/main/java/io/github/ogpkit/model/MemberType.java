package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Whether an OGP {@link Member} is a national government or a local one (OGP Local).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum MemberType {
  /** A national government: a country. */
  NATIONAL,
  /** A local government of OGP Local (a city, county or region); it names its jurisdiction. */
  LOCAL
}
