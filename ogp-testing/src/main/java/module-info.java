/**
 * Test support: the real plans as fixtures, generated plans and a runner of property tests,
 * AssertJ assertions and a JUnit 5 extension. AssertJ and JUnit are optional
 * ({@code requires static}): a consumer that only loads fixtures or generates plans needs
 * neither.
 */
module io.github.ogpkit.testing {
  requires transitive io.github.ogpkit.model;
  requires io.github.ogpkit.io;
  requires static org.assertj.core;
  requires static org.junit.jupiter.api;
  // Annotations only: nullness (JSpecify) and API status (apiguardian). Not needed at run
  // time; transitive, so that a consumer's compiler and tools read them, as JUnit's modules do.
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;

  exports io.github.ogpkit.testing;
  exports io.github.ogpkit.testing.assertj;
  exports io.github.ogpkit.testing.generator;
  exports io.github.ogpkit.testing.junit;
}
