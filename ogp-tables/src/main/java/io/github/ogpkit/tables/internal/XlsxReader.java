package io.github.ogpkit.tables.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an XLSX workbook with POI's streaming access (the package, its parts, and
 * a SAX pass over each sheet's XML) instead of the whole workbook model: one pass, and nothing
 * kept but the cells' texts.
 *
 * <p>The cells read as POI's {@code XSSFWorkbook} gives them, which is what {@link Grid} read
 * before: a string as {@code XSSFRichTextString.getString()} gives it (the runs' texts without
 * the phonetic ones, {@code _xHHHH_} decoded), a boolean as {@code TRUE}/{@code FALSE}, a number
 * in plain decimal notation, a number with a date format as its day, a formula's cached result,
 * an error as its text ({@code #N/A}), and a formula's cached error as an empty cell. Nothing is
 * formatted by a locale. Where the workbook model threw an {@code IllegalStateException} out of
 * every importer (a number cell whose value is no number, an error code it does not know, a
 * cell type it does not know), the cell reads as the text of its value; a row without {@code r}
 * follows the row before (the model put every such row before the first, one over the other).
 */
final class XlsxReader {

  /** SpreadsheetML's namespace (transitional), the only one whose elements are read. */
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static final String[] NO_CELLS = new String[0];

  private XlsxReader() {}

  /**
   * Reads every sheet, in the workbook's order.
   *
   * @param bytes the workbook
   * @return the sheets
   * @throws IOException if the bytes are not a zip package, or a part cannot be read
   * @throws OpenXML4JException if the package is not an OOXML document
   * @throws SAXException if a part is not well-formed XML
   */
  static List<Grid> read(InputStream bytes) throws IOException, OpenXML4JException, SAXException {
    OPCPackage pkg = OPCPackage.open(bytes);
    try {
      XSSFReader reader = new XSSFReader(pkg);
      boolean date1904;
      try (InputStream workbook = reader.getWorkbookData()) {
        WorkbookHandler handler = new WorkbookHandler();
        parse(workbook, handler);
        date1904 = handler.date1904;
      }
      List<String> shared = sharedStrings(reader);
      boolean[] dateStyles = dateStyles(reader.getStylesTable());
      List<Grid> grids = new ArrayList<>();
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          SheetHandler handler = new SheetHandler(shared, dateStyles, date1904);
          parse(sheet, handler);
          grids.add(Grid.of(sheets.getSheetName(), handler.rows, handler.dates, handler.merges));
        }
      }
      return grids;
    } finally {
      // Opened from a stream, read only: nothing to save.
      pkg.revert();
    }
  }

  private static void parse(InputStream in, DefaultHandler handler)
      throws IOException, SAXException {
    XMLReader xml;
    try {
      // Namespace aware, no external entities, no DTDs: POI's secure defaults.
      xml = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new SAXException("no XML parser: " + e.getMessage(), e);
    }
    xml.setContentHandler(handler);
    xml.parse(new InputSource(in));
  }

  private static List<String> sharedStrings(XSSFReader reader)
      throws IOException, OpenXML4JException, SAXException {
    try (InputStream in = reader.getSharedStringsData()) {
      if (in == null) {
        return List.of();
      }
      SharedStringsHandler handler = new SharedStringsHandler();
      parse(in, handler);
      return handler.strings;
    }
  }

  /** For each cell format (the {@code s} of a cell), whether its number format is a date's. */
  private static boolean[] dateStyles(StylesTable styles) {
    if (styles == null) {
      return new boolean[0];
    }
    boolean[] dates = new boolean[styles.getNumCellStyles()];
    for (int i = 0; i < dates.length; i++) {
      ExcelNumberFormat format = ExcelNumberFormat.from(styles.getStyleAt(i));
      dates[i] = format != null && DateUtil.isADateFormat(format);
    }
    return dates;
  }

  /**
   * Decodes the {@code _xHHHH_} escapes of an OOXML string (ECMA-376 ST_Xstring), as
   * {@code XSSFRichTextString} does: each becomes the UTF-16 unit HHHH (four hexadecimal digits,
   * either case), left to right, so that {@code _x005F_x0001_} is the text {@code _x0001_}.
   */
  static String decode(String text) {
    int at = text.indexOf("_x");
    if (at < 0) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    while (at >= 0) {
      if (at + 7 <= text.length() && text.charAt(at + 6) == '_') {
        int unit = hex4(text, at + 2);
        if (unit >= 0) {
          if (out == null) {
            out = new StringBuilder(text.length());
          }
          out.append(text, copied, at).append((char) unit);
          copied = at + 7;
          at = text.indexOf("_x", copied);
          continue;
        }
      }
      at = text.indexOf("_x", at + 1);
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static int hex4(String text, int from) {
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      char c = text.charAt(i);
      int digit;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      } else {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private static boolean isMain(String uri, String localName, String name) {
    return MAIN.equals(uri) && localName.equals(name);
  }

  /** {@code workbook.xml}: only whether days count from 1904. */
  private static final class WorkbookHandler extends DefaultHandler {
    boolean date1904;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (isMain(uri, localName, "workbookPr")) {
        String value = attributes.getValue("date1904");
        date1904 = "1".equals(value) || "true".equals(value);
      }
    }
  }

  /**
   * The text of a rich string ({@code <si>} of the shared strings, {@code <is>} of a cell): the
   * runs' texts when it has runs, else its own {@code <t>}; phonetic runs ({@code <rPh>}) never.
   */
  private static final class RichText {
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder runs = new StringBuilder();
    private boolean hasRuns;
    private boolean inRun;
    private boolean inPhonetic;
    private boolean inText;

    void clear() {
      plain.setLength(0);
      runs.setLength(0);
      hasRuns = false;
      inRun = false;
      inPhonetic = false;
      inText = false;
    }

    void start(String localName) {
      switch (localName) {
        case "r" -> {
          hasRuns = true;
          inRun = true;
        }
        case "rPh" -> inPhonetic = true;
        case "t" -> inText = !inPhonetic;
        default -> { }
      }
    }

    void end(String localName) {
      switch (localName) {
        case "r" -> inRun = false;
        case "rPh" -> inPhonetic = false;
        case "t" -> inText = false;
        default -> { }
      }
    }

    void characters(char[] ch, int start, int length) {
      if (inText) {
        (inRun ? runs : plain).append(ch, start, length);
      }
    }

    String text() {
      return decode(hasRuns ? runs.toString() : plain.toString());
    }
  }

  /** {@code sharedStrings.xml}: the strings in order. */
  private static final class SharedStringsHandler extends DefaultHandler {
    final List<String> strings = new ArrayList<>();
    private final RichText item = new RichText();
    private boolean inItem;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (!MAIN.equals(uri)) {
        return;
      }
      if (localName.equals("si")) {
        inItem = true;
        item.clear();
      } else if (inItem) {
        item.start(localName);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (!MAIN.equals(uri) || !inItem) {
        return;
      }
      if (localName.equals("si")) {
        inItem = false;
        strings.add(item.text());
      } else {
        item.end(localName);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inItem) {
        item.characters(ch, start, length);
      }
    }
  }

  /**
   * A worksheet's XML: its rows and cells in the order of the file, the positions from their
   * {@code r} (a row or cell without one follows the one before, as POI and Excel place it),
   * and the merged ranges.
   */
  private static final class SheetHandler extends DefaultHandler {
    final List<String[]> rows = new ArrayList<>();
    final Map<Long, LocalDate> dates = new HashMap<>();
    final List<CellRangeAddress> merges = new ArrayList<>();

    private final List<String> shared;
    private final boolean[] dateStyles;
    private final boolean date1904;
    /** Array formulas' ranges: every cell in one counts as a formula cell, as in POI. */
    private final List<CellRangeAddress> arrayFormulas = new ArrayList<>();

    private int row;
    private String[] cells = new String[16];
    private int cellCount;

    private boolean inCell;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private boolean hasValue;
    private boolean inValue;
    private final StringBuilder value = new StringBuilder();
    private boolean inInline;
    private boolean hasInline;
    private final RichText inline = new RichText();

    SheetHandler(List<String> shared, boolean[] dateStyles, boolean date1904) {
      this.shared = shared;
      this.dateStyles = dateStyles;
      this.date1904 = date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (!MAIN.equals(uri)) {
        return;
      }
      if (inInline) {
        inline.start(localName);
        return;
      }
      switch (localName) {
        case "row" -> startRow(attributes.getValue("r"));
        case "c" -> startCell(attributes);
        case "v" -> {
          if (inCell) {
            inValue = true;
            hasValue = true;
            value.setLength(0);
          }
        }
        case "f" -> {
          if (inCell) {
            formula = true;
            String ref = attributes.getValue("ref");
            if ("array".equals(attributes.getValue("t")) && ref != null) {
              arrayFormulas.add(CellRangeAddress.valueOf(ref));
            }
          }
        }
        case "is" -> {
          if (inCell) {
            inInline = true;
            hasInline = true;
            inline.clear();
          }
        }
        case "mergeCell" -> {
          String ref = attributes.getValue("ref");
          if (ref != null) {
            merges.add(CellRangeAddress.valueOf(ref));
          }
        }
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (!MAIN.equals(uri)) {
        return;
      }
      if (inInline) {
        if (localName.equals("is")) {
          inInline = false;
        } else {
          inline.end(localName);
        }
        return;
      }
      switch (localName) {
        case "v" -> inValue = false;
        case "c" -> endCell();
        case "row" -> endRow();
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        value.append(ch, start, length);
      } else if (inInline) {
        inline.characters(ch, start, length);
      }
    }

    private void startRow(String r) {
      row = r == null ? row + 1 : Integer.parseInt(r.trim());
      if (row < 1) {
        throw new IllegalArgumentException("row number " + r);
      }
      if (row <= rows.size()) {
        // A row written again (out of order or twice) replaces the first: so do its days.
        for (int c = 1; c <= rows.get(row - 1).length; c++) {
          dates.remove(Grid.key(row, c));
        }
      }
      cellCount = 0;
    }

    private void endRow() {
      String[] done = cellCount == 0 ? NO_CELLS : Arrays.copyOf(cells, cellCount);
      while (rows.size() < row - 1) {
        rows.add(NO_CELLS);
      }
      if (rows.size() >= row) {
        // Out of order or repeated: the later row element wins, as in POI.
        rows.set(row - 1, done);
      } else {
        rows.add(done);
      }
    }

    private void startCell(Attributes attributes) {
      inCell = true;
      String r = attributes.getValue("r");
      column = r == null ? cellCount : column(r);
      type = attributes.getValue("t");
      String s = attributes.getValue("s");
      style = s == null ? 0 : Integer.parseInt(s.trim());
      formula = false;
      hasValue = false;
      hasInline = false;
      value.setLength(0);
    }

    private void endCell() {
      inCell = false;
      boolean isFormula = formula || inArrayFormula();
      String v = hasValue ? value.toString() : null;
      String text = switch (type == null ? "n" : type) {
        case "b" -> "1".equals(v) ? "TRUE" : "FALSE";
        case "n" -> v == null && !isFormula ? "" : number(v);
        case "e" -> isFormula ? "" : v == null ? FormulaError.NULL.getString() : v;
        case "s" -> isFormula ? decode(orEmpty(v)) : sharedString(v);
        case "inlineStr" -> isFormula || !hasInline ? decode(orEmpty(v)) : inline.text();
        default -> decode(orEmpty(v));
      };
      if (column >= cells.length) {
        cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
      }
      for (int c = cellCount; c < column; c++) {
        cells[c] = "";
      }
      cells[column] = text;
      cellCount = Math.max(cellCount, column + 1);
    }

    private boolean inArrayFormula() {
      for (CellRangeAddress range : arrayFormulas) {
        if (range.isInRange(row - 1, column)) {
          return true;
        }
      }
      return false;
    }

    private String number(String v) {
      double number;
      if (v == null || v.isEmpty()) {
        number = 0.0;
      } else {
        try {
          number = Double.parseDouble(v);
        } catch (NumberFormatException e) {
          // Not a number where the cell says one: its text, rather than nothing.
          return v;
        }
      }
      if (style >= 0 && style < dateStyles.length && dateStyles[style]
          && DateUtil.isValidExcelDate(number)) {
        LocalDate date = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
        dates.put(Grid.key(row, column + 1), date);
        return date.toString();
      }
      return plain(number);
    }

    private String sharedString(String v) {
      if (v == null) {
        return "";
      }
      try {
        int index = Integer.parseInt(v.trim());
        return index >= 0 && index < shared.size() ? shared.get(index) : "";
      } catch (NumberFormatException e) {
        return "";
      }
    }

    private static String orEmpty(String v) {
      return v == null ? "" : v;
    }

    /** The column (from 0) of an A1 reference: its letters. */
    private static int column(String ref) {
      int column = 0;
      int i = 0;
      for (; i < ref.length(); i++) {
        char c = ref.charAt(i);
        int letter;
        if (c >= 'A' && c <= 'Z') {
          letter = c - 'A' + 1;
        } else if (c >= 'a' && c <= 'z') {
          letter = c - 'a' + 1;
        } else if (c == '$') {
          continue;
        } else {
          break;
        }
        column = column * 26 + letter;
        if (column > (1 << 20)) {
          throw new IllegalArgumentException("cell reference " + ref);
        }
      }
      if (column == 0) {
        throw new IllegalArgumentException("cell reference " + ref);
      }
      return column - 1;
    }
  }

  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
