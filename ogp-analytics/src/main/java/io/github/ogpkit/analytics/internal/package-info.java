/**
 * How the analytics walk a plan and place its time frames on days; not exported, not API.
 */
@NullMarked
package io.github.ogpkit.analytics.internal;

import org.jspecify.annotations.NullMarked;
