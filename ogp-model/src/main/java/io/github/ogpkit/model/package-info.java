/**
 * The plan model: {@link io.github.ogpkit.model.Plan} and its sections, measures, institutions
 * and indicators, and the value types {@link io.github.ogpkit.model.TimeFrame},
 * {@link io.github.ogpkit.model.OutlineNumber}, {@link io.github.ogpkit.model.LocalizedText} and
 * {@link io.github.ogpkit.model.Quantity}. Beside plans, the monitoring documents that point at
 * them or describe a member ({@link io.github.ogpkit.model.ProgressReport},
 * {@link io.github.ogpkit.model.IrmAssessment}, {@link io.github.ogpkit.model.Member}), each a
 * {@link io.github.ogpkit.model.Document}, with {@link io.github.ogpkit.model.PartialDate} for
 * dates known only to the year or month, and {@link io.github.ogpkit.model.Dataset}, which
 * takes documents together and answers what they say about each measure.
 *
 * <p>Every type is immutable and null-free: absent values are {@link java.util.Optional} or empty
 * collections, and collections passed in are copied.
 */
@NullMarked
package io.github.ogpkit.model;

import org.jspecify.annotations.NullMarked;
