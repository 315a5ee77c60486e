package io.github.ogpkit.rules.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.testing.generator.Generator;
import io.github.ogpkit.testing.generator.Property;
import io.github.ogpkit.testing.generator.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first-occurrence table of the duplicate rules answers as the HashMap it replaced did, with
 * any expected size (so that it grows), and with hashes that collide (so that it probes).
 */
class FirstOccurrencesTest {

  /** Keys compared by equals, hashed by length only: many collisions. */
  private static final FirstOccurrences.Equivalence<String> BY_LENGTH =
      new FirstOccurrences.Equivalence<>(String::length, String::equals);

  /** Keys equivalent when equal ignoring case, hashed accordingly. */
  private static final FirstOccurrences.Equivalence<String> IGNORING_CASE =
      new FirstOccurrences.Equivalence<>(k -> k.toLowerCase(Locale.ROOT).hashCode(),
          (a, b) -> a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT)));

  private record Keys(List<String> keys, int expected) {}

  @Test
  void answersAsAHashMapOfFirstOccurrences() {
    Generator<List<String>> keys = Texts.of("abcd", 3).list(0, 300);
    Property.forAll(source -> new Keys(keys.next(source), source.betweenOrEdge(0, 400)))
        .tries(2000)
        .examples(new Keys(List.of(), 0), new Keys(List.of(), 400), new Keys(List.of(""), 0),
            new Keys(List.of("a", "a", "b", "a"), 0))
        .check(k -> {
          List<FirstOccurrences.Equivalence<? super String>> equivalences =
              List.of(FirstOccurrences.EQUALS, BY_LENGTH);
          for (FirstOccurrences.Equivalence<? super String> equivalence : equivalences) {
            FirstOccurrences<String, Integer> table =
                new FirstOccurrences<>(equivalence, k.expected());
            Map<String, Integer> map = new HashMap<>();
            for (int i = 0; i < k.keys().size(); i++) {
              String key = k.keys().get(i);
              assertThat(table.putIfAbsent(key, i)).isEqualTo(map.putIfAbsent(key, i));
            }
          }
        });
  }

  @Test
  void equivalentKeysShareTheirFirstValue() {
    Property.forAll(Texts.of("abAB", 2).list(0, 200))
        .tries(1000)
        .examples(List.of(), List.of("", "a", "A", "ab", "AB", "aB"))
        .check(keys -> {
          FirstOccurrences<String, Integer> table = new FirstOccurrences<>(IGNORING_CASE, 0);
          Map<String, Integer> map = new HashMap<>();
          for (int i = 0; i < keys.size(); i++) {
            String lower = keys.get(i).toLowerCase(Locale.ROOT);
            assertThat(table.putIfAbsent(keys.get(i), i)).isEqualTo(map.putIfAbsent(lower, i));
          }
        });
  }
}
