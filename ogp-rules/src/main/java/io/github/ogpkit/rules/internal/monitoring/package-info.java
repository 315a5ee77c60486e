/**
 * Internal: the monitoring rules of MONITORING.md, one class each, named after the rule's id, and
 * the walk over a dataset that runs them. Not exported.
 */
@NullMarked
package io.github.ogpkit.rules.internal.monitoring;

import org.jspecify.annotations.NullMarked;
