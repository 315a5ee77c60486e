package io.github.ogpkit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.testing.OgpFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the cells hold, the importer answers with findings and a plan, never an exception. */
class PrintedHostileInputTest {

  private static final String HEADER = "№,Tədbirin adı,Qiymətləndirmə indikatorları,"
      + "İcra / Tövsiyə,İcra müddəti\r\n";

  private final Locale saved = Locale.getDefault();
  private final Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);

  @AfterEach
  void restoreTheDefaultLocale() {
    Locale.setDefault(saved);
    Locale.setDefault(Locale.Category.FORMAT, savedFormat);
  }

  private static PrintedPlanImporter importer() {
    return PrintedPlanImporter.builder()
        .registry(List.of(Institution.builder().id("ministry-of-justice")
            .name("az", "Ədliyyə Nazirliyi").kind(InstitutionKind.MINISTRY).build()))
        .id("az-test").kind(PlanKind.OGP_ACTION_PLAN).country("AZ").languages("az")
        .title(LocalizedText.of("az", "T")).period(TimeFrame.parse("2016/2018")).build();
  }

  private static ImportResult csv(String text) {
    return importer().readCsv("plan.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyFilesAndFilesWithoutRowsGiveAFindingAndNoPlan() {
    assertThat(importer().read("plan.csv", new byte[0]).findings())
        .extracting(TableFinding::rule).containsExactly("header-missing");
    assertThat(importer().read("plan.xlsx", new byte[] {'P', 'K', 3, 4, 0}).findings())
        .extracting(TableFinding::rule).containsExactly("table-unreadable");
    assertThat(csv(HEADER).plan().orElseThrow().allMeasures()).isEmpty();
  }

  @Test
  void cellsOfTheLargestSizeASpreadsheetHoldsAreRead() {
    String title = "ə".repeat(32_767);
    String names = "x,".repeat(16_000);

    ImportResult result = csv(HEADER + "1.1,\"" + title + "\",G,\"" + names + "\"," + title);

    assertThat(result.plan().orElseThrow().allMeasures().get(0).title().get("az"))
        .contains(title);
    assertThat(result.findings()).extracting(TableFinding::rule)
        .containsOnly("institution-unknown", "time-unparsed");
  }

  @Test
  void headingsThatNestWithoutEndAreKeptWithinTheModelsLimit() {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < 300; i++) {
      text.append("1,Bölmə\r\n");
    }
    text.append("1.1.1.1.1.1.1.1.1.1.1.1,Tədbir,G,Ədliyyə Nazirliyi,2016\r\n");
    for (int i = 2; i < 200; i++) {
      text.append("1").append(".1".repeat(i)).append(",Alt,G,Ədliyyə Nazirliyi,2016\r\n");
    }

    ImportResult result = csv(text.toString());

    Plan plan = result.plan().orElseThrow();
    assertThat(plan.allSections()).hasSize(300);
    assertThat(plan.allMeasures()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "@SUM(A1)", "+1", "-1", "'quoted", "\u202Eevil", "\uD800",
      "null", "undefined", "1.", "0", "1.0", "١.٢", "Ⅳ", "IIII", "1 . 2"})
  void oddNumbersAreFindingsOrNumbersNeverExceptions(String number) {
    ImportResult result = csv(HEADER + "\"" + number.replace("\"", "\"\"")
        + "\",Tədbir,G,Ədliyyə Nazirliyi,2016\r\n");

    assertThat(result.plan()).isPresent();
    assertThat(result.findings()).allSatisfy(f ->
        assertThat(f.rule()).isIn("number-broken", "title-missing"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr", "az", "ar-SA", "th-TH-u-nu-thai", "hi-IN"})
  void seed003SheetAndItsImportDoNotDependOnTheDefaultLocale(String tag) {
    Plan plan = OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED);
    byte[] underRoot = PrintedPlanExporter.toCsv(plan);
    Locale locale = Locale.forLanguageTag(tag);
    Locale.setDefault(locale);
    Locale.setDefault(Locale.Category.FORMAT, locale);

    byte[] csv = PrintedPlanExporter.toCsv(plan);
    ImportResult result = PrintedPlanImporter.builder().registry(plan).build()
        .readCsv("plan.csv", csv);

    assertThat(csv).isEqualTo(underRoot);
    assertThat(result.findings()).isEmpty();
    assertThat(result.plan()).contains(plan);
  }
}
