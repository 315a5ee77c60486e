package io.github.ogpkit.report.internal;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanPart;
import io.github.ogpkit.model.Section;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The anchor ids of a plan's sections and measures: {@code s-NUMBER} for a section,
 * {@code m-NUMBER} for a measure, and {@code -2}, {@code -3}, ... after the second and later
 * parts of one kind that print the same number ({@code m-1.1}, then {@code m-1.1-2}). A number
 * holds only digits and dots, so no suffix makes another number's id. Ids are given in document
 * order: the plan's own measures, then each section, its measures and its subsections. Internal.
 */
public final class Anchors {

  /** The id of the page's header, which findings about the plan as a whole link to. */
  public static final String PLAN = "plan";

  private final Map<PlanPart, String> ids = new IdentityHashMap<>();
  private final Map<PlanPart, @Nullable Section> sectionOf = new IdentityHashMap<>();
  private final Map<PlanPart, Integer> depth = new IdentityHashMap<>();
  private final Map<String, Integer> used = new HashMap<>();
  private final Map<String, String> firstByNumber = new LinkedHashMap<>();
  private final Map<String, String> firstByOgpId = new LinkedHashMap<>();

  /**
   * Gives every section and measure of a plan its id.
   *
   * @param plan the plan
   */
  public Anchors(Plan plan) {
    for (Measure m : plan.measures()) {
      measure(m, null, 1);
    }
    for (Section s : plan.sections()) {
      section(s, null, 1);
    }
  }

  private void section(Section s, @Nullable Section parent, int level) {
    give(s, "s-", parent, level);
    for (Measure m : s.measures()) {
      measure(m, s, level + 1);
    }
    for (Section sub : s.sections()) {
      section(sub, s, level + 1);
    }
  }

  private void measure(Measure m, @Nullable Section section, int level) {
    String id = give(m, "m-", section, level);
    firstByNumber.putIfAbsent(m.number().toString(), id);
    m.ogpId().ifPresent(o -> firstByOgpId.putIfAbsent(o, id));
    for (Measure sub : m.measures()) {
      measure(sub, section, level + 1);
    }
  }

  private String give(PlanPart part, String prefix, @Nullable Section section, int level) {
    String base = prefix + part.number();
    int n = used.merge(base, 1, Integer::sum);
    String id = n == 1 ? base : base + "-" + n;
    ids.put(part, id);
    sectionOf.put(part, section);
    depth.put(part, level);
    return id;
  }

  /**
   * Returns the id of a section or measure of the plan.
   *
   * @param part the very instance in the plan
   * @return the id
   * @throws IllegalArgumentException if the part is not the plan's
   */
  public String id(PlanPart part) {
    String id = ids.get(part);
    if (id == null) {
      throw new IllegalArgumentException("not a part of the plan: " + part.number());
    }
    return id;
  }

  /**
   * Returns the section a measure is in, directly or through the measures that contain it.
   *
   * @param part the very instance in the plan
   * @return the section, empty for a measure in no section or for a top-level section
   */
  public Optional<Section> sectionOf(PlanPart part) {
    return Optional.ofNullable(sectionOf.get(part));
  }

  /**
   * Returns how deep a part nests, 1 at the top.
   *
   * @param part the very instance in the plan
   * @return the depth
   */
  public int depth(PlanPart part) {
    return depth.getOrDefault(part, 1);
  }

  /**
   * Returns the id of the first measure that prints a number.
   *
   * @param number the number
   * @return the id, empty if no measure prints it
   */
  public Optional<String> measureByNumber(String number) {
    return Optional.ofNullable(firstByNumber.get(number));
  }

  /**
   * Returns the id of the first measure with an OGP commitment id.
   *
   * @param ogpId the OGP id
   * @return the id, empty if no measure has it
   */
  public Optional<String> measureByOgpId(String ogpId) {
    return Optional.ofNullable(firstByOgpId.get(ogpId));
  }

  /**
   * Calls an action for every section and measure in document order, with its id.
   *
   * @param plan the plan the ids were given for
   * @param action the action
   */
  public void forEach(Plan plan, BiConsumer<PlanPart, String> action) {
    for (Measure m : plan.measures()) {
      eachMeasure(m, action);
    }
    for (Section s : plan.sections()) {
      eachSection(s, action);
    }
  }

  private void eachSection(Section s, BiConsumer<PlanPart, String> action) {
    action.accept(s, id(s));
    for (Measure m : s.measures()) {
      eachMeasure(m, action);
    }
    for (Section sub : s.sections()) {
      eachSection(sub, action);
    }
  }

  private void eachMeasure(Measure m, BiConsumer<PlanPart, String> action) {
    action.accept(m, id(m));
    for (Measure sub : m.measures()) {
      eachMeasure(sub, action);
    }
  }

  /**
   * Finds the deepest section or measure a JSON pointer into the plan passes through.
   *
   * @param plan the plan
   * @param tokens the pointer's tokens
   * @return the part, empty if the pointer is about the plan as a whole
   */
  public static Optional<PlanPart> partAt(Plan plan, List<String> tokens) {
    PlanPart found = null;
    List<Measure> measures = plan.measures();
    List<Section> sections = plan.sections();
    for (int i = 0; i + 1 < tokens.size(); i += 2) {
      int index;
      try {
        index = Integer.parseInt(tokens.get(i + 1));
      } catch (NumberFormatException e) {
        break;
      }
      String name = tokens.get(i);
      if (name.equals("measures") && index >= 0 && index < measures.size()) {
        Measure m = measures.get(index);
        found = m;
        measures = m.measures();
        sections = List.of();
      } else if (name.equals("sections") && index >= 0 && index < sections.size()) {
        Section s = sections.get(index);
        found = s;
        measures = s.measures();
        sections = s.sections();
      } else {
        break;
      }
    }
    return Optional.ofNullable(found);
  }
}
