/**
 * Runnable examples: {@link io.github.ogpkit.examples.QuickStart} (build, validate, write),
 * {@link io.github.ogpkit.examples.PlanIntakeService} (validate incoming JSON, answer with the
 * report's JSON) and {@link io.github.ogpkit.examples.CustomProfile} (change rule severities).
 * The fixture-based JUnit test is {@code FixtureTestExample} in the test sources.
 */
package io.github.ogpkit.examples;
