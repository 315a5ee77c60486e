/**
 * A JUnit 5 extension that injects fixture plans: {@link io.github.ogpkit.testing.junit.OgpFixture}.
 * Requires JUnit Jupiter on the class path.
 */
@NullMarked
package io.github.ogpkit.testing.junit;

import org.jspecify.annotations.NullMarked;
