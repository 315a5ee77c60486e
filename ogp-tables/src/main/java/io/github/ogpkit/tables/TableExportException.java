package io.github.ogpkit.tables;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plan that cannot be written to tables of one format, such as a text longer than a cell of a
 * workbook holds (32,767 characters). Nothing is written when it is thrown.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class TableExportException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient @Nullable CellRef cell;

  /**
   * Creates the exception.
   *
   * @param message what cannot be written and what to do, naming the section or measure; not
   *     null
   * @param cell the cell the value would have gone to, not null
   * @param cause the cause, or null
   */
  public TableExportException(String message, Optional<CellRef> cell, @Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.cell = Objects.requireNonNull(cell, "cell").orElse(null);
  }

  /**
   * The cell the value would have gone to.
   *
   * @return the cell, or empty when the problem is not one cell's
   */
  public Optional<CellRef> cell() {
    return Optional.ofNullable(cell);
  }
}
