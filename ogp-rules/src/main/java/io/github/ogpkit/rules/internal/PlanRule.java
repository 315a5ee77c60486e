package io.github.ogpkit.rules.internal;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import java.util.List;
import java.util.Optional;

/**
 * A plan rule: one responsibility, one stable id. {@link PlanWalker} walks a plan once, in
 * document order, and calls every rule at each part it passes; a rule overrides the calls it needs
 * and reports through the {@link Walk}. Internal.
 *
 * <p>A rule instance serves one walk and may keep state for it (hash maps of what it has seen), so
 * rules are made fresh for every validation.
 */
public interface PlanRule {

  /**
   * Returns the rule's id, as in RULES.md.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Called first, before any part of the plan.
   *
   * @param w the walk, not null
   */
  default void plan(Walk w) {}

  /**
   * Called for each institution of the registry, in order.
   *
   * @param w the walk, not null
   * @param institution the institution, not null
   * @param path the institution's path, such as {@code /institutions/3}, not null
   */
  default void institution(Walk w, Institution institution, JsonPointer path) {}

  /**
   * Called once for each parent of numbered children (the plan for its top-level sections, a
   * section for its measures, subsections and provisions, a measure for its sub-measures), before
   * the children are visited.
   *
   * @param w the walk, not null
   * @param parent the parent's number, empty for the plan, not null
   * @param children the children in document order, not null
   */
  default void children(Walk w, Optional<OutlineNumber> parent, List<Numbered> children) {}

  /**
   * Called for each section and subsection, in document order.
   *
   * @param w the walk, not null
   * @param section the section, not null
   * @param path its path, not null
   */
  default void section(Walk w, Section section, JsonPointer path) {}

  /**
   * Called for each measure and sub-measure, in document order.
   *
   * @param w the walk, not null
   * @param measure the measure, not null
   * @param path its path, not null
   * @param parent the measure it is a sub-measure of, empty for a section's own measure
   */
  default void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {}

  /**
   * Called for each provision, in document order.
   *
   * @param w the walk, not null
   * @param provision the provision, not null
   * @param path its path, not null
   */
  default void provision(Walk w, Provision provision, JsonPointer path) {}

  /**
   * Called for each localized text of the plan, in document order.
   *
   * @param w the walk, not null
   * @param text the text, not null
   * @param path the path of the property that holds it, such as {@code /sections/0/title}
   */
  default void text(Walk w, LocalizedText text, JsonPointer path) {}

  /**
   * Called last, after every part of the plan.
   *
   * @param w the walk, not null
   */
  default void end(Walk w) {}

  /**
   * A numbered child of a parent.
   *
   * @param number the child's number, not null
   * @param path the child's path, such as {@code /sections/0/measures/2}, not null
   * @param array the name of the array that holds it: {@code sections}, {@code measures} or
   *     {@code provisions}, not null
   */
  record Numbered(OutlineNumber number, JsonPointer path, String array) {}
}
