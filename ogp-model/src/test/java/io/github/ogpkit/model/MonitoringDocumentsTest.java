package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The monitoring documents and their parts: builders give what the canonical constructors give,
 * copy every property back in {@code toBuilder()}, name what is missing, and the records hold
 * immutable copies.
 */
class MonitoringDocumentsTest {

  private static final JsonObject EXT = JsonObject.of(Map.of("x-note", JsonString.of("n")));
  private static final LocalizedText TEXT = LocalizedText.of("en", "Text");
  private static final Link LINK = Link.of(LinkRel.SOURCE, "https://www.opengovpartnership.org/");

  static ProgressEntry fullProgressEntry() {
    return new ProgressEntry(Optional.of(OutlineNumber.parse("4.2.1")), Optional.of("AZ0038"),
        Optional.of(ProgressStatus.SUBSTANTIAL), Optional.of(false),
        Optional.of(LocalizedText.of("en", "Summary")),
        Optional.of(LocalizedText.of("en", "Challenges")),
        Optional.of(LocalizedText.of("en", "Next steps")), List.of(LINK), EXT);
  }

  static ProgressReport fullProgressReport() {
    return new ProgressReport("az-gov-2017", "az-2016-2018",
        new Reporter(ReporterKind.GOVERNMENT, TEXT, EXT), LocalDate.of(2017, 9, 30),
        Optional.of(LocalDate.of(2017, 10, 15)), List.of("en", "az"), List.of(LINK),
        List.of(fullProgressEntry()), EXT);
  }

  static Assessment fullAssessment() {
    return new Assessment(Optional.of(OutlineNumber.parse("4")), Optional.of("AZ0038"),
        Optional.of(Specificity.HIGH), Optional.of(true),
        Set.of(OgpValue.PUBLIC_ACCOUNTABILITY, OgpValue.ACCESS_TO_INFORMATION),
        Optional.of(PotentialImpact.TRANSFORMATIVE), Optional.of(false),
        Optional.of(IrmCompletion.COMPLETE), Optional.of(OpenGovernmentResult.OUTSTANDING),
        Optional.of(true), Optional.of(TEXT), EXT);
  }

  static IrmAssessment fullIrmAssessment() {
    return new IrmAssessment("az-irm-eot", "az-2016-2018", IrmProduct.END_OF_TERM_REPORT,
        PartialDate.parse("2019-03"), List.of("en"), List.of(LINK), List.of(fullAssessment()),
        EXT);
  }

  static Member fullMember() {
    return new Member("azerbaijan", TEXT, MemberType.NATIONAL, "AZ", Optional.of(TEXT),
        PartialDate.parse("2011"), List.of(LINK), List.of(fullStatusChange()),
        List.of(fullDecision()), List.of(fullPlanRef()), EXT);
  }

  static StatusChange fullStatusChange() {
    return new StatusChange(MemberStatus.INACTIVE, PartialDate.parse("2016-05-04"),
        Optional.of(LocalizedText.of("en", "OGP Steering Committee")),
        Optional.of(LocalizedText.of("en", "Procedural review")), List.of(LINK), EXT);
  }

  static Decision fullDecision() {
    return new Decision(PartialDate.parse("2017-06-28"), MemberStatus.INACTIVE,
        Optional.of(LocalizedText.of("en", "OGP Steering Committee")),
        Optional.of(LocalizedText.of("en", "Extended")), List.of(LINK), EXT);
  }

  static PlanRef fullPlanRef() {
    return new PlanRef("az-2012-2015", TimeFrame.parse("2012/2015"),
        Optional.of(PartialDate.parse("2012-09-05")), List.of(LINK), EXT);
  }

  @Test
  void aProgressReportsBuilderGivesWhatTheConstructorGives() {
    ProgressEntry entry = ProgressEntry.builder().measure("4.2.1").ogpId("AZ0038")
        .status(ProgressStatus.SUBSTANTIAL).onSchedule(false).summary("en", "Summary")
        .challenges("en", "Challenges").nextSteps("en", "Next steps").evidence(LINK)
        .extensions(EXT).build();
    assertThat(entry).isEqualTo(fullProgressEntry());
    ProgressReport report = ProgressReport.builder().id("az-gov-2017").plan("az-2016-2018")
        .reporter(new Reporter(ReporterKind.GOVERNMENT, TEXT, EXT)).asOf("2017-09-30")
        .published("2017-10-15").languages("en", "az").link(LINK).entry(entry).extensions(EXT)
        .build();
    assertThat(report).isEqualTo(fullProgressReport());
    assertThat(report.toBuilder().build()).isEqualTo(report);
    assertThat(entry.toBuilder().build()).isEqualTo(entry);
    assertThat(ProgressReport.builder().id("r").plan("p")
        .reporter(Reporter.of(ReporterKind.IRM, "en", "IRM")).asOf(LocalDate.of(2020, 1, 1))
        .published(LocalDate.of(2020, 2, 1)).languages(List.of("en")).links(List.of(LINK))
        .entries(List.of(entry)).build())
        .isEqualTo(new ProgressReport("r", "p", Reporter.of(ReporterKind.IRM, "en", "IRM"),
            LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2020, 2, 1)), List.of("en"),
            List.of(LINK), List.of(entry), JsonObject.EMPTY));
  }

  @Test
  void anIrmAssessmentsBuilderGivesWhatTheConstructorGives() {
    Assessment entry = Assessment.builder().measure(OutlineNumber.parse("4")).ogpId("AZ0038")
        .specificity(Specificity.HIGH).verifiable(true)
        .ogpValues(OgpValue.PUBLIC_ACCOUNTABILITY, OgpValue.ACCESS_TO_INFORMATION)
        .potentialImpact(PotentialImpact.TRANSFORMATIVE).promising(false)
        .completion(IrmCompletion.COMPLETE).didItOpenGovernment(OpenGovernmentResult.OUTSTANDING)
        .starred(true).summary(TEXT).extensions(EXT).build();
    assertThat(entry).isEqualTo(fullAssessment());
    IrmAssessment irm = IrmAssessment.builder().id("az-irm-eot").plan("az-2016-2018")
        .product(IrmProduct.END_OF_TERM_REPORT).published("2019-03").languages(List.of("en"))
        .links(List.of(LINK)).entries(List.of(entry)).extensions(EXT).build();
    assertThat(irm).isEqualTo(fullIrmAssessment());
    assertThat(irm.toBuilder().build()).isEqualTo(irm);
    assertThat(entry.toBuilder().build()).isEqualTo(entry);
    assertThat(IrmAssessment.builder().id("a").plan("p").product(IrmProduct.DESIGN_REPORT)
        .published(PartialDate.of(2017)).languages("en").link(LINK).entry(entry).build()
        .published()).isEqualTo(PartialDate.of(2017));
  }

  @Test
  void aMembersBuilderGivesWhatTheConstructorGives() {
    StatusChange change = StatusChange.builder().status(MemberStatus.INACTIVE)
        .from("2016-05-04").decidedBy("en", "OGP Steering Committee")
        .reason("en", "Procedural review").link(LINK).extensions(EXT).build();
    assertThat(change).isEqualTo(fullStatusChange());
    Decision decision = Decision.builder().date("2017-06-28").status(MemberStatus.INACTIVE)
        .decidedBy("en", "OGP Steering Committee").summary("en", "Extended").links(List.of(LINK))
        .extensions(EXT).build();
    assertThat(decision).isEqualTo(fullDecision());
    PlanRef plan = PlanRef.builder().plan("az-2012-2015").period("2012/2015")
        .adopted("2012-09-05").link(LINK).extensions(EXT).build();
    assertThat(plan).isEqualTo(fullPlanRef());
    Member member = Member.builder().id("azerbaijan").name(TEXT).memberType(MemberType.NATIONAL)
        .country("AZ").jurisdiction(TEXT).joined("2011").link(LINK).statusChange(change)
        .decision(decision).actionPlan(plan).extensions(EXT).build();
    assertThat(member).isEqualTo(fullMember());
    assertThat(Member.builder().id("azerbaijan").name("en", "Text")
        .memberType(MemberType.NATIONAL).country("AZ").jurisdiction("en", "Text")
        .joined(PartialDate.of(2011)).links(List.of(LINK)).statusHistory(List.of(change))
        .decisions(List.of(decision)).actionPlans(List.of(plan)).extensions(EXT).build())
        .isEqualTo(member);
    assertThat(member.toBuilder().build()).isEqualTo(member);
    assertThat(change.toBuilder().build()).isEqualTo(change);
    assertThat(decision.toBuilder().build()).isEqualTo(decision);
    assertThat(plan.toBuilder().build()).isEqualTo(plan);
    assertThat(StatusChange.of(MemberStatus.ACTIVE, "2011")).isEqualTo(new StatusChange(
        MemberStatus.ACTIVE, PartialDate.of(2011), Optional.empty(), Optional.empty(), List.of(),
        JsonObject.EMPTY));
    assertThat(PlanRef.of("az-2016-2018", "2016/2018")).isEqualTo(new PlanRef("az-2016-2018",
        TimeFrame.parse("2016/2018"), Optional.empty(), List.of(), JsonObject.EMPTY));
    assertThat(Reporter.of(ReporterKind.OTHER, TEXT).withExtensions(EXT))
        .isEqualTo(new Reporter(ReporterKind.OTHER, TEXT, EXT));
  }

  @Test
  void settingNullRemovesAnOptionalProperty() {
    ProgressEntry entry = fullProgressEntry().toBuilder().measure((OutlineNumber) null)
        .ogpId(null).status(null).onSchedule(null).summary(null).challenges(null).nextSteps(null)
        .build();
    assertThat(entry).isEqualTo(ProgressEntry.builder().evidence(LINK).extensions(EXT).build());
    assertThat(entry.reference().isMissing()).isTrue();
    Assessment assessment = fullAssessment().toBuilder().measure((OutlineNumber) null)
        .ogpId(null).specificity(null).verifiable(null).ogpValues(List.of())
        .potentialImpact(null).promising(null).completion(null).didItOpenGovernment(null)
        .starred(null).summary(null).extensions(JsonObject.EMPTY).build();
    assertThat(assessment).isEqualTo(Assessment.builder().build());
    assertThat(fullMember().toBuilder().jurisdiction(null).build().jurisdiction()).isEmpty();
    assertThat(fullPlanRef().toBuilder().adopted((PartialDate) null).build().adopted()).isEmpty();
    assertThat(fullStatusChange().toBuilder().decidedBy(null).reason(null).build())
        .extracting(StatusChange::decidedBy, StatusChange::reason)
        .containsExactly(Optional.empty(), Optional.empty());
    assertThat(fullDecision().toBuilder().decidedBy(null).summary(null).build())
        .extracting(Decision::decidedBy, Decision::summary)
        .containsExactly(Optional.empty(), Optional.empty());
    assertThat(fullProgressReport().toBuilder().published((LocalDate) null).build().published())
        .isEmpty();
  }

  @Test
  void entriesNameTheirReference() {
    assertThat(fullProgressEntry().reference())
        .isEqualTo(MeasureRef.of(OutlineNumber.parse("4.2.1"), "AZ0038"));
    assertThat(fullAssessment().reference()).hasToString("4 AZ0038");
    assertThat(ProgressEntry.builder().reference(MeasureRef.ofOgpId("AZ0038")).build())
        .extracting(ProgressEntry::measure, ProgressEntry::ogpId)
        .containsExactly(Optional.empty(), Optional.of("AZ0038"));
    assertThat(fullAssessment().toBuilder().reference(MeasureRef.ofNumber("2.1")).build()
        .reference()).isEqualTo(MeasureRef.of(OutlineNumber.parse("2.1")));
    assertThat(MeasureRef.NONE.isMissing()).isTrue();
    assertThat(MeasureRef.NONE).hasToString("(none)");
    assertThat(MeasureRef.ofNumber("1.2")).hasToString("1.2");
    assertThat(MeasureRef.ofOgpId("AZ0038")).hasToString("AZ0038");
    assertThat(MeasureRef.ofNumber("1.2").isMissing()).isFalse();
    assertThat(MeasureRef.ofOgpId("AZ0038").isMissing()).isFalse();
    assertThat(ProgressEntry.builder().build().reference()).isEqualTo(MeasureRef.NONE);
  }

  @Test
  void documentsSayTheirType() {
    assertThat(List.<Document>of(fullProgressReport(), fullIrmAssessment(), fullMember()))
        .extracting(Document::documentType).containsExactly(DocumentType.PROGRESS_REPORT,
            DocumentType.IRM_ASSESSMENT, DocumentType.MEMBER);
    Document plan = SamplePlans.valid();
    assertThat(plan.documentType()).isEqualTo(DocumentType.PLAN);
    assertThat(DocumentType.values()).extracting(DocumentType::jsonName)
        .containsExactly("plan", "progress-report", "irm-assessment", "member");
    for (DocumentType t : DocumentType.values()) {
      assertThat(DocumentType.fromJsonName(t.jsonName())).contains(t);
    }
    assertThat(DocumentType.fromJsonName("Plan")).isEmpty();
    assertThat(DocumentType.fromJsonName("PROGRESS_REPORT")).isEmpty();
    assertThat(DocumentType.fromJsonName("")).isEmpty();
  }

  @Test
  void buildersNameEveryMissingRequiredProperty() {
    assertThatIllegalStateException().isThrownBy(() -> ProgressReport.builder().build())
        .withMessage("ProgressReport is missing required properties id, plan, reporter, asOf");
    assertThatIllegalStateException().isThrownBy(() -> IrmAssessment.builder().id("a").build())
        .withMessage("IrmAssessment is missing required properties plan, product, published");
    assertThatIllegalStateException().isThrownBy(() -> Member.builder().build())
        .withMessage("Member is missing required properties id, name, memberType, country,"
            + " joined");
    assertThatIllegalStateException()
        .isThrownBy(() -> StatusChange.builder().status(MemberStatus.ACTIVE).build())
        .withMessage("StatusChange is missing required property from");
    assertThatIllegalStateException().isThrownBy(() -> Decision.builder().build())
        .withMessage("Decision is missing required properties date, status");
    assertThatIllegalStateException().isThrownBy(() -> PlanRef.builder().plan("p").build())
        .withMessage("PlanRef is missing required property period");
  }

  @Test
  void theBuildersParseTheirTextsAndNameThem() {
    assertThatThrownBy(() -> ProgressReport.builder().asOf("2017-09"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("asOf \"2017-09\" is not a date YYYY-MM-DD");
    assertThatThrownBy(() -> ProgressReport.builder().published("2017"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("published \"2017\" is not a date YYYY-MM-DD");
    assertThatThrownBy(() -> Member.builder().joined("2011-13"))
        .isInstanceOf(ValueParseException.class).hasMessageContaining("\"2011-13\"");
    assertThatThrownBy(() -> PlanRef.builder().period("2016-2018"))
        .isInstanceOf(ValueParseException.class).hasMessageContaining("\"2016-2018\"");
    assertThatThrownBy(() -> ProgressEntry.builder().measure("1..2"))
        .isInstanceOf(ValueParseException.class).hasMessageContaining("\"1..2\"");
  }

  @Test
  void recordsCopyTheirListsAndSetsAndAreImmutable() {
    List<ProgressEntry> entries = new ArrayList<>(List.of(fullProgressEntry()));
    List<String> languages = new ArrayList<>(List.of("en"));
    ProgressReport report = fullProgressReport().toBuilder().build();
    ProgressReport made = new ProgressReport(report.id(), report.plan(), report.reporter(),
        report.asOf(), report.published(), languages, report.links(), entries,
        report.extensions());
    entries.add(ProgressEntry.builder().build());
    languages.add("az");
    assertThat(made.entries()).hasSize(1);
    assertThat(made.languages()).containsExactly("en");
    assertThatThrownBy(() -> made.entries().add(fullProgressEntry()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> made.links().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    Member member = fullMember();
    assertThatThrownBy(() -> member.statusHistory().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> member.decisions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> member.actionPlans().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fullIrmAssessment().entries().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fullProgressEntry().evidence().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fullStatusChange().links().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    Set<OgpValue> values = EnumSet.of(OgpValue.TECHNOLOGY_AND_INNOVATION);
    Assessment assessment = fullAssessment().toBuilder().ogpValues(values).build();
    values.add(OgpValue.ACCESS_TO_INFORMATION);
    assertThat(assessment.ogpValues()).containsExactly(OgpValue.TECHNOLOGY_AND_INNOVATION);
    assertThatThrownBy(() -> assessment.ogpValues().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ogpValuesIterateInTheOrderOfTheEnum() {
    assertThat(fullAssessment().ogpValues()).containsExactly(OgpValue.ACCESS_TO_INFORMATION,
        OgpValue.PUBLIC_ACCOUNTABILITY);
  }

  @Test
  void aBuildersListSettersReplaceAndItsSingularMethodsAdd() {
    ProgressEntry other = ProgressEntry.builder().measure("1").build();
    ProgressReport report = fullProgressReport().toBuilder().entry(other).build();
    assertThat(report.entries()).containsExactly(fullProgressEntry(), other);
    assertThat(report.toBuilder().entries(List.of(other)).languages("fr").links(List.of())
        .build()).extracting(ProgressReport::entries, ProgressReport::languages,
            ProgressReport::links)
        .containsExactly(List.of(other), List.of("fr"), List.of());
    Member member = fullMember().toBuilder().statusChange(StatusChange.of(MemberStatus.SUSPENDED,
        "2018")).build();
    assertThat(member.statusHistory()).extracting(StatusChange::status)
        .containsExactly(MemberStatus.INACTIVE, MemberStatus.SUSPENDED);
    assertThat(member.toBuilder().statusHistory(List.of()).decisions(List.of())
        .actionPlans(List.of()).links(List.of()).build())
        .extracting(Member::statusHistory, Member::decisions, Member::actionPlans, Member::links)
        .containsExactly(List.of(), List.of(), List.of(), List.of());
    assertThat(fullProgressEntry().toBuilder().evidence(List.of()).build().evidence()).isEmpty();
    assertThat(fullIrmAssessment().toBuilder().entries(List.of()).languages(List.of()).build())
        .extracting(IrmAssessment::entries, IrmAssessment::languages)
        .containsExactly(List.of(), List.of());
  }

  @Test
  void scalesAreInTheOrderOfMonitoringMd() {
    assertThat(ProgressStatus.values()).containsExactly(ProgressStatus.NOT_STARTED,
        ProgressStatus.LIMITED, ProgressStatus.SUBSTANTIAL, ProgressStatus.COMPLETE,
        ProgressStatus.WITHDRAWN, ProgressStatus.NO_EVIDENCE);
    assertThat(IrmCompletion.values()).containsExactly(IrmCompletion.NO_EVIDENCE,
        IrmCompletion.NOT_STARTED, IrmCompletion.LIMITED, IrmCompletion.SUBSTANTIAL,
        IrmCompletion.COMPLETE);
    assertThat(Specificity.values()).containsExactly(Specificity.NONE, Specificity.LOW,
        Specificity.MEDIUM, Specificity.HIGH);
    assertThat(PotentialImpact.values()).containsExactly(PotentialImpact.NONE,
        PotentialImpact.MINOR, PotentialImpact.MODERATE, PotentialImpact.TRANSFORMATIVE);
    assertThat(OpenGovernmentResult.values()).containsExactly(OpenGovernmentResult.WORSENED,
        OpenGovernmentResult.DID_NOT_CHANGE, OpenGovernmentResult.MARGINAL,
        OpenGovernmentResult.MAJOR, OpenGovernmentResult.OUTSTANDING);
    assertThat(MemberStatus.values()).containsExactly(MemberStatus.ACTIVE,
        MemberStatus.UNDER_PROCEDURAL_REVIEW, MemberStatus.INACTIVE, MemberStatus.SUSPENDED,
        MemberStatus.WITHDRAWN);
    assertThat(IrmProduct.values()).containsExactly(IrmProduct.DESIGN_REPORT,
        IrmProduct.PROGRESS_REPORT, IrmProduct.END_OF_TERM_REPORT, IrmProduct.ACTION_PLAN_REVIEW,
        IrmProduct.RESULTS_REPORT);
    assertThat(ReporterKind.values()).containsExactly(ReporterKind.GOVERNMENT,
        ReporterKind.CIVIL_SOCIETY, ReporterKind.IRM, ReporterKind.OTHER);
    assertThat(MemberType.values()).containsExactly(MemberType.NATIONAL, MemberType.LOCAL);
  }
}
