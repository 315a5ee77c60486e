package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code number-sequence}: within one parent, the last components of the children's numbers are
 * 1..n without gaps (measures, subsections and provisions of a section together, as they share
 * one namespace), and each array is in increasing order.
 *
 * <p>Children whose number is not under the parent's are left to {@code number-prefix}; equal
 * numbers are left to {@code number-duplicate}. The plan's top-level sections are one sequence
 * too. A gap is reported at the first child after it, naming the missing numbers; an order
 * problem at the child that comes after a larger one.
 */
public final class NumberSequence implements PlanRule {
  /** The rule's id. */
  public static final String ID = "number-sequence";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void children(Walk w, Optional<OutlineNumber> parent, List<Numbered> children) {
    Map<String, Numbered> previousInArray = new HashMap<>();
    TreeMap<Integer, Numbered> byLast = new TreeMap<>();
    for (Numbered child : children) {
      if (parent.isPresent() && !child.number().isChildOf(parent.get())) {
        continue;
      }
      Numbered previous = previousInArray.put(child.array(), child);
      if (previous != null && child.number().last() < previous.number().last()) {
        w.report(ID, child.path().append("number"), ID + ".order", child.number(),
            previous.number());
      }
      byLast.putIfAbsent(child.number().last(), child);
    }
    int expected = 1;
    for (Map.Entry<Integer, Numbered> e : byLast.entrySet()) {
      int last = e.getKey();
      if (last > expected) {
        String missing = number(parent, expected)
            + (last - 1 > expected ? "\u2013" + number(parent, last - 1) : "");
        w.report(ID, e.getValue().path().append("number"), ID + ".gap", e.getValue().number(),
            missing);
      }
      expected = last + 1;
    }
  }

  private static OutlineNumber number(Optional<OutlineNumber> parent, int last) {
    return parent.map(p -> p.child(last)).orElseGet(() -> OutlineNumber.of(last));
  }
}
