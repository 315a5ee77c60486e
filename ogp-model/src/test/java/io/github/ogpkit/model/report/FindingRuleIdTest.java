package io.github.ogpkit.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.internal.KebabCase;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The check of rule ids accepts exactly what the pattern it replaced matched. */
class FindingRuleIdTest {

  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String ALPHABET = "az09-A_ .\u00e9\u0131";

  @Test
  void everyShortStringIsCheckedAsThePatternMatches() {
    List<String> differences = new ArrayList<>();
    List<String> strings = new ArrayList<>(List.of(""));
    for (int length = 1; length <= 6; length++) {
      List<String> longer = new ArrayList<>();
      for (String s : strings) {
        if (s.length() == length - 1) {
          for (char c : ALPHABET.toCharArray()) {
            longer.add(s + c);
          }
        }
      }
      strings.addAll(longer);
    }
    for (String s : strings) {
      compare(s, differences);
    }
    assertThat(strings).hasSizeGreaterThan(1_000_000);
    assertThat(differences).isEmpty();
  }

  @Test
  void randomAndRealIdsAreCheckedAsThePatternMatches() {
    List<String> differences = new ArrayList<>();
    for (String s : List.of("number-duplicate", "required", "a", "a-b-c", "-a", "a-", "a--b",
        "rule-1", "Rule", "time-frame-outside-plan", "x-\u0131")) {
      compare(s, differences);
    }
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        b.append(random.nextInt(4) == 0 ? '-' : ALPHABET.charAt(random.nextInt(4)));
      }
      compare(b.toString(), differences);
    }
    assertThat(differences).isEmpty();
  }

  private static void compare(String id, List<String> differences) {
    if (KebabCase.matches(id) != RULE_ID.matcher(id).matches()) {
      differences.add(id);
    }
  }
}
