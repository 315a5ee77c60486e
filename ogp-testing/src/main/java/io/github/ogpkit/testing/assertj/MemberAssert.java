package io.github.ogpkit.testing.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberStatus;
import io.github.ogpkit.model.PartialDate;
import io.github.ogpkit.model.PlanRef;
import io.github.ogpkit.model.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Member}; obtain them from {@link OgpAssertions#assertThat(Member)}. A
 * status is in effect from the first day of its change's {@code from} up to, not including, the
 * first day of the next change's {@code from}, as the rule {@code plan-while-not-active} reads
 * the history; the last change's status holds on.
 *
 * <pre>{@code
 * assertThat(OgpFixtures.member(OgpFixtures.AZERBAIJAN))
 *     .hasStatusOn(LocalDate.of(2017, 1, 1), MemberStatus.INACTIVE)
 *     .hasActionPlan(OgpFixtures.AZ_OGP_NAP_2016_2018);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class MemberAssert extends AbstractAssert<MemberAssert, @Nullable Member> {

  MemberAssert(@Nullable Member actual) {
    super(actual, MemberAssert.class);
  }

  /**
   * Verifies the member's status on a day.
   *
   * @param day the day
   * @param expected the status in effect on it
   * @return this assertion
   */
  public MemberAssert hasStatusOn(LocalDate day, MemberStatus expected) {
    return hasStatusOn(PartialDate.of(day), expected);
  }

  /**
   * Verifies the member's status throughout a day, month or year: the status is in effect on
   * each of its days.
   *
   * @param date the day, month or year, such as {@code PartialDate.parse("2017")}
   * @param expected the status in effect throughout it
   * @return this assertion
   */
  public MemberAssert hasStatusOn(PartialDate date, MemberStatus expected) {
    isNotNull();
    List<@Nullable MemberStatus> statuses = statusesOn(date);
    if (!statuses.equals(List.of(expected))) {
      String was = statuses.isEmpty() ? "it had none"
          : "it was " + statuses.stream()
              .map(s -> s == null ? "without a status" : s.toString())
              .collect(Collectors.joining(", then "));
      failWithMessage("%s", "Expecting member " + actual.id() + " to have status " + expected
          + " on " + date + " but " + was + "; its status history is:\n  " + history());
    }
    return myself;
  }

  /**
   * Verifies that the member's {@code actionPlans} name a plan.
   *
   * @param planId the plan's id
   * @return this assertion
   */
  public MemberAssert hasActionPlan(String planId) {
    isNotNull();
    if (actual.actionPlans().stream().noneMatch(p -> p.plan().equals(planId))) {
      failWithMessage("%s", "Expecting member " + actual.id() + " to have action plan " + planId
          + " but its action plans are:\n  " + plans());
    }
    return myself;
  }

  /** The statuses in effect during a date, in order, each once at a stretch. */
  private List<@Nullable MemberStatus> statusesOn(PartialDate date) {
    LocalDate first = date.firstDay();
    LocalDate last = date.lastDay();
    List<@Nullable MemberStatus> found = new ArrayList<>();
    List<StatusChange> history = actual.statusHistory();
    for (int i = 0; i < history.size(); i++) {
      LocalDate from = history.get(i).from().firstDay();
      LocalDate until = i + 1 < history.size() ? history.get(i + 1).from().firstDay() : null;
      // An empty time (the next change on the same day) is in effect on no day.
      boolean overlaps = !from.isAfter(last)
          && (until == null || until.isAfter(first) && from.isBefore(until));
      MemberStatus status = history.get(i).status();
      if (overlaps && (found.isEmpty() || found.get(found.size() - 1) != status)) {
        found.add(status);
      }
    }
    if (!found.isEmpty() && history.get(0).from().firstDay().isAfter(first)) {
      found.add(0, null); // days before the first change: no status
    }
    return found;
  }

  private String history() {
    if (actual.statusHistory().isEmpty()) {
      return "(none)";
    }
    return actual.statusHistory().stream().map(c -> c.status() + " from " + c.from())
        .collect(Collectors.joining("\n  "));
  }

  private String plans() {
    if (actual.actionPlans().isEmpty()) {
      return "(none)";
    }
    return actual.actionPlans().stream().map(MemberAssert::plan)
        .collect(Collectors.joining("\n  "));
  }

  private static String plan(PlanRef p) {
    return p.plan() + " (" + p.period() + ")";
  }
}
