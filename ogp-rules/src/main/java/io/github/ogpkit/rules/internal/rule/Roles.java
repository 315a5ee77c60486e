package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Role;
import io.github.ogpkit.rules.internal.Walk;

/** The localized names of roles, for messages. */
final class Roles {
  private Roles() {}

  static String name(Walk w, Role role) {
    return w.messages().text("role." + role.name());
  }
}
