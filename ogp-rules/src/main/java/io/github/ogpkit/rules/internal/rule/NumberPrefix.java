package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.rules.internal.Walk;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code number-prefix}: a child's number is its parent's number plus exactly one component
 * (measure {@code 5.1} in section {@code 5}); the plan's top-level sections and measures are
 * free.
 */
@API(status = INTERNAL, since = "0.1")
public final class NumberPrefix extends ChildrenRule {
  /** The rule's id. */
  public static final String ID = "number-prefix";

  @Override
  public String id() {
    return ID;
  }

  @Override
  void children(Walk w, @Nullable OutlineNumber parent, Children children) {
    if (parent == null) {
      return;
    }
    for (int i = 0; i < children.size(); i++) {
      OutlineNumber number = children.number(i);
      if (!number.isChildOf(parent)) {
        w.report(ID, children.path(i).append("number"), ID, number, parent);
      }
    }
  }
}
