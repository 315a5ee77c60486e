/**
 * Test support for code that handles plans: {@link io.github.ogpkit.testing.OgpFixtures}, the real
 * plans as fixtures, and {@link io.github.ogpkit.testing.SyntheticPlans}, valid plans of any size.
 * Generated plans of every kind and a runner of property tests are in
 * {@code io.github.ogpkit.testing.generator}. The assertions
 * ({@code io.github.ogpkit.testing.assertj}) and the JUnit 5 extension
 * ({@code io.github.ogpkit.testing.junit}) need AssertJ and JUnit; this package and the generator
 * package need neither.
 */
@NullMarked
package io.github.ogpkit.testing;

import org.jspecify.annotations.NullMarked;
