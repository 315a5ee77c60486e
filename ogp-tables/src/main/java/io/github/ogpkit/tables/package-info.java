/**
 * Plans and datasets as tables: {@link io.github.ogpkit.tables.PlanTables} exports and imports the tidy layout, {@code PrintedPlanImporter} reads the printed layout.
 */
@NullMarked
package io.github.ogpkit.tables;

import org.jspecify.annotations.NullMarked;
