/**
 * AssertJ assertions for plans, measures, time frames and reports; start from
 * {@link io.github.ogpkit.testing.assertj.OgpAssertions}. Requires AssertJ on the class path.
 */
package io.github.ogpkit.testing.assertj;
