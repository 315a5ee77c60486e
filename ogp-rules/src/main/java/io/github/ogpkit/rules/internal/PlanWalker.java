package io.github.ogpkit.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.Link;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule.OnEnd;
import io.github.ogpkit.rules.internal.PlanRule.OnInstitution;
import io.github.ogpkit.rules.internal.PlanRule.OnMeasure;
import io.github.ogpkit.rules.internal.PlanRule.OnPlan;
import io.github.ogpkit.rules.internal.PlanRule.OnProvision;
import io.github.ogpkit.rules.internal.PlanRule.OnSection;
import io.github.ogpkit.rules.internal.PlanRule.OnText;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * Walks a plan once, in document order (the order of the canonical form), calling at each part the
 * rules that check that kind of part, and computing the JSON Pointers of sections, measures and
 * provisions on the way (those of texts and institutions are made only for findings). Internal.
 */
@API(status = INTERNAL, since = "0.1")
public final class PlanWalker {

  private static final JsonPointer ROOT = JsonPointer.root();

  private final Walk walk;
  // One array per kind of part, in the order the rules were given: a part is offered only to the
  // rules that check it.
  private final OnPlan[] onPlan;
  private final OnInstitution[] onInstitution;
  private final OnSection[] onSection;
  private final OnMeasure[] onMeasure;
  private final OnProvision[] onProvision;
  private final OnText[] onText;
  // The text rules that check a link's title too (not language-missing, translation-missing).
  private final OnText[] onLinkTitle;
  private final OnEnd[] onEnd;

  private PlanWalker(Walk walk, PlanRule[] rules, Dispatch dispatch) {
    this.walk = walk;
    this.onPlan = pick(rules, dispatch.onPlan, OnPlan[]::new);
    this.onInstitution = pick(rules, dispatch.onInstitution, OnInstitution[]::new);
    this.onSection = pick(rules, dispatch.onSection, OnSection[]::new);
    this.onMeasure = pick(rules, dispatch.onMeasure, OnMeasure[]::new);
    this.onProvision = pick(rules, dispatch.onProvision, OnProvision[]::new);
    this.onText = pick(rules, dispatch.onText, OnText[]::new);
    this.onLinkTitle = pick(rules, dispatch.onLinkTitle, OnText[]::new);
    this.onEnd = pick(rules, dispatch.onEnd, OnEnd[]::new);
  }

  @SuppressWarnings("unchecked")
  private static <T> T[] pick(PlanRule[] rules, int[] positions, IntFunction<T[]> newArray) {
    T[] picked = newArray.apply(positions.length);
    for (int i = 0; i < positions.length; i++) {
      picked[i] = (T) rules[positions[i]];
    }
    return picked;
  }

  /**
   * Which rules of a choice check each kind of part, by their positions in the choice. Found once
   * for a choice of rules, from one instance of each, and used for every walk with fresh instances
   * of the same classes. Internal; immutable.
   */
  @API(status = INTERNAL, since = "0.2")
  public static final class Dispatch {
    private final int[] onPlan;
    private final int[] onInstitution;
    private final int[] onSection;
    private final int[] onMeasure;
    private final int[] onProvision;
    private final int[] onText;
    // The text rules that check a link's title too (not language-missing, translation-missing).
    private final int[] onLinkTitle;
    private final int[] onEnd;

    private Dispatch(PlanRule[] rules) {
      this.onPlan = positions(rules, OnPlan.class::isInstance);
      this.onInstitution = positions(rules, OnInstitution.class::isInstance);
      this.onSection = positions(rules, OnSection.class::isInstance);
      this.onMeasure = positions(rules, OnMeasure.class::isInstance);
      this.onProvision = positions(rules, OnProvision.class::isInstance);
      this.onText = positions(rules, OnText.class::isInstance);
      this.onLinkTitle = positions(rules,
          rule -> rule instanceof OnText text && text.checksLinkTitles());
      this.onEnd = positions(rules, OnEnd.class::isInstance);
    }

    /**
     * Finds the dispatch of a choice of rules.
     *
     * @param rules one instance of each chosen rule, in order, not null
     * @return the dispatch, not null
     */
    public static Dispatch of(PlanRule[] rules) {
      return new Dispatch(rules.clone());
    }

    private static int[] positions(PlanRule[] rules, Predicate<PlanRule> checks) {
      return IntStream.range(0, rules.length).filter(i -> checks.test(rules[i])).toArray();
    }
  }

  /**
   * Runs rules over a plan, with their dispatch found beforehand.
   *
   * @param walk the walk, holding the plan and collecting the findings, not null
   * @param rules the rules, fresh for this walk, not null
   * @param dispatch the dispatch of instances of the same classes in the same order, not null
   */
  public static void run(Walk walk, PlanRule[] rules, Dispatch dispatch) {
    new PlanWalker(walk, rules, dispatch).plan(walk.plan());
  }

  private void plan(Plan plan) {
    for (OnPlan r : onPlan) {
      r.plan(walk);
    }
    // Texts in the canonical order of their properties (FORMAT-1.1.md).
    text(ROOT, "jurisdiction", plan.jurisdiction());
    walk.textAt(ROOT, "title");
    text(plan.title());
    if (plan.adoption().isPresent()) {
      walk.textAt(ROOT.append("adoption"), "instrument");
      text(plan.adoption().get().instrument());
    }
    text(ROOT, "preamble", plan.preamble());
    links(ROOT, plan.links());
    List<Institution> institutions = plan.institutions();
    for (int i = 0; i < institutions.size(); i++) {
      Institution institution = institutions.get(i);
      for (OnInstitution r : onInstitution) {
        r.institution(walk, institution, i);
      }
      walk.textAt(ROOT, "institutions", i, "name");
      text(institution.name());
    }
    List<Measure> measures = plan.measures();
    if (!measures.isEmpty()) {
      JsonPointer array = ROOT.append("measures");
      for (int i = 0; i < measures.size(); i++) {
        measure(measures.get(i), array.append(i), Optional.empty(), List.of());
      }
    }
    List<Section> sections = plan.sections();
    if (!sections.isEmpty()) {
      JsonPointer array = ROOT.append("sections");
      for (int i = 0; i < sections.size(); i++) {
        section(sections.get(i), array.append(i));
      }
    }
    for (OnEnd r : onEnd) {
      r.end(walk);
    }
  }

  private void section(Section section, JsonPointer path) {
    for (OnSection r : onSection) {
      r.section(walk, section, path);
    }
    walk.textAt(path, "title");
    text(section.title());
    text(path, "description", section.description());
    links(path, section.links());
    List<Measure> measures = section.measures();
    if (!measures.isEmpty()) {
      JsonPointer array = path.append("measures");
      for (int i = 0; i < measures.size(); i++) {
        measure(measures.get(i), array.append(i), Optional.empty(), List.of());
      }
    }
    List<Section> subsections = section.sections();
    if (!subsections.isEmpty()) {
      JsonPointer array = path.append("sections");
      for (int i = 0; i < subsections.size(); i++) {
        section(subsections.get(i), array.append(i));
      }
    }
    List<Provision> provisions = section.provisions();
    if (!provisions.isEmpty()) {
      JsonPointer array = path.append("provisions");
      for (int i = 0; i < provisions.size(); i++) {
        Provision provision = provisions.get(i);
        JsonPointer p = array.append(i);
        for (OnProvision r : onProvision) {
          r.provision(walk, provision, p);
        }
        walk.textAt(p, "text");
        text(provision.text());
      }
    }
  }

  /**
   * Walks a measure and its sub-measures.
   *
   * @param inherited the assignments in effect of the nearest ancestor measure that has some,
   *     empty for a measure that is no sub-measure
   */
  private void measure(Measure measure, JsonPointer path, Optional<Measure> parent,
      List<Assignment> inherited) {
    List<Assignment> inEffect = measure.institutions().isEmpty() ? inherited
        : measure.institutions();
    walk.assignmentsInEffect(inEffect);
    for (OnMeasure r : onMeasure) {
      r.measure(walk, measure, path, parent);
    }
    walk.textAt(path, "title");
    text(measure.title());
    text(path, "description", measure.description());
    text(path, "problem", measure.problem());
    text(path, "statusQuo", measure.statusQuo());
    text(path, "objective", measure.objective());
    text(path, "expectedResults", measure.expectedResults());
    List<Indicator> indicators = measure.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      walk.textAt(path, "indicators", i, "text");
      text(indicators.get(i).text());
    }
    text(path, "timeFramePrinted", measure.timeFramePrinted());
    links(path, measure.links());
    List<Measure> subMeasures = measure.measures();
    if (!subMeasures.isEmpty()) {
      JsonPointer array = path.append("measures");
      Optional<Measure> self = Optional.of(measure);
      for (int i = 0; i < subMeasures.size(); i++) {
        measure(subMeasures.get(i), array.append(i), self, inEffect);
      }
    }
  }

  /** Checks an optional text of a part, if present, at {@code <part>/<property>}. */
  private void text(JsonPointer part, String property, Optional<LocalizedText> text) {
    if (text.isPresent()) {
      walk.textAt(part, property);
      text(text.get());
    }
  }

  /** Checks the titles of a part's links, at {@code <part>/links/<i>/title}. */
  private void links(JsonPointer part, List<Link> links) {
    if (onLinkTitle.length == 0) {
      return;
    }
    for (int i = 0; i < links.size(); i++) {
      Optional<LocalizedText> title = links.get(i).title();
      if (title.isPresent()) {
        walk.textAt(part, "links", i, "title");
        for (OnText r : onLinkTitle) {
          r.text(walk, title.get());
        }
      }
    }
  }

  private void text(LocalizedText text) {
    for (OnText r : onText) {
      r.text(walk, text);
    }
  }
}
