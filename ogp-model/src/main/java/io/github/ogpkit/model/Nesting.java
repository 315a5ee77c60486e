package io.github.ogpkit.model;

import java.util.List;

/**
 * How deep sections and measures nest, for {@link Plan#MAX_NESTING}: the constructors of
 * {@link Section} and {@link Measure} refuse a part taller than that, so that every walk of a plan
 * (validation, writing, {@code toString}, {@code equals}) ends within a bounded stack.
 *
 * <p>The height of a part is 1 plus the height of its tallest sub-section or sub-measure. It is
 * computed when a part is made, by walking the parts below it: a record holds nothing but its
 * components, so there is no place to keep it. The recursion goes no deeper than the parts
 * below, which their own constructors kept within {@link Plan#MAX_NESTING}.
 */
final class Nesting {
  private Nesting() {}

  /**
   * Refuses a measure whose sub-measures nest too deep.
   *
   * @param number the measure's number
   * @param measures its sub-measures, each already checked
   */
  static void checkMeasure(OutlineNumber number, List<Measure> measures) {
    check("measure", number, 1 + tallest(measures));
  }

  /**
   * Refuses a section whose measures or subsections nest too deep.
   *
   * @param number the section's number
   * @param measures its measures, each already checked
   * @param sections its subsections, each already checked
   */
  static void checkSection(OutlineNumber number, List<Measure> measures,
      List<Section> sections) {
    check("section", number, 1 + Math.max(tallest(measures), tallestSection(sections)));
  }

  private static void check(String part, OutlineNumber number, int height) {
    if (height > Plan.MAX_NESTING) {
      throw new IllegalArgumentException(part + " " + number + " nests " + height
          + " levels deep; a plan nests sections and measures at most " + Plan.MAX_NESTING
          + " levels (Plan.MAX_NESTING)");
    }
  }

  /** The height of the tallest of some measures, 0 for none. */
  private static int tallest(List<Measure> measures) {
    int tallest = 0;
    // Indexed loops: sections are made with many measures, and an iterator for each list of them
    // would be most of what this check costs.
    for (int i = 0; i < measures.size(); i++) {
      List<Measure> below = measures.get(i).measures();
      tallest = Math.max(tallest, below.isEmpty() ? 1 : 1 + tallest(below));
    }
    return tallest;
  }

  /** The height of the tallest of some sections, 0 for none. */
  private static int tallestSection(List<Section> sections) {
    int tallest = 0;
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      tallest = Math.max(tallest,
          1 + Math.max(tallest(s.measures()), tallestSection(s.sections())));
    }
    return tallest;
  }
}
