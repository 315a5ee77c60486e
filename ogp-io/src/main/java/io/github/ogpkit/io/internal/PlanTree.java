package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.Adoption;
import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Quantity;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns a plan into the ordered values {@link JsonOut} writes: properties in the order of the
 * format's tables, empty optional arrays and empty extensions left out, {@code collective} only
 * when true. Internal.
 */
public final class PlanTree {
  private PlanTree() {}

  /**
   * Writes a plan in canonical form.
   *
   * @param plan the plan
   * @return the text, ending with a newline
   */
  public static String canonical(Plan plan) {
    return JsonOut.document(of(plan));
  }

  /**
   * Returns the ordered tree of a plan.
   *
   * @param plan the plan
   * @return the tree
   */
  public static Map<String, Object> of(Plan plan) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("schemaVersion", PlanBinder.SCHEMA_VERSION);
    o.put("id", plan.id());
    o.put("kind", plan.kind().name());
    o.put("country", plan.country());
    o.put("title", text(plan.title()));
    o.put("languages", plan.languages());
    o.put("period", plan.period().toString());
    plan.adoption().ifPresent(a -> o.put("adoption", adoption(a)));
    plan.preamble().ifPresent(t -> o.put("preamble", text(t)));
    o.put("institutions", map(plan.institutions(), PlanTree::institution));
    o.put("sections", map(plan.sections(), PlanTree::section));
    extensions(o, plan.extensions());
    return o;
  }

  private static Map<String, Object> adoption(Adoption a) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("instrument", text(a.instrument()));
    a.date().ifPresent(d -> o.put("date", d.toString()));
    a.reference().ifPresent(r -> o.put("reference", r));
    return o;
  }

  private static Map<String, Object> institution(Institution i) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", i.id());
    o.put("name", text(i.name()));
    o.put("kind", i.kind().name());
    if (i.collective()) {
      o.put("collective", Boolean.TRUE);
    }
    i.parent().ifPresent(p -> o.put("parent", p));
    extensions(o, i.extensions());
    return o;
  }

  private static Map<String, Object> section(Section s) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("number", s.number().toString());
    o.put("title", text(s.title()));
    s.description().ifPresent(t -> o.put("description", text(t)));
    optional(o, "measures", s.measures(), PlanTree::measure);
    optional(o, "sections", s.sections(), PlanTree::section);
    optional(o, "provisions", s.provisions(), PlanTree::provision);
    extensions(o, s.extensions());
    return o;
  }

  private static Map<String, Object> measure(Measure m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("number", m.number().toString());
    o.put("title", text(m.title()));
    m.description().ifPresent(t -> o.put("description", text(t)));
    optional(o, "indicators", m.indicators(), PlanTree::indicator);
    optional(o, "institutions", m.institutions(), PlanTree::assignment);
    m.timeFrame().ifPresent(t -> o.put("timeFrame", t.toString()));
    optional(o, "measures", m.measures(), PlanTree::measure);
    extensions(o, m.extensions());
    return o;
  }

  private static Map<String, Object> assignment(Assignment a) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("institution", a.institution());
    o.put("role", a.role().name());
    return o;
  }

  private static Map<String, Object> indicator(Indicator i) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("text", text(i.text()));
    i.baseline().ifPresent(q -> o.put("baseline", quantity(q)));
    i.target().ifPresent(q -> o.put("target", quantity(q)));
    return o;
  }

  private static Map<String, Object> quantity(Quantity q) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("value", q.value());
    q.unit().ifPresent(u -> o.put("unit", u));
    q.year().ifPresent(y -> o.put("year", y));
    return o;
  }

  private static Map<String, Object> provision(Provision p) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("number", p.number().toString());
    o.put("text", text(p.text()));
    return o;
  }

  private static Map<String, Object> text(LocalizedText t) {
    // LocalizedText already keeps its tags in code-unit order; the TreeMap makes the canonical
    // order this writer's own guarantee rather than the model's.
    return new TreeMap<>(t.asMap());
  }

  private static void extensions(Map<String, Object> o, JsonObject extensions) {
    if (!extensions.isEmpty()) {
      o.put("extensions", extensions);
    }
  }

  private static <T> void optional(Map<String, Object> o, String name, List<T> list,
      Function<T, Map<String, Object>> each) {
    if (!list.isEmpty()) {
      o.put(name, map(list, each));
    }
  }

  private static <T> List<Object> map(List<T> list, Function<T, Map<String, Object>> each) {
    return list.stream().<Object>map(each).toList();
  }
}
