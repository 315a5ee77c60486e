package io.github.ogpkit.model;

import java.util.List;

/**
 * How deep sections and measures nest, for {@link Plan#MAX_NESTING}: the constructors of
 * {@link Section} and {@link Measure} refuse a part taller than that, so that every walk of a plan
 * (validation, writing, {@code toString}, {@code equals}) ends within a bounded stack.
 *
 * <p>The height of a part is 1 plus the height of its tallest sub-section or sub-measure. The
 * lists of sub-measures and subsections know the height of their tallest part ({@link Parts}),
 * so a part's height is worked out from its own lists alone: walking the parts below at every
 * level made building a plan take its parts times their depth.
 */
final class Nesting {
  private Nesting() {}

  /**
   * Refuses a measure whose sub-measures nest too deep.
   *
   * @param number the measure's number
   * @param measures its sub-measures, as {@link Parts#measures} made them
   */
  static void checkMeasure(OutlineNumber number, List<Measure> measures) {
    check("measure", number, 1 + Parts.height(measures));
  }

  /**
   * Refuses a section whose measures or subsections nest too deep.
   *
   * @param number the section's number
   * @param measures its measures, as {@link Parts#measures} made them
   * @param sections its subsections, as {@link Parts#sections} made them
   */
  static void checkSection(OutlineNumber number, List<Measure> measures,
      List<Section> sections) {
    check("section", number, 1 + Math.max(Parts.height(measures), Parts.height(sections)));
  }

  private static void check(String part, OutlineNumber number, int height) {
    if (height > Plan.MAX_NESTING) {
      throw new IllegalArgumentException(part + " " + number + " nests " + height
          + " levels deep; a plan nests sections and measures at most " + Plan.MAX_NESTING
          + " levels (Plan.MAX_NESTING)");
    }
  }
}
