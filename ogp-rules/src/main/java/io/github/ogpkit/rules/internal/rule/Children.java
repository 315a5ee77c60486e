package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import java.util.List;

/**
 * The numbered children of one parent, in document order, for the rules about numbering: the
 * plan's top-level measures and sections; a section's measures, subsections and provisions (one namespace); a
 * measure's sub-measures. A child is read by its index; its path is made only when a finding
 * needs it, since most plans are numbered correctly.
 */
final class Children {

  private final JsonPointer parentPath;
  private final List<Measure> measures;
  private final List<Section> sections;
  private final List<Provision> provisions;

  private Children(JsonPointer parentPath, List<Measure> measures, List<Section> sections,
      List<Provision> provisions) {
    this.parentPath = parentPath;
    this.measures = measures;
    this.sections = sections;
    this.provisions = provisions;
  }

  /** The plan's top-level measures, then its sections: one sequence (RULES-1.1). */
  static Children of(Plan plan) {
    return new Children(JsonPointer.root(), plan.measures(), plan.sections(), List.of());
  }

  static Children of(Section section, JsonPointer path) {
    return new Children(path, section.measures(), section.sections(), section.provisions());
  }

  static Children of(Measure measure, JsonPointer path) {
    return new Children(path, measure.measures(), List.of(), List.of());
  }

  int size() {
    return measures.size() + sections.size() + provisions.size();
  }

  /** The number of child {@code i}, counting measures, then subsections, then provisions. */
  OutlineNumber number(int i) {
    if (i < measures.size()) {
      return measures.get(i).number();
    }
    int j = i - measures.size();
    return j < sections.size() ? sections.get(j).number()
        : provisions.get(j - sections.size()).number();
  }

  /** The name of the array that holds child {@code i}. */
  String array(int i) {
    if (i < measures.size()) {
      return "measures";
    }
    return i - measures.size() < sections.size() ? "sections" : "provisions";
  }

  /** The path of child {@code i}, such as {@code /sections/0/measures/2}. */
  JsonPointer path(int i) {
    int index = i;
    if (index >= measures.size()) {
      index -= measures.size();
      if (index >= sections.size()) {
        index -= sections.size();
      }
    }
    return parentPath.append(array(i)).append(index);
  }
}
