package io.github.ogpkit.rules.internal;

import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
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

/**
 * Walks a plan once, in document order (the order of the canonical form), calling at each part the
 * rules that check that kind of part, and computing each part's JSON Pointer on the way. Internal.
 */
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
  private final OnEnd[] onEnd;

  private PlanWalker(Walk walk, PlanRule[] rules) {
    this.walk = walk;
    this.onPlan = select(rules, OnPlan.class, OnPlan[]::new);
    this.onInstitution = select(rules, OnInstitution.class, OnInstitution[]::new);
    this.onSection = select(rules, OnSection.class, OnSection[]::new);
    this.onMeasure = select(rules, OnMeasure.class, OnMeasure[]::new);
    this.onProvision = select(rules, OnProvision.class, OnProvision[]::new);
    this.onText = select(rules, OnText.class, OnText[]::new);
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
    text(plan.title(), ROOT, "title");
    plan.adoption().ifPresent(a -> text(a.instrument(), ROOT.append("adoption"), "instrument"));
    plan.preamble().ifPresent(p -> text(p, ROOT, "preamble"));
    List<Institution> institutions = plan.institutions();
    if (!institutions.isEmpty()) {
      JsonPointer array = ROOT.append("institutions");
      for (int i = 0; i < institutions.size(); i++) {
        Institution institution = institutions.get(i);
        JsonPointer path = array.append(i);
        for (OnInstitution r : onInstitution) {
          r.institution(walk, institution, i, path);
        }
        text(institution.name(), path, "name");
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
    text(section.title(), path, "title");
    if (section.description().isPresent()) {
      text(section.description().get(), path, "description");
    }
    List<Measure> measures = section.measures();
    if (!measures.isEmpty()) {
      JsonPointer array = path.append("measures");
      for (int i = 0; i < measures.size(); i++) {
        measure(measures.get(i), array.append(i), Optional.empty());
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
        text(provision.text(), p, "text");
      }
    }
  }

  private void measure(Measure measure, JsonPointer path, Optional<Measure> parent) {
    for (OnMeasure r : onMeasure) {
      r.measure(walk, measure, path, parent);
    }
    text(measure.title(), path, "title");
    if (measure.description().isPresent()) {
      text(measure.description().get(), path, "description");
    }
    List<Indicator> indicators = measure.indicators();
    if (!indicators.isEmpty()) {
      JsonPointer array = path.append("indicators");
      for (int i = 0; i < indicators.size(); i++) {
        text(indicators.get(i).text(), array.append(i), "text");
      }
    }
    List<Measure> subMeasures = measure.measures();
    if (!subMeasures.isEmpty()) {
      JsonPointer array = path.append("measures");
      Optional<Measure> self = Optional.of(measure);
      for (int i = 0; i < subMeasures.size(); i++) {
        measure(subMeasures.get(i), array.append(i), self);
      }
    }
  }

  private void text(LocalizedText text, JsonPointer part, String property) {
    for (OnText r : onText) {
      r.text(walk, text, part, property);
    }
  }
}
