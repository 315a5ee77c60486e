package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.List;
import java.util.Optional;

/**
 * {@code number-prefix}: a child's number is its parent's number plus exactly one component
 * (measure {@code 5.1} in section {@code 5}); top-level sections are free.
 */
public final class NumberPrefix implements PlanRule {
  /** The rule's id. */
  public static final String ID = "number-prefix";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void children(Walk w, Optional<OutlineNumber> parent, List<Numbered> children) {
    if (parent.isEmpty()) {
      return;
    }
    for (Numbered child : children) {
      if (!child.number().isChildOf(parent.get())) {
        w.report(ID, child.path().append("number"), ID, child.number(), parent.get());
      }
    }
  }
}
