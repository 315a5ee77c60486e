/**
 * Internal routines the ogpkit modules share: the one escaping of values in messages
 * ({@link io.github.ogpkit.model.internal.Excerpt}), the one edit distance of suggestions
 * ({@link io.github.ogpkit.model.internal.EditDistance}) and the one check of kebab-case names
 * ({@link io.github.ogpkit.model.internal.KebabCase}). Not part of the public API: exported only
 * to ogp-io, ogp-rules and ogp-cli, and subject to change without notice.
 */
@NullMarked
package io.github.ogpkit.model.internal;

import org.jspecify.annotations.NullMarked;
