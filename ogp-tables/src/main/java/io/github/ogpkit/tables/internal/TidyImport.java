package io.github.ogpkit.tables.internal;

import io.github.ogpkit.model.Adoption;
import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Link;
import io.github.ogpkit.model.LinkRel;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Quantity;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.internal.Excerpt;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.tables.CellRef;
import io.github.ogpkit.tables.ImportResult;
import io.github.ogpkit.tables.TableFinding;
import io.github.ogpkit.tables.internal.TidyLayout.Spec;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the tables of the tidy layout back into a plan, with a located finding for every cell it
 * cannot take. One instance reads one set of tables.
 */
public final class TidyImport {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final Pattern YEAR = Pattern.compile("[0-9]{1,9}");

  private final boolean csv;
  private final List<TableFinding> findings = new ArrayList<>();

  // What the tables say, gathered as they are read.
  private final Map<String, String> properties = new HashMap<>();
  private final Map<String, Map<String, String>> texts = new HashMap<>();
  private final Map<String, CellRef> propertyCells = new HashMap<>();
  private final List<String> languages = new ArrayList<>();
  private final List<Link> planLinks = new ArrayList<>();
  private final List<Institution> institutions = new ArrayList<>();
  private final List<Node> topMeasures = new ArrayList<>();
  private final List<Node> topSections = new ArrayList<>();
  /**
   * Every row of the measures table by its key: its number, or for a number used again, the
   * number and which time it occurs ({@code 1.1#2}), as the exporter writes references.
   */
  private final Map<String, Node> byKey = new HashMap<>();
  private final Map<String, Integer> occurrences = new HashMap<>();

  private final TableMessages messages;

  private TidyImport(boolean csv, TableMessages messages) {
    this.csv = csv;
    this.messages = messages;
  }

  /** A section or measure while its rows are read. */
  private static final class Node {
    final boolean section;
    final OutlineNumber number;
    final int depth;
    Optional<LocalizedText> title = Optional.empty();
    Optional<String> code = Optional.empty();
    Optional<String> ogpId = Optional.empty();
    Optional<LocalizedText> description = Optional.empty();
    Optional<LocalizedText> problem = Optional.empty();
    Optional<LocalizedText> statusQuo = Optional.empty();
    Optional<LocalizedText> objective = Optional.empty();
    Optional<LocalizedText> expectedResults = Optional.empty();
    Optional<TimeFrame> timeFrame = Optional.empty();
    Optional<LocalizedText> timeFramePrinted = Optional.empty();
    Set<OgpValue> ogpValues = EnumSet.noneOf(OgpValue.class);
    List<String> policyAreas = List.of();
    final List<Indicator> indicators = new ArrayList<>();
    final List<Assignment> assignments = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<Node> measures = new ArrayList<>();
    final List<Node> sections = new ArrayList<>();
    final List<Provision> provisions = new ArrayList<>();

    Node(boolean section, OutlineNumber number, int depth) {
      this.section = section;
      this.number = number;
      this.depth = depth;
    }

    boolean complete() {
      return title.isPresent();
    }

    Section toSection() {
      return new Section(number, code, ogpId, title.orElseThrow(), description, policyAreas,
          links, measures.stream().filter(Node::complete).map(Node::toMeasure).toList(),
          sections.stream().filter(Node::complete).map(Node::toSection).toList(), provisions,
          JsonObject.EMPTY);
    }

    Measure toMeasure() {
      return new Measure(number, code, ogpId, title.orElseThrow(), description, problem,
          statusQuo, objective, expectedResults, ogpValues, policyAreas, indicators, assignments,
          timeFrame, timeFramePrinted, links,
          measures.stream().filter(Node::complete).map(Node::toMeasure).toList(),
          JsonObject.EMPTY);
    }
  }

  /** The columns a sheet's header row names. */
  private final class Header {
    final Grid grid;
    final String table;
    final Map<String, Integer> plain = new HashMap<>();
    final Map<String, Map<String, Integer>> localized = new HashMap<>();

    Header(Grid grid, String table) {
      this.grid = grid;
      this.table = table;
    }

    /** The trimmed text of a plain column, empty if the column or the cell is. */
    String value(int row, String column) {
      return raw(row, column).strip();
    }

    /** The text of a plain column as written (unguarded in CSV), empty if absent. */
    String raw(int row, String column) {
      Integer c = plain.get(column);
      if (c == null) {
        return "";
      }
      return read(grid.cell(row, c).text());
    }

    CellRef ref(int row, String column) {
      Integer c = plain.get(column);
      if (c == null) {
        Map<String, Integer> byLanguage = localized.get(column);
        c = byLanguage == null || byLanguage.isEmpty() ? 1
            : byLanguage.values().stream().min(Comparator.naturalOrder()).orElse(1);
      }
      return CellRef.of(grid.name(), row, c);
    }

    Optional<LocalizedText> text(int row, String column) {
      Map<String, Integer> byLanguage = localized.get(column);
      if (byLanguage == null) {
        return Optional.empty();
      }
      Map<String, String> map = new LinkedHashMap<>();
      for (Map.Entry<String, Integer> e : byLanguage.entrySet()) {
        String text = read(grid.cell(row, e.getValue()).text());
        if (!text.isBlank()) {
          map.put(e.getKey(), text);
        }
      }
      return map.isEmpty() ? Optional.empty() : Optional.of(LocalizedText.of(map));
    }
  }

  private String read(String cell) {
    return csv ? FormulaGuard.unguard(cell) : cell;
  }

  /**
   * Reads the sheets of a workbook or the files of a CSV directory.
   *
   * @param tables the grids by table name ({@code measures}, ...), in the order found
   * @param ignored grids that are no table of a plan, reported as ignored
   * @param source the name of the workbook or directory, for findings about missing sheets
   * @param csv whether the cells are CSV cells, whose text cells are guarded
   * @param findings findings already made (unreadable files), reported first
   * @param messages the messages of the findings
   * @return the plan, if the tables hold one, and the findings
   */
  public static ImportResult read(Map<String, Grid> tables, List<Grid> ignored, String source,
      boolean csv, List<TableFinding> findings, TableMessages messages) {
    TidyImport reader = new TidyImport(csv, messages);
    reader.findings.addAll(findings);
    for (Grid grid : ignored) {
      reader.findings.add(TableFinding.inSheet("sheet-ignored", Severity.INFO, grid.name(),
          TidyLayout.EXPORT_ONLY_TABLES.contains(tableName(grid.name(), csv))
              ? messages.format("sheet-ignored.statuses")
              : messages.format("sheet-ignored", String.join(", ", TidyLayout.PLAN_TABLES))));
    }
    List<String> order = new ArrayList<>();
    tables.values().forEach(g -> order.add(g.name()));
    ignored.forEach(g -> order.add(g.name()));
    return reader.run(tables, source, order);
  }

  /** The table a sheet or file holds: its name, without {@code .csv} for a file. */
  public static String tableName(String sheet, boolean csv) {
    return csv && sheet.toLowerCase(Locale.ROOT).endsWith(".csv")
        ? sheet.substring(0, sheet.length() - 4) : sheet;
  }

  private ImportResult run(Map<String, Grid> tables, String source, List<String> order) {
    boolean missing = false;
    for (String required : List.of(TidyLayout.PLAN, TidyLayout.MEASURES)) {
      if (!tables.containsKey(required)) {
        findings.add(TableFinding.inSheet("sheet-missing", Severity.ERROR, source,
            csv ? messages.format("sheet-missing.file", required + ".csv")
                : messages.format("sheet-missing.sheet", required)));
        missing = true;
      }
    }
    Header plan = header(tables.get(TidyLayout.PLAN), TidyLayout.PLAN);
    Header measures = header(tables.get(TidyLayout.MEASURES), TidyLayout.MEASURES);
    Header institutions = header(tables.get(TidyLayout.INSTITUTIONS), TidyLayout.INSTITUTIONS);
    Header assignments = header(tables.get(TidyLayout.ASSIGNMENTS), TidyLayout.ASSIGNMENTS);
    Header indicators = header(tables.get(TidyLayout.INDICATORS), TidyLayout.INDICATORS);
    Header links = header(tables.get(TidyLayout.LINKS), TidyLayout.LINKS);
    Header provisions = header(tables.get(TidyLayout.PROVISIONS), TidyLayout.PROVISIONS);
    if (plan != null) {
      rows(plan, this::planRow);
    }
    if (institutions != null) {
      rows(institutions, this::institutionRow);
    }
    if (measures != null) {
      rows(measures, this::measureRow);
    }
    if (assignments != null) {
      rows(assignments, this::assignmentRow);
    }
    if (indicators != null) {
      rows(indicators, this::indicatorRow);
    }
    if (links != null) {
      rows(links, this::linkRow);
    }
    if (provisions != null) {
      rows(provisions, this::provisionRow);
    }
    Optional<Plan> result = missing || plan == null || measures == null ? Optional.empty()
        : build(plan);
    // In the order of the cells: by sheet as the workbook or directory lists them (findings
    // about the whole source first), then by row and column, a sheet's own findings first.
    List<TableFinding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.<TableFinding>comparingInt(f -> order.indexOf(f.sheet()))
        .thenComparingInt(f -> f.cell().map(CellRef::row).orElse(0))
        .thenComparingInt(f -> f.cell().map(CellRef::column).orElse(0)));
    return new ImportResult(result, sorted);
  }

  private interface RowReader {
    void read(Header header, int row);
  }

  private void rows(Header header, RowReader reader) {
    for (int r = 2; r <= header.grid.rowCount(); r++) {
      if (!header.grid.isBlankRow(r)) {
        reader.read(header, r);
      }
    }
  }

  private Header header(Grid grid, String table) {
    if (grid == null) {
      return null;
    }
    Header header = new Header(grid, table);
    List<Spec> specs = TidyLayout.columns(table);
    for (int c = 1; c <= grid.columnCount(1); c++) {
      GridCell cell = grid.cell(1, c);
      String name = read(cell.text()).strip();
      if (name.isEmpty()) {
        continue;
      }
      int at = name.indexOf('@');
      String base = at < 0 ? name : name.substring(0, at);
      Spec spec = specs.stream().filter(s -> s.name().equals(base)).findFirst().orElse(null);
      if (spec == null || spec.localized() != (at >= 0)) {
        String quoted = Excerpt.quote(name, 80);
        String message = spec == null ? messages.format("column-ignored.unknown", quoted, table)
            : spec.localized() ? messages.format("column-ignored.language-needed", quoted, base)
            : messages.format("column-ignored.language-not-allowed", quoted, base);
        findings.add(TableFinding.at("column-ignored", Severity.INFO, cell.ref(), message));
        continue;
      }
      if (spec.derived()) {
        continue;
      }
      if (at >= 0) {
        String language = name.substring(at + 1);
        if (!LocalizedText.isWellFormedTag(language)) {
          findings.add(TableFinding.at("column-ignored", Severity.INFO, cell.ref(),
              messages.format("column-ignored.language-invalid", Excerpt.quote(name, 80),
                  Excerpt.quote(language, 40))));
          continue;
        }
        Map<String, Integer> byLanguage =
            header.localized.computeIfAbsent(base, k -> new LinkedHashMap<>());
        if (byLanguage.keySet().stream().anyMatch(l -> l.equalsIgnoreCase(language))) {
          duplicate(cell, name);
        } else {
          byLanguage.put(language, c);
        }
      } else if (header.plain.containsKey(name)) {
        duplicate(cell, name);
      } else {
        header.plain.put(name, c);
      }
    }
    boolean complete = true;
    for (Spec spec : specs) {
      boolean present = spec.localized() ? header.localized.containsKey(spec.name())
          : header.plain.containsKey(spec.name());
      if (spec.required() && !present) {
        findings.add(TableFinding.inSheet("column-missing", Severity.ERROR, grid.name(),
            spec.localized()
                ? messages.format("column-missing.localized", table, spec.name())
                : messages.format("column-missing", table, spec.name())));
        complete = false;
      }
    }
    return complete ? header : null;
  }

  private void duplicate(GridCell cell, String name) {
    findings.add(TableFinding.at("column-duplicate", Severity.WARNING, cell.ref(),
        messages.format("column-duplicate", Excerpt.quote(name, 80))));
  }

  private void error(String rule, CellRef cell, String message) {
    findings.add(TableFinding.at(rule, Severity.ERROR, cell, message));
  }

  private boolean required(Header h, int row, String column, String value) {
    if (value.isEmpty()) {
      error("value-required", h.ref(row, column), messages.format("value-required", column));
      return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- plan

  private static final Set<String> LOCALIZED_PROPERTIES =
      Set.of("title", "jurisdiction", "preamble", "adoption.instrument");
  private static final Set<String> SINGLE_PROPERTIES = Set.of("id", "kind", "profile", "country",
      "period", "planNumber", "adoption.date", "adoption.reference", "adoption.language");

  private void planRow(Header h, int row) {
    String property = h.value(row, "property");
    CellRef valueCell = h.ref(row, "value");
    if (!required(h, row, "property", property)) {
      return;
    }
    String value = h.raw(row, "value");
    if (property.equals("droppedExtensions")) {
      findings.add(TableFinding.at("extensions-dropped", Severity.INFO, valueCell,
          messages.format("extensions-dropped", Excerpt.quote(value.strip(), 200))));
      return;
    }
    boolean localized = LOCALIZED_PROPERTIES.contains(property);
    if (!localized && !SINGLE_PROPERTIES.contains(property) && !property.equals("languages")) {
      findings.add(TableFinding.at("property-ignored", Severity.INFO, h.ref(row, "property"),
          messages.format("property-ignored", Excerpt.quote(property, 80))));
      return;
    }
    if (value.isBlank()) {
      required(h, row, "value", "");
      return;
    }
    if (localized) {
      String language = h.value(row, "language");
      if (!required(h, row, "language", language)) {
        return;
      }
      if (!LocalizedText.isWellFormedTag(language)) {
        error("value-invalid", h.ref(row, "language"),
            messages.format("value-invalid.language", Excerpt.quote(language, 40)));
        return;
      }
      Map<String, String> map = texts.computeIfAbsent(property, k -> new LinkedHashMap<>());
      if (map.keySet().stream().anyMatch(l -> l.equalsIgnoreCase(language))) {
        error("value-duplicate", valueCell,
            messages.format("value-duplicate.localized", property, language));
        return;
      }
      map.put(language, value);
      propertyCells.putIfAbsent(property, valueCell);
    } else if (property.equals("languages")) {
      String language = value.strip();
      if (!LocalizedText.isWellFormedTag(language)) {
        error("value-invalid", valueCell,
            messages.format("value-invalid.language", Excerpt.quote(language, 40)));
      } else if (languages.contains(language)) {
        error("value-duplicate", valueCell, messages.format("value-duplicate.language", language));
      } else {
        languages.add(language);
      }
    } else if (properties.containsKey(property)) {
      error("value-duplicate", valueCell, messages.format("value-duplicate", property));
    } else {
      properties.put(property, property.equals("adoption.reference") ? value : value.strip());
      propertyCells.put(property, valueCell);
    }
  }

  private Optional<Plan> build(Header h) {
    String sheet = h.grid.name();
    boolean ok = true;
    for (String property : List.of("id", "kind", "country", "period")) {
      if (!properties.containsKey(property)) {
        findings.add(TableFinding.inSheet("value-required", Severity.ERROR, sheet,
            messages.format("value-required.property", property)));
        ok = false;
      }
    }
    if (!texts.containsKey("title")) {
      findings.add(TableFinding.inSheet("value-required", Severity.ERROR, sheet,
          messages.format("value-required.property", "title")));
      ok = false;
    }
    if (languages.isEmpty()) {
      findings.add(TableFinding.inSheet("value-required", Severity.ERROR, sheet,
          messages.format("value-required.property", "languages")));
    }
    PlanKind kind = null;
    if (properties.containsKey("kind")) {
      kind = constant(PlanKind.class, properties.get("kind"), propertyCells.get("kind"),
          "kind-unknown");
      ok &= kind != null;
    }
    TimeFrame period = null;
    if (properties.containsKey("period")) {
      period = timeFrame(properties.get("period"), propertyCells.get("period"));
      ok &= period != null;
    }
    OptionalInt planNumber = OptionalInt.empty();
    if (properties.containsKey("planNumber")) {
      String n = properties.get("planNumber");
      if (YEAR.matcher(n).matches() && Integer.parseInt(n) >= 1) {
        planNumber = OptionalInt.of(Integer.parseInt(n));
      } else {
        error("value-invalid", propertyCells.get("planNumber"),
            messages.format("value-invalid.plan-number", Excerpt.quote(n, 40)));
      }
    }
    Optional<Adoption> adoption = adoption();
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new Plan(properties.get("id"), kind,
        Optional.ofNullable(properties.get("profile")), properties.get("country"),
        localized("jurisdiction"), localized("title").orElseThrow(), languages, period,
        planNumber, adoption, localized("preamble"), planLinks, institutions,
        topMeasures.stream().filter(Node::complete).map(Node::toMeasure).toList(),
        topSections.stream().filter(Node::complete).map(Node::toSection).toList(),
        JsonObject.EMPTY));
  }

  private Optional<LocalizedText> localized(String property) {
    Map<String, String> map = texts.get(property);
    return map == null ? Optional.empty() : Optional.of(LocalizedText.of(map));
  }

  private Optional<Adoption> adoption() {
    Optional<LocalizedText> instrument = localized("adoption.instrument");
    Optional<LocalDate> date = Optional.empty();
    if (properties.containsKey("adoption.date")) {
      try {
        date = Optional.of(LocalDate.parse(properties.get("adoption.date")));
      } catch (DateTimeParseException e) {
        error("value-invalid", propertyCells.get("adoption.date"), messages.format(
            "value-invalid.adoption-date", Excerpt.quote(properties.get("adoption.date"), 40)));
      }
    }
    Optional<String> language = Optional.ofNullable(properties.get("adoption.language"));
    if (language.isPresent() && !LocalizedText.isWellFormedTag(language.get())) {
      error("value-invalid", propertyCells.get("adoption.language"),
          messages.format("value-invalid.language", Excerpt.quote(language.get(), 40)));
      language = Optional.empty();
    }
    if (instrument.isEmpty()) {
      for (String p : List.of("adoption.date", "adoption.reference", "adoption.language")) {
        if (propertyCells.containsKey(p)) {
          error("value-required", propertyCells.get(p),
              messages.format("value-required.adoption-instrument"));
          break;
        }
      }
      return Optional.empty();
    }
    return Optional.of(new Adoption(instrument.get(), date,
        Optional.ofNullable(properties.get("adoption.reference")), language));
  }

  // ---------------------------------------------------------------- institutions

  private void institutionRow(Header h, int row) {
    String id = h.value(row, "id");
    if (!required(h, row, "id", id)) {
      return;
    }
    Optional<LocalizedText> name = h.text(row, "name");
    if (name.isEmpty()) {
      required(h, row, "name", "");
      return;
    }
    String kindText = h.value(row, "kind");
    if (!required(h, row, "kind", kindText)) {
      return;
    }
    InstitutionKind kind = constant(InstitutionKind.class, kindText, h.ref(row, "kind"),
        "kind-unknown");
    if (kind == null) {
      return;
    }
    Optional<Boolean> collective = bool(h, row, "collective");
    if (collective == null) {
      return;
    }
    String parent = h.value(row, "parent");
    institutions.add(new Institution(id, name.get(), kind, collective.orElse(false),
        parent.isEmpty() ? Optional.empty() : Optional.of(parent), JsonObject.EMPTY));
  }

  /** Empty for an empty cell, null (after a finding) for a cell that is not a boolean. */
  private Optional<Boolean> bool(Header h, int row, String column) {
    String text = h.value(row, column);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.equalsIgnoreCase("true")) {
      return Optional.of(true);
    }
    if (text.equalsIgnoreCase("false")) {
      return Optional.of(false);
    }
    error("value-invalid", h.ref(row, column),
        messages.format("value-invalid.boolean", column, Excerpt.quote(text, 40)));
    return null;
  }

  private <E extends Enum<E>> E constant(Class<E> type, String text, CellRef cell, String rule) {
    try {
      return TidyLayout.constant(type, text);
    } catch (IllegalArgumentException e) {
      error(rule, cell, messages.format("constant-unknown", Excerpt.quote(text, 60),
          TidyLayout.choices(type)));
      return null;
    }
  }

  // ---------------------------------------------------------------- measures

  private void measureRow(Header h, int row) {
    // The number first: a row counts for the 1.1#2 references of the rows after it even when
    // its kind is bad, as the exporter counted it.
    String numberText = h.value(row, "number");
    OutlineNumber number = null;
    String key = null;
    if (!numberText.isEmpty()) {
      number = number(numberText, h.ref(row, "number"));
      if (number != null) {
        int occurrence = occurrences.merge(number.toString(), 1, Integer::sum);
        key = occurrence == 1 ? number.toString() : number + "#" + occurrence;
      }
    }
    String kindText = h.value(row, "kind");
    if (!required(h, row, "kind", kindText)) {
      return;
    }
    boolean section;
    if (kindText.equalsIgnoreCase("section")) {
      section = true;
    } else if (kindText.equalsIgnoreCase("measure")) {
      section = false;
    } else {
      error("kind-unknown", h.ref(row, "kind"),
          messages.format("kind-unknown.row", Excerpt.quote(kindText, 60)));
      return;
    }
    if (!required(h, row, "number", numberText) || number == null) {
      return;
    }
    String parentText = h.value(row, "parent");
    Node parent = null;
    if (!parentText.isEmpty()) {
      parent = lookup(parentText);
      if (parent == null) {
        error("parent-unknown", h.ref(row, "parent"),
            messages.format("parent-unknown", Excerpt.quote(parentText, 40)));
        return;
      }
      if (section && !parent.section) {
        error("parent-unknown", h.ref(row, "parent"),
            messages.format("parent-unknown.measure", parentText));
        return;
      }
      if (parent.depth >= Plan.MAX_NESTING) {
        error("nesting-too-deep", h.ref(row, "parent"),
            messages.format("nesting-too-deep", Integer.toString(Plan.MAX_NESTING)));
        return;
      }
    }
    Node node = new Node(section, number, parent == null ? 1 : parent.depth + 1);
    node.title = h.text(row, "title");
    if (node.title.isEmpty()) {
      required(h, row, "title", "");
    }
    String code = h.raw(row, "code");
    node.code = code.isBlank() ? Optional.empty() : Optional.of(code);
    String ogpId = h.value(row, "ogpId");
    node.ogpId = ogpId.isEmpty() ? Optional.empty() : Optional.of(ogpId);
    node.description = h.text(row, "description");
    node.policyAreas = split(h.value(row, "policyAreas"));
    if (!section) {
      node.problem = h.text(row, "problem");
      node.statusQuo = h.text(row, "statusQuo");
      node.objective = h.text(row, "objective");
      node.expectedResults = h.text(row, "expectedResults");
      node.timeFramePrinted = h.text(row, "timeFramePrinted");
      String timeFrame = h.value(row, "timeFrame");
      if (!timeFrame.isEmpty()) {
        node.timeFrame = Optional.ofNullable(timeFrame(timeFrame, h.ref(row, "timeFrame")));
      }
      for (String value : split(h.value(row, "ogpValues"))) {
        OgpValue v = constant(OgpValue.class, value, h.ref(row, "ogpValues"), "value-invalid");
        if (v != null) {
          node.ogpValues.add(v);
        }
      }
    }
    if (parent == null) {
      (section ? topSections : topMeasures).add(node);
    } else {
      (section ? parent.sections : parent.measures).add(node);
    }
    byKey.put(key, node);
  }

  /** The section or measure a key names: {@code 1.2}, {@code 1.2#2}; also {@code 01.2}. */
  private Node lookup(String key) {
    Node node = byKey.get(key);
    if (node != null) {
      return node;
    }
    int hash = key.indexOf('#');
    try {
      String number = OutlineNumber.parse(hash < 0 ? key : key.substring(0, hash)).toString();
      return byKey.get(hash < 0 ? number : number + key.substring(hash));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private OutlineNumber number(String text, CellRef cell) {
    try {
      return OutlineNumber.parse(text);
    } catch (IllegalArgumentException e) {
      error("number-invalid", cell,
          messages.format("number-invalid", Excerpt.quote(text, 40), e.getMessage()));
      return null;
    }
  }

  private TimeFrame timeFrame(String text, CellRef cell) {
    try {
      return TimeFrame.parse(text);
    } catch (IllegalArgumentException e) {
      error("time-frame-invalid", cell,
          messages.format("time-frame-invalid", e.getMessage()));
      return null;
    }
  }

  private static List<String> split(String cell) {
    if (cell.isEmpty()) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String item : cell.split(";", -1)) {
      String s = item.strip();
      if (!s.isEmpty()) {
        items.add(s);
      }
    }
    return items;
  }

  private Node measure(Header h, int row, String column, boolean section) {
    String number = h.value(row, column);
    if (!required(h, row, column, number)) {
      return null;
    }
    Node node = lookup(number);
    if (node != null && node.section != section) {
      error("reference-unknown", h.ref(row, column), messages.format(
          section ? "reference-unknown.not-section" : "reference-unknown.not-measure",
          Excerpt.quote(number, 40)));
      return null;
    }
    if (node == null) {
      error("reference-unknown", h.ref(row, column), messages.format(
          section ? "reference-unknown.section" : "reference-unknown.measure",
          Excerpt.quote(number, 40)));
    }
    return node;
  }

  // ---------------------------------------------------------------- assignments, indicators

  private void assignmentRow(Header h, int row) {
    Node measure = measure(h, row, "measure", false);
    String institution = h.value(row, "institution");
    String roleText = h.value(row, "role");
    if (measure == null || !required(h, row, "institution", institution)
        || !required(h, row, "role", roleText)) {
      return;
    }
    Role role = constant(Role.class, roleText, h.ref(row, "role"), "role-unknown");
    if (role != null) {
      measure.assignments.add(new Assignment(institution, role, JsonObject.EMPTY));
    }
  }

  private void indicatorRow(Header h, int row) {
    Node measure = measure(h, row, "measure", false);
    if (measure == null) {
      return;
    }
    Optional<LocalizedText> text = h.text(row, "text");
    if (text.isEmpty()) {
      required(h, row, "text", "");
      return;
    }
    Optional<Quantity> baseline = quantity(h, row, "baseline");
    Optional<Quantity> target = quantity(h, row, "target");
    if (baseline == null || target == null) {
      return;
    }
    measure.indicators.add(new Indicator(text.get(), baseline, target));
  }

  /** Empty when the cells are, null (after a finding) when they do not make a quantity. */
  private Optional<Quantity> quantity(Header h, int row, String column) {
    String value = h.value(row, column);
    String unit = h.raw(row, column + "Unit");
    String year = h.value(row, column + "Year");
    if (value.isEmpty()) {
      if (!unit.isBlank() || !year.isEmpty()) {
        error("value-required", h.ref(row, column), messages.format(
            unit.isBlank() ? "value-required.quantity-year" : "value-required.quantity-unit",
            column));
        return null;
      }
      return Optional.empty();
    }
    if (!DECIMAL.matcher(value).matches()) {
      error("value-invalid", h.ref(row, column),
          messages.format("value-invalid.decimal", column, Excerpt.quote(value, 40)));
      return null;
    }
    Quantity q = Quantity.of(new BigDecimal(value));
    if (!unit.isBlank()) {
      q = q.withUnit(unit);
    }
    if (!year.isEmpty()) {
      int y = YEAR.matcher(year).matches() ? Integer.parseInt(year) : -1;
      if (y < TimeFrame.MIN_YEAR || y > TimeFrame.MAX_YEAR) {
        error("value-invalid", h.ref(row, column + "Year"), messages.format(
            "value-invalid.year", Excerpt.quote(year, 40), Integer.toString(TimeFrame.MIN_YEAR),
            Integer.toString(TimeFrame.MAX_YEAR)));
        return null;
      }
      q = q.withYear(y);
    }
    return Optional.of(q);
  }

  // ---------------------------------------------------------------- links, provisions

  private void linkRow(Header h, int row) {
    String owner = h.value(row, "owner");
    if (!required(h, row, "owner", owner)) {
      return;
    }
    List<Link> target;
    switch (owner.toLowerCase(Locale.ROOT)) {
      case "plan" -> target = planLinks;
      case "section", "measure" -> {
        Node node = measure(h, row, "number", owner.equalsIgnoreCase("section"));
        if (node == null) {
          return;
        }
        target = node.links;
      }
      default -> {
        error("kind-unknown", h.ref(row, "owner"),
            messages.format("kind-unknown.owner", Excerpt.quote(owner, 40)));
        return;
      }
    }
    String relText = h.value(row, "rel");
    String href = h.value(row, "href");
    if (!required(h, row, "rel", relText) || !required(h, row, "href", href)) {
      return;
    }
    LinkRel rel = constant(LinkRel.class, relText, h.ref(row, "rel"), "value-invalid");
    if (rel == null) {
      return;
    }
    URI uri;
    try {
      uri = Link.parseHref(href);
    } catch (IllegalArgumentException e) {
      error("value-invalid", h.ref(row, "href"),
          messages.format("value-invalid.href", e.getMessage()));
      return;
    }
    target.add(new Link(rel, uri, h.text(row, "title")));
  }

  private void provisionRow(Header h, int row) {
    Node section = measure(h, row, "section", true);
    String numberText = h.value(row, "number");
    if (section == null || !required(h, row, "number", numberText)) {
      return;
    }
    OutlineNumber number = number(numberText, h.ref(row, "number"));
    Optional<LocalizedText> text = h.text(row, "text");
    if (number == null) {
      return;
    }
    if (text.isEmpty()) {
      required(h, row, "text", "");
      return;
    }
    section.provisions.add(new Provision(number, text.get()));
  }
}
