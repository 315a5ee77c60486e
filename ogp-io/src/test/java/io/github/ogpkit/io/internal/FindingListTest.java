package io.github.ogpkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.io.internal.FindingList.Target;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The list keeps findings up to its limit and counts the rest in one summary: how many, by rule,
 * as severe as the most severe of them, where the first of them was. Whether a plan binds depends
 * on the errors counted, listed or not.
 */
class FindingListTest {

  private static final JsonPointer A = JsonPointer.parse("/a");
  private static final JsonPointer B = JsonPointer.parse("/b");

  private static List<Finding> completeWithNothingToLocate(FindingList list) {
    return list.complete(targets -> Map.of());
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> new FindingList(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be at least 1, was 0");
    assertThat(completeWithNothingToLocate(new FindingList(1))).isEmpty();
  }

  @Test
  void errorsAndFindingsAreCountedListedOrNot() {
    FindingList list = new FindingList(1);
    list.add("x", Severity.ERROR, A, TextLocation.of(1, 2), "one");
    list.add("x", Severity.WARNING, A, TextLocation.of(1, 3), "two");
    list.add("y", Severity.ERROR, B, TextLocation.of(1, 4), "three");

    assertThat(list.errors()).isEqualTo(2);
    assertThat(list.size()).isEqualTo(3);
  }

  @Test
  void exactlyTheLimitIsListedAndTheRestSummedUpByRuleWhereTheFirstOfThemWas() {
    FindingList list = new FindingList(2);
    list.add("x", Severity.WARNING, A, TextLocation.of(1, 2), "one");
    list.add("x", Severity.WARNING, A, TextLocation.of(1, 3), "two");
    list.add("z", Severity.WARNING, B, TextLocation.of(2, 5), "three");
    list.add("y", Severity.WARNING, B, TextLocation.of(3, 1), "four");
    list.add("z", Severity.WARNING, B, TextLocation.of(4, 1), "five");

    assertThat(completeWithNothingToLocate(list)).containsExactly(
        new Finding("x", Severity.WARNING, A, "one", Optional.of(TextLocation.of(1, 2))),
        new Finding("x", Severity.WARNING, A, "two", Optional.of(TextLocation.of(1, 3))),
        new Finding("json-syntax", Severity.WARNING, JsonPointer.root(),
            "more findings than the limit of 2 (maxFindings): 3 more are not listed "
                + "(y 1, z 2)", Optional.of(TextLocation.of(2, 5))));
  }

  @Test
  void theSummaryIsAsSevereAsTheMostSevereFindingItCounts() {
    FindingList errorLast = new FindingList(1);
    errorLast.add("x", Severity.INFO, A, TextLocation.of(1, 1), "listed");
    errorLast.add("x", Severity.WARNING, A, TextLocation.of(1, 2), "counted");
    errorLast.add("x", Severity.ERROR, A, TextLocation.of(1, 3), "counted");
    errorLast.add("x", Severity.INFO, A, TextLocation.of(1, 4), "counted");
    assertThat(completeWithNothingToLocate(errorLast).get(1).severity())
        .isEqualTo(Severity.ERROR);

    FindingList warnings = new FindingList(1);
    warnings.add("x", Severity.ERROR, A, TextLocation.of(1, 1), "listed");
    warnings.add("x", Severity.INFO, A, TextLocation.of(1, 2), "counted");
    warnings.add("x", Severity.WARNING, A, TextLocation.of(1, 3), "counted");
    assertThat(completeWithNothingToLocate(warnings).get(1).severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void findingsLocatedAtTheEndAreLocatedInOnePassListedOrCounted() {
    Target listedAt = new Target(A, false);
    Target countedAt = new Target(B, false);
    Target namedAt = new Target(A, true);
    FindingList list = new FindingList(2);
    list.addAt("required", Severity.ERROR, A.append("p"), listedAt, "listed");
    list.addNaming("duplicate-key", A, TextLocation.of(9, 9), namedAt,
        first -> "first at " + first.line() + ":" + first.column());
    list.addAt("required", Severity.ERROR, B.append("q"), countedAt, "counted");
    list.addAt("required", Severity.ERROR, B.append("r"), new Target(B, true), "counted");

    List<Finding> all = list.complete(targets -> {
      // Only the first counted finding is located: the summary stands where it was.
      assertThat(targets).containsExactly(listedAt, namedAt, countedAt);
      return Map.of(listedAt, TextLocation.of(2, 3), namedAt, TextLocation.of(4, 5),
          countedAt, TextLocation.of(6, 7));
    });

    assertThat(all).extracting(Finding::message, f -> f.location().orElseThrow()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("listed", TextLocation.of(2, 3)),
        org.assertj.core.groups.Tuple.tuple("first at 4:5", TextLocation.of(9, 9)),
        org.assertj.core.groups.Tuple.tuple("more findings than the limit of 2 (maxFindings): 2 "
            + "more are not listed (required 2)", TextLocation.of(6, 7)));
  }

  @Test
  void aTargetTheTextDoesNotHoldIsLocatedAtItsStart() {
    FindingList list = new FindingList(5);
    list.addAt("required", Severity.ERROR, A, new Target(A, false), "lost");
    assertThat(completeWithNothingToLocate(list)).singleElement()
        .satisfies(f -> assertThat(f.location()).contains(TextLocation.of(1, 1)));
  }

  /** A finding never given its message is a bug of the reader, shown rather than listed. */
  @Test
  void aFindingLeftWithoutItsMessageIsAnError() {
    FindingList list = new FindingList(5);
    list.addWaiting("required", Severity.ERROR, A, TextLocation.of(1, 1), null);
    assertThatThrownBy(() -> completeWithNothingToLocate(list))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a required finding at /a was never given its message");
  }
}
