/**
 * Runnable examples: {@link io.github.ogpkit.examples.QuickStart} (build, validate, write),
 * {@link io.github.ogpkit.examples.ReadAndValidate} (read a file, validate it, every finding
 * located), {@link io.github.ogpkit.examples.OwnJsonMapper} (a plan inside the application's own
 * JSON, with its own Jackson mapper), {@link io.github.ogpkit.examples.PlanIntakeService}
 * (validate incoming JSON, answer with the report's JSON) and
 * {@link io.github.ogpkit.examples.CustomProfile} (change rule severities). The JUnit tests that
 * use the fixtures, the assertions and the extension are {@code FixtureExampleTest} in the test
 * sources. The README shows the code between the {@code // NAME:begin} and {@code // NAME:end}
 * markers; {@code ReadmeTest} checks that it is the same.
 */
package io.github.ogpkit.examples;
