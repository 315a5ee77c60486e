/**
 * The reader, the writer and the Jackson module behind ogp-io's public API. Not part of the
 * public API: the module does not export this package, and everything here may change without
 * notice.
 *
 * <p>Reading: {@link io.github.ogpkit.io.internal.SourceText} checks the bytes;
 * {@link io.github.ogpkit.io.internal.ReadEngine} parses them with a strictly configured Jackson
 * parser; a {@code Cursor}, a {@code ValueReader} and an {@code ObjectBinder} bind them to the
 * model as the format's one description ({@code io.github.ogpkit.model.internal.format.Format})
 * says; findings are collected in a {@code FindingList} and located by a {@code Locator} or, for
 * the few found late, a {@code LocatePass}. Writing: {@link io.github.ogpkit.io.internal.FormatWriter}
 * writes tokens in the format's order to a Jackson generator, which
 * {@link io.github.ogpkit.io.internal.CanonicalJson} lays out canonically.
 */
@NullMarked
package io.github.ogpkit.io.internal;

import org.jspecify.annotations.NullMarked;
