package io.github.ogpkit.rules.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

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

  @Property(tries = 2000)
  void answersAsAHashMapOfFirstOccurrences(
      @ForAll @Size(max = 300) List<@StringLength(max = 3) @CharRange(
          from = 'a', to = 'd') String> keys,
      @ForAll @IntRange(max = 400) int expected) {
    List<FirstOccurrences.Equivalence<? super String>> equivalences =
        List.of(FirstOccurrences.EQUALS, BY_LENGTH);
    for (FirstOccurrences.Equivalence<? super String> equivalence : equivalences) {
      FirstOccurrences<String, Integer> table = new FirstOccurrences<>(equivalence, expected);
      Map<String, Integer> map = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        assertThat(table.putIfAbsent(keys.get(i), i)).isEqualTo(map.putIfAbsent(keys.get(i), i));
      }
    }
  }

  @Property(tries = 1000)
  void equivalentKeysShareTheirFirstValue(
      @ForAll @Size(max = 200) List<@StringLength(max = 2) @Chars({'a', 'b', 'A',
          'B'}) String> keys) {
    FirstOccurrences<String, Integer> table = new FirstOccurrences<>(IGNORING_CASE, 0);
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String lower = keys.get(i).toLowerCase(Locale.ROOT);
      assertThat(table.putIfAbsent(keys.get(i), i)).isEqualTo(map.putIfAbsent(lower, i));
    }
  }
}
