/**
 * Internal: the rule engine behind {@link io.github.ogpkit.rules.OgpValidator}. Not exported; no
 * compatibility promise.
 */
@NullMarked
package io.github.ogpkit.rules.internal;

import org.jspecify.annotations.NullMarked;
