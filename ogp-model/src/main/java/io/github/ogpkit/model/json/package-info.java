/**
 * Immutable JSON values for the {@code extensions} of plans, sections, measures and institutions:
 * {@link io.github.ogpkit.model.json.JsonValue} and its six kinds, and
 * {@link io.github.ogpkit.model.json.JsonPointer}, the paths that findings point with.
 */
@NullMarked
package io.github.ogpkit.model.json;

import org.jspecify.annotations.NullMarked;
