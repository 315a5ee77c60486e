/**
 * Internal routines the ogpkit modules share: the one escaping of values in messages
 * ({@link io.github.ogpkit.model.internal.Excerpt}), the one edit distance of suggestions
 * ({@link io.github.ogpkit.model.internal.EditDistance}), the one check of kebab-case names
 * ({@link io.github.ogpkit.model.internal.KebabCase}) and the one loading of message bundles
 * ({@link io.github.ogpkit.model.internal.MessageBundles}). Not part of the public API: exported
 * only to ogp-io, ogp-rules, ogp-cli, ogp-tables and ogp-analytics, and subject to change without
 * notice.
 */
@NullMarked
package io.github.ogpkit.model.internal;

import org.jspecify.annotations.NullMarked;
