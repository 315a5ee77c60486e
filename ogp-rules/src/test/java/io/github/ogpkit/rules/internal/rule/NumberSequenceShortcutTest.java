package io.github.ogpkit.rules.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.rules.internal.Messages;
import io.github.ogpkit.rules.internal.Walk;
import io.github.ogpkit.testing.generator.Generator;
import io.github.ogpkit.testing.generator.Property;
import io.github.ogpkit.testing.generator.SamplePlans;
import io.github.ogpkit.testing.generator.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code number-sequence} skips its full check for children numbered 1..n under their parent;
 * whatever the numbers, the rule must report exactly what the full check alone reports.
 */
class NumberSequenceShortcutTest {

  private record Case(List<List<List<Integer>>> arrays, List<Integer> parent) {}

  @Test
  void theShortcutReportsWhatTheFullCheckReports() {
    Generator<Case> cases = source -> new Case(numbers(source), source.oneOf(
        List.of(2), List.of(2, 1), List.of(1)));
    Property.forAll(cases).tries(3000).check(c -> check(c.arrays(), c.parent()));
  }

  private static void check(List<List<List<Integer>>> arrays, List<Integer> parent) {
    Section.Builder b = Section.builder().number(OutlineNumber.of(toArray(parent)))
        .title("en", "Parent");
    for (List<Integer> n : arrays.get(0)) {
      b.measure(SamplePlans.leaf(number(n), "Measure", "2021"));
    }
    for (List<Integer> n : arrays.get(1)) {
      b.section(Section.builder().number(number(n)).title("en", "Sub").build());
    }
    for (List<Integer> n : arrays.get(2)) {
      b.provision(Provision.of(number(n), "en", "Clause"));
    }
    Section section = b.build();
    JsonPointer path = JsonPointer.parse("/sections/0");
    Plan plan = SamplePlans.valid().toBuilder().sections(List.of(section)).build();

    Walk withShortcut = walk(plan);
    new NumberSequence().section(withShortcut, section, path);
    Walk fullOnly = walk(plan);
    NumberSequence.report(fullOnly, section.number(), Children.of(section, path));
    assertThat(withShortcut.findings()).isEqualTo(fullOnly.findings());

    Measure parentMeasure = SamplePlans.leaf(number(parent), "Parent", "2021").toBuilder()
        .measures(section.measures()).build();
    Walk measureShortcut = walk(plan);
    new NumberSequence().measure(measureShortcut, parentMeasure, path, java.util.Optional.empty());
    Walk measureFull = walk(plan);
    NumberSequence.report(measureFull, parentMeasure.number(), Children.of(parentMeasure, path));
    assertThat(measureShortcut.findings()).isEqualTo(measureFull.findings());

    Plan top = plan.toBuilder().sections(section.sections()).build();
    Walk planShortcut = walk(top);
    new NumberSequence().plan(planShortcut);
    Walk planFull = walk(top);
    if (!top.sections().isEmpty()) {
      NumberSequence.report(planFull, null, Children.of(top));
    }
    assertThat(planShortcut.findings()).isEqualTo(planFull.findings());
  }

  private static Walk walk(Plan plan) {
    return new Walk(plan, Map.of(NumberSequence.ID, Severity.WARNING),
        Messages.forLocale(Locale.ENGLISH));
  }

  /**
   * Children of parent 2: numbered 2.1..2.n across the three arrays, then as often as not one
   * number changed (a gap, a repeat, a wrong prefix, another depth).
   */
  private static List<List<List<Integer>>> numbers(Source source) {
    List<List<List<Integer>>> arrays = List.of(new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>());
    int n = source.nextInt(8);
    for (int k = 1; k <= n; k++) {
      arrays.get(Math.min(2, source.nextInt(4))).add(List.of(2, k));
    }
    for (int changes = source.nextInt(3); changes > 0 && n > 0; changes--) {
      List<List<Integer>> array = arrays.get(source.nextInt(3));
      if (!array.isEmpty()) {
        int at = source.nextInt(array.size());
        int k = 1 + source.nextInt(9);
        array.set(at, switch (source.nextInt(3)) {
          case 0 -> List.of(2, k);
          case 1 -> List.of(1 + source.nextInt(3), k);
          default -> List.of(2, 1, k);
        });
      }
    }
    return arrays;
  }

  private static int[] toArray(List<Integer> components) {
    return components.stream().mapToInt(Integer::intValue).toArray();
  }

  private static String number(List<Integer> components) {
    return OutlineNumber.of(toArray(components)).toString();
  }
}
