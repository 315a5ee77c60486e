package io.github.ogpkit.model.internal;

import io.github.ogpkit.model.Plan;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plan instances whose structure was checked completely when they were made: the plans that
 * ogp-io's reader bound, which it binds only when no reading rule found an error. Internal: not
 * part of the public API, exported only to ogp-io and ogp-rules.
 *
 * <p>The reading rules make every check that the model's Bean Validation constraints make
 * (RULES.md: "structural checks that the reading rules already make"), and a plan is immutable
 * all the way down, so such a plan cannot fail them. The validator of ogp-rules asks this registry
 * and does not run Hibernate Validator over a plan it holds; a plan built in code, or copied with
 * {@code toBuilder()}, is not held and gets the full structural pass. Membership is by identity,
 * never by equality: an equal plan built in code proves nothing about itself.
 *
 * <p>The registry holds its plans weakly, so it never keeps a plan alive, and it is safe for use
 * by many threads: a plan added by one thread is seen by every thread that gets the plan from it.
 */
public final class CheckedPlans {

  private static final ReferenceQueue<Plan> CLEARED = new ReferenceQueue<>();
  private static final Set<Key> PLANS = ConcurrentHashMap.newKeySet();

  private CheckedPlans() {}

  /**
   * Records that a plan's structure was checked completely when it was made. Only a reader that
   * bound the plan from text with no reading error may call this.
   *
   * @param plan the plan, not null
   * @return the same plan, not null
   */
  public static Plan add(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    expungeCleared();
    PLANS.add(new Key(plan, CLEARED));
    return plan;
  }

  /**
   * Tells whether this very instance was recorded by {@link #add(Plan)}.
   *
   * @param plan the plan, not null
   * @return true if the plan's structure is known to be valid
   */
  public static boolean contains(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return PLANS.contains(new Key(plan, null));
  }

  private static void expungeCleared() {
    for (Object cleared; (cleared = CLEARED.poll()) != null; ) {
      PLANS.remove(cleared);
    }
  }

  /** A weak reference compared by the identity of its referent while it lives. */
  private static final class Key extends WeakReference<Plan> {
    private final int hash;

    Key(Plan plan, ReferenceQueue<Plan> queue) {
      super(plan, queue);
      this.hash = System.identityHashCode(plan);
    }

    @Override
    public boolean equals(Object obj) {
      if (this == obj) {
        return true;
      }
      if (!(obj instanceof Key other)) {
        return false;
      }
      Plan plan = get();
      return plan != null && plan == other.get();
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
