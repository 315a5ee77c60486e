package io.github.ogpkit.rules.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.testing.generator.Generator;
import io.github.ogpkit.testing.generator.Property;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The assignment rules find earlier assignments by a scan for a few and by a hash map for many;
 * both must find what the hash map of first occurrences the rules used to fill finds.
 */
class AssignmentsTest {

  @Test
  void scanAndIndexFindTheFirstOccurrence() {
    // Extensions do not make an assignment another: the rules compare institution and role.
    Generator<Assignment> one = source -> new Assignment(source.oneOf("a", "b", "c"),
        source.pick(List.of(Role.values())), source.chance(30)
            ? io.github.ogpkit.model.json.JsonObject.builder().put("n", "v" + source.between(0, 3))
                .build()
            : io.github.ogpkit.model.json.JsonObject.EMPTY);
    Property.forAll(one.list(0, 2 * Assignments.SCAN_LIMIT))
        .tries(2000)
        .examples(List.of(), List.of(new Assignment("a", Role.EXECUTOR)))
        .check(all -> {
          Map<Assignment, Integer> first = new HashMap<>();
          for (int k = 0; k < all.size(); k++) {
            first.putIfAbsent(new Assignment(all.get(k).institution(), all.get(k).role()), k);
          }
          Assignments scanned = new Assignments(all, Integer.MAX_VALUE);
          Assignments indexed = new Assignments(all, 0);
          Assignments usual = new Assignments(all);
          for (String institution : List.of("a", "b", "c", "d")) {
            for (Role role : Role.values()) {
              Integer k = first.get(new Assignment(institution, role));
              for (int before = 0; before <= all.size(); before++) {
                int expected = k != null && k < before ? k : -1;
                assertThat(scanned.firstBefore(institution, role, before)).isEqualTo(expected);
                assertThat(indexed.firstBefore(institution, role, before)).isEqualTo(expected);
                assertThat(usual.firstBefore(institution, role, before)).isEqualTo(expected);
              }
            }
          }
        });
  }
}
