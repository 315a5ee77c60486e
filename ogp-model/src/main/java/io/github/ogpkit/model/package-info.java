/**
 * The plan model: {@link io.github.ogpkit.model.Plan} and its sections, measures, institutions
 * and indicators, and the value types {@link io.github.ogpkit.model.TimeFrame},
 * {@link io.github.ogpkit.model.OutlineNumber}, {@link io.github.ogpkit.model.LocalizedText} and
 * {@link io.github.ogpkit.model.Quantity}.
 *
 * <p>Every type is immutable and null-free: absent values are {@link java.util.Optional} or empty
 * collections, and collections passed in are copied.
 */
@NullMarked
package io.github.ogpkit.model;

import org.jspecify.annotations.NullMarked;
