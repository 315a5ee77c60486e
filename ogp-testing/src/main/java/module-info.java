/**
 * Test support: the real plans as fixtures, AssertJ assertions and a JUnit 5 extension.
 */
module io.github.ogpkit.testing {
  requires transitive io.github.ogpkit.model;
  exports io.github.ogpkit.testing;
}
