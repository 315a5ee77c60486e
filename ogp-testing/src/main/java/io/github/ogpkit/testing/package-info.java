/**
 * Test support: the real plans as fixtures, AssertJ assertions and a JUnit 5 extension.
 */
package io.github.ogpkit.testing;
