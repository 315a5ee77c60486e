/**
 * Validation of plans: Bean Validation structural checks and the domain rule catalog, with profiles.
 */
module io.github.ogpkit.rules {
  requires transitive io.github.ogpkit.model;
  exports io.github.ogpkit.rules;
}
