package io.github.ogpkit.rules.internal.monitoring;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.findings;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.findingsInAzerbaijani;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.irm;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.plan;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.MeasureRef;
import io.github.ogpkit.model.ProgressEntry;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules about what an entry is about: reference-unknown, -duplicate and -missing. */
class ReferenceRulesTest {

  private static ProgressEntry ref(MeasureRef ref) {
    return ProgressEntry.builder().reference(ref).status(ProgressStatus.LIMITED).build();
  }

  private static ProgressEntry number(String number) {
    return ref(MeasureRef.ofNumber(number));
  }

  private static ProgressEntry ogpId(String id) {
    return ref(MeasureRef.ofOgpId(id));
  }

  private static ProgressEntry both(String number, String id) {
    return ProgressEntry.builder().measure(number).ogpId(id).status(ProgressStatus.LIMITED)
        .build();
  }

  private static ProgressReport reportOf(ProgressEntry... entries) {
    return report("gov-2017", "2017-06-30", entries);
  }

  private static JsonPointer path(String pointer) {
    return JsonPointer.parse(pointer);
  }

  @Nested
  class ReferenceUnknown {
    private static final String RULE = "reference-unknown";

    @Test
    void aNumberThatNamesNothingIsReportedAtTheNumberNamingThePlan() {
      ProgressReport r = reportOf(number("1.1"), number("9"));
      assertThat(findings(RULE, r, plan(), r))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(tuple(ERROR, path("/entries/1/measure"),
              "plan xx-2016-2018 has no section or measure numbered 9"));
    }

    @Test
    void anOgpIdThatNamesNothingIsReportedAtTheOgpId() {
      IrmAssessment a = irm("irm", Assessment.builder().ogpId("XX0999").build());
      assertThat(findings(RULE, a, a, plan()))
          .extracting(Finding::path, Finding::message)
          .containsExactly(tuple(path("/entries/0/ogpId"),
              "plan xx-2016-2018 has no section or measure with the OGP id XX0999"));
    }

    @Test
    void aNumberAndAnOgpIdOfDifferentPartsAreReportedAtTheEntry() {
      ProgressReport r = reportOf(both("1.1", "XX0002"));
      assertThat(findings(RULE, r, plan(), r))
          .extracting(Finding::path, Finding::message)
          .containsExactly(tuple(path("/entries/0"), "measure 1.1 and OGP id XX0002 name"
              + " different parts of plan xx-2016-2018: XX0002 is 1.2"));
    }

    @Test
    void aNumberAndAnOgpIdThatBothNameNothingAreReportedEach() {
      ProgressReport r = reportOf(both("9", "XX0999"));
      assertThat(findings(RULE, r, plan(), r)).extracting(Finding::path)
          .containsExactly(path("/entries/0/measure"), path("/entries/0/ogpId"));
    }

    @Test
    void referencesToSectionsMeasuresAndTheirOgpIdsAreFine() {
      ProgressReport r = reportOf(number("1"), number("2.1"), ogpId("XX0001"),
          both("1.2", "XX0002"));
      assertThat(findings(RULE, r, plan(), r)).isEmpty();
    }

    @Test
    void doesNotRunWhenThePlanIsNotInTheDataset() {
      ProgressReport r = reportOf(number("9"), both("1.1", "XX0002"));
      assertThat(findings(RULE, r, r)).isEmpty();
      assertThat(findings(RULE, r, r, plan().toBuilder().id("xx-other").build())).isEmpty();
    }

    @Test
    void speaksAzerbaijani() {
      ProgressReport r = reportOf(number("9"));
      assertThat(findingsInAzerbaijani(RULE, r, plan(), r)).extracting(Finding::message)
          .containsExactly("xx-2016-2018 planında 9 nömrəli bölmə və ya tədbir yoxdur");
    }
  }

  @Nested
  class ReferenceDuplicate {
    private static final String RULE = "reference-duplicate";

    @Test
    void anIdenticalReferenceIsReportedAtTheLaterEntryNamingTheFirst() {
      ProgressReport r = reportOf(number("1.1"), number("2.1"), number("1.1"), number("1.1"));
      assertThat(findings(RULE, r, plan(), r))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(
              tuple(ERROR, path("/entries/2"), "the entry at /entries/0 is already about 1.1"),
              tuple(ERROR, path("/entries/3"), "the entry at /entries/0 is already about 1.1"));
    }

    @Test
    void aNumberAndAnOgpIdOfOnePartAreTheSamePartWhenThePlanIsThere() {
      ProgressReport r = reportOf(number("1.2"), ogpId("XX0002"));
      assertThat(findings(RULE, r, plan(), r)).extracting(Finding::path, Finding::message)
          .containsExactly(tuple(path("/entries/1"),
              "the entry at /entries/0 is already about 1.2"));
    }

    @Test
    void withoutThePlanOnlyIdenticalReferencesAreDuplicates() {
      ProgressReport r = reportOf(number("1.2"), ogpId("XX0002"), ogpId("XX0002"));
      assertThat(findings(RULE, r, r)).extracting(Finding::path, Finding::message)
          .containsExactly(tuple(path("/entries/2"),
              "the entry at /entries/1 is already about XX0002"));
    }

    @Test
    void differentPartsAndEntriesOfDifferentDocumentsAreFine() {
      ProgressReport r = reportOf(number("1.1"), number("1.2"), ogpId("XX0003"));
      ProgressReport other = report("csr-2017", "2017-06-30", number("1.1"));
      assertThat(findings(RULE, r, plan(), r, other)).isEmpty();
      assertThat(findings(RULE, other, plan(), r, other)).isEmpty();
    }

    @Test
    void entriesThatNameNothingAreNotDuplicatesOfEachOther() {
      ProgressReport r = reportOf(ref(MeasureRef.NONE), ref(MeasureRef.NONE));
      assertThat(findings(RULE, r, plan(), r)).isEmpty();
    }
  }

  @Nested
  class ReferenceMissing {
    private static final String RULE = "reference-missing";

    @Test
    void anEntryWithNeitherNumberNorOgpIdIsReportedAtTheEntryWithOrWithoutThePlan() {
      ProgressReport r = reportOf(number("1.1"), ref(MeasureRef.NONE));
      IrmAssessment a = irm("irm", Assessment.builder().build());
      assertThat(findings(RULE, r, r))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(tuple(ERROR, path("/entries/1"),
              "the entry names neither a measure nor an OGP id, so it is about nothing"));
      assertThat(findings(RULE, a, plan(), a)).extracting(Finding::path)
          .containsExactly(path("/entries/0"));
    }

    @Test
    void anEntryWithANumberOrAnOgpIdIsFine() {
      ProgressReport r = reportOf(number("1.1"), ogpId("XX0002"), number("9"));
      assertThat(findings(RULE, r, plan(), r)).isEmpty();
    }
  }
}
