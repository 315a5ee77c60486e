package io.github.ogpkit.tables.internal;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.constraints.Identifier;
import io.github.ogpkit.model.internal.Excerpt;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.tables.CellRef;
import io.github.ogpkit.tables.TableFinding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an institutions file: a header row naming the columns {@code id}, {@code name@LANG} (one
 * column per language), {@code kind}, {@code collective} and {@code parent}, in any order, and
 * one institution a row. Other columns are not read. Every problem is a finding at its cell; a
 * row without a usable id or name is left out.
 */
public final class PrintedRegistryFile {

  private static final Pattern ID = Pattern.compile(Identifier.PATTERN);

  /** The institutions read, and the findings. */
  public record Result(List<Institution> institutions, List<TableFinding> findings) {}

  private PrintedRegistryFile() {}

  /**
   * Reads the institutions of a grid.
   *
   * @param grid the sheet or CSV file
   * @param csv whether the grid is CSV (whose cells may carry the formula guard)
   * @param messages the messages of the findings
   * @return the institutions and findings
   */
  public static Result read(Grid grid, boolean csv, TableMessages messages) {
    List<TableFinding> findings = new ArrayList<>();
    List<Institution> institutions = new ArrayList<>();
    int header = 0;
    for (int r = 1; r <= grid.rowCount(); r++) {
      if (!grid.isBlankRow(r)) {
        header = r;
        break;
      }
    }
    int idColumn = 0;
    int kindColumn = 0;
    int collectiveColumn = 0;
    int parentColumn = 0;
    Map<Integer, String> nameColumns = new LinkedHashMap<>();
    for (int c = 1; header > 0 && c <= grid.columnCount(header); c++) {
      String h = text(grid, header, c, csv).strip().toLowerCase(Locale.ROOT);
      if (h.equals("id")) {
        idColumn = c;
      } else if (h.equals("kind")) {
        kindColumn = c;
      } else if (h.equals("collective")) {
        collectiveColumn = c;
      } else if (h.equals("parent")) {
        parentColumn = c;
      } else if (h.startsWith("name@") && LocalizedText.isWellFormedTag(h.substring(5))) {
        nameColumns.put(c, text(grid, header, c, csv).strip().substring(5));
      }
    }
    if (idColumn == 0 || nameColumns.isEmpty()) {
      findings.add(TableFinding.inSheet("registry-columns-missing", Severity.ERROR, grid.name(),
          messages.format("registry-columns-missing")));
      return new Result(List.of(), findings);
    }
    Set<String> seen = new HashSet<>();
    for (int r = header + 1; r <= grid.rowCount(); r++) {
      if (grid.isBlankRow(r)) {
        continue;
      }
      String id = text(grid, r, idColumn, csv).strip();
      CellRef idCell = CellRef.of(grid.name(), r, idColumn);
      if (!ID.matcher(id).matches()) {
        findings.add(TableFinding.at("registry-id-invalid", Severity.ERROR, idCell,
            messages.format("registry-id-invalid", Excerpt.quote(id, 60))));
        continue;
      }
      if (!seen.add(id)) {
        findings.add(TableFinding.at("registry-id-duplicate", Severity.ERROR, idCell,
            messages.format("registry-id-duplicate", Excerpt.quote(id, 60))));
        continue;
      }
      Map<String, String> names = new LinkedHashMap<>();
      for (Map.Entry<Integer, String> e : nameColumns.entrySet()) {
        String n = text(grid, r, e.getKey(), csv).strip();
        if (!n.isEmpty()) {
          names.put(e.getValue(), n);
        }
      }
      if (names.isEmpty()) {
        findings.add(TableFinding.at("registry-name-missing", Severity.ERROR, idCell,
            messages.format("registry-name-missing", id)));
        continue;
      }
      InstitutionKind kind = InstitutionKind.OTHER;
      if (kindColumn > 0) {
        String k = text(grid, r, kindColumn, csv).strip();
        try {
          kind = InstitutionKind.valueOf(k.toUpperCase(Locale.ROOT).replace('-', '_')
              .replace(' ', '_'));
        } catch (IllegalArgumentException e) {
          findings.add(TableFinding.at("registry-kind-unknown", Severity.ERROR,
              CellRef.of(grid.name(), r, kindColumn),
              messages.format("registry-kind-unknown", Excerpt.quote(k, 60), id)));
        }
      }
      boolean collective = false;
      if (collectiveColumn > 0) {
        String v = text(grid, r, collectiveColumn, csv).strip().toLowerCase(Locale.ROOT);
        collective = v.equals("true") || v.equals("yes") || v.equals("1");
        if (!collective && !v.isEmpty() && !v.equals("false") && !v.equals("no")
            && !v.equals("0")) {
          findings.add(TableFinding.at("registry-collective-invalid", Severity.ERROR,
              CellRef.of(grid.name(), r, collectiveColumn),
              messages.format("registry-collective-invalid", Excerpt.quote(v, 30))));
        }
      }
      String parent = parentColumn > 0 ? text(grid, r, parentColumn, csv).strip() : "";
      institutions.add(Institution.builder().id(id).name(LocalizedText.of(names)).kind(kind)
          .collective(collective).parent(parent.isEmpty() ? null : parent).build());
    }
    return new Result(List.copyOf(institutions), List.copyOf(findings));
  }

  private static String text(Grid grid, int row, int column, boolean csv) {
    String t = grid.cell(row, column).text();
    return csv ? FormulaGuard.unguard(t) : t;
  }
}
