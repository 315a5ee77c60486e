package io.github.ogpkit.tables.internal;

import io.github.ogpkit.tables.CellRef;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One cell of a {@link Grid} as the importers see it.
 *
 * @param ref the cell's address
 * @param text the cell's text: a string as written, a number in plain decimal notation
 *     ({@code 3}, {@code 1.5}), a date as {@code YYYY-MM-DD}, a boolean as {@code TRUE} or
 *     {@code FALSE}, a formula's cached result; empty for an empty cell. Not trimmed.
 * @param date the date, when the cell is a date in the workbook (a number with a date format);
 *     CSV cells never have one
 * @param mergedFrom the first cell of the merged range that covers this cell, when the cell is
 *     covered by a merge and is not its first cell; its {@code text} is then the first cell's
 */
public record GridCell(CellRef ref, String text, Optional<LocalDate> date,
    Optional<CellRef> mergedFrom) {

  /** Whether the cell holds no text (after trimming white space). */
  public boolean isBlank() {
    return text.isBlank();
  }
}
