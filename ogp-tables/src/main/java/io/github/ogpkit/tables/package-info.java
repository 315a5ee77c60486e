/**
 * Plans and datasets as tables, in CSV and XLSX.
 *
 * <ul>
 *   <li>{@link io.github.ogpkit.tables.PlanTables} exports a plan, or a plan of a dataset with
 *       its statuses, to the tidy layout (one table per kind of thing, for pivot tables) and
 *       imports that layout back into an equal plan.
 *   <li>{@link io.github.ogpkit.tables.PrintedPlanImporter} reads a plan drafted the way
 *       governments print it (one row per measure, in the plan's language), resolving
 *       institution names against a registry; {@link io.github.ogpkit.tables.PrintedPlanExporter}
 *       writes a plan in that layout.
 * </ul>
 *
 * <p>Every import reports each problem as a {@link io.github.ogpkit.tables.TableFinding} at its
 * cell ({@link io.github.ogpkit.tables.CellRef}, A1 notation) and goes on past it; the
 * {@link io.github.ogpkit.tables.ImportResult} holds the plan and the findings. The layouts are
 * described in docs/TABLES.md.
 */
@NullMarked
package io.github.ogpkit.tables;

import org.jspecify.annotations.NullMarked;
