package io.github.ogpkit.tables.internal;

import static io.github.ogpkit.tables.internal.TidyLayout.name;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.Link;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressEntry;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Quantity;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.tables.internal.Table.Column;
import io.github.ogpkit.tables.internal.TidyLayout.Spec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a plan, and the monitoring of a dataset, into the tables of the tidy layout. Everything a
 * plan holds goes into a table except extensions, whose JSON pointers {@link #dropped()} lists.
 */
public final class TidyExport {

  /** A table while its rows are gathered: localized cells hold their {@link LocalizedText}. */
  private static final class Draft {
    final String name;
    final List<Spec> specs;
    final List<Object[]> rows = new ArrayList<>();
    final Map<String, Integer> index = new java.util.HashMap<>();

    Draft(String name) {
      this.name = name;
      this.specs = TidyLayout.columns(name);
      for (int i = 0; i < specs.size(); i++) {
        index.put(specs.get(i).name(), i);
      }
    }

    Object[] row() {
      Object[] row = new Object[specs.size()];
      rows.add(row);
      return row;
    }

    void set(Object[] row, String column, Object value) {
      Integer i = index.get(column);
      if (i == null) {
        throw new IllegalArgumentException(column);
      }
      row[i] = value;
    }

    Table expand(List<String> languages) {
      List<Column> columns = new ArrayList<>();
      for (Spec spec : specs) {
        if (spec.localized()) {
          for (String language : languages) {
            columns.add(new Column(spec.name() + "@" + language, spec.type()));
          }
        } else {
          columns.add(new Column(spec.name(), spec.type()));
        }
      }
      Table table = new Table(name, columns);
      for (Object[] draft : rows) {
        Object[] row = new Object[columns.size()];
        int at = 0;
        for (int i = 0; i < specs.size(); i++) {
          if (specs.get(i).localized()) {
            LocalizedText text = (LocalizedText) draft[i];
            for (String language : languages) {
              row[at++] = text == null ? null : text.get(language).orElse(null);
            }
          } else {
            row[at++] = draft[i];
          }
        }
        table.add(row);
      }
      return table;
    }
  }

  private final Plan plan;
  private final Set<String> languages = new LinkedHashSet<>();
  private final Set<String> otherLanguages = new TreeSet<>();
  private final List<String> dropped = new ArrayList<>();
  private final Draft planTable = new Draft(TidyLayout.PLAN);
  private final Draft measures = new Draft(TidyLayout.MEASURES);
  private final Draft institutions = new Draft(TidyLayout.INSTITUTIONS);
  private final Draft assignments = new Draft(TidyLayout.ASSIGNMENTS);
  private final Draft indicators = new Draft(TidyLayout.INDICATORS);
  private final Draft links = new Draft(TidyLayout.LINKS);
  private final Draft provisions = new Draft(TidyLayout.PROVISIONS);
  private final List<Table> tables = new ArrayList<>();
  private final Map<String, Integer> occurrences = new java.util.HashMap<>();

  private TidyExport(Plan plan) {
    this.plan = plan;
    languages.addAll(plan.languages());
  }

  /**
   * The tables of a plan.
   *
   * @param plan the plan
   * @return the export
   */
  public static TidyExport of(Plan plan) {
    TidyExport export = new TidyExport(plan);
    export.build(Optional.empty());
    return export;
  }

  /**
   * The tables of one plan of a dataset, and the statuses its monitoring documents give.
   *
   * @param dataset the dataset
   * @param plan the plan, one of the dataset's
   * @return the export
   */
  public static TidyExport of(Dataset dataset, Plan plan) {
    TidyExport export = new TidyExport(plan);
    export.build(Optional.of(dataset));
    return export;
  }

  /** The tables, in the order they are written. */
  public List<Table> tables() {
    return List.copyOf(tables);
  }

  /** The JSON pointers of the extensions that no table holds, in document order. */
  public List<String> dropped() {
    return List.copyOf(dropped);
  }

  private void build(Optional<Dataset> dataset) {
    JsonPointer root = JsonPointer.root();
    extensions(root, plan.extensions());
    planRows();
    for (Link link : plan.links()) {
      link("plan", "", link);
    }
    for (int i = 0; i < plan.institutions().size(); i++) {
      Institution institution = plan.institutions().get(i);
      Object[] row = institutions.row();
      institutions.set(row, "id", institution.id());
      institutions.set(row, "name", text(institution.name()));
      institutions.set(row, "kind", name(institution.kind()));
      institutions.set(row, "sector", name(institution.kind().sector()));
      institutions.set(row, "collective", institution.collective());
      institutions.set(row, "parent", institution.parent().orElse(null));
      extensions(root.append("institutions").append(i), institution.extensions());
    }
    for (int i = 0; i < plan.measures().size(); i++) {
      measure(plan.measures().get(i), "", 1, root.append("measures").append(i));
    }
    for (int i = 0; i < plan.sections().size(); i++) {
      section(plan.sections().get(i), "", 1, root.append("sections").append(i));
    }
    List<String> ordered = new ArrayList<>(languages);
    otherLanguages.removeIf(languages::contains);
    ordered.addAll(otherLanguages);
    for (Draft draft : List.of(planTable, measures, institutions, assignments, indicators, links,
        provisions)) {
      tables.add(draft.expand(ordered));
    }
    dataset.ifPresent(d -> tables.add(statuses(d).expand(ordered)));
  }

  private void extensions(JsonPointer at, JsonObject extensions) {
    if (!extensions.isEmpty()) {
      String pointer = at.append("extensions").toString();
      dropped.add(pointer);
      Object[] row = planTable.row();
      planTable.set(row, "property", "droppedExtensions");
      planTable.set(row, "value", pointer);
    }
  }

  private LocalizedText text(LocalizedText text) {
    otherLanguages.addAll(text.languages());
    return text;
  }

  private void property(String property, Object value) {
    Object[] row = planTable.row();
    planTable.set(row, "property", property);
    planTable.set(row, "value", value.toString());
  }

  private void property(String property, LocalizedText text) {
    otherLanguages.addAll(text.languages());
    for (Map.Entry<String, String> e : text.asMap().entrySet()) {
      Object[] row = planTable.row();
      planTable.set(row, "property", property);
      planTable.set(row, "language", e.getKey());
      planTable.set(row, "value", e.getValue());
    }
  }

  private void planRows() {
    property("id", plan.id());
    property("kind", name(plan.kind()));
    plan.profile().ifPresent(p -> property("profile", p));
    property("country", plan.country());
    plan.jurisdiction().ifPresent(j -> property("jurisdiction", j));
    property("title", plan.title());
    for (String language : plan.languages()) {
      property("languages", language);
    }
    property("period", plan.period());
    plan.planNumber().ifPresent(n -> property("planNumber", Integer.toString(n)));
    plan.adoption().ifPresent(a -> {
      property("adoption.instrument", a.instrument());
      a.date().ifPresent(d -> property("adoption.date", d));
      a.reference().ifPresent(r -> property("adoption.reference", r));
      a.language().ifPresent(l -> property("adoption.language", l));
    });
    plan.preamble().ifPresent(p -> property("preamble", p));
  }

  private void link(String owner, String number, Link link) {
    Object[] row = links.row();
    links.set(row, "owner", owner);
    links.set(row, "number", number.isEmpty() ? null : number);
    links.set(row, "rel", name(link.rel()));
    links.set(row, "href", link.href().toString());
    links.set(row, "title", link.title().map(this::text).orElse(null));
  }

  private void section(Section section, String parent, int depth, JsonPointer at) {
    String number = key(section.number().toString());
    Object[] row = measures.row();
    measures.set(row, "kind", "section");
    measures.set(row, "number", section.number().toString());
    measures.set(row, "code", section.code().orElse(null));
    measures.set(row, "ogpId", section.ogpId().orElse(null));
    measures.set(row, "parent", parent.isEmpty() ? null : parent);
    measures.set(row, "depth", depth);
    measures.set(row, "title", text(section.title()));
    measures.set(row, "description", section.description().map(this::text).orElse(null));
    measures.set(row, "policyAreas", list(section.policyAreas()));
    extensions(at, section.extensions());
    for (Link link : section.links()) {
      link("section", number, link);
    }
    for (Provision provision : section.provisions()) {
      Object[] p = provisions.row();
      provisions.set(p, "section", number);
      provisions.set(p, "number", provision.number().toString());
      provisions.set(p, "text", text(provision.text()));
    }
    for (int i = 0; i < section.measures().size(); i++) {
      measure(section.measures().get(i), number, depth + 1, at.append("measures").append(i));
    }
    for (int i = 0; i < section.sections().size(); i++) {
      section(section.sections().get(i), number, depth + 1, at.append("sections").append(i));
    }
  }

  private void measure(Measure measure, String parent, int depth, JsonPointer at) {
    String number = key(measure.number().toString());
    Object[] row = measures.row();
    measures.set(row, "kind", "measure");
    measures.set(row, "number", measure.number().toString());
    measures.set(row, "code", measure.code().orElse(null));
    measures.set(row, "ogpId", measure.ogpId().orElse(null));
    measures.set(row, "parent", parent.isEmpty() ? null : parent);
    measures.set(row, "depth", depth);
    measures.set(row, "title", text(measure.title()));
    measures.set(row, "description", measure.description().map(this::text).orElse(null));
    measures.set(row, "problem", measure.problem().map(this::text).orElse(null));
    measures.set(row, "statusQuo", measure.statusQuo().map(this::text).orElse(null));
    measures.set(row, "objective", measure.objective().map(this::text).orElse(null));
    measures.set(row, "expectedResults",
        measure.expectedResults().map(this::text).orElse(null));
    measure.timeFrame().ifPresent(t -> timeFrame(row, t));
    measures.set(row, "timeFramePrinted",
        measure.timeFramePrinted().map(this::text).orElse(null));
    List<String> values = new ArrayList<>();
    for (OgpValue value : measure.ogpValues()) {
      values.add(name(value));
    }
    measures.set(row, "ogpValues", list(values));
    measures.set(row, "policyAreas", list(measure.policyAreas()));
    measures.set(row, "indicators", indicatorSummary(measure.indicators()));
    extensions(at, measure.extensions());
    for (int i = 0; i < measure.institutions().size(); i++) {
      Assignment assignment = measure.institutions().get(i);
      Object[] a = assignments.row();
      assignments.set(a, "measure", number);
      assignments.set(a, "institution", assignment.institution());
      assignments.set(a, "role", name(assignment.role()));
      extensions(at.append("institutions").append(i), assignment.extensions());
    }
    for (Indicator indicator : measure.indicators()) {
      Object[] i = indicators.row();
      indicators.set(i, "measure", number);
      indicators.set(i, "text", text(indicator.text()));
      indicator.baseline().ifPresent(q -> quantity(i, "baseline", q));
      indicator.target().ifPresent(q -> quantity(i, "target", q));
    }
    for (Link link : measure.links()) {
      link("measure", number, link);
    }
    for (int i = 0; i < measure.measures().size(); i++) {
      measure(measure.measures().get(i), number, depth + 1, at.append("measures").append(i));
    }
  }

  /**
   * How other tables name a section or measure: its number, or when the number is used again
   * (as printed plans sometimes do), the number and which time it occurs: {@code 1.1#2}.
   */
  private String key(String number) {
    int n = occurrences.merge(number, 1, Integer::sum);
    return n == 1 ? number : number + "#" + n;
  }

  private void timeFrame(Object[] row, TimeFrame timeFrame) {
    measures.set(row, "timeFrame", timeFrame.toString());
    measures.set(row, "firstDay", timeFrame.firstDay().orElse(null));
    measures.set(row, "lastDay", timeFrame.lastDay().orElse(null));
    measures.set(row, "openStart", !timeFrame.isPermanent() && timeFrame.startPoint().isEmpty());
    measures.set(row, "openEnd", timeFrame.isPermanent() || timeFrame.endPoint().isEmpty());
  }

  private void quantity(Object[] row, String column, Quantity quantity) {
    indicators.set(row, column, quantity.value());
    quantity.unit().ifPresent(u -> indicators.set(row, column + "Unit", u));
    if (quantity.year().isPresent()) {
      indicators.set(row, column + "Year", quantity.year().getAsInt());
    }
  }

  /** The indicators' texts, one a line in each language: a summary, the indicators table holds them. */
  private LocalizedText indicatorSummary(List<Indicator> list) {
    if (list.isEmpty()) {
      return null;
    }
    Map<String, StringBuilder> byLanguage = new java.util.TreeMap<>();
    for (Indicator indicator : list) {
      for (Map.Entry<String, String> e : indicator.text().asMap().entrySet()) {
        StringBuilder s = byLanguage.computeIfAbsent(e.getKey(), k -> new StringBuilder());
        if (s.length() > 0) {
          s.append('\n');
        }
        s.append(e.getValue());
      }
    }
    Map<String, String> texts = new java.util.TreeMap<>();
    byLanguage.forEach((k, v) -> texts.put(k, v.toString()));
    return LocalizedText.of(texts);
  }

  private static String list(List<String> items) {
    return items.isEmpty() ? null : String.join(TidyLayout.LIST_SEPARATOR, items);
  }

  private Draft statuses(Dataset dataset) {
    Draft table = new Draft(TidyLayout.STATUSES);
    for (ProgressReport report : dataset.progressReports()) {
      if (!report.plan().equals(plan.id())) {
        continue;
      }
      String first = report.languages().isEmpty() ? "" : report.languages().get(0);
      String reporter = first.isEmpty()
          ? report.reporter().name().asMap().values().iterator().next()
          : report.reporter().name().getOrFallback(first,
              report.reporter().name().languages().iterator().next());
      for (ProgressEntry entry : report.entries()) {
        Object[] row = table.row();
        table.set(row, "plan", report.plan());
        table.set(row, "document", report.id());
        table.set(row, "reporterKind", name(report.reporter().kind()));
        table.set(row, "reporter", reporter);
        table.set(row, "asOf", report.asOf());
        table.set(row, "measure", entry.measure().map(Object::toString).orElse(null));
        table.set(row, "ogpId", entry.ogpId().orElse(null));
        table.set(row, "status", entry.status().map(TidyLayout::name).orElse(null));
        table.set(row, "onSchedule", entry.onSchedule().orElse(null));
      }
    }
    for (IrmAssessment assessment : dataset.irmAssessments()) {
      if (!assessment.plan().equals(plan.id())) {
        continue;
      }
      for (Assessment entry : assessment.entries()) {
        Object[] row = table.row();
        table.set(row, "plan", assessment.plan());
        table.set(row, "document", assessment.id());
        table.set(row, "reporterKind", name(ReporterKind.IRM));
        table.set(row, "reporter", name(assessment.product()));
        table.set(row, "asOf", assessment.published().firstDay());
        table.set(row, "measure", entry.measure().map(Object::toString).orElse(null));
        table.set(row, "ogpId", entry.ogpId().orElse(null));
        table.set(row, "completion", entry.completion().map(TidyLayout::name).orElse(null));
        table.set(row, "starred", entry.starred().orElse(null));
      }
    }
    return table;
  }

  /** Whether a workbook's number (a double) gives back exactly this decimal, scale included. */
  public static boolean exactAsDouble(BigDecimal value) {
    double d = value.doubleValue();
    if (!Double.isFinite(d)) {
      return false;
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().equals(value.toString());
  }
}
