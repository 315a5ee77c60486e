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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
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

  private PlanWalker(Walk walk, PlanRule[] rules) {
    this.walk = walk;
    this.onPlan = select(rules, OnPlan.class, OnPlan[]::new);
    this.onInstitution = select(rules, OnInstitution.class, OnInstitution[]::new);
    this.onSection = select(rules, OnSection.class, OnSection[]::new);
    this.onMeasure = select(rules, OnMeasure.class, OnMeasure[]::new);
    this.onProvision = select(rules, OnProvision.class, OnProvision[]::new);
    this.onText = select(rules, OnText.class, OnText[]::new);
    this.onLinkTitle = Arrays.stream(onText).filter(OnText::checksLinkTitles)
        .toArray(OnText[]::new);
    this.onEnd = select(rules, OnEnd.class, OnEnd[]::new);
  }

  private static <T> T[] select(PlanRule[] rules, Class<T> kind, IntFunction<T[]> newArray) {
    int n = 0;
    for (PlanRule rule : rules) {
      if (kind.isInstance(rule)) {
        n++;
      }
    }
    T[] selected = newArray.apply(n);
    int k = 0;
    for (PlanRule rule : rules) {
      if (kind.isInstance(rule)) {
        selected[k++] = kind.cast(rule);
      }
    }
    return selected;
  }

  /**
   * Runs rules over a plan.
   *
   * @param walk the walk, holding the plan and collecting the findings, not null
   * @param rules the rules, fresh for this walk, not null
   */
  public static void run(Walk walk, PlanRule[] rules) {
    new PlanWalker(walk, rules).plan(walk.plan());
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
