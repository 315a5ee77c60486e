/**
 * Test data for plans, and a small runner of property tests on it, with nothing but ogp-model
 * and the JDK: ogp-model's, ogp-io's and ogp-rules' own tests use it too.
 *
 * <ul>
 *   <li>{@link io.github.ogpkit.testing.generator.PlanGenerator}: valid plans of any size from a
 *       seed, and plans that use every part of the format with hostile values;</li>
 *   <li>{@link io.github.ogpkit.testing.generator.Values} and
 *       {@link io.github.ogpkit.testing.generator.Texts}: the value types, extension values and
 *       strings that plans are made of;</li>
 *   <li>{@link io.github.ogpkit.testing.generator.SamplePlans} and
 *       {@link io.github.ogpkit.testing.generator.PlanEdits}: small fixed plans, and copies with
 *       one part changed;</li>
 *   <li>{@link io.github.ogpkit.testing.generator.Property}: checks a property on generated
 *       values from fixed seeds, and reports a failure's seed and the smallest failing value it
 *       finds.</li>
 * </ul>
 *
 * <pre>{@code
 * @Test
 * void everyValidPlanIsAccepted() {
 *   Property.forAll(PlanGenerator.validPlans()).tries(500)
 *       .check(plan -> assertThat(service.accept(plan)).isTrue());
 * }
 * }</pre>
 *
 * <p>Every generator takes its choices from a {@link io.github.ogpkit.testing.generator.Source}:
 * the same seed and size always give the same value. Nothing here needs JUnit or AssertJ; a
 * failing property throws an {@link java.lang.AssertionError}, which every test framework
 * reports.
 */
@NullMarked
package io.github.ogpkit.testing.generator;

import org.jspecify.annotations.NullMarked;
