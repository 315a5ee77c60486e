/**
 * AssertJ assertions for plans, measures, time frames, reports and monitoring documents; start
 * from {@link io.github.ogpkit.testing.assertj.OgpAssertions}. Requires AssertJ on the class path.
 */
@NullMarked
package io.github.ogpkit.testing.assertj;

import org.jspecify.annotations.NullMarked;
