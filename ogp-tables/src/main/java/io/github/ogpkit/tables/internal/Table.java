package io.github.ogpkit.tables.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One table of the tidy layout, ready to write: its name, its typed columns and its rows. A row
 * holds one value per column: a {@link String} for {@link Type#TEXT}, a {@link java.math.BigDecimal}
 * or {@link Integer} for {@link Type#NUMBER}, a {@link java.time.LocalDate} for {@link Type#DATE},
 * a {@link Boolean} for {@link Type#BOOLEAN}, or null for an empty cell. A number column may hold a
 * string where the number's text is what must be kept (a decimal whose scale a spreadsheet's
 * double would lose).
 */
public final class Table {

  /** What a column holds, and so how a workbook types its cells. */
  public enum Type {
    /** Text: a string cell; in CSV guarded against formula injection. */
    TEXT,
    /** A number: a numeric cell. */
    NUMBER,
    /** A day: a date cell formatted {@code yyyy-mm-dd}. */
    DATE,
    /** TRUE or FALSE: a boolean cell. */
    BOOLEAN
  }

  /**
   * A column.
   *
   * @param name the header
   * @param type the type of its cells
   */
  public record Column(String name, Type type) {
    /** Checks the components. */
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  private final String name;
  private final List<Column> columns;
  private final List<Object[]> rows = new ArrayList<>();

  Table(String name, List<Column> columns) {
    this.name = name;
    this.columns = List.copyOf(columns);
  }

  /** The table's name: the sheet's name, and the CSV file's name without {@code .csv}. */
  public String name() {
    return name;
  }

  /** The columns, in order. */
  public List<Column> columns() {
    return columns;
  }

  /** The rows; each array has one element per column, null for an empty cell. */
  public List<Object[]> rows() {
    return rows;
  }

  void add(Object[] row) {
    if (row.length != columns.size()) {
      throw new IllegalStateException("row of " + row.length + " cells in a table of "
          + columns.size() + " columns");
    }
    rows.add(row);
  }
}
