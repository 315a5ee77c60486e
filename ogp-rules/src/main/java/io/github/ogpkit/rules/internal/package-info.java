/**
 * Internal: the rule engine behind {@link io.github.ogpkit.rules.OgpValidator}. Not exported; no
 * compatibility promise.
 */
package io.github.ogpkit.rules.internal;
