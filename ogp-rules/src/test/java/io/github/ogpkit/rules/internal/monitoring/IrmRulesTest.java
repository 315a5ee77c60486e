package io.github.ogpkit.rules.internal.monitoring;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.model.report.Severity.INFO;
import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.findings;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.irm;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.IrmProduct;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.OpenGovernmentResult;
import io.github.ogpkit.model.PotentialImpact;
import io.github.ogpkit.model.Specificity;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules about IRM assessments: star-criteria, star-unmarked, field-not-in-product. */
class IrmRulesTest {

  /** An assessment of measure 1.1 that meets every criterion of a star. */
  private static Assessment.Builder star() {
    return Assessment.builder().measure("1.1").specificity(Specificity.HIGH)
        .ogpValues(OgpValue.ACCESS_TO_INFORMATION).potentialImpact(PotentialImpact.TRANSFORMATIVE)
        .completion(IrmCompletion.COMPLETE);
  }

  private static List<Finding> of(String rule, Assessment... entries) {
    IrmAssessment a = irm("irm", IrmProduct.END_OF_TERM_REPORT, entries);
    return findings(rule, a, plan(), a);
  }

  @Nested
  class StarCriteria {
    private static final String RULE = "star-criteria";

    @Test
    void aStarredAssessmentWhoseValuesRuleAStarOutIsReportedAtTheEntryNamingThem() {
      assertThat(of(RULE, star().starred(true).build(), star().starred(true)
          .potentialImpact(PotentialImpact.MINOR).completion(IrmCompletion.LIMITED).build()))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(tuple(ERROR, JsonPointer.parse("/entries/1"), "the assessment of 1.1"
              + " is starred, but these values rule a star out by the IRM's criteria:"
              + " potentialImpact MINOR, completion LIMITED"));
    }

    /** The criteria table, row by row: one field set to a value, the others meeting theirs. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        specificity       | NONE                  | specificity NONE
        specificity       | LOW                   | specificity LOW
        specificity       | MEDIUM                |
        specificity       | HIGH                  |
        ogpValues         | TECHNOLOGY_AND_INNOVATION | ogpValues TECHNOLOGY_AND_INNOVATION
        ogpValues         | CIVIC_PARTICIPATION   |
        ogpValues         | PUBLIC_ACCOUNTABILITY |
        potentialImpact   | NONE                  | potentialImpact NONE
        potentialImpact   | MINOR                 | potentialImpact MINOR
        potentialImpact   | MODERATE              |
        completion        | NO_EVIDENCE           | completion NO_EVIDENCE
        completion        | NOT_STARTED           | completion NOT_STARTED
        completion        | LIMITED               | completion LIMITED
        completion        | SUBSTANTIAL           |
        """)
    void eachCriterion(String field, String value, String failing) {
      Assessment.Builder b = star().starred(true);
      switch (field) {
        case "specificity" -> b.specificity(Specificity.valueOf(value));
        case "ogpValues" -> b.ogpValues(OgpValue.valueOf(value));
        case "potentialImpact" -> b.potentialImpact(PotentialImpact.valueOf(value));
        default -> b.completion(IrmCompletion.valueOf(value));
      }
      List<Finding> found = of(RULE, b.build());
      if (failing == null) {
        assertThat(found).isEmpty();
      } else {
        assertThat(found).extracting(Finding::message).singleElement().asString()
            .endsWith(": " + failing);
      }
    }

    @Test
    void absentFieldsAreUnknownNotFailed() {
      assertThat(of(RULE, Assessment.builder().measure("1.1").starred(true).build())).isEmpty();
    }

    @Test
    void verifiableMeetsTheFirstCriterionAndFalseFailsItOnlyWithoutSpecificity() {
      assertThat(of(RULE, star().starred(true).specificity(Specificity.LOW).verifiable(true)
          .build())).isEmpty();
      assertThat(of(RULE, star().starred(true).specificity(null).verifiable(false).build()))
          .extracting(Finding::message).singleElement().asString()
          .endsWith(": verifiable false");
      assertThat(of(RULE, star().starred(true).specificity(Specificity.LOW).verifiable(false)
          .build())).extracting(Finding::message).singleElement().asString()
          .endsWith(": specificity LOW, verifiable false");
    }

    @Test
    void anAssessmentNotStarredIsNotChecked() {
      assertThat(of(RULE, star().potentialImpact(PotentialImpact.NONE).build(),
          star().starred(false).potentialImpact(PotentialImpact.NONE).build())).isEmpty();
    }
  }

  @Nested
  class StarUnmarked {
    private static final String RULE = "star-unmarked";

    @Test
    void anAssessmentMeetingEveryCriterionButNotStarredIsReportedAtTheEntry() {
      assertThat(of(RULE, star().build(), star().starred(false).measure("1.2").build()))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(
              tuple(INFO, JsonPointer.parse("/entries/0"), "the assessment of 1.1 meets every"
                  + " criterion of the IRM for a star, but is not starred"),
              tuple(INFO, JsonPointer.parse("/entries/1"), "the assessment of 1.2 meets every"
                  + " criterion of the IRM for a star, but is not starred"));
    }

    @Test
    void verifiableServesForSpecificity() {
      assertThat(of(RULE, star().specificity(null).verifiable(true).build())).hasSize(1);
    }

    @Test
    void aStarredOneOrOneWithAFieldAbsentOrFailingIsFine() {
      assertThat(of(RULE, star().starred(true).build())).isEmpty();
      assertThat(of(RULE, star().specificity(null).build())).isEmpty();
      assertThat(of(RULE, star().ogpValues(List.of()).build())).isEmpty();
      assertThat(of(RULE, star().potentialImpact(null).build())).isEmpty();
      assertThat(of(RULE, star().completion(null).build())).isEmpty();
      assertThat(of(RULE, star().completion(IrmCompletion.LIMITED).build())).isEmpty();
    }
  }

  @Nested
  class FieldNotInProduct {
    private static final String RULE = "field-not-in-product";

    /** Every field whose product matters, and verifiable, which may appear anywhere. */
    private static Assessment full() {
      return Assessment.builder().measure("1.1").specificity(Specificity.LOW).verifiable(true)
          .promising(true).completion(IrmCompletion.LIMITED)
          .didItOpenGovernment(OpenGovernmentResult.MARGINAL).build();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        DESIGN_REPORT      | promising completion didItOpenGovernment
        PROGRESS_REPORT    | promising
        END_OF_TERM_REPORT | promising
        ACTION_PLAN_REVIEW | specificity completion didItOpenGovernment
        RESULTS_REPORT     | specificity promising
        """)
    void eachProductAssessesItsFieldsOnly(IrmProduct product, String fields) {
      IrmAssessment a = irm("irm", product, full());
      assertThat(findings(RULE, a, plan(), a)).extracting(Finding::path)
          .containsExactlyInAnyOrderElementsOf(List.of(fields.split(" ")).stream()
              .map(f -> JsonPointer.parse("/entries/0/" + f)).toList());
    }

    @Test
    void theFindingIsAWarningAtTheFieldNamingTheProduct() {
      IrmAssessment a = irm("irm", IrmProduct.PROGRESS_REPORT, full());
      assertThat(findings(RULE, a, a))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(tuple(WARNING, JsonPointer.parse("/entries/0/promising"),
              "the IRM's PROGRESS_REPORT does not assess promising"));
    }
  }
}
