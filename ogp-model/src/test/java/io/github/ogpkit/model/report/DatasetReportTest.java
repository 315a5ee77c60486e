package io.github.ogpkit.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberStatus;
import io.github.ogpkit.model.MemberType;
import io.github.ogpkit.model.StatusChange;
import io.github.ogpkit.model.json.JsonPointer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetReportTest {

  private static Member member(String id) {
    return Member.builder().id(id).name("en", id).memberType(MemberType.NATIONAL).country("XX")
        .joined("2011").statusChange(StatusChange.of(MemberStatus.ACTIVE, "2011")).build();
  }

  private static final ValidationReport CLEAN = ValidationReport.of(List.of());
  private static final ValidationReport ERROR = ValidationReport.of(List.of(
      Finding.of("plan-overlap", Severity.ERROR, JsonPointer.parse("/actionPlans/1"), "m")));

  @Test
  void pairsEachDocumentWithItsReportInOrder() {
    Member a = member("a");
    Member b = member("b");
    DatasetReport r = DatasetReport.of(List.of(a, b), List.of(CLEAN, ERROR));
    assertThat(r.documents()).containsExactly(a, b);
    assertThat(r.reports()).containsExactly(CLEAN, ERROR);
    assertThat(r.reportFor(b)).isSameAs(ERROR);
    assertThat(r.reportFor(member("a"))).isSameAs(CLEAN);
    assertThat(r.isValid()).isFalse();
    assertThat(DatasetReport.of(List.of(a), List.of(CLEAN)).isValid()).isTrue();
    assertThat(r).isEqualTo(DatasetReport.of(List.of(a, b), List.of(CLEAN, ERROR)))
        .hasSameHashCodeAs(DatasetReport.of(List.of(a, b), List.of(CLEAN, ERROR)))
        .isNotEqualTo(DatasetReport.of(List.of(a, b), List.of(CLEAN, CLEAN)));
    assertThat(r).hasToString("DatasetReport[member a: 0 errors, 0 warnings, 0 infos,"
        + " member b: 1 errors, 0 warnings, 0 infos]");
  }

  @Test
  void aDocumentNotReportedOnIsRefusedByTypeAndId() {
    DatasetReport r = DatasetReport.of(List.of(member("a")), List.of(CLEAN));
    assertThatIllegalArgumentException().isThrownBy(() -> r.reportFor(member("c")))
        .withMessage("the member document c is not one of the documents reported on");
  }

  @Test
  void eachDocumentNeedsItsReportAndNullsAreNamed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DatasetReport.of(List.of(member("a")), List.of()))
        .withMessage("1 documents but 0 reports; each document needs its report");
    List<Document> withNull = Arrays.asList(member("a"), null);
    assertThatNullPointerException()
        .isThrownBy(() -> DatasetReport.of(withNull, List.of(CLEAN, CLEAN)))
        .withMessage("documents[1]");
    assertThatNullPointerException()
        .isThrownBy(() -> DatasetReport.of(List.of(member("a")), null))
        .withMessage("reports");
    assertThatNullPointerException()
        .isThrownBy(() -> DatasetReport.of(List.of(member("a")), List.of(CLEAN)).reportFor(null))
        .withMessage("document");
  }
}
