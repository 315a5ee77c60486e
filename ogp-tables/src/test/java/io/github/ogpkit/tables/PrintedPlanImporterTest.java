package io.github.ogpkit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.report.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PrintedPlanImporterTest {

  private static final String SHEET = "İcra planı";
  private static final String[] AZ_HEADER = {"№", "Tədbirin adı",
      "Qiymətləndirmə indikatorları", "İcra / Tövsiyə", "İcra müddəti (illər üzrə)"};

  private static final List<Institution> REGISTRY = List.of(
      institution("ministry-of-finance", "Maliyyə Nazirliyi", "Ministry of Finance",
          InstitutionKind.MINISTRY),
      institution("ministry-of-justice", "Ədliyyə Nazirliyi", "Ministry of Justice",
          InstitutionKind.MINISTRY),
      institution("milli-majlis", "Milli Məclis", "Milli Majlis", InstitutionKind.LEGISLATURE),
      institution("chamber-of-accounts", "Hesablama Palatası", "Chamber of Accounts",
          InstitutionKind.AUDIT_INSTITUTION),
      institution("unused-body", "İstifadə olunmayan qurum", "Unused body",
          InstitutionKind.OTHER));

  private static Institution institution(String id, String az, String en, InstitutionKind kind) {
    return Institution.builder().id(id).name(LocalizedText.of("az", az, "en", en)).kind(kind)
        .build();
  }

  private static PrintedPlanImporter importer() {
    return PrintedPlanImporter.builder().registry(REGISTRY).id("az-test-plan")
        .kind(PlanKind.OGP_ACTION_PLAN).country("AZ").languages("az")
        .title(LocalizedText.of("az", "Sınaq planı")).period(TimeFrame.parse("2016/2018"))
        .build();
  }

  /** A workbook of one sheet; each merge is {firstRow, lastRow, firstColumn, lastColumn}. */
  private static byte[] workbook(String sheetName, String[][] rows, int[]... merges)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet(sheetName);
      for (int r = 0; r < rows.length; r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] != null) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      for (int[] m : merges) {
        sheet.addMergedRegion(new CellRangeAddress(m[0] - 1, m[1] - 1, m[2] - 1, m[3] - 1));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static ImportResult importXlsx(PrintedPlanImporter importer, byte[] bytes)
      throws IOException {
    return importer.readXlsx("plan.xlsx", new ByteArrayInputStream(bytes));
  }

  private static List<String> findings(ImportResult result) {
    return result.findings().stream().map(TableFinding::toString).toList();
  }

  @Test
  void sectionHeadingMergedAcrossTheRowIsASectionAndAnExecutorMergedDownAppliesToEveryRow()
      throws IOException {
    byte[] bytes = workbook(SHEET, new String[][] {
        {"Sınaq planı"},
        AZ_HEADER,
        {"1.", "Maliyyə şəffaflığı"},
        {"1.1.", "Birinci tədbir", "Hesabat", "İcraçı: Maliyyə Nazirliyi", "2016-2018-ci illər"},
        {"1.2.", "İkinci tədbir", "Göstərici", null, "2017"},
        {"1.3.", "Üçüncü tədbir", "Birinci göstərici\nİkinci göstərici", null, "2018"},
        {"2.", "Hüquq"},
        {"2.1.", "Dördüncü tədbir", "X", "İcraçı: Ədliyyə Nazirliyi", "2016"}},
        new int[] {1, 1, 1, 5}, new int[] {3, 3, 2, 5}, new int[] {4, 6, 4, 4},
        new int[] {7, 7, 2, 5});

    ImportResult result = importXlsx(importer(), bytes);

    assertThat(result.findings()).isEmpty();
    Plan plan = result.plan().orElseThrow();
    assertThat(plan.sections()).extracting(s -> s.number().toString()).containsExactly("1", "2");
    Section first = plan.sections().get(0);
    assertThat(first.title()).isEqualTo(LocalizedText.of("az", "Maliyyə şəffaflığı"));
    assertThat(first.measures()).extracting(m -> m.number().toString())
        .containsExactly("1.1", "1.2", "1.3");
    assertThat(first.measures()).allSatisfy(m -> assertThat(m.institutions())
        .containsExactly(Assignment.executor("ministry-of-finance")));
    Measure m11 = first.measures().get(0);
    assertThat(m11.timeFrame()).contains(TimeFrame.parse("2016/2018"));
    assertThat(m11.timeFramePrinted()).contains(LocalizedText.of("az", "2016-2018-ci illər"));
    Measure m12 = first.measures().get(1);
    assertThat(m12.timeFrame()).contains(TimeFrame.parse("2017"));
    assertThat(m12.timeFramePrinted()).isEmpty();
    assertThat(first.measures().get(2).indicators()).extracting(i -> i.text().get("az").get())
        .containsExactly("Birinci göstərici", "İkinci göstərici");
    assertThat(plan.institutions()).extracting(Institution::id)
        .containsExactly("ministry-of-finance", "ministry-of-justice");
  }

  @Test
  void emptyRowsAreSkippedWhereverTheyAre() throws IOException {
    byte[] bytes = workbook(SHEET, new String[][] {
        {},
        {"", "  "},
        AZ_HEADER,
        {},
        {"1", "Bölmə"},
        {"", "", "", "", ""},
        {},
        {"1.1", "Tədbir", "Göstərici", "Maliyyə Nazirliyi", "2016"},
        {" ", "\t"}});

    ImportResult result = importXlsx(importer(), bytes);

    assertThat(result.findings()).isEmpty();
    assertThat(result.plan().orElseThrow().allMeasures()).singleElement()
        .satisfies(m -> assertThat(m.number().toString()).isEqualTo("1.1"));
  }

  @Test
  void unknownInstitutionIsAnErrorAtItsCellNamingTheClosestNameAndTheImportGoesOn()
      throws IOException {
    byte[] bytes = workbook(SHEET, new String[][] {
        {"Sınaq planı"},
        AZ_HEADER,
        {"1", "Bölmə"},
        {"1.1", "Birinci", "G", "İcraçılar: Maliyyə Nazirliyi, Maliyye Nazirliyi", "2016"},
        {"1.2", "İkinci", "G", "Tövsiyə edilir: Milli Məclis", "2017"}});

    ImportResult result = importXlsx(importer(), bytes);

    assertThat(findings(result)).containsExactly("'İcra planı'!D4: error: no institution in"
        + " the registry is named \"Maliyye Nazirliyi\"; the closest name is \"Maliyyə"
        + " Nazirliyi\"; it is not assigned to measure 1.1 [institution-unknown]");
    Plan plan = result.plan().orElseThrow();
    assertThat(plan.findMeasure("1.1").orElseThrow().institutions())
        .containsExactly(Assignment.executor("ministry-of-finance"));
    assertThat(plan.findMeasure("1.2").orElseThrow().institutions())
        .containsExactly(Assignment.recommended("milli-majlis"));
  }

  @Test
  void unparsableTimeIsAWarningAtItsCellAndTheMeasureKeepsThePrintedText() throws IOException {
    byte[] bytes = workbook(SHEET, new String[][] {
        {"Sınaq planı"},
        AZ_HEADER,
        {"1", "Bölmə"},
        {"1.1", "Birinci", "G", "Maliyyə Nazirliyi", "mütəmadi olaraq hər rüb"},
        {"1.2", "İkinci", "G", "Maliyyə Nazirliyi", "2017"}});

    ImportResult result = importXlsx(importer(), bytes);

    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("time-unparsed");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.cell()).contains(CellRef.parse("'İcra planı'!E4"));
    });
    Plan plan = result.plan().orElseThrow();
    Measure m11 = plan.findMeasure("1.1").orElseThrow();
    assertThat(m11.timeFrame()).isEmpty();
    assertThat(m11.timeFramePrinted()).contains(LocalizedText.of("az", "mütəmadi olaraq hər rüb"));
    assertThat(plan.findMeasure("1.2").orElseThrow().timeFrame()).contains(TimeFrame.ofYear(2017));
  }

  @Test
  void brokenNumberIsAnErrorAtItsCellAndTheRestOfThePlanIsThere() throws IOException {
    byte[] bytes = workbook(SHEET, new String[][] {
        {"Sınaq planı"},
        AZ_HEADER,
        {"1", "Bölmə"},
        {"1.1", "Birinci", "G", "Maliyyə Nazirliyi", "2016"},
        {"1..2", "İkinci", "G", "Maliyyə Nazirliyi", "2017"},
        {"1.3", "Üçüncü", "G", "Maliyyə Nazirliyi", "2018"},
        {"", "Nömrəsiz", "G", "Maliyyə Nazirliyi", "2018"}});

    ImportResult result = importXlsx(importer(), bytes);

    assertThat(result.findings()).extracting(f -> f.cell().orElseThrow().toString(),
        TableFinding::rule, TableFinding::severity).containsExactly(
        org.assertj.core.groups.Tuple.tuple("'İcra planı'!A5", "number-broken", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("'İcra planı'!A7", "number-missing", Severity.ERROR));
    assertThat(result.findings().get(0).message()).startsWith("the number \"1..2\" is not an"
        + " outline number such as 1, 1.2 or 2.3.1: outline number \"1..2\" has an empty"
        + " component");
    assertThat(result.plan().orElseThrow().allMeasures()).extracting(m -> m.number().toString())
        .containsExactly("1.1", "1.3");
  }

  @Test
  void azerbaijaniCapitalDottedIFoldsSoThatAnUpperCaseNameResolves() throws IOException {
    byte[] bytes = workbook(SHEET, new String[][] {
        {"Sınaq planı"},
        AZ_HEADER,
        {"1", "Bölmə"},
        {"1.1", "Birinci", "G", "İCRAÇI: ƏDLİYYƏ   NAZİRLİYİ\nTÖVSİYƏ EDİLİR: hesablama palatası",
            "2016"}});

    ImportResult result = importXlsx(importer(), bytes);

    assertThat(result.findings()).isEmpty();
    assertThat(result.plan().orElseThrow().findMeasure("1.1").orElseThrow().institutions())
        .containsExactly(Assignment.executor("ministry-of-justice"),
            Assignment.recommended("chamber-of-accounts"));
  }

  @Test
  void formulaLookingTextStaysTextThroughXlsxAndCsv() throws IOException {
    Plan plan = Plan.builder().id("az-test-plan").kind(PlanKind.OGP_ACTION_PLAN).country("AZ")
        .languages("az").title("az", "Sınaq planı").period("2016/2018")
        .institutions(REGISTRY.subList(0, 1))
        .section(Section.builder().number("1").title("az", "@Bölmə")
            .measure(Measure.builder().number("1.1").title("az", "=HYPERLINK(\"http://x\")")
                .indicator("az", "-1 göstərici").indicator("az", "+2")
                .executor("ministry-of-finance").timeFrame("2016").build())
            .build())
        .build();
    PrintedPlanImporter importer = PrintedPlanImporter.builder().registry(plan).build();
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    PrintedPlanExporter.writeXlsx(plan, xlsx);
    byte[] csv = PrintedPlanExporter.toCsv(plan);

    assertThat(new String(csv, StandardCharsets.UTF_8))
        .contains("1.1,\"'=HYPERLINK(\"\"http://x\"\")\",\"'-1 göstərici\n+2\"")
        .contains("1,\"'@Bölmə\",\"'@Bölmə\"");
    assertThat(importXlsx(importer, xlsx.toByteArray()).plan()).contains(plan);
    assertThat(importer.readCsv("plan.csv", csv).plan()).contains(plan);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      assertThat(workbook.getSheetAt(0).getRow(3).getCell(1).getCellType())
          .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
    }
  }

  @Test
  void englishHeaderInAnyOrderWithSeparateRoleColumnsIsRead() throws IOException {
    byte[] bytes = workbook("Plan", new String[][] {
        {"TIME", "No.", "Measure", "Supporting", "Executors", "Recommended", "Indicators",
            "Notes"},
        {"", "I", "Fiscal openness"},
        {"by December 2017", "1.1", "Publish the budget", "Chamber of Accounts",
            "Ministry of Finance; Ministry of Justice", "Milli Majlis", "Budget online",
            "ignored"}});
    PrintedPlanImporter importer = PrintedPlanImporter.builder().registry(REGISTRY)
        .id("az-test").kind(PlanKind.OGP_ACTION_PLAN).country("AZ").languages("en")
        .title(LocalizedText.of("en", "Test")).period(TimeFrame.parse("2016/2018")).build();

    ImportResult result = importXlsx(importer, bytes);

    assertThat(findings(result)).containsExactly("Plan!H1: info: the column \"Notes\" is not a"
        + " column of the printed layout and is not read [column-ignored]");
    Plan plan = result.plan().orElseThrow();
    Section section = plan.sections().get(0);
    assertThat(section.number().toString()).isEqualTo("1");
    assertThat(section.code()).contains("I");
    Measure measure = section.measures().get(0);
    assertThat(measure.institutions()).containsExactly(Assignment.supporting("chamber-of-accounts"),
        Assignment.executor("ministry-of-finance"), Assignment.executor("ministry-of-justice"),
        Assignment.recommended("milli-majlis"));
    assertThat(measure.timeFrame()).contains(TimeFrame.parse("../2017-12"));
    assertThat(measure.timeFramePrinted()).contains(LocalizedText.of("en", "by December 2017"));
  }

  @Test
  void aNameWithACommaAndANameWrappedOverTwoLinesStillResolve() throws IOException {
    List<Institution> registry = List.of(institution("ministry-of-culture",
        "Mədəniyyət, Turizm Nazirliyi", "Ministry of Culture, Tourism", InstitutionKind.MINISTRY),
        REGISTRY.get(1));
    PrintedPlanImporter importer = PrintedPlanImporter.builder().registry(registry)
        .id("az-test").kind(PlanKind.OGP_ACTION_PLAN).country("AZ").languages("az")
        .title(LocalizedText.of("az", "T")).period(TimeFrame.parse("2016/2018")).build();
    byte[] bytes = workbook(SHEET, new String[][] {
        AZ_HEADER,
        {"1.1", "Tədbir", "G", "İcraçılar: Mədəniyyət, Turizm Nazirliyi, Ədliyyə\nNazirliyi",
            "2016"}});

    ImportResult result = importXlsx(importer, bytes);

    assertThat(result.findings()).isEmpty();
    assertThat(result.plan().orElseThrow().measures().get(0).institutions()).containsExactly(
        Assignment.executor("ministry-of-culture"), Assignment.executor("ministry-of-justice"));
  }

  @Test
  void headingWithNumberAndTitleInOneCellMergedAcrossTheRowIsASection() throws IOException {
    byte[] bytes = workbook(SHEET, new String[][] {
        AZ_HEADER,
        {"3. Normativ aktlar"},
        {"3.1", "Tədbir", "G", "Ədliyyə Nazirliyi", "2017"}},
        new int[] {2, 2, 1, 5});

    Plan plan = importXlsx(importer(), bytes).plan().orElseThrow();

    assertThat(plan.sections()).singleElement().satisfies(s -> {
      assertThat(s.number().toString()).isEqualTo("3");
      assertThat(s.title()).isEqualTo(LocalizedText.of("az", "Normativ aktlar"));
      assertThat(s.measures()).hasSize(1);
    });
  }

  @Test
  void sheetWithoutAHeaderRowGivesNoPlanAndSaysWhy() throws IOException {
    byte[] bytes = workbook(SHEET, new String[][] {{"a", "b"}, {"1", "2"}});

    ImportResult result = importXlsx(importer(), bytes);

    assertThat(result.plan()).isEmpty();
    assertThat(result.findings()).singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo("header-missing"));
  }

  @Test
  void namedSheetIsReadAndAMissingOneIsAFinding() throws IOException {
    byte[] bytes = workbook("Other", new String[][] {AZ_HEADER,
        {"1.1", "Tədbir", "G", "Ədliyyə Nazirliyi", "2017"}});

    assertThat(importer().readXlsx("p.xlsx", new ByteArrayInputStream(bytes), "Other").plan())
        .isPresent();
    assertThat(findings(importer().readXlsx("p.xlsx", new ByteArrayInputStream(bytes), "Nope")))
        .containsExactly("p.xlsx: error: the workbook has no sheet named \"Nope\""
            + " [sheet-missing]");
  }

  @Test
  void metadataNotGivenIsMadeUpFromTheSheetAndNamedInAWarning() {
    byte[] csv = ("Sınaq planı,,,,\r\n" + String.join(",", AZ_HEADER) + "\r\n"
        + "1.1,Tədbir,G,Ədliyyə Nazirliyi,2016-2017\r\n1.2,Tədbir 2,G,Ədliyyə Nazirliyi,2018\r\n")
        .getBytes(StandardCharsets.UTF_8);

    ImportResult result = PrintedPlanImporter.builder().registry(REGISTRY).build()
        .read("Draft Plan 2016.csv", csv);

    Plan plan = result.plan().orElseThrow();
    assertThat(plan.id()).isEqualTo("draft-plan-2016");
    assertThat(plan.languages()).containsExactly("az");
    assertThat(plan.title()).isEqualTo(LocalizedText.of("az", "Sınaq planı"));
    assertThat(plan.period()).isEqualTo(TimeFrame.parse("2016/2018"));
    assertThat(plan.country()).isEqualTo("ZZ");
    assertThat(plan.measures()).hasSize(2);
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("plan-metadata-defaulted");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.sheet()).isEqualTo("Draft Plan 2016.csv");
    });
  }

  @Test
  void registryFromAnInstitutionsFileResolvesNamesAndReportsItsOwnProblems() {
    byte[] registry = ("id,name@az,name@en,kind,collective,parent,sector\r\n"
        + "ministry-of-justice,Ədliyyə Nazirliyi,Ministry of Justice,MINISTRY,FALSE,,government\r\n"
        + "Bad Id,X,X,MINISTRY,,,\r\n"
        + "courts,Məhkəmələr,Courts,TRIBUNAL,TRUE,ministry-of-justice,\r\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] csv = (String.join(",", AZ_HEADER) + "\r\n"
        + "1.1,Tədbir,G,\"İcraçılar: Ədliyyə Nazirliyi, məhkəmələr\",2016\r\n")
        .getBytes(StandardCharsets.UTF_8);

    ImportResult result = PrintedPlanImporter.builder().registryFile("institutions.csv", registry)
        .id("az-test").kind(PlanKind.OGP_ACTION_PLAN).country("AZ").languages("az")
        .title(LocalizedText.of("az", "T")).period(TimeFrame.parse("2016")).build()
        .readCsv("plan.csv", csv);

    assertThat(result.findings()).extracting(f -> f.cell().orElseThrow().toString(),
        TableFinding::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("institutions.csv!A3", "registry-id-invalid"),
        org.assertj.core.groups.Tuple.tuple("institutions.csv!D4", "registry-kind-unknown"));
    Plan plan = result.plan().orElseThrow();
    assertThat(plan.measures().get(0).institutions()).containsExactly(
        Assignment.executor("ministry-of-justice"), Assignment.executor("courts"));
    assertThat(plan.institutions()).extracting(Institution::id)
        .containsExactly("ministry-of-justice", "courts");
    Institution courts = plan.institutions().get(1);
    assertThat(courts.kind()).isEqualTo(InstitutionKind.OTHER);
    assertThat(courts.collective()).isTrue();
    assertThat(courts.parent()).contains("ministry-of-justice");
    assertThat(courts.name()).isEqualTo(LocalizedText.of("az", "Məhkəmələr", "en", "Courts"));
  }

  @Test
  void sectionsNestByTheirNumbersAndByCountsThatStartAnew() throws IOException {
    byte[] bytes = workbook(SHEET, new String[][] {
        AZ_HEADER,
        {"8", "Səkkiz"},
        {"1.1", "A", "G", "Ədliyyə Nazirliyi", "2016"},
        {"1", "Alt bir"},
        {"1.1", "B", "G", "Ədliyyə Nazirliyi", "2016"},
        {"2", "Alt iki"},
        {"2.1", "C", "G", "Ədliyyə Nazirliyi", "2016"},
        {"9", "Doqquz"},
        {"9.1", "D", "G", "Ədliyyə Nazirliyi", "2016"},
        {"9.1.1", "E", "G", "Ədliyyə Nazirliyi", "2016"}});

    Plan plan = importXlsx(importer(), bytes).plan().orElseThrow();

    assertThat(plan.sections()).extracting(s -> s.number().toString()).containsExactly("8", "9");
    Section eight = plan.sections().get(0);
    assertThat(eight.measures()).extracting(m -> m.title().get("az").get()).containsExactly("A");
    assertThat(eight.sections()).extracting(s -> s.number().toString()).containsExactly("1", "2");
    Measure d = plan.sections().get(1).measures().get(0);
    assertThat(d.measures()).extracting(m -> m.number().toString()).containsExactly("9.1.1");
  }

  @Test
  void numberMergedDownMakesTheRowsBelowGoOnWithTheSameMeasure() throws IOException {
    byte[] bytes = workbook(SHEET, new String[][] {
        {"№", "Tədbirin adı", "Qiymətləndirmə indikatorları", "İcraçılar", "Tövsiyə edilir",
            "İcra müddəti"},
        {"1.1", "Tədbir", "Birinci göstərici", "Maliyyə Nazirliyi", "Milli Məclis", "2016"},
        {null, null, "İkinci göstərici", "Ədliyyə Nazirliyi", null, null},
        {"1.2", "Növbəti", "G", "Ədliyyə Nazirliyi", null, "2017"}},
        new int[] {2, 3, 1, 1}, new int[] {2, 3, 2, 2}, new int[] {2, 3, 5, 5},
        new int[] {2, 3, 6, 6});

    ImportResult result = importXlsx(importer(), bytes);

    assertThat(result.findings()).isEmpty();
    List<Measure> measures = result.plan().orElseThrow().measures();
    assertThat(measures).extracting(m -> m.number().toString()).containsExactly("1.1", "1.2");
    Measure first = measures.get(0);
    assertThat(first.indicators()).extracting(i -> i.text().get("az").orElseThrow())
        .containsExactly("Birinci göstərici", "İkinci göstərici");
    assertThat(first.institutions()).containsExactly(Assignment.executor("ministry-of-finance"),
        Assignment.recommended("milli-majlis"), Assignment.executor("ministry-of-justice"));
    assertThat(first.timeFrame()).contains(TimeFrame.ofYear(2016));
  }

  @Test
  void aFindingInACellMergedDownPointsAtTheMergesFirstCell() throws IOException {
    byte[] bytes = workbook(SHEET, new String[][] {
        AZ_HEADER,
        {"1.1", "Birinci", "G", "Naməlum Qurum", "2016"},
        {"1.2", "İkinci", "G", null, "2017"}},
        new int[] {2, 3, 4, 4});

    ImportResult result = importXlsx(importer(), bytes);

    assertThat(result.findings()).extracting(f -> f.cell().orElseThrow().toString())
        .containsExactly("'İcra planı'!D2", "'İcra planı'!D2");
    assertThat(result.findings()).extracting(TableFinding::message)
        .allSatisfy(m -> assertThat(m).contains("\"Naməlum Qurum\""))
        .anySatisfy(m -> assertThat(m).endsWith("measure 1.1"))
        .anySatisfy(m -> assertThat(m).endsWith("measure 1.2"));
  }
}
