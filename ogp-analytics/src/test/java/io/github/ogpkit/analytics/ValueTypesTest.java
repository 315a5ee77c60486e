package io.github.ogpkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.Range;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.TimeFrame;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The small value types: shares, quarters, workloads and spans. */
class ValueTypesTest {

  @Test
  void shareGivesItsFractionAndPercentAndRefusesImpossibleCounts() {
    assertThat(new Share(7, 14).fraction()).isEqualTo(0.5);
    assertThat(new Share(1, 4).percent()).isEqualTo(25.0);
    assertThat(new Share(0, 0).fraction()).isZero();
    assertThat(new Share(2, 3)).hasToString("2/3");
    assertThatIllegalArgumentException().isThrownBy(() -> new Share(4, 3));
    assertThatIllegalArgumentException().isThrownBy(() -> new Share(-1, 3));
  }

  @Test
  void yearQuarterKnowsItsDaysAndWritesItselfWhateverTheLocale() {
    YearQuarter q4 = YearQuarter.of(LocalDate.of(2022, 12, 31));
    assertThat(q4).isEqualTo(new YearQuarter(2022, 4));
    assertThat(q4.days()).isEqualTo(Range.closed(LocalDate.of(2022, 10, 1),
        LocalDate.of(2022, 12, 31)));
    assertThat(q4.next()).isEqualTo(new YearQuarter(2023, 1));
    assertThat(YearQuarter.of(LocalDate.of(2024, 3, 31)).lastDay())
        .isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(new YearQuarter(2022, 4)).isLessThan(new YearQuarter(2023, 1));
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
      assertThat(q4).hasToString("2022-Q4");
    } finally {
      Locale.setDefault(before);
    }
    assertThatIllegalArgumentException().isThrownBy(() -> new YearQuarter(2022, 5));
  }

  @Test
  void workloadCountsByRoleAndInTotal() {
    Workload w = new Workload("caj", 2, 1, 0);
    assertThat(w.count(Role.EXECUTOR)).isEqualTo(2);
    assertThat(w.count(Role.SUPPORTING)).isEqualTo(1);
    assertThat(w.count(Role.RECOMMENDED)).isZero();
    assertThat(w.total()).isEqualTo(3);
    assertThatIllegalArgumentException().isThrownBy(() -> new Workload("x", -1, 0, 0));
    assertThatNullPointerException().isThrownBy(() -> new Workload(null, 0, 0, 0))
        .withMessage("institution");
  }

  @Test
  void activeSpanTakesOnlyClosedRanges() {
    var m = Plans.dated("1", "2022");
    assertThatIllegalArgumentException().isThrownBy(() -> new ActiveSpan(m,
        TimeFrame.parse("2022"), false, Range.atLeast(LocalDate.of(2022, 1, 1))));
    assertThatIllegalArgumentException().isThrownBy(() -> new ActiveSpan(m,
        TimeFrame.parse("2022"), false,
        Range.closedOpen(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1))));
    ActiveSpan span = new ActiveSpan(m, TimeFrame.parse("2022"), false,
        Range.closed(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
    assertThat(span.overlaps(Range.closed(LocalDate.of(2022, 12, 31),
        LocalDate.of(2023, 1, 1)))).isTrue();
    assertThat(span.overlaps(Range.closedOpen(LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 2, 1)))).isFalse();
    assertThat(span.overlaps(Range.open(LocalDate.of(2022, 12, 31),
        LocalDate.of(2023, 1, 1)))).isFalse();
  }
}
