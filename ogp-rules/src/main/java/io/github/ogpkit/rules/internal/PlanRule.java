package io.github.ogpkit.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A plan rule: one responsibility, one stable id. {@link PlanWalker} walks a plan once, in
 * document order; a rule implements the nested interfaces of the parts it checks
 * ({@link OnMeasure}, {@link OnText}...) and reports through the {@link Walk}. Internal.
 *
 * <p>The walker calls a rule only at the parts it declares this way: most rules check one or two
 * kinds of part, and calling every rule at every part cost more than most of the checks.
 *
 * <p>A rule instance serves one walk and may keep state for it (hash maps of what it has seen), so
 * rules are made fresh for every validation.
 */
@API(status = INTERNAL, since = "0.1")
public interface PlanRule {

  /**
   * Returns the rule's id, as in RULES.md.
   *
   * @return the id, not null
   */
  String id();

  /** A rule that looks at the plan as a whole, before any part. */
  @API(status = INTERNAL, since = "0.1")
  interface OnPlan extends PlanRule {
    /**
     * Called first, before any part of the plan.
     *
     * @param w the walk, not null
     */
    void plan(Walk w);
  }

  /** A rule that checks institutions. */
  @API(status = INTERNAL, since = "0.1")
  interface OnInstitution extends PlanRule {
    /**
     * Called for each institution of the registry, in order. Its path is
     * {@link Walk#institutionPath(int)}, made only for a finding.
     *
     * @param w the walk, not null
     * @param institution the institution, not null
     * @param index its index in the registry
     */
    void institution(Walk w, Institution institution, int index);
  }

  /** A rule that checks sections. */
  @API(status = INTERNAL, since = "0.1")
  interface OnSection extends PlanRule {
    /**
     * Called for each section and subsection, in document order.
     *
     * @param w the walk, not null
     * @param section the section, not null
     * @param path its path, not null
     */
    void section(Walk w, Section section, JsonPointer path);
  }

  /** A rule that checks measures. */
  @API(status = INTERNAL, since = "0.1")
  interface OnMeasure extends PlanRule {
    /**
     * Called for each measure and sub-measure, in document order.
     *
     * @param w the walk, not null
     * @param measure the measure, not null
     * @param path its path, not null
     * @param parent the measure it is a sub-measure of, empty for a section's own measure and a
     *     top-level measure of the plan; the assignments in effect (its own, or those its
     *     nearest ancestor measure that has some) are {@link Walk#assignmentsInEffect()}
     */
    void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent);
  }

  /** A rule that checks provisions. */
  @API(status = INTERNAL, since = "0.1")
  interface OnProvision extends PlanRule {
    /**
     * Called for each provision, in document order.
     *
     * @param w the walk, not null
     * @param provision the provision, not null
     * @param path its path, not null
     */
    void provision(Walk w, Provision provision, JsonPointer path);
  }

  /** A rule that checks localized texts. */
  @API(status = INTERNAL, since = "0.1")
  interface OnText extends PlanRule {
    /**
     * Called for each localized text of the plan, in document order. The text's path, such as
     * {@code /sections/0/measures/2/indicators/0/text}, is {@link Walk#textPath()}, made only for a
     * finding: a plan has several texts for every measure.
     *
     * @param w the walk, not null
     * @param text the text, not null
     */
    void text(Walk w, LocalizedText text);

    /**
     * Tells whether the rule checks the titles of links too ({@code .../links/0/title}): a link
     * may name a document in another language than the plan's.
     *
     * @return true (the default) if the rule is called for link titles as for other texts
     */
    default boolean checksLinkTitles() {
      return true;
    }
  }

  /** A rule that concludes from what it saw. */
  @API(status = INTERNAL, since = "0.1")
  interface OnEnd extends PlanRule {
    /**
     * Called last, after every part of the plan.
     *
     * @param w the walk, not null
     */
    void end(Walk w);
  }
}
