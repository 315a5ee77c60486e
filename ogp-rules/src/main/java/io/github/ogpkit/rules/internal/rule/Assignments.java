package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.json.JsonPointer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A measure's assignments, for the rules about single assignments: where each one is, and which
 * earlier one it repeats. A measure has one to three assignments as a rule, so earlier ones are
 * found by a scan; a hash map is made only for a measure with many, so that no measure costs
 * quadratic time.
 */
final class Assignments {

  /** The most assignments that are scanned rather than indexed. */
  static final int SCAN_LIMIT = 8;

  /** An institution in a role: what the rules compare, whatever extensions an assignment has. */
  private record Key(String institution, Role role) {}

  private final List<Assignment> all;
  private final @Nullable Map<Key, Integer> first;

  /**
   * Indexes assignments.
   *
   * @param all the assignments, in document order
   * @param scanLimit the most assignments to scan rather than index: {@link #SCAN_LIMIT}, or
   *     another value in tests
   */
  Assignments(List<Assignment> all, int scanLimit) {
    this.all = all;
    if (all.size() > scanLimit) {
      first = new HashMap<>();
      for (int k = 0; k < all.size(); k++) {
        Assignment a = all.get(k);
        first.putIfAbsent(new Key(a.institution(), a.role()), k);
      }
    } else {
      first = null;
    }
  }

  Assignments(List<Assignment> all) {
    this(all, SCAN_LIMIT);
  }

  /**
   * Returns the index of the first assignment of an institution in a role, if it comes before
   * another index.
   *
   * @return the index, or -1 if there is none before {@code before}
   */
  int firstBefore(String institution, Role role, int before) {
    if (first != null) {
      Integer k = first.get(new Key(institution, role));
      return k != null && k < before ? k : -1;
    }
    for (int k = 0; k < before; k++) {
      Assignment a = all.get(k);
      if (a.role() == role && a.institution().equals(institution)) {
        return k;
      }
    }
    return -1;
  }

  /** Returns the path of a measure's assignment: {@code <measure>/institutions/<k>}. */
  static JsonPointer path(JsonPointer measurePath, int k) {
    return measurePath.append("institutions").append(k);
  }
}
