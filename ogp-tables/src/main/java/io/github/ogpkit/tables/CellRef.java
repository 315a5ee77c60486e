package io.github.ogpkit.tables;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.internal.Excerpt;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The address of one cell of a table: the sheet (for CSV, the file's name), the row and the
 * column, written in A1 notation as spreadsheets write it ({@code measures!B7},
 * {@code 'İcra planı'!C12}).
 *
 * <p>Rows and columns count from 1, as a spreadsheet shows them: {@code of("plan", 7, 2)} is
 * {@code plan!B7}. A sheet name is quoted with single quotes unless it consists of ASCII letters,
 * digits, {@code _} and {@code .} only (a single quote inside is doubled); {@link #parse} reads
 * exactly what {@link #toString} writes. This class is immutable and value-based.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class CellRef implements Comparable<CellRef> {

  /** The last column of a worksheet, {@code XFD}, as Excel and the OOXML standard limit it. */
  public static final int MAX_COLUMN = 16_384;
  /** The last row of a worksheet, as Excel and the OOXML standard limit it. */
  public static final int MAX_ROW = 1_048_576;

  private final String sheet;
  private final int row;
  private final int column;

  private CellRef(String sheet, int row, int column) {
    this.sheet = sheet;
    this.row = row;
    this.column = column;
  }

  /**
   * The cell in a sheet at a row and a column.
   *
   * @param sheet the sheet's name (for CSV, the file's name), not empty, not null
   * @param row the row, from 1 to {@link #MAX_ROW}
   * @param column the column, from 1 ({@code A}) to {@link #MAX_COLUMN} ({@code XFD})
   * @return the cell, not null
   * @throws IllegalArgumentException if the sheet is empty or the row or column out of range
   */
  public static CellRef of(String sheet, int row, int column) {
    Objects.requireNonNull(sheet, "sheet");
    if (sheet.isEmpty()) {
      throw new IllegalArgumentException("sheet name is empty");
    }
    if (row < 1 || row > MAX_ROW) {
      throw new IllegalArgumentException("row " + row + " is not between 1 and " + MAX_ROW);
    }
    if (column < 1 || column > MAX_COLUMN) {
      throw new IllegalArgumentException(
          "column " + column + " is not between 1 and " + MAX_COLUMN);
    }
    return new CellRef(sheet, row, column);
  }

  /**
   * Reads a cell address as {@link #toString()} writes it: {@code sheet!A1} or
   * {@code 'sheet name'!A1}.
   *
   * @param text the address, not null
   * @return the cell, not null
   * @throws IllegalArgumentException if the text is not such an address, with the reason
   */
  public static CellRef parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int bang = s.lastIndexOf('!');
    if (bang <= 0) {
      throw notAnAddress(s, "no sheet before '!'");
    }
    String sheet = s.substring(0, bang);
    if (sheet.startsWith("'")) {
      if (sheet.length() < 3 || !sheet.endsWith("'")) {
        throw notAnAddress(s, "the quoted sheet name is not closed");
      }
      String inner = sheet.substring(1, sheet.length() - 1);
      if (inner.replace("''", "").indexOf('\'') >= 0) {
        throw notAnAddress(s, "a quote inside a sheet name must be doubled");
      }
      sheet = inner.replace("''", "'");
    } else if (needsQuotes(sheet)) {
      throw notAnAddress(s, "a sheet name other than letters, digits, '_' and '.' is quoted");
    }
    String cell = s.substring(bang + 1);
    int i = 0;
    int column = 0;
    while (i < cell.length() && cell.charAt(i) >= 'A' && cell.charAt(i) <= 'Z') {
      column = column * 26 + (cell.charAt(i) - 'A' + 1);
      if (column > MAX_COLUMN) {
        throw notAnAddress(s, "the column is after " + columnName(MAX_COLUMN));
      }
      i++;
    }
    if (i == 0) {
      throw notAnAddress(s, "no column letters after '!'");
    }
    if (i == cell.length() || cell.charAt(i) == '0') {
      throw notAnAddress(s, "no row number after the column");
    }
    int row = 0;
    for (int j = i; j < cell.length(); j++) {
      char c = cell.charAt(j);
      if (c < '0' || c > '9') {
        throw notAnAddress(s, "the row is not a number");
      }
      row = row * 10 + (c - '0');
      if (row > MAX_ROW) {
        throw notAnAddress(s, "the row is after " + MAX_ROW);
      }
    }
    return new CellRef(sheet, row, column);
  }

  private static IllegalArgumentException notAnAddress(String text, String reason) {
    return new IllegalArgumentException(
        "not a cell address: " + Excerpt.quote(text, 80) + " (" + reason + ")");
  }

  /**
   * The letters of a column in A1 notation: 1 is {@code A}, 27 is {@code AA}.
   *
   * @param column the column, from 1 to {@link #MAX_COLUMN}
   * @return the letters, not null
   * @throws IllegalArgumentException if the column is out of range
   */
  public static String columnName(int column) {
    if (column < 1 || column > MAX_COLUMN) {
      throw new IllegalArgumentException(
          "column " + column + " is not between 1 and " + MAX_COLUMN);
    }
    StringBuilder letters = new StringBuilder(3);
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.append((char) ('A' + (c - 1) % 26));
    }
    return letters.reverse().toString();
  }

  private static boolean needsQuotes(String sheet) {
    for (int i = 0; i < sheet.length(); i++) {
      char c = sheet.charAt(i);
      boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '_' || c == '.';
      if (!plain) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sheet's name, or for CSV the file's name.
   *
   * @return the name, not empty, not null
   */
  public String sheet() {
    return sheet;
  }

  /**
   * The row, counted from 1.
   *
   * @return the row
   */
  public int row() {
    return row;
  }

  /**
   * The column, counted from 1 ({@code A}).
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * The cell in A1 notation without the sheet, such as {@code B7}.
   *
   * @return the address in the sheet, not null
   */
  public String a1() {
    return columnName(column) + row;
  }

  /** Orders by sheet name, then row, then column. */
  @Override
  public int compareTo(CellRef other) {
    int bySheet = sheet.compareTo(other.sheet);
    if (bySheet != 0) {
      return bySheet;
    }
    return row != other.row ? Integer.compare(row, other.row)
        : Integer.compare(column, other.column);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellRef other && row == other.row && column == other.column
        && sheet.equals(other.sheet);
  }

  @Override
  public int hashCode() {
    return (sheet.hashCode() * 31 + row) * 31 + column;
  }

  /**
   * The address in A1 notation with its sheet: {@code measures!B7}, or with the sheet's name
   * quoted, {@code 'İcra planı'!C12}.
   */
  @Override
  public String toString() {
    String name = needsQuotes(sheet) ? "'" + sheet.replace("'", "''") + "'" : sheet;
    return name + "!" + a1();
  }
}
