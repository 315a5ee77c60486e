package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A dataset finds documents by id, resolves entries' references in their plan, and answers per
 * section or measure: the latest status by reporter kind, the IRM's assessments, the history.
 */
class DatasetTest {

  private static final String PLAN = "xx-2016-2018";
  private static final OutlineNumber ONE = OutlineNumber.parse("1");
  private static final OutlineNumber ONE_TWO = OutlineNumber.parse("1.2");
  private static final OutlineNumber TWO_ONE = OutlineNumber.parse("2.1");

  /**
   * Section 1 (XX0001) with measures 1.1 and 1.2 (XX0002); section 2 with measure 2.1 (XX0003)
   * and its sub-measure 2.1.1, and subsection 2.2 (XX0004) with measure 2.2.1.
   */
  static Plan plan() {
    return SamplePlans.monitored();
  }

  private static ProgressReport report(String id, ReporterKind kind, String asOf,
      ProgressEntry... entries) {
    return ProgressReport.builder().id(id).plan(PLAN).reporter(Reporter.of(kind, "en", id))
        .asOf(asOf).languages("en").entries(Arrays.asList(entries)).build();
  }

  private static ProgressEntry entry(String number, ProgressStatus status) {
    return ProgressEntry.builder().measure(number).status(status).build();
  }

  private static IrmAssessment irm(String id, String published, Assessment... entries) {
    return IrmAssessment.builder().id(id).plan(PLAN).product(IrmProduct.DESIGN_REPORT)
        .published(published).languages("en").entries(Arrays.asList(entries)).build();
  }

  private static Assessment assessment(String number) {
    return Assessment.builder().measure(number).build();
  }

  private static Member member(String id) {
    return Member.builder().id(id).name("en", "Member").memberType(MemberType.NATIONAL)
        .country("XX").joined("2011").statusChange(StatusChange.of(MemberStatus.ACTIVE, "2011"))
        .build();
  }

  @Test
  void findsDocumentsByTypeAndId() {
    Plan plan = plan();
    ProgressReport report = report("r", ReporterKind.GOVERNMENT, "2017-01-01");
    IrmAssessment irm = irm("a", "2017");
    Member member = member(PLAN);
    Dataset dataset = Dataset.of(report, plan, member, irm);
    assertThat(dataset.documents()).containsExactly(report, plan, member, irm);
    assertThat(dataset.plans()).containsExactly(plan);
    assertThat(dataset.progressReports()).containsExactly(report);
    assertThat(dataset.irmAssessments()).containsExactly(irm);
    assertThat(dataset.members()).containsExactly(member);
    assertThat(dataset.plan(PLAN)).containsSame(plan);
    assertThat(dataset.member(PLAN)).containsSame(member);
    assertThat(dataset.plan("r")).isEmpty();
    assertThat(dataset.member("r")).isEmpty();
    assertThat(dataset.document(DocumentType.PROGRESS_REPORT, "r")).containsSame(report);
    assertThat(dataset.document(DocumentType.IRM_ASSESSMENT, "a")).containsSame(irm);
    assertThat(dataset.document(DocumentType.IRM_ASSESSMENT, "r")).isEmpty();
    assertThat(Dataset.of().plan(PLAN)).isEmpty();
    assertThat(Dataset.of(List.of(plan)).documents()).containsExactly(plan);
  }

  @Test
  void twoDocumentsOfOneTypeWithOneIdAreRefused() {
    ProgressReport first = report("r", ReporterKind.GOVERNMENT, "2017-01-01");
    ProgressReport second = report("r", ReporterKind.CIVIL_SOCIETY, "2018-01-01");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Dataset.of(first, plan(), second))
        .withMessage("documents[0] and documents[2] are both progress-report documents with id"
            + " \"r\"; a dataset holds one document of a type per id");
    assertThatIllegalArgumentException().isThrownBy(() -> Dataset.of(plan(), plan()))
        .withMessageStartingWith("documents[0] and documents[1] are both plan documents");
    assertThat(Dataset.of(first, irm("r", "2017")).documents()).hasSize(2);
  }

  @Test
  void nullsAreRefusedByPosition() {
    assertThatNullPointerException().isThrownBy(() -> Dataset.of((Collection<Document>) null))
        .withMessage("documents");
    assertThatNullPointerException().isThrownBy(() -> Dataset.of((Document[]) null))
        .withMessage("documents");
    assertThatNullPointerException().isThrownBy(() -> Dataset.of(plan(), null))
        .withMessage("documents[1] is null");
    Dataset dataset = Dataset.of(plan());
    assertThatNullPointerException().isThrownBy(() -> dataset.resolve(null, MeasureRef.NONE))
        .withMessage("planId");
    assertThatNullPointerException().isThrownBy(() -> dataset.resolve(PLAN, null))
        .withMessage("reference");
    assertThatNullPointerException().isThrownBy(() -> dataset.history(PLAN, null))
        .withMessage("number");
    assertThatNullPointerException().isThrownBy(() -> dataset.latestStatus(null, ONE))
        .withMessage("planId");
    assertThatNullPointerException().isThrownBy(() -> dataset.document(null, PLAN))
        .withMessage("type");
    assertThatNullPointerException().isThrownBy(() -> dataset.plan(null))
        .withMessage("id");
  }

  @Test
  void aNumberResolvesToTheSectionOrMeasureWithIt() {
    Dataset dataset = Dataset.of(plan());
    Commitment section = dataset.resolve(PLAN, MeasureRef.ofNumber("1")).orElseThrow();
    assertThat(section.plan()).isEqualTo(PLAN);
    assertThat(section.part()).isInstanceOf(Section.class);
    assertThat(section.number()).isEqualTo(ONE);
    assertThat(section.ogpId()).contains("XX0001");
    Commitment sub = dataset.resolve(PLAN, MeasureRef.ofNumber("2.1.1")).orElseThrow();
    assertThat(sub.part()).isInstanceOf(Measure.class);
    assertThat(sub.part().title()).isEqualTo(LocalizedText.of("en", "Sub"));
    assertThat(sub.ogpId()).isEmpty();
    assertThat(dataset.resolve(PLAN, MeasureRef.ofNumber("2")).orElseThrow().part())
        .isEqualTo(plan().sections().get(1));
    Commitment subsection = dataset.resolve(PLAN, MeasureRef.ofNumber("2.2")).orElseThrow();
    assertThat(subsection.part()).isInstanceOf(Section.class);
    assertThat(subsection.ogpId()).contains("XX0004");
    assertThat(dataset.resolve(PLAN, MeasureRef.ofNumber("2.2.1")).orElseThrow().part())
        .isInstanceOf(Measure.class).extracting(PlanPart::title)
        .isEqualTo(LocalizedText.of("en", "Two two one"));
    assertThat(dataset.resolve(PLAN, MeasureRef.ofNumber("3"))).isEmpty();
    assertThat(dataset.resolve(PLAN, MeasureRef.ofNumber("1.3"))).isEmpty();
    assertThat(dataset.resolve(PLAN, MeasureRef.NONE)).isEmpty();
    assertThat(dataset.resolve("other-plan", MeasureRef.ofNumber("1"))).isEmpty();
  }

  @Test
  void anOgpIdResolvesToTheSectionOrMeasureWithIt() {
    Dataset dataset = Dataset.of(plan());
    assertThat(dataset.resolve(PLAN, MeasureRef.ofOgpId("XX0001")).orElseThrow().part())
        .isInstanceOf(Section.class).extracting(PlanPart::number).isEqualTo(ONE);
    assertThat(dataset.resolve(PLAN, MeasureRef.ofOgpId("XX0003")).orElseThrow().number())
        .isEqualTo(TWO_ONE);
    assertThat(dataset.resolve(PLAN, MeasureRef.ofOgpId("XX0004")).orElseThrow().number())
        .isEqualTo(OutlineNumber.parse("2.2"));
    assertThat(dataset.resolve(PLAN, MeasureRef.ofOgpId("XX0009"))).isEmpty();
    assertThat(dataset.resolve("other-plan", MeasureRef.ofOgpId("XX0001"))).isEmpty();
  }

  @Test
  void aNumberAndAnOgpIdResolveOnlyWhenTheyNameTheSamePart() {
    Dataset dataset = Dataset.of(plan());
    assertThat(dataset.resolve(PLAN, MeasureRef.of(ONE_TWO, "XX0002")).orElseThrow().number())
        .isEqualTo(ONE_TWO);
    assertThat(dataset.resolve(PLAN, MeasureRef.of(ONE, "XX0002"))).isEmpty();
    assertThat(dataset.resolve(PLAN, MeasureRef.of(ONE_TWO, "XX0009"))).isEmpty();
    assertThat(dataset.resolve(PLAN, MeasureRef.of(OutlineNumber.parse("9"), "XX0002")))
        .isEmpty();
  }

  @Test
  void aNumberOrIdUsedTwiceNamesTheFirstInDocumentOrder() {
    Measure topLevel = Measure.builder().number("1").ogpId("XX0003").title("en", "Top").build();
    Plan faulty = plan().toBuilder().measure(topLevel).build();
    Dataset dataset = Dataset.of(faulty);
    assertThat(dataset.resolve(PLAN, MeasureRef.ofNumber("1")).orElseThrow().part())
        .isSameAs(topLevel);
    assertThat(dataset.resolve(PLAN, MeasureRef.ofOgpId("XX0003")).orElseThrow().part())
        .isSameAs(topLevel);
    Plan twice = plan().toBuilder().section(Section.builder().number("3").ogpId("XX0002")
        .title("en", "Again").build()).build();
    assertThat(Dataset.of(twice).resolve(PLAN, MeasureRef.ofOgpId("XX0002")).orElseThrow()
        .number()).isEqualTo(ONE_TWO);
    // The number names the later section 3, the id the earlier measure 1.2: not the same part.
    assertThat(Dataset.of(twice).resolve(PLAN, MeasureRef.of(OutlineNumber.parse("3"),
        "XX0002"))).isEmpty();
  }

  @Test
  void theLatestStatusOfEachReporterKindIsTheOneOfTheLatestAsOf() {
    ProgressReport govLate = report("gov-late", ReporterKind.GOVERNMENT, "2017-06-30",
        entry("1.2", ProgressStatus.SUBSTANTIAL));
    ProgressReport govEarly = report("gov-early", ReporterKind.GOVERNMENT, "2017-01-01",
        entry("1.2", ProgressStatus.LIMITED), entry("2.1", ProgressStatus.COMPLETE));
    ProgressReport shadow = report("shadow", ReporterKind.CIVIL_SOCIETY, "2017-03-01",
        ProgressEntry.builder().ogpId("XX0002").status(ProgressStatus.NOT_STARTED).build());
    Dataset dataset = Dataset.of(govLate, plan(), shadow, govEarly);
    Map<ReporterKind, ProgressMention> latest = dataset.latestStatus(PLAN, ONE_TWO);
    assertThat(latest.keySet()).containsExactly(ReporterKind.GOVERNMENT,
        ReporterKind.CIVIL_SOCIETY);
    assertThat(latest.get(ReporterKind.GOVERNMENT).report()).isSameAs(govLate);
    assertThat(latest.get(ReporterKind.GOVERNMENT).entry().status())
        .contains(ProgressStatus.SUBSTANTIAL);
    assertThat(latest.get(ReporterKind.CIVIL_SOCIETY).report()).isSameAs(shadow);
    assertThat(latest.get(ReporterKind.CIVIL_SOCIETY).entry().status())
        .contains(ProgressStatus.NOT_STARTED);
    assertThat(dataset.latestStatus(PLAN, TWO_ONE).get(ReporterKind.GOVERNMENT).report())
        .isSameAs(govEarly);
    assertThat(dataset.latestStatus(PLAN, ONE)).isEmpty();
    assertThat(dataset.latestStatus("other-plan", ONE_TWO)).isEmpty();
  }

  @Test
  void onTheSameAsOfTheLaterDocumentInTheDatasetIsTheLatest() {
    ProgressReport a = report("a", ReporterKind.GOVERNMENT, "2017-06-30",
        entry("1.2", ProgressStatus.LIMITED));
    ProgressReport b = report("b", ReporterKind.GOVERNMENT, "2017-06-30",
        entry("1.2", ProgressStatus.COMPLETE));
    assertThat(Dataset.of(plan(), a, b).latestStatus(PLAN, ONE_TWO).get(ReporterKind.GOVERNMENT)
        .report()).isSameAs(b);
    assertThat(Dataset.of(plan(), b, a).latestStatus(PLAN, ONE_TWO).get(ReporterKind.GOVERNMENT)
        .report()).isSameAs(a);
  }

  @Test
  void assessmentsAreInTheOrderOfPublication() {
    IrmAssessment y2018 = irm("y2018", "2018", assessment("1.2"));
    IrmAssessment m201803 = irm("m201803", "2018-03", assessment("1.2"));
    IrmAssessment y2017 = irm("y2017", "2017", assessment("1.2"));
    IrmAssessment m201801 = irm("m201801", "2018-01", assessment("1.2"));
    IrmAssessment other = irm("other", "2016", assessment("2.1"));
    Dataset dataset = Dataset.of(m201803, m201801, y2018, plan(), other, y2017);
    assertThat(dataset.assessments(PLAN, ONE_TWO)).extracting(AssessmentMention::assessment)
        .containsExactly(y2017, y2018, m201801, m201803);
    assertThat(dataset.assessments(PLAN, ONE_TWO)).extracting(Mention::firstDay)
        .extracting(Object::toString)
        .containsExactly("2017-01-01", "2018-01-01", "2018-01-01", "2018-03-01");
    assertThat(dataset.assessments(PLAN, TWO_ONE)).extracting(AssessmentMention::assessment)
        .containsExactly(other);
    assertThat(dataset.assessments(PLAN, ONE)).isEmpty();
  }

  @Test
  void theHistoryHoldsReportsAndAssessmentsInTimeOrder() {
    ProgressReport gov = report("gov", ReporterKind.GOVERNMENT, "2018-01-01",
        entry("1.2", ProgressStatus.LIMITED));
    ProgressReport tracker = report("tracker", ReporterKind.OTHER, "2017-05-01",
        ProgressEntry.builder().reference(MeasureRef.of(ONE_TWO, "XX0002")).build());
    ProgressReport sameDay = report("same-day", ReporterKind.CIVIL_SOCIETY, "2018-01-01",
        entry("1.2", ProgressStatus.COMPLETE));
    IrmAssessment design = irm("design", "2018",
        Assessment.builder().ogpId("XX0002").build());
    IrmAssessment early = irm("early", "2016-12-31", assessment("1.2"));
    Dataset dataset = Dataset.of(gov, design, plan(), tracker, sameDay, early);
    List<Mention> history = dataset.history(PLAN, ONE_TWO);
    assertThat(history).extracting(m -> m.document().id())
        .containsExactly("early", "tracker", "design", "gov", "same-day");
    assertThat(history.get(0)).isInstanceOf(AssessmentMention.class);
    assertThat(history.get(1)).isInstanceOf(ProgressMention.class);
    assertThat(history.get(1).entry()).isSameAs(tracker.entries().get(0));
    assertThat(history).extracting(Mention::firstDay).isSorted();
    assertThat(dataset.history(PLAN, ONE)).isEmpty();
  }

  @Test
  void referencesThatResolveToNothingAreNotCounted() {
    ProgressReport report = report("r", ReporterKind.GOVERNMENT, "2017-01-01",
        entry("9.9", ProgressStatus.COMPLETE),
        ProgressEntry.builder().status(ProgressStatus.COMPLETE).build(),
        ProgressEntry.builder().reference(MeasureRef.of(ONE, "XX0002"))
            .status(ProgressStatus.COMPLETE).build(),
        entry("1.1", ProgressStatus.LIMITED));
    ProgressReport elsewhere = report("elsewhere", ReporterKind.IRM, "2017-01-01",
        entry("1.1", ProgressStatus.COMPLETE)).toBuilder().plan("other-plan").build();
    Dataset dataset = Dataset.of(plan(), report, elsewhere);
    assertThat(dataset.history(PLAN, OutlineNumber.parse("9.9"))).isEmpty();
    assertThat(dataset.history(PLAN, ONE)).isEmpty();
    assertThat(dataset.history(PLAN, ONE_TWO)).isEmpty();
    assertThat(dataset.history(PLAN, OutlineNumber.parse("1.1"))).singleElement()
        .extracting(Mention::entry).isSameAs(report.entries().get(3));
    assertThat(dataset.latestStatus(PLAN, OutlineNumber.parse("1.1")))
        .containsOnlyKeys(ReporterKind.GOVERNMENT);
    assertThat(dataset.history("other-plan", OutlineNumber.parse("1.1"))).isEmpty();
    assertThat(Dataset.of(report).history(PLAN, OutlineNumber.parse("1.1"))).isEmpty();
  }

  @Test
  void answersAreImmutable() {
    ProgressReport report = report("r", ReporterKind.GOVERNMENT, "2017-01-01",
        entry("1.2", ProgressStatus.LIMITED));
    Dataset dataset = Dataset.of(plan(), report, irm("a", "2017", assessment("1.2")));
    assertThat(dataset.documents()).isUnmodifiable();
    assertThat(dataset.plans()).isUnmodifiable();
    assertThat(dataset.progressReports()).isUnmodifiable();
    assertThat(dataset.irmAssessments()).isUnmodifiable();
    assertThat(dataset.members()).isUnmodifiable();
    assertThat(dataset.history(PLAN, ONE_TWO)).hasSize(2).isUnmodifiable();
    assertThat(dataset.assessments(PLAN, ONE_TWO)).hasSize(1).isUnmodifiable();
    assertThat(dataset.latestStatus(PLAN, ONE_TWO)).hasSize(1).isUnmodifiable();
  }

  @Test
  void datasetsOfEqualDocumentsInOneOrderAreEqual() {
    ProgressReport report = report("r", ReporterKind.GOVERNMENT, "2017-01-01");
    Dataset dataset = Dataset.of(plan(), report, member("m"));
    assertThat(dataset).isEqualTo(Dataset.of(List.of(plan(), report, member("m"))))
        .hasSameHashCodeAs(Dataset.of(plan(), report, member("m")))
        .isNotEqualTo(Dataset.of(report, plan(), member("m"))).isNotEqualTo(null)
        .isNotEqualTo(dataset.documents());
    assertThat(dataset).isEqualTo(dataset).hasSameHashCodeAs(dataset.documents());
    assertThat(Dataset.of(plan()).hashCode()).isNotEqualTo(dataset.hashCode());
    assertThat(dataset)
        .hasToString("Dataset[plans=1, progressReports=1, irmAssessments=0, members=1]");
    assertThat(Dataset.of(irm("a", "2017"), irm("b", "2017")))
        .hasToString("Dataset[plans=0, progressReports=0, irmAssessments=2, members=0]");
  }

  @Test
  void aDatasetCopiesTheCollectionItIsGiven() {
    java.util.ArrayList<Document> documents = new java.util.ArrayList<>(List.of(plan()));
    Dataset dataset = Dataset.of(documents);
    documents.add(member("m"));
    assertThat(dataset.documents()).hasSize(1);
    assertThat(dataset.members()).isEmpty();
  }
}
