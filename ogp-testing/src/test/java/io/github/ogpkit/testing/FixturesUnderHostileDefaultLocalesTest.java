package io.github.ogpkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.OgpJsonModule;
import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.io.ReportJsonWriter;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading, writing and reporting on every fixture gives the same bytes and texts in every default
 * locale as under {@link Locale#ROOT}: locales with other digits (Arabic-Indic, Persian, Thai,
 * Devanagari) and other case rules (Turkish and Azerbaijani dotted and dotless i). The human
 * rights program's {@code 2012-03/2012-04} is the time frame that the default locale once turned
 * into Arabic-Indic digits.
 */
class FixturesUnderHostileDefaultLocalesTest {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new OgpJsonModule()).build();
  private static final OgpValidator ENGLISH = OgpValidator.builder().build();
  private static final OgpValidator AZERBAIJANI =
      OgpValidator.builder().locale(Locale.forLanguageTag("az")).build();

  private final Locale saved = Locale.getDefault();
  private final Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
  private final Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);

  @AfterEach
  void restoreTheDefaultLocale() {
    Locale.setDefault(saved);
    Locale.setDefault(Locale.Category.FORMAT, savedFormat);
    Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
  }

  /** What ogpkit makes of a fixture under one default locale. */
  private record Outputs(byte[] canonical, byte[] jackson, Plan jacksonRead,
      List<String> reports) {}

  private static Outputs outputs(String id, String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    Locale.setDefault(locale);
    Locale.setDefault(Locale.Category.FORMAT, locale);
    byte[] json = OgpFixtures.json(id);
    // Read afresh: OgpFixtures.plan caches the plan read under whichever locale came first.
    Plan plan = PlanReader.standard().readPlan(json);
    List<String> reports = new ArrayList<>();
    for (OgpValidator validator : List.of(ENGLISH, AZERBAIJANI)) {
      ValidationReport report = PlanReader.standard().validate(json, validator).withSource(id);
      reports.add(report.toText());
      reports.add(ReportJsonWriter.standard().write(report));
    }
    // Reading findings with numbers in them: limits that ogpkit counts (values) and that Jackson
    // enforces, whose messages Jackson formats in the default locale and ogpkit reads.
    for (PlanReader limited : List.of(PlanReader.builder().maxValues(1_000).build(),
        PlanReader.builder().maxNestingDepth(3).build(),
        PlanReader.builder().maxStringLength(1_000).build())) {
      ValidationReport report = limited.validate(json, ENGLISH);
      reports.add(report.toText());
      reports.add(ReportJsonWriter.standard().write(report));
    }
    return new Outputs(PlanWriter.canonical().writeBytes(plan), MAPPER.writeValueAsBytes(plan),
        MAPPER.readValue(json, Plan.class), reports);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "tr-TR", "az-AZ", "hi-IN"})
  void everyFixtureReadsWritesAndReportsAsUnderTheRootLocale(String tag) {
    for (String id : OgpFixtures.ids()) {
      Outputs root = outputs(id, "und");
      Outputs hostile = outputs(id, tag);
      assertThat(hostile.canonical()).as("%s written canonically", id)
          .isEqualTo(root.canonical()).isEqualTo(OgpFixtures.json(id));
      // The module writes through the mapper's generator, in the mapper's layout: the same
      // tokens as the canonical form, the same bytes in every locale.
      assertThat(hostile.jackson()).as("%s written by the Jackson module", id)
          .isEqualTo(root.jackson());
      assertThat(MAPPER.readTree(hostile.jackson())).as("%s written by the Jackson module", id)
          .isEqualTo(MAPPER.readTree(OgpFixtures.json(id)));
      assertThat(hostile.jacksonRead()).as("%s read by the Jackson module", id)
          .isEqualTo(root.jacksonRead()).isEqualTo(OgpFixtures.plan(id));
      assertThat(hostile.reports()).as("%s reported on", id).isEqualTo(root.reports());
      if (OgpFixtures.json(id).length < 60_000) {
        // Too small to reach all three limits; the large plans below show their numbers.
        continue;
      }
      assertThat(String.join("\n", hostile.reports())).as(id).contains("the limit of 1,000 (maxValues)",
          "the limit of 3 (maxNestingDepth)", "the limit of 1,000 characters (maxStringLength)");
    }
  }
}
