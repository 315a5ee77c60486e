/**
 * The one description of the plan format ({@link io.github.ogpkit.model.internal.format.Format}),
 * from which the reader, the writer, the order of findings and the schema test derive. Internal:
 * exported only to ogp-io, and subject to change without notice.
 */
@NullMarked
package io.github.ogpkit.model.internal.format;

import org.jspecify.annotations.NullMarked;
