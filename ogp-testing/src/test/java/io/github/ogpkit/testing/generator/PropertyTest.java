package io.github.ogpkit.testing.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PropertyTest {

  private static final Generator<Integer> UP_TO_A_MILLION = source -> source.between(0, 1_000_000);

  @AfterEach
  void clearSystemProperties() {
    System.clearProperty(Property.SEED_PROPERTY);
    System.clearProperty(Property.SIZE_PROPERTY);
    System.clearProperty(Property.TRIES_PROPERTY);
  }

  @Test
  void checksTheExamplesThenTheSmallestAndLargestValueThenTheTries() {
    List<Integer> seen = new ArrayList<>();
    long checked = Property.forAll(UP_TO_A_MILLION).tries(5).examples(-1, -2).check(seen::add);
    assertThat(checked).isEqualTo(9);
    assertThat(seen).hasSize(9).startsWith(-1, -2, 0, 1_000_000);
  }

  @Test
  void everyRunChecksTheSameValues() {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    Property.forAll(UP_TO_A_MILLION).tries(100).check(first::add);
    Property.forAll(UP_TO_A_MILLION).tries(100).check(second::add);
    assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    List<Integer> otherSeed = new ArrayList<>();
    Property.forAll(UP_TO_A_MILLION).tries(100).seed(7).check(otherSeed::add);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  @Test
  void sizesRiseOnEvenTriesAndAreTheLargestOnOddOnes() {
    List<Integer> sizes = new ArrayList<>();
    Property.forAll(Source::size).tries(8).maxSize(2).check(sizes::add);
    // The smallest value at size 0, the largest at the maximum, then the tries.
    assertThat(sizes).containsExactly(0, 2, 0, 2, 1, 2, 2, 2, 0, 2);
  }

  @Test
  void theTriesPropertyMultipliesEveryPropertysTries() {
    System.setProperty(Property.TRIES_PROPERTY, "3");
    assertThat(Property.forAll(UP_TO_A_MILLION).tries(10).check(v -> { })).isEqualTo(32);
    System.setProperty(Property.TRIES_PROPERTY, "0");
    assertThatThrownBy(() -> Property.forAll(UP_TO_A_MILLION).check(v -> { }))
        .hasMessage("-Dogp.property.tries must be at least 1, was 0");
  }

  @Test
  void aFailingTryReportsItsSeedAndSizeAndTheSmallestValueThatFailsAlike() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.forAll(UP_TO_A_MILLION).check(PropertyTest::noneIsInTheMiddle));
    String message = error.getMessage();
    assertThat(message).matches(Pattern.compile("PropertyTest#"
        + "aFailingTryReportsItsSeedAndSizeAndTheSmallestValueThatFailsAlike failed on try \\d+"
        + " of 1,000 \\(seed 0x[0-9a-f]+, size \\d+\\)\\.\n"
        + "Run this case alone with -Dogp\\.seed=0x[0-9a-f]+ -Dogp\\.size=\\d+ -Dtest=PropertyTest#"
        + "aFailingTryReportsItsSeedAndSizeAndTheSmallestValueThatFailsAlike\\.\n"
        + "Smallest failing value found \\(size \\d+; [\\d,]+ shrinking attempts, [\\d,]+ of them"
        + " smaller\\):\n250000\n"
        + "Its failure: java\\.lang\\.AssertionError: 250000 is in the middle", Pattern.DOTALL));
    assertThat(error).hasCauseInstanceOf(AssertionError.class);
    assertThat(error.getCause()).hasMessage("250000 is in the middle");
    assertThat(error.getSuppressed()).hasSize(1);

    // The seed and size reported run that one case again, and find the same smallest value.
    Matcher rerun = Pattern.compile("-Dogp\\.seed=(\\S+) -Dogp\\.size=(\\d+)").matcher(message);
    assertThat(rerun.find()).isTrue();
    System.setProperty(Property.SEED_PROPERTY, rerun.group(1));
    System.setProperty(Property.SIZE_PROPERTY, rerun.group(2));
    List<Integer> seen = new ArrayList<>();
    AssertionError again = catchThrowableOfType(AssertionError.class,
        () -> Property.forAll(UP_TO_A_MILLION).examples(1, 2).check(v -> {
          seen.add(v);
          noneIsInTheMiddle(v);
        }));
    assertThat(again.getMessage()).contains(" failed on the seed of -Dogp.seed (seed "
        + rerun.group(1) + ", size " + rerun.group(2) + ")")
        .contains("):\n250000\nIts failure: java.lang.AssertionError: 250000 is in the middle");
    assertThat(seen.get(0)).isBetween(250_000, 750_000);
  }

  /** Fails for half the values, but neither for the smallest nor for the largest. */
  private static void noneIsInTheMiddle(int value) {
    if (value >= 250_000 && value <= 750_000) {
      throw new AssertionError(value + " is in the middle");
    }
  }

  @Test
  void aPassingSeedPassesAlone() {
    System.setProperty(Property.SEED_PROPERTY, "-42");
    assertThat(Property.forAll(UP_TO_A_MILLION).check(v -> { })).isEqualTo(1);
    System.setProperty(Property.SEED_PROPERTY, "0xnothex");
    assertThatThrownBy(() -> Property.forAll(UP_TO_A_MILLION).check(v -> { }))
        .hasMessageStartingWith("-Dogp.seed must be a seed such as 0x1f2e3d4c5b6a7988 or -42");
  }

  @Test
  void theLargestValueIsAnEdgeCaseThatShrinksToTheSmallestFailingNumber() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.forAll(UP_TO_A_MILLION).check(v -> assertThat(v).isLessThan(500)));
    assertThat(error.getMessage())
        .startsWith("PropertyTest#theLargestValueIsAnEdgeCaseThatShrinksToTheSmallestFailingNumber"
            + " failed on the generator's largest value (every choice the largest, size 100).\n"
            + "Smallest failing value found (size 100; ")
        .contains("):\n500\nIts failure: java.lang.AssertionError: ");
  }

  @Test
  void listsShrinkToTheFewestAndSmallestElementsThatFail() {
    Generator<List<Integer>> lists = Generator.<Integer>oneOf(s -> s.between(0, 100)).list(0, 20);
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.forAll(lists).tries(200)
            .check(list -> assertThat(list).allMatch(v -> v <= 50)));
    assertThat(error.getMessage()).contains("):\n[51]\nIts failure: ");
  }

  @Test
  void anExampleThatFailsIsReportedAsItIs() {
    assertThatThrownBy(() -> Property.forAll(UP_TO_A_MILLION).examples(1, -5)
        .describedAs(v -> "minus " + -v)
        .check(v -> assertThat(v).isNotNegative()))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("PropertyTest#anExampleThatFailsIsReportedAsItIs failed on"
            + " example 2 of 2:\nminus 5\nIts failure: ");
  }

  @Test
  void aSourceReplaysItsChoicesAndGivesZeroAfterThem() {
    Source random = Source.random(3, 50);
    List<Integer> made = List.of(random.between(5, 9), random.nextInt(1000), random.between(0, 1));
    Source replay = Source.replay(random.choices(), 50);
    assertThat(List.of(replay.between(5, 9), replay.nextInt(1000), replay.between(0, 1)))
        .isEqualTo(made);
    assertThat(replay.nextInt(10)).isZero();
    assertThat(replay.chance(99)).isFalse();
    assertThat(Source.largest(0).between(5, 9)).isEqualTo(9);
    assertThat(Source.smallest(0).oneOf("a", "b")).isEqualTo("a");
  }

  @Test
  void sizesScaleCountsUpToTheFullSize() {
    assertThat(Source.random(1, 0).scale(300)).isZero();
    assertThat(Source.random(1, 1).scale(300)).isEqualTo(3);
    assertThat(Source.random(1, 50).scale(3)).isEqualTo(2);
    assertThat(Source.random(1, Source.FULL_SIZE).scale(300)).isEqualTo(300);
    assertThat(Source.random(1, 1000).scale(300)).isEqualTo(300);
  }
}
