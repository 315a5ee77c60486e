package io.github.ogpkit.tables.internal;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PrintedTimeFrames;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.TimePoint;
import io.github.ogpkit.model.ValueParseException;
import io.github.ogpkit.model.internal.Excerpt;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.tables.CellRef;
import io.github.ogpkit.tables.TableFinding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one sheet in the printed layout into the parts of a plan: sections and measures in
 * printed order, each problem a finding at its cell. {@link #read} does the work; the importer
 * adds the plan's metadata.
 */
public final class PrintedReader {

  /** How many rows from the top are searched for the header row. */
  public static final int HEADER_SEARCH_ROWS = 30;
  /** How deep sections nest at most; a heading that would go deeper becomes a sibling. */
  private static final int MAX_SECTION_DEPTH = 50;
  private static final Pattern ROMAN =
      Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
  private static final Pattern NUMBER_AND_TITLE = Pattern.compile("(?s)\\s*(\\S+)\\s+(\\S.*)");

  /** What a sheet gave. */
  public record Result(Optional<Parts> parts, List<TableFinding> findings) {}

  /**
   * The parts of a plan a sheet holds.
   *
   * @param language the language the texts are in
   * @param headerLanguage the language of the header's words ({@code az} or {@code en})
   * @param titleAbove the first text above the header row, if any
   * @param measures the measures before any section heading
   * @param sections the sections
   * @param used the ids of the institutions assigned, in the order first assigned
   * @param span the years from the first start to the last end of the measures' time frames
   */
  public record Parts(String language, String headerLanguage, Optional<String> titleAbove,
      List<Measure> measures, List<Section> sections, Set<String> used,
      Optional<TimeFrame> span) {}

  private static final class SecNode {
    final OutlineNumber number;
    final Optional<String> code;
    final LocalizedText title;
    final List<MeasNode> measures = new ArrayList<>();
    final List<SecNode> sections = new ArrayList<>();

    SecNode(OutlineNumber number, Optional<String> code, LocalizedText title) {
      this.number = number;
      this.code = code;
      this.title = title;
    }

    Section build() {
      return Section.builder().number(number).code(code.orElse(null)).title(title)
          .measures(measures.stream().map(MeasNode::build).toList())
          .sections(sections.stream().map(SecNode::build).toList()).build();
    }
  }

  private static final class MeasNode {
    final OutlineNumber number;
    final Optional<String> code;
    final LocalizedText title;
    final int depth;
    final List<Indicator> indicators = new ArrayList<>();
    final List<Assignment> institutions = new ArrayList<>();
    TimeFrame timeFrame;
    LocalizedText printed;
    final List<MeasNode> children = new ArrayList<>();
    /** The cells read for this measure, so that a cell merged down is read once. */
    final Set<CellRef> read = new HashSet<>();

    MeasNode(OutlineNumber number, Optional<String> code, LocalizedText title, int depth) {
      this.number = number;
      this.code = code;
      this.title = title;
      this.depth = depth;
    }

    Measure build() {
      return Measure.builder().number(number).code(code.orElse(null)).title(title)
          .indicators(indicators).institutions(institutions).timeFrame(timeFrame)
          .timeFramePrinted(printed).measures(children.stream().map(MeasNode::build).toList())
          .build();
    }
  }

  private record Number(OutlineNumber number, Optional<String> code) {}

  private final Grid grid;
  private final boolean csv;
  private final List<Institution> registry;
  private final Optional<String> language;
  private final List<TableFinding> findings = new ArrayList<>();
  private final Set<TableFinding> reported = new HashSet<>();
  private final Map<PrintedColumn, Integer> columns = new EnumMap<>(PrintedColumn.class);
  private final Set<String> used = new LinkedHashSet<>();
  private PrintedNames names;
  private String lang = "en";
  private String headerLanguage = "en";
  /** Whether the sheet marks its headings by a title across the row. */
  private boolean markedHeadings;

  private final List<MeasNode> topMeasures = new ArrayList<>();
  private final List<SecNode> topSections = new ArrayList<>();
  private final List<SecNode> path = new ArrayList<>();
  private final List<MeasNode> measurePath = new ArrayList<>();
  private int minYear = Integer.MAX_VALUE;
  private int maxYear = Integer.MIN_VALUE;

  private final TableMessages messages;

  private PrintedReader(Grid grid, boolean csv, List<Institution> registry,
      Optional<String> language, TableMessages messages) {
    this.messages = messages;
    this.grid = grid;
    this.csv = csv;
    this.registry = registry;
    this.language = language;
  }

  /**
   * Reads a sheet.
   *
   * @param grid the sheet, or CSV file
   * @param csv whether it is CSV, whose cells may carry the formula guard
   * @param registry the institutions names are resolved against
   * @param language the plan's first language, if the caller gave it; else the header's
   * @param messages the messages of the findings
   * @return the parts and the findings
   */
  public static Result read(Grid grid, boolean csv, List<Institution> registry,
      Optional<String> language, TableMessages messages) {
    return new PrintedReader(grid, csv, registry, language, messages).read();
  }

  private String text(GridCell cell) {
    return csv ? FormulaGuard.unguard(cell.text()) : cell.text();
  }

  private void report(String rule, Severity severity, CellRef cell, String message) {
    TableFinding f = TableFinding.at(rule, severity, cell, message);
    if (reported.add(f)) {
      findings.add(f);
    }
  }

  private Result read() {
    int header = findHeader();
    if (header == 0) {
      findings.add(TableFinding.inSheet("header-missing", Severity.ERROR, grid.name(),
          messages.format("header-missing", Integer.toString(HEADER_SEARCH_ROWS))));
      return new Result(Optional.empty(), findings);
    }
    names = new PrintedNames(registry, lang);
    Optional<String> titleAbove = Optional.empty();
    for (int r = 1; r < header && titleAbove.isEmpty(); r++) {
      for (int c = 1; c <= grid.columnCount(r); c++) {
        String t = text(grid.cell(r, c)).strip();
        if (!t.isEmpty()) {
          titleAbove = Optional.of(t.replaceAll("\\s+", " "));
          break;
        }
      }
    }
    for (int r = header + 1; r <= grid.rowCount() && !markedHeadings; r++) {
      markedHeadings = marked(r);
    }
    MeasNode current = null;
    for (int r = header + 1; r <= grid.rowCount(); r++) {
      if (grid.isBlankRow(r)) {
        continue;
      }
      current = row(r, current);
    }
    Optional<TimeFrame> span = minYear > maxYear ? Optional.empty()
        : Optional.of(minYear == maxYear ? TimeFrame.ofYear(minYear)
            : TimeFrame.ofYears(minYear, maxYear));
    Parts parts = new Parts(lang, headerLanguage, titleAbove,
        topMeasures.stream().map(MeasNode::build).toList(),
        topSections.stream().map(SecNode::build).toList(), used, span);
    return new Result(Optional.of(parts), findings);
  }

  private int findHeader() {
    int last = Math.min(grid.rowCount(), HEADER_SEARCH_ROWS);
    for (int r = 1; r <= last; r++) {
      Map<PrintedColumn, Integer> found = new EnumMap<>(PrintedColumn.class);
      int az = 0;
      int en = 0;
      for (int c = 1; c <= grid.columnCount(r); c++) {
        GridCell cell = grid.cell(r, c);
        if (cell.mergedFrom().isPresent()) {
          continue;
        }
        Optional<PrintedColumn.Match> match = PrintedColumn.ofHeader(text(cell));
        if (match.isPresent()) {
          found.putIfAbsent(match.get().column(), c);
          if (match.get().language().equals("az")) {
            az++;
          } else {
            en++;
          }
        }
      }
      if (found.containsKey(PrintedColumn.NUMBER) && found.containsKey(PrintedColumn.TITLE)
          && found.size() >= 3) {
        headerLanguage = az > en ? "az" : "en";
        lang = language.orElse(headerLanguage);
        columns.putAll(found);
        for (int c = 1; c <= grid.columnCount(r); c++) {
          GridCell cell = grid.cell(r, c);
          if (cell.isBlank() || cell.mergedFrom().isPresent()) {
            continue;
          }
          Optional<PrintedColumn.Match> match = PrintedColumn.ofHeader(text(cell));
          if (match.isEmpty()) {
            report("column-ignored", Severity.INFO, cell.ref(), messages.format(
                "printed.column-ignored", Excerpt.quote(text(cell).strip(), 60)));
          } else if (found.get(match.get().column()) != c) {
            report("column-duplicate", Severity.WARNING, cell.ref(), messages.format(
                "printed.column-duplicate", messages.format("printed.column." + match.get()
                    .column().name().toLowerCase(java.util.Locale.ROOT)),
                CellRef.columnName(found.get(match.get().column()))));
          }
        }
        return r;
      }
    }
    return 0;
  }

  private Optional<GridCell> cell(int row, PrintedColumn column) {
    Integer c = columns.get(column);
    return c == null ? Optional.empty() : Optional.of(grid.cell(row, c));
  }

  /** Whether a cell holds text of its own row: not blank, and not a merge from the same row. */
  private static boolean filled(GridCell cell, int row) {
    return !cell.isBlank() && cell.mergedFrom().map(from -> from.row() != row).orElse(true);
  }

  /**
   * Whether a row is a heading marked as such: its title merged across the row (in CSV, repeated
   * across it, as a spreadsheet fills an unmerged range), every column after the title covered.
   */
  private boolean marked(int r) {
    GridCell title = cell(r, PrintedColumn.TITLE).orElseThrow();
    if (title.isBlank()) {
      return false;
    }
    int others = 0;
    for (Map.Entry<PrintedColumn, Integer> e : columns.entrySet()) {
      if (e.getKey() == PrintedColumn.NUMBER || e.getKey() == PrintedColumn.TITLE) {
        continue;
      }
      GridCell cell = grid.cell(r, e.getValue());
      boolean covered = cell.mergedFrom().map(from -> from.row() == r).orElse(false)
          || (csv && !cell.isBlank() && cell.text().equals(title.text()));
      if (!covered) {
        return false;
      }
      others++;
    }
    return others > 0;
  }

  private MeasNode row(int r, MeasNode current) {
    GridCell numberCell = cell(r, PrintedColumn.NUMBER).orElseThrow();
    GridCell titleCell = cell(r, PrintedColumn.TITLE).orElseThrow();
    if (numberCell.mergedFrom().isPresent() && numberCell.mergedFrom().get().row() != r) {
      // The number is written once for several rows: this row goes on with the same measure.
      if (current != null) {
        details(r, current);
      }
      return current;
    }
    String numberText = text(numberCell).strip();
    String titleText = titleCell.mergedFrom().isPresent()
        && titleCell.mergedFrom().get().equals(numberCell.ref()) ? "" : text(titleCell).strip();
    boolean details = false;
    if (!marked(r)) {
      for (PrintedColumn column : columns.keySet()) {
        if (column != PrintedColumn.NUMBER && column != PrintedColumn.TITLE
            && filled(cell(r, column).orElseThrow(), r)) {
          details = true;
        }
      }
    }
    if (numberText.isEmpty()) {
      report("number-missing", Severity.ERROR, numberCell.ref(),
          messages.format("number-missing"));
      return current;
    }
    Optional<Number> number = number(numberText);
    if (number.isEmpty() && titleText.isEmpty() && !details) {
      // A heading with its number and title in one cell: "1. Elektron xidmətlər".
      Matcher m = NUMBER_AND_TITLE.matcher(numberText);
      if (m.matches()) {
        number = number(m.group(1));
        if (number.isPresent()) {
          titleText = m.group(2).strip();
        }
      }
    }
    if (number.isEmpty()) {
      String message;
      try {
        OutlineNumber.parse(strip(numberText));
        message = messages.format("number-broken", Excerpt.quote(numberText, 60));
      } catch (ValueParseException e) {
        message = messages.format("number-broken.why", Excerpt.quote(numberText, 60),
            e.getMessage());
      }
      report("number-broken", Severity.ERROR, numberCell.ref(), message);
      return current;
    }
    if (titleText.isEmpty()) {
      report("title-missing", Severity.ERROR, titleCell.ref(),
          messages.format("title-missing", numberText));
      return current;
    }
    LocalizedText title = LocalizedText.of(lang, titleText);
    if (markedHeadings ? marked(r) : !details && !extendsOpenMeasure(number.get().number())) {
      section(new SecNode(number.get().number(), number.get().code(), title));
      return null;
    }
    MeasNode measure = measure(number.get(), title);
    details(r, measure);
    return measure;
  }

  /**
   * Whether a number extends the number of a measure still open in the current section: a row
   * with only {@code 1.1} after measure {@code 1} is its sub-measure (a commitment's milestone),
   * not a heading.
   */
  private boolean extendsOpenMeasure(OutlineNumber number) {
    for (MeasNode open : measurePath) {
      if (number.depth() > open.number.depth() && number.startsWith(open.number)) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String number) {
    return number.endsWith(".") && number.length() > 1
        ? number.substring(0, number.length() - 1) : number;
  }

  /** An outline number, a trailing full stop dropped; or a Roman numeral, kept as the code. */
  private static Optional<Number> number(String text) {
    String s = strip(text.strip());
    if (!s.isEmpty() && ROMAN.matcher(s).matches()) {
      return Optional.of(new Number(OutlineNumber.of(roman(s)), Optional.of(s)));
    }
    try {
      return Optional.of(new Number(OutlineNumber.parse(s), Optional.empty()));
    } catch (ValueParseException e) {
      return Optional.empty();
    }
  }

  private static int roman(String s) {
    Map<Character, Integer> values = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100,
        'D', 500, 'M', 1000);
    int total = 0;
    for (int i = 0; i < s.length(); i++) {
      int v = values.get(s.charAt(i));
      boolean smaller = i + 1 < s.length() && values.get(s.charAt(i + 1)) > v;
      total += smaller ? -v : v;
    }
    return total;
  }

  private void section(SecNode section) {
    measurePath.clear();
    OutlineNumber n = section.number;
    // A number whose parent's number is open is that section's subsection: 4.1 under 4.
    Optional<OutlineNumber> parentNumber = n.parent();
    if (parentNumber.isPresent()) {
      for (int k = path.size() - 1; k >= 0; k--) {
        if (path.get(k).number.equals(parentNumber.get())) {
          open(section, k + 1);
          return;
        }
      }
    }
    // A number that goes on with the count of an open level is a sibling at that level: 9
    // after 8's subsections 1 and 2 is a top-level section again.
    for (int k = 0; k < path.size(); k++) {
      OutlineNumber last = path.get(k).number;
      if (last.depth() == n.depth() && n.compareTo(last) > 0) {
        open(section, k);
        return;
      }
    }
    // A number that starts a count anew opens a level under the current section: the "1." and
    // "2." printed under section 8 of the seed 003 plan.
    open(section, Math.min(path.size(), MAX_SECTION_DEPTH));
  }

  private void open(SecNode section, int level) {
    while (path.size() > level) {
      path.remove(path.size() - 1);
    }
    if (path.isEmpty()) {
      topSections.add(section);
    } else {
      path.get(path.size() - 1).sections.add(section);
    }
    path.add(section);
  }

  private MeasNode measure(Number number, LocalizedText title) {
    OutlineNumber n = number.number();
    while (!measurePath.isEmpty()) {
      MeasNode last = measurePath.get(measurePath.size() - 1);
      if (n.depth() > last.number.depth() && n.startsWith(last.number)
          && last.depth + 1 < Plan.MAX_NESTING) {
        break;
      }
      measurePath.remove(measurePath.size() - 1);
    }
    MeasNode node;
    if (measurePath.isEmpty()) {
      node = new MeasNode(n, number.code(), title, path.size() + 1);
      if (path.isEmpty()) {
        topMeasures.add(node);
      } else {
        path.get(path.size() - 1).measures.add(node);
      }
    } else {
      MeasNode parent = measurePath.get(measurePath.size() - 1);
      node = new MeasNode(n, number.code(), title, parent.depth + 1);
      parent.children.add(node);
    }
    measurePath.add(node);
    return node;
  }

  /** Reads a row's indicators, institutions and time into a measure. */
  private void details(int r, MeasNode measure) {
    // In the sheet's order of columns, so that separate role columns assign in that order.
    List<Map.Entry<PrintedColumn, Integer>> inOrder = new ArrayList<>(columns.entrySet());
    inOrder.sort(Map.Entry.comparingByValue());
    for (Map.Entry<PrintedColumn, Integer> e : inOrder) {
      PrintedColumn column = e.getKey();
      if (column == PrintedColumn.NUMBER || column == PrintedColumn.TITLE) {
        continue;
      }
      GridCell cell = grid.cell(r, e.getValue());
      if (cell.isBlank()) {
        continue;
      }
      CellRef source = cell.mergedFrom().orElse(cell.ref());
      if (source.row() == r && !source.equals(cell.ref())) {
        continue;
      }
      if (!measure.read.add(source)) {
        continue;
      }
      String text = text(cell);
      if (column == PrintedColumn.INDICATORS) {
        for (String line : text.split("\\R")) {
          if (!line.isBlank()) {
            measure.indicators.add(Indicator.of(lang, line.strip()));
          }
        }
      } else if (column == PrintedColumn.TIME) {
        time(measure, text.strip(), source);
      } else if (column.holdsInstitutions()) {
        for (PrintedNames.Name name : names.split(text, column.defaultRole())) {
          PrintedNames.Resolution resolution = names.resolve(name.text());
          if (resolution.id().isPresent()) {
            measure.institutions.add(new Assignment(resolution.id().get(), name.role()));
            used.add(resolution.id().get());
          } else {
            String quoted = Excerpt.quote(name.text(), 100);
            report("institution-unknown", Severity.ERROR, source, resolution.closest()
                .map(c -> messages.format("institution-unknown.closest", quoted,
                    Excerpt.quote(c, 100), measure.number))
                .orElseGet(() -> messages.format("institution-unknown", quoted,
                    measure.number)));
          }
        }
      }
    }
  }

  private void time(MeasNode measure, String text, CellRef source) {
    if (measure.timeFrame != null || measure.printed != null) {
      return;
    }
    try {
      TimeFrame frame = PrintedTimeFrames.parse(text);
      measure.timeFrame = frame;
      if (!text.equals(frame.toString())) {
        measure.printed = LocalizedText.of(lang, text);
      }
      frame.startPoint().map(TimePoint::year).ifPresent(y -> minYear = Math.min(minYear, y));
      frame.endPoint().map(TimePoint::year).ifPresent(y -> maxYear = Math.max(maxYear, y));
    } catch (IllegalArgumentException e) {
      // ValueParseException, as the parser documents; any other refusal is read the same way.
      measure.printed = LocalizedText.of(lang, text);
      report("time-unparsed", Severity.WARNING, source, messages.format("time-unparsed",
          Excerpt.quote(text, 80), measure.number, e.getMessage()));
    }
  }
}
