/**
 * Internal: the reading of sheets into {@link io.github.ogpkit.tables.internal.Grid}s and the
 * tables' writers and binders. Not exported; nothing here is API.
 */
@NullMarked
package io.github.ogpkit.tables.internal;

import org.jspecify.annotations.NullMarked;
