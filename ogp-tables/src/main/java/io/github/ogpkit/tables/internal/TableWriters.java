package io.github.ogpkit.tables.internal;

import io.github.ogpkit.tables.CellRef;
import io.github.ogpkit.tables.internal.Table.Column;
import io.github.ogpkit.tables.internal.Table.Type;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;
import tools.jackson.databind.SequenceWriter;

/** Writes tables as CSV (one stream per table) and as one XLSX workbook. */
public final class TableWriters {

  /** The most characters a cell of a workbook holds (Excel's and POI's limit). */
  public static final int XLSX_CELL_MAX = 32_767;

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS)
      .enable(CsvWriteFeature.ALWAYS_QUOTE_EMPTY_STRINGS)
      .build();

  private TableWriters() {}

  /**
   * Writes a table as CSV: UTF-8 without byte order mark, RFC 4180 with CRLF between records,
   * every cell quoted, a header row; text cells through {@link FormulaGuard#guard}.
   *
   * @param table the table
   * @param out the stream; not closed
   * @throws IOException if the stream fails
   */
  public static void writeCsv(Table table, OutputStream out) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    List<Column> columns = table.columns();
    try (SequenceWriter writer = CSV.writer(schema).writeValues(new NonClosing(out))) {
      String[] header = new String[columns.size()];
      for (int c = 0; c < header.length; c++) {
        header[c] = FormulaGuard.guard(columns.get(c).name());
      }
      writer.write(header);
      String[] cells = new String[columns.size()];
      for (Object[] row : table.rows()) {
        for (int c = 0; c < cells.length; c++) {
          cells[c] = csvCell(columns.get(c).type(), row[c]);
        }
        writer.write(cells);
      }
    } catch (JacksonException e) {
      throw new IOException("cannot write " + table.name() + ".csv: " + e.getOriginalMessage(), e);
    }
  }

  private static String csvCell(Type type, Object value) {
    if (value == null) {
      return "";
    }
    return switch (type) {
      case TEXT -> FormulaGuard.guard((String) value);
      case BOOLEAN -> ((Boolean) value) ? "TRUE" : "FALSE";
      case DATE, NUMBER -> value.toString();
    };
  }

  /**
   * Writes tables as one XLSX workbook, one sheet each, through POI's streaming workbook: the
   * header row frozen, dates as date cells formatted {@code yyyy-mm-dd}, numbers as numbers,
   * text as string cells.
   *
   * @param tables the tables
   * @param rowName for a text too long for a cell, what the row is about, for the message
   * @param out the stream; not closed
   * @throws TooLongException if a text is longer than {@link #XLSX_CELL_MAX}, before anything is
   *     written
   * @throws IOException if the stream fails
   */
  public static void writeXlsx(List<Table> tables, RowName rowName, OutputStream out)
      throws IOException, TooLongException {
    for (Table table : tables) {
      checkLengths(table, rowName);
    }
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      for (Table table : tables) {
        SXSSFSheet sheet = workbook.createSheet(table.name());
        sheet.createFreezePane(0, 1);
        List<Column> columns = table.columns();
        SXSSFRow head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
          Cell cell = head.createCell(c);
          cell.setCellValue(columns.get(c).name());
          cell.setCellStyle(header);
        }
        int r = 1;
        for (Object[] values : table.rows()) {
          SXSSFRow row = sheet.createRow(r++);
          for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof String s) {
              cell.setCellValue(xlsxText(s));
            } else if (value instanceof Boolean b) {
              cell.setCellValue(b);
            } else if (value instanceof LocalDate d) {
              cell.setCellValue(d);
              cell.setCellStyle(date);
            } else if (value instanceof Integer i) {
              cell.setCellValue(i);
            } else if (value instanceof BigDecimal n) {
              if (TidyExport.exactAsDouble(n)) {
                cell.setCellValue(n.doubleValue());
              } else {
                cell.setCellValue(n.toString());
              }
            } else {
              cell.setCellValue(value.toString());
            }
          }
        }
      }
      workbook.write(new NonClosing(out));
    } finally {
      workbook.close();
    }
  }

  /**
   * A text as a workbook's XML holds it (ST_Xstring): a character that XML 1.0 cannot hold (a
   * control character other than tab and line feed, U+FFFE, U+FFFF, a lone surrogate) and the
   * carriage return are written {@code _xHHHH_}, and the underscore of a text that already reads
   * {@code _xHHHH_} is written {@code _x005F_}, as Excel does; POI's readers and
   * {@link Grid} ({@code XlsxReader.decode}) decode them back.
   */
  static String xlsxText(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = null;
      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF
          || (Character.isHighSurrogate(c) && (i + 1 == text.length()
              || !Character.isLowSurrogate(text.charAt(i + 1))))
          || (Character.isLowSurrogate(c) && (i == 0
              || !Character.isHighSurrogate(text.charAt(i - 1))))) {
        escape = hex(c);
      } else if (c == '_' && isEscape(text, i)) {
        escape = "_x005F_";
      }
      if (escape != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static String hex(char c) {
    String digits = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    return "_x" + "0000".substring(digits.length()) + digits + "_";
  }

  private static boolean isEscape(String text, int at) {
    if (at + 7 > text.length() || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
      return false;
    }
    for (int i = at + 2; i < at + 6; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static void checkLengths(Table table, RowName rowName) throws TooLongException {
    for (int r = 0; r < table.rows().size(); r++) {
      Object[] row = table.rows().get(r);
      for (int c = 0; c < row.length; c++) {
        if (row[c] instanceof String s && s.length() > XLSX_CELL_MAX) {
          CellRef cell = CellRef.of(table.name(), r + 2, c + 1);
          throw new TooLongException(cell, "the " + table.columns().get(c).name() + " of "
              + rowName.of(table, row) + " has " + s.length() + " characters; a cell of a "
              + "workbook holds at most " + XLSX_CELL_MAX + " (" + cell + "): export to CSV, "
              + "which has no limit, or shorten the text");
        }
      }
    }
  }

  /** Says what a row is about, for messages: "measure 1.2". */
  @FunctionalInterface
  public interface RowName {
    /**
     * What a row is about.
     *
     * @param table the table
     * @param row the row's values
     * @return words such as {@code measure 1.2}
     */
    String of(Table table, Object[] row);
  }

  /** A text longer than a workbook's cell holds. */
  public static final class TooLongException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient CellRef cell;

    TooLongException(CellRef cell, String message) {
      super(message);
      this.cell = cell;
    }

    /** The cell the text would have gone to. */
    public CellRef cell() {
      return cell;
    }
  }

  /** Keeps a writer from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
