package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code number-sequence}: within one parent, the last components of the children's numbers are
 * 1..n without gaps (measures, subsections and provisions of a section together, as they share
 * one namespace), and each array is in increasing order.
 *
 * <p>Children whose number is not under the parent's are left to {@code number-prefix}; equal
 * numbers are left to {@code number-duplicate}. The plan's top-level measures and sections are
 * one sequence too, measures first (RULES-1.1). A gap is reported at the first child after it, naming the missing numbers; an order
 * problem at the child that comes after a larger one.
 */
@API(status = INTERNAL, since = "0.1")
public final class NumberSequence extends ChildrenRule implements PlanRule.OnPlan {
  /** The rule's id. */
  public static final String ID = "number-sequence";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void plan(Walk w) {
    if (!w.plan().sections().isEmpty() || !w.plan().measures().isEmpty()) {
      children(w, null, Children.of(w.plan()));
    }
  }

  @Override
  void children(Walk w, @Nullable OutlineNumber parent, Children children) {
    if (!isPlainSequence(parent, children)) {
      report(w, parent, children);
    }
  }

  /**
   * Tells whether the children are all under the parent and numbered 1, 2... n in document order,
   * as nearly all are: then there is neither a gap nor an order problem to report.
   */
  private static boolean isPlainSequence(@Nullable OutlineNumber parent, Children children) {
    for (int i = 0; i < children.size(); i++) {
      OutlineNumber number = children.number(i);
      if (number.last() != i + 1 || parent != null && !number.isChildOf(parent)) {
        return false;
      }
    }
    return true;
  }

  /** The full check, for children that are not a plain sequence (and for the tests). */
  static void report(Walk w, @Nullable OutlineNumber parent, Children children) {
    Map<String, Integer> previousInArray = new HashMap<>();
    TreeMap<Integer, Integer> byLast = new TreeMap<>();
    for (int i = 0; i < children.size(); i++) {
      OutlineNumber number = children.number(i);
      if (parent != null && !number.isChildOf(parent)) {
        continue;
      }
      Integer previous = previousInArray.put(children.array(i), i);
      if (previous != null && number.last() < children.number(previous).last()) {
        w.report(ID, children.path(i).append("number"), ID + ".order", number,
            children.number(previous));
      }
      byLast.putIfAbsent(number.last(), i);
    }
    int expected = 1;
    for (Map.Entry<Integer, Integer> e : byLast.entrySet()) {
      int last = e.getKey();
      if (last > expected) {
        String missing = number(parent, expected)
            + (last - 1 > expected ? "\u2013" + number(parent, last - 1) : "");
        w.report(ID, children.path(e.getValue()).append("number"), ID + ".gap",
            children.number(e.getValue()), missing);
      }
      expected = last + 1;
    }
  }

  private static OutlineNumber number(@Nullable OutlineNumber parent, int last) {
    return parent != null ? parent.child(last) : OutlineNumber.of(last);
  }
}
