/**
 * Queries on plans and datasets; {@link io.github.ogpkit.analytics.PlanAnalytics} is the entry point.
 */
@NullMarked
package io.github.ogpkit.analytics;

import org.jspecify.annotations.NullMarked;
