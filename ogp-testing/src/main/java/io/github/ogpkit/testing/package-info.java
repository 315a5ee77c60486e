/**
 * Test support for code that handles plans: {@link io.github.ogpkit.testing.OgpFixtures}, the real
 * plans as fixtures, and {@link io.github.ogpkit.testing.SyntheticPlans}, valid plans of any size.
 * The assertions ({@code io.github.ogpkit.testing.assertj}) and the JUnit 5 extension
 * ({@code io.github.ogpkit.testing.junit}) need AssertJ and JUnit; this package needs neither.
 */
package io.github.ogpkit.testing;
