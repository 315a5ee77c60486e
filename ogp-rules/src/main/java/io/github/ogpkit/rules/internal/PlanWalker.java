package io.github.ogpkit.rules.internal;

import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule.Numbered;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks a plan once, in document order (the order of the canonical form), calling every rule at
 * each part and computing each part's JSON Pointer on the way. Internal.
 */
public final class PlanWalker {

  private static final JsonPointer ROOT = JsonPointer.root();

  private final Walk walk;
  private final List<PlanRule> rules;

  private PlanWalker(Walk walk, List<PlanRule> rules) {
    this.walk = walk;
    this.rules = rules;
  }

  /**
   * Runs rules over a plan.
   *
   * @param walk the walk, holding the plan and collecting the findings, not null
   * @param rules the rules, fresh for this walk, not null
   */
  public static void run(Walk walk, List<PlanRule> rules) {
    new PlanWalker(walk, List.copyOf(rules)).plan(walk.plan());
  }

  private void plan(Plan plan) {
    rules.forEach(r -> r.plan(walk));
    text(plan.title(), ROOT.append("title"));
    plan.adoption().ifPresent(a -> text(a.instrument(), ROOT.append("adoption")
        .append("instrument")));
    plan.preamble().ifPresent(p -> text(p, ROOT.append("preamble")));
    JsonPointer institutions = ROOT.append("institutions");
    for (int i = 0; i < plan.institutions().size(); i++) {
      Institution institution = plan.institutions().get(i);
      JsonPointer path = institutions.append(i);
      rules.forEach(r -> r.institution(walk, institution, path));
      text(institution.name(), path.append("name"));
    }
    JsonPointer sections = ROOT.append("sections");
    List<Numbered> top = new ArrayList<>();
    for (int i = 0; i < plan.sections().size(); i++) {
      top.add(new Numbered(plan.sections().get(i).number(), sections.append(i), "sections"));
    }
    children(Optional.empty(), top);
    for (int i = 0; i < plan.sections().size(); i++) {
      section(plan.sections().get(i), sections.append(i));
    }
    rules.forEach(r -> r.end(walk));
  }

  private void section(Section section, JsonPointer path) {
    rules.forEach(r -> r.section(walk, section, path));
    text(section.title(), path.append("title"));
    section.description().ifPresent(d -> text(d, path.append("description")));
    List<Numbered> numbered = new ArrayList<>();
    addNumbered(numbered, path, "measures", section.measures().stream()
        .map(Measure::number).toList());
    addNumbered(numbered, path, "sections", section.sections().stream()
        .map(Section::number).toList());
    addNumbered(numbered, path, "provisions", section.provisions().stream()
        .map(Provision::number).toList());
    children(Optional.of(section.number()), numbered);
    JsonPointer measures = path.append("measures");
    for (int i = 0; i < section.measures().size(); i++) {
      measure(section.measures().get(i), measures.append(i), Optional.empty());
    }
    JsonPointer subsections = path.append("sections");
    for (int i = 0; i < section.sections().size(); i++) {
      section(section.sections().get(i), subsections.append(i));
    }
    JsonPointer provisions = path.append("provisions");
    for (int i = 0; i < section.provisions().size(); i++) {
      Provision provision = section.provisions().get(i);
      JsonPointer p = provisions.append(i);
      rules.forEach(r -> r.provision(walk, provision, p));
      text(provision.text(), p.append("text"));
    }
  }

  private void measure(Measure measure, JsonPointer path, Optional<Measure> parent) {
    rules.forEach(r -> r.measure(walk, measure, path, parent));
    text(measure.title(), path.append("title"));
    measure.description().ifPresent(d -> text(d, path.append("description")));
    JsonPointer indicators = path.append("indicators");
    for (int i = 0; i < measure.indicators().size(); i++) {
      Indicator indicator = measure.indicators().get(i);
      text(indicator.text(), indicators.append(i).append("text"));
    }
    List<Numbered> numbered = new ArrayList<>();
    addNumbered(numbered, path, "measures", measure.measures().stream()
        .map(Measure::number).toList());
    children(Optional.of(measure.number()), numbered);
    JsonPointer subMeasures = path.append("measures");
    Optional<Measure> self = Optional.of(measure);
    for (int i = 0; i < measure.measures().size(); i++) {
      measure(measure.measures().get(i), subMeasures.append(i), self);
    }
  }

  private static void addNumbered(List<Numbered> into, JsonPointer parent, String array,
      List<OutlineNumber> numbers) {
    JsonPointer base = parent.append(array);
    for (int i = 0; i < numbers.size(); i++) {
      into.add(new Numbered(numbers.get(i), base.append(i), array));
    }
  }

  private void children(Optional<OutlineNumber> parent, List<Numbered> children) {
    if (!children.isEmpty()) {
      List<Numbered> view = List.copyOf(children);
      rules.forEach(r -> r.children(walk, parent, view));
    }
  }

  private void text(LocalizedText text, JsonPointer path) {
    rules.forEach(r -> r.text(walk, text, path));
  }
}
