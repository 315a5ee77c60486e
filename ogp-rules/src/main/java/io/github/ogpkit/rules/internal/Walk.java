package io.github.ogpkit.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One validation of one plan: the plan, an index of its institutions, the messages, and the
 * findings reported so far. Internal; confined to the thread that validates.
 */
@API(status = INTERNAL, since = "0.1")
public final class Walk {

  private final Plan plan;
  private final Map<String, Severity> severities;
  private final Messages messages;
  // The index in the registry of the first institution with each id.
  private final Map<String, Integer> institutions;
  private final List<Finding> findings = new ArrayList<>();
  // The measure whose assignments were resolved last, and the registry index of each one's
  // institution.
  private @Nullable Measure resolvedMeasure;
  private int[] resolved = new int[4];
  // Where the text being checked is, for textPath(): the part that holds it and the property,
  // with an array and index between them for an indicator's text.
  private @Nullable JsonPointer textPart;
  private @Nullable String textArray;
  private int textIndex;
  private @Nullable String textProperty;
  // The assignments in effect of the measure being walked: PlanWalker sets them.
  private List<Assignment> assignmentsInEffect = List.of();
  // Counted on first request; -1 until then.
  private int measureCount = -1;
  private int numberedCount = -1;

  /**
   * Starts a walk.
   *
   * @param plan the plan, not null
   * @param severities the severity of each rule that runs, not null
   * @param messages the messages, not null
   */
  public Walk(Plan plan, Map<String, Severity> severities, Messages messages) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.severities = Objects.requireNonNull(severities, "severities");
    this.messages = Objects.requireNonNull(messages, "messages");
    List<Institution> registry = plan.institutions();
    this.institutions = hashMap(registry.size());
    for (int i = 0; i < registry.size(); i++) {
      institutions.putIfAbsent(registry.get(i).id(), i);
    }
  }

  /**
   * Returns the plan.
   *
   * @return the plan, not null
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Finds an institution by id; the first if the plan uses the id twice.
   *
   * @param id the id, not null
   * @return the institution, or empty
   */
  public Optional<Institution> institution(String id) {
    Integer index = institutions.get(id);
    return index == null ? Optional.empty() : Optional.of(plan.institutions().get(index));
  }

  /**
   * Finds the index of an institution in the registry; the first if the plan uses the id twice.
   *
   * @param id the id, not null
   * @return the index, or -1 if no institution has the id
   */
  public int institutionIndex(String id) {
    Integer index = institutions.get(id);
    return index == null ? -1 : index;
  }

  /**
   * Finds the institution of one of a measure's assignments: its index in the registry, as
   * {@link #institutionIndex} finds it. The measure's assignments are resolved once, when a rule
   * first asks about the measure: several rules look at every assignment of every measure.
   *
   * @param measure the measure, not null
   * @param k the index of the assignment in {@code measure.institutions()}
   * @return the index in the registry, or -1 if no institution has the assignment's id
   */
  public int assignedIndex(Measure measure, int k) {
    if (measure != resolvedMeasure) {
      List<Assignment> assignments = measure.institutions();
      if (resolved.length < assignments.size()) {
        resolved = new int[assignments.size()];
      }
      for (int i = 0; i < assignments.size(); i++) {
        resolved[i] = institutionIndex(assignments.get(i).institution());
      }
      resolvedMeasure = measure;
    }
    return resolved[Objects.checkIndex(k, measure.institutions().size())];
  }

  /**
   * Returns the path of an institution of the registry.
   *
   * @param index the index in the registry
   * @return {@code /institutions/<index>}, not null
   */
  public static JsonPointer institutionPath(int index) {
    return JsonPointer.root().append("institutions").append(index);
  }

  /** Sets the assignments in effect of the measure the rules are called for next. */
  void assignmentsInEffect(List<Assignment> assignments) {
    assignmentsInEffect = assignments;
  }

  /**
   * Returns the assignments in effect for the measure being checked: its own, or if it has none,
   * those of its nearest ancestor measure that has some (RULES-1.1: milestones inherit their
   * commitment's institutions). Only {@code measure-without-institution} and
   * {@code lead-missing} look at them; every other rule looks at a measure's own assignments.
   * Valid during a {@link PlanRule.OnMeasure#measure} call made by {@link PlanWalker}.
   *
   * @return the assignments, not null, possibly empty
   */
  public List<Assignment> assignmentsInEffect() {
    return assignmentsInEffect;
  }

  /** Sets where the next text is: {@code <part>/<property>}. */
  void textAt(JsonPointer part, String property) {
    textAt(part, null, 0, property);
  }

  /**
   * Sets where the next text is: {@code <part>/<array>/<index>/<property>}, or
   * {@code <part>/<property>} if the array is null.
   */
  void textAt(JsonPointer part, @Nullable String array, int index, String property) {
    textPart = part;
    textArray = array;
    textIndex = index;
    textProperty = property;
  }

  /**
   * Returns the path of the text being checked, such as {@code /sections/0/title}: valid during a
   * {@link PlanRule.OnText#text} call.
   *
   * @return the path, not null
   */
  public JsonPointer textPath() {
    JsonPointer holder = textArray == null ? textPart
        : textPart.append(textArray).append(textIndex);
    return holder.append(textProperty);
  }

  /**
   * Returns the number of measures of the plan, sub-measures included. Rules that keep an entry
   * for every measure size their tables with it, rather than grow them step by step.
   *
   * @return the count
   */
  public int measureCount() {
    if (measureCount < 0) {
      count();
    }
    return measureCount;
  }

  /**
   * Returns the number of numbered parts of the plan: sections, subsections, measures,
   * sub-measures and provisions.
   *
   * @return the count
   */
  public int numberedCount() {
    if (numberedCount < 0) {
      count();
    }
    return numberedCount;
  }

  private void count() {
    int[] counts = new int[2];
    List<Measure> measures = plan.measures();
    for (int i = 0; i < measures.size(); i++) {
      count(measures.get(i), counts);
    }
    List<Section> sections = plan.sections();
    for (int i = 0; i < sections.size(); i++) {
      count(sections.get(i), counts);
    }
    measureCount = counts[0];
    numberedCount = counts[1];
  }

  // Indexed loops: an iterator for every list of the plan was most of what counting allocated.

  private static void count(Section section, int[] counts) {
    counts[1] += 1 + section.provisions().size();
    List<Measure> measures = section.measures();
    for (int i = 0; i < measures.size(); i++) {
      count(measures.get(i), counts);
    }
    List<Section> sections = section.sections();
    for (int i = 0; i < sections.size(); i++) {
      count(sections.get(i), counts);
    }
  }

  private static void count(Measure measure, int[] counts) {
    counts[0]++;
    counts[1]++;
    List<Measure> measures = measure.measures();
    for (int i = 0; i < measures.size(); i++) {
      count(measures.get(i), counts);
    }
  }

  /** An empty hash map that holds a number of entries without growing. */
  private static <K, V> Map<K, V> hashMap(int entries) {
    // HashMap grows beyond three quarters full.
    return new HashMap<>(Math.max(16, (int) Math.ceil(entries / 0.75)));
  }

  /**
   * Returns the messages.
   *
   * @return the messages, not null
   */
  public Messages messages() {
    return messages;
  }

  /**
   * Reports a finding at the rule's configured severity.
   *
   * @param rule the rule's id, not null
   * @param path where, not null
   * @param key the message key, not null
   * @param args the values the message names
   */
  public void report(String rule, JsonPointer path, String key, Object... args) {
    Severity severity = severities.get(rule);
    if (severity != null) {
      findings.add(Finding.of(rule, severity, path, messages.format(key, args)));
    }
  }

  /**
   * Returns the findings reported so far.
   *
   * @return the findings, a live list, not null
   */
  public List<Finding> findings() {
    return findings;
  }
}
