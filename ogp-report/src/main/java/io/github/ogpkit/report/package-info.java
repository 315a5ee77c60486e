/**
 * HTML reports of plans and datasets; {@link io.github.ogpkit.report.PlanReport} is the entry
 * point.
 */
@NullMarked
package io.github.ogpkit.report;

import org.jspecify.annotations.NullMarked;
