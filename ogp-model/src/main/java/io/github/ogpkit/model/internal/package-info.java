/**
 * Internal hand-offs and shared routines of the ogpkit modules: which plans the reader checked
 * ({@link io.github.ogpkit.model.internal.CheckedPlans}), the one escaping of values in messages
 * ({@link io.github.ogpkit.model.internal.Excerpt}) and the one edit distance of suggestions
 * ({@link io.github.ogpkit.model.internal.EditDistance}). Not part of the public API: exported
 * only to ogp-io, ogp-rules and ogp-cli, and subject to change without notice.
 */
package io.github.ogpkit.model.internal;
