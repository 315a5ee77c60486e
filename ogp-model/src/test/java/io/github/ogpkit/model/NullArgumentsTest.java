package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A null where a value is required is refused with the parameter's name, or the element's. */
class NullArgumentsTest {

  private static final LocalizedText TEXT = LocalizedText.of("en", "Text");

  @Test
  void factoriesAndCopiesNameTheirParameter() {
    assertThatNullPointerException().isThrownBy(() -> Adoption.of(TEXT, null))
        .withMessage("date");
    Indicator indicator = Indicator.of(TEXT);
    assertThatNullPointerException().isThrownBy(() -> indicator.withBaseline(null))
        .withMessage("baseline");
    assertThatNullPointerException().isThrownBy(() -> indicator.withTarget(null))
        .withMessage("target");
    Finding finding = Finding.of("section-empty", Severity.WARNING, JsonPointer.root(), "m");
    assertThatNullPointerException().isThrownBy(() -> finding.withLocation(null))
        .withMessage("location");
    assertThatNullPointerException().isThrownBy(() -> JsonPointer.of((String[]) null))
        .withMessage("tokens");
    assertThatNullPointerException().isThrownBy(() -> JsonPointer.of("a", null))
        .withMessage("tokens[1] is null");
    assertThatNullPointerException().isThrownBy(() -> Quantity.of(BigDecimal.ONE).withUnit(null))
        .withMessage("unit");
  }

  @Test
  void builderListsNameTheListOrTheNullElement() {
    Plan.Builder plan = Plan.builder();
    assertThatNullPointerException().isThrownBy(() -> plan.languages((String[]) null))
        .withMessage("languages");
    assertThatNullPointerException().isThrownBy(() -> plan.languages((List<String>) null))
        .withMessage("languages");
    assertThatNullPointerException().isThrownBy(() -> plan.languages("en", null))
        .withMessage("languages[1] is null");
    assertThatNullPointerException().isThrownBy(() -> plan.institutions(null))
        .withMessage("institutions");
    assertThatNullPointerException()
        .isThrownBy(() -> plan.sections(Arrays.asList((Section) null)))
        .withMessage("sections[0] is null");
    Section.Builder section = Section.builder();
    assertThatNullPointerException().isThrownBy(() -> section.measures(null))
        .withMessage("measures");
    assertThatNullPointerException()
        .isThrownBy(() -> section.provisions(Arrays.asList(Provision.of("1.1", "en", "P"), null)))
        .withMessage("provisions[1] is null");
    Measure.Builder measure = Measure.builder();
    assertThatNullPointerException().isThrownBy(() -> measure.executor((String[]) null))
        .withMessage("institutionIds");
    assertThatNullPointerException().isThrownBy(() -> measure.recommended((String[]) null))
        .withMessage("institutionIds");
    assertThatNullPointerException().isThrownBy(() -> measure.indicators(null))
        .withMessage("indicators");
  }

  @Test
  void recordListsNameTheNullElement() {
    OutlineNumber one = OutlineNumber.of(1);
    assertThatNullPointerException().isThrownBy(() -> new Section(one, TEXT, Optional.empty(),
            List.of(), Arrays.asList(Section.builder().number("1.1").title(TEXT).build(), null),
            List.of(), JsonObject.EMPTY))
        .withMessage("sections[1] is null");
    assertThatNullPointerException().isThrownBy(() -> new Measure(one, TEXT, Optional.empty(),
            List.of(), null, Optional.empty(), List.of(), JsonObject.EMPTY))
        .withMessage("institutions");
  }

  /**
   * Every component of the monitoring records, set to null in turn in a full sample, is refused
   * with its name: no component is forgotten in a compact constructor.
   */
  @Test
  void monitoringRecordsNameEachNullComponent() throws ReflectiveOperationException {
    ProgressReport report = MonitoringDocumentsTest.fullProgressReport();
    IrmAssessment irm = MonitoringDocumentsTest.fullIrmAssessment();
    List<Record> samples = List.of(report, report.reporter(), report.entries().get(0), irm,
        irm.entries().get(0), MonitoringDocumentsTest.fullMember(),
        MonitoringDocumentsTest.fullStatusChange(), MonitoringDocumentsTest.fullDecision(),
        MonitoringDocumentsTest.fullPlanRef(), MeasureRef.ofOgpId("AZ0038"),
        new Commitment("p", DatasetTest.plan().sections().get(0)),
        new ProgressMention(report, report.entries().get(0)),
        new AssessmentMention(irm, irm.entries().get(0)));
    for (Record sample : samples) {
      RecordComponent[] components = sample.getClass().getRecordComponents();
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType)
          .toArray(Class<?>[]::new);
      Constructor<?> canonical = sample.getClass().getDeclaredConstructor(types);
      for (int i = 0; i < components.length; i++) {
        Object[] args = new Object[components.length];
        for (int j = 0; j < components.length; j++) {
          args[j] = i == j ? null : components[j].getAccessor().invoke(sample);
        }
        Throwable thrown = catchThrowable(() -> canonical.newInstance(args));
        assertThat(thrown).as("%s without %s", sample.getClass().getSimpleName(),
                components[i].getName())
            .isInstanceOf(InvocationTargetException.class).cause()
            .isInstanceOf(NullPointerException.class).hasMessage(components[i].getName());
      }
    }
  }

  @Test
  void monitoringListsNameTheNullElement() {
    ProgressReport report = MonitoringDocumentsTest.fullProgressReport();
    assertThatNullPointerException().isThrownBy(() -> report.toBuilder()
            .entries(Arrays.asList(report.entries().get(0), null)))
        .withMessage("entries[1] is null");
    assertThatNullPointerException().isThrownBy(() -> report.toBuilder().entry(null))
        .withMessage("entry");
    assertThatNullPointerException().isThrownBy(() -> report.toBuilder().languages("en", null))
        .withMessage("languages[1] is null");
    assertThatNullPointerException().isThrownBy(() -> new Member("m", LocalizedText.of("en", "M"),
            MemberType.LOCAL, "KE", Optional.empty(), PartialDate.of(2016), List.of(),
            Arrays.asList((StatusChange) null), List.of(), List.of(), JsonObject.EMPTY))
        .withMessage("statusHistory[0] is null");
    assertThatNullPointerException().isThrownBy(() -> Assessment.builder()
            .ogpValues(OgpValue.ACCESS_TO_INFORMATION, null))
        .withMessage("values holds null");
    assertThatNullPointerException().isThrownBy(() -> ProgressReport.builder().reporter(null))
        .withMessage("reporter");
    assertThatNullPointerException().isThrownBy(() -> ProgressEntry.builder().reference(null))
        .withMessage("reference");
    assertThatNullPointerException().isThrownBy(() -> Member.builder().joined((String) null))
        .withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> ProgressReport.builder().asOf((String) null))
        .withMessage("asOf");
    assertThatNullPointerException().isThrownBy(() -> DocumentType.fromJsonName(null))
        .withMessage("jsonName");
  }
}
