package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import org.apiguardian.api.API;

/**
 * {@code section-empty}: a section has no subsections, measures or provisions. Reported at the
 * section.
 */
@API(status = INTERNAL, since = "0.1")
public final class SectionEmpty implements PlanRule.OnSection {
  /** The rule's id. */
  public static final String ID = "section-empty";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void section(Walk w, Section section, JsonPointer path) {
    if (section.isEmpty()) {
      w.report(ID, path, ID, section.number());
    }
  }
}
