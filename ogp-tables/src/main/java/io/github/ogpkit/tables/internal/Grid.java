package io.github.ogpkit.tables.internal;

import io.github.ogpkit.model.internal.Excerpt;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.tables.CellRef;
import io.github.ogpkit.tables.TableFinding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.SAXException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A sheet of a workbook, or a CSV file, read into cells: every importer reads through this one
 * class, so that XLSX and CSV give the same texts and the same addresses.
 *
 * <p>Rows and columns count from 1, as {@link CellRef} does. A CSV record is one row however many
 * lines its quoted cells span, as a spreadsheet shows it. A cell covered by a merged range
 * repeats the text of the range's first cell and names it in {@link GridCell#mergedFrom()}: the
 * importer decides what a merge means (an executor written once for several measures, a section
 * heading across the row).
 *
 * <p>Reading never executes anything: formulas are not evaluated (their cached results are
 * read), and POI's defaults against zip bombs and XML entities apply.
 */
public final class Grid {

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .build();

  private final String name;
  private final List<String[]> rows;
  private final Map<Long, LocalDate> dates;
  /** Covered cell (not the first of its range) to the first cell of its range, by key. */
  private final Map<Long, Long> covered = new HashMap<>();

  private Grid(String name, List<String[]> rows, Map<Long, LocalDate> dates,
      List<CellRangeAddress> merges) {
    this.name = name;
    this.rows = rows;
    this.dates = dates;
    for (CellRangeAddress merge : merges) {
      long first = key(merge.getFirstRow() + 1, merge.getFirstColumn() + 1);
      // Only the part inside the rows read: a merge may reach far past the last row.
      int lastRow = Math.min(merge.getLastRow() + 1, rows.size());
      int lastColumn = Math.min(merge.getLastColumn() + 1, CellRef.MAX_COLUMN);
      for (int r = merge.getFirstRow() + 1; r <= lastRow; r++) {
        for (int c = merge.getFirstColumn() + 1; c <= lastColumn; c++) {
          long k = key(r, c);
          if (k != first) {
            covered.put(k, first);
          }
        }
      }
    }
  }

  /**
   * Reads a CSV file: UTF-8 (a byte order mark is skipped), RFC 4180 quoting, comma separated.
   *
   * @param name the file's name, the sheet name of every cell address
   * @param bytes the file's content
   * @return the grid
   * @throws GridException if the bytes are not UTF-8 or not CSV (an unclosed quote), with the
   *     place
   */
  public static Grid readCsv(String name, byte[] bytes) throws GridException {
    return readCsv(name, bytes, TableMessages.ENGLISH);
  }

  /**
   * Reads a CSV file, as {@link #readCsv(String, byte[])} does, with the findings' messages in a
   * language.
   *
   * @param name the file's name, the sheet name of every cell address
   * @param bytes the file's content
   * @param messages the messages of the findings
   * @return the grid
   * @throws GridException if the bytes are not UTF-8 or not CSV, with the place
   */
  public static Grid readCsv(String name, byte[] bytes, TableMessages messages)
      throws GridException {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(messages, "messages");
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new GridException(TableFinding.inSheet("table-unreadable", Severity.ERROR, name,
          messages.format("table-unreadable.utf8")), e);
    }
    List<String[]> rows = new ArrayList<>();
    try (JsonParser parser = CSV.reader().with(CsvSchema.emptySchema()).createParser(text)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        return new Grid(name, rows, Map.of(), List.of());
      }
      // Each record is an array of strings inside the one wrapping array.
      List<String> cells = new ArrayList<>();
      while (parser.nextToken() == JsonToken.START_ARRAY) {
        cells.clear();
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          cells.add(parser.getString());
        }
        rows.add(cells.toArray(String[]::new));
      }
    } catch (JacksonException e) {
      int row = rows.size() + 1;
      throw new GridException(TableFinding.inSheet("table-unreadable", Severity.ERROR, name,
          messages.format("table-unreadable.csv", Integer.toString(row),
              Integer.toString(e.getLocation().getLineNr()),
              Excerpt.quote(e.getOriginalMessage(), 200))),
          e);
    }
    return new Grid(name, rows, Map.of(), List.of());
  }

  /**
   * Reads every sheet of an XLSX workbook, in the workbook's order, with POI's streaming access
   * (one SAX pass over each sheet's XML, no workbook model): see {@link XlsxReader} for how each
   * kind of cell reads.
   *
   * @param fileName the file's name, for findings about the whole file
   * @param in the workbook's bytes; read to the end, not closed
   * @return the sheets
   * @throws GridException if the bytes are not an XLSX workbook
   * @throws IOException if the stream cannot be read
   */
  public static List<Grid> readXlsx(String fileName, InputStream in)
      throws GridException, IOException {
    return readXlsx(fileName, in, TableMessages.ENGLISH);
  }

  /**
   * Reads every sheet of an XLSX workbook, as {@link #readXlsx(String, InputStream)} does, with
   * the findings' messages in a language.
   *
   * @param fileName the file's name, for findings about the whole file
   * @param in the workbook's bytes; read to the end, not closed
   * @param messages the messages of the findings
   * @return the sheets
   * @throws GridException if the bytes are not an XLSX workbook
   * @throws IOException if the stream cannot be read
   */
  public static List<Grid> readXlsx(String fileName, InputStream in, TableMessages messages)
      throws GridException, IOException {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(messages, "messages");
    byte[] bytes = in.readAllBytes();
    try {
      return XlsxReader.read(new ByteArrayInputStream(bytes));
    } catch (OLE2NotOfficeXmlFileException e) {
      throw new GridException(TableFinding.inSheet("table-unreadable", Severity.ERROR, fileName,
          messages.format("table-unreadable.xls")), e);
    } catch (POIXMLException | OpenXML4JException | SAXException | IllegalArgumentException
        | IOException e) {
      // The bytes are in memory already: an IOException here is about their content.
      throw new GridException(TableFinding.inSheet("table-unreadable", Severity.ERROR, fileName,
          messages.format("table-unreadable.xlsx",
              Excerpt.quote(Objects.toString(e.getMessage()), 200))), e);
    }
  }

  /** A grid of rows read elsewhere ({@link XlsxReader}). */
  static Grid of(String name, List<String[]> rows, Map<Long, LocalDate> dates,
      List<CellRangeAddress> merges) {
    return new Grid(name, rows, dates, merges);
  }

  static long key(int row, int column) {
    return ((long) row << 20) | column;
  }

  /** The sheet's or file's name. */
  public String name() {
    return name;
  }

  /** The number of the last row that has any cell, 0 for an empty sheet. */
  public int rowCount() {
    return rows.size();
  }

  /** The number of the last column that has a cell in a row; 0 for a row past the end. */
  public int columnCount(int row) {
    return row >= 1 && row <= rows.size() ? rows.get(row - 1).length : 0;
  }

  /**
   * The cell at a row and column; an empty cell where the sheet has none.
   *
   * @param row the row, from 1
   * @param column the column, from 1
   * @return the cell
   */
  public GridCell cell(int row, int column) {
    CellRef ref = CellRef.of(name, row, column);
    Long first = covered.get(key(row, column));
    if (first != null) {
      int firstRow = (int) (first >>> 20);
      int firstColumn = (int) (first & 0xFFFFF);
      return new GridCell(ref, text(firstRow, firstColumn), Optional.ofNullable(dates.get(first)),
          Optional.of(CellRef.of(name, firstRow, firstColumn)));
    }
    return new GridCell(ref, text(row, column), Optional.ofNullable(dates.get(key(row, column))),
        Optional.empty());
  }

  private String text(int row, int column) {
    if (row < 1 || row > rows.size()) {
      return "";
    }
    String[] cells = rows.get(row - 1);
    return column >= 1 && column <= cells.length ? cells[column - 1] : "";
  }

  /**
   * Whether every cell of a row is blank (a row past the end is). Cells covered by a merge from
   * another row do not count: a row whose only text comes down from a merge above is blank.
   *
   * @param row the row, from 1
   * @return true if the row holds no text
   */
  public boolean isBlankRow(int row) {
    for (int c = 1; c <= columnCount(row); c++) {
      if (!text(row, c).isBlank()) {
        return false;
      }
    }
    return true;
  }


  @Override
  public String toString() {
    return "Grid[" + name + ", " + rows.size() + " rows]";
  }
}
