package io.github.ogpkit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message of one real finding of every rule of docs/RULES.md's two table sections, in
 * English and in Azerbaijani: the tidy layout's ({@link PlanTables}) and the printed layout's
 * ({@link PrintedPlanImporter}).
 */
class LocalizedFindingsTest {

  private static final Locale AZ = Locale.forLanguageTag("az");

  // ---------------------------------------------------------------- tidy layout

  private static final String PLAN = "property,language,value\n"
      + "id,,draft\nkind,,ogp-action-plan\ncountry,,AZ\ntitle,en,Draft plan\n"
      + "languages,,en\nperiod,,2025/2026\n";
  private static final String MEASURES = "kind,number,title@en,timeFrame,parent\n"
      + "section,1,Open data,,\nmeasure,1.1,Publish budgets,2025,1\n";
  private static final String ASSIGNMENTS = "measure,institution,role\n"
      + "1.1,ministry-of-finance,executor\n";

  /** The files of a tidy-layout directory: the valid draft, with some files replaced. */
  private static Map<String, byte[]> tidy(String... replacements) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("plan.csv", utf8(PLAN));
    files.put("measures.csv", utf8(MEASURES));
    files.put("assignments.csv", utf8(ASSIGNMENTS));
    for (int i = 0; i < replacements.length; i += 2) {
      if (replacements[i + 1] == null) {
        files.remove(replacements[i]);
      } else {
        files.put(replacements[i], utf8(replacements[i + 1]));
      }
    }
    return files;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String deepMeasures() {
    StringBuilder measures = new StringBuilder("kind,number,parent,title@en\nsection,1,,S\n");
    String number = "1";
    for (int depth = 2; depth <= Plan.MAX_NESTING + 1; depth++) {
      String child = number + ".1";
      measures.append("measure,").append(child).append(',').append(number).append(",M\n");
      number = child;
    }
    return measures.toString();
  }

  /** Rule, the directory's files, the English message, the Azerbaijani one. */
  static Stream<Arguments> tidyFindings() {
    Map<String, byte[]> unreadable = tidy();
    unreadable.put("links.csv", new byte[] {(byte) 0xC3, (byte) 0x28});
    return Stream.of(
        Arguments.of("table-unreadable", unreadable,
            "the file is not UTF-8 text: save it as \"CSV UTF-8\"",
            "fayl UTF-8 mətni deyil: onu \"CSV UTF-8\" formatında saxlayın"),
        Arguments.of("sheet-missing", tidy("plan.csv", null),
            "there is no file plan.csv; the tidy layout needs it",
            "plan.csv faylı yoxdur; səliqəli düzüm üçün o lazımdır"),
        Arguments.of("sheet-ignored", tidy("notes.csv", "a\n"),
            "not a table of the tidy layout (plan, measures, institutions, assignments,"
                + " indicators, links, provisions): not imported",
            "səliqəli düzümün cədvəli deyil (plan, measures, institutions, assignments,"
                + " indicators, links, provisions): idxal edilmir"),
        Arguments.of("column-missing", tidy("assignments.csv", "measure,institution\n1.1,x\n"),
            "the assignments table has no column role in its first row; the table is not"
                + " imported",
            "assignments cədvəlinin birinci sətrində role sütunu yoxdur; cədvəl idxal edilmir"),
        Arguments.of("column-ignored", tidy("assignments.csv",
                "measure,institution,role,notes\n1.1,ministry-of-finance,executor,x\n"),
            "the column \"notes\" is not a column of the assignments table; not imported",
            "\"notes\" sütunu assignments cədvəlinin sütunu deyil; idxal edilmir"),
        Arguments.of("column-duplicate", tidy("assignments.csv",
                "measure,institution,role,role\n1.1,ministry-of-finance,executor,executor\n"),
            "the column \"role\" is there twice: only the first is imported",
            "\"role\" sütunu iki dəfə var: yalnız birincisi idxal edilir"),
        Arguments.of("value-required", tidy("assignments.csv",
                "measure,institution,role\n1.1,,executor\n"),
            "the institution is empty; the row is not imported",
            "institution xanası boşdur; sətir idxal edilmir"),
        Arguments.of("value-invalid", tidy("plan.csv", PLAN + "planNumber,,zero\n"),
            "the plan number \"zero\" is not a whole number from 1",
            "planın nömrəsi \"zero\" 1-dən başlayan tam ədəd deyil"),
        Arguments.of("value-duplicate", tidy("plan.csv", PLAN + "country,,GE\n"),
            "the country is given twice; the first is imported",
            "country xassəsi iki dəfə verilib; birincisi idxal edilir"),
        Arguments.of("kind-unknown", tidy("measures.csv", MEASURES + "task,1.2,Other,,1\n"),
            "\"task\" is not section or measure; the row is not imported",
            "\"task\" section və ya measure deyil; sətir idxal edilmir"),
        Arguments.of("role-unknown", tidy("assignments.csv",
                "measure,institution,role\n1.1,ministry-of-finance,boss\n"),
            "\"boss\" is not one of EXECUTOR, RECOMMENDED, SUPPORTING",
            "\"boss\" bu dəyərlərdən biri deyil: EXECUTOR, RECOMMENDED, SUPPORTING"),
        Arguments.of("number-invalid", tidy("measures.csv", MEASURES + "measure,1.x,Other,,1\n"),
            "\"1.x\" is not an outline number (such as 2 or 1.3.2): {detail}; the row is not imported",
            "\"1.x\" çoxsəviyyəli nömrə deyil (məsələn, 2 və ya 1.3.2): {detail}; sətir idxal edilmir"),
        Arguments.of("time-frame-invalid", tidy("measures.csv",
                MEASURES + "measure,1.2,Other,soon,1\n"),
            "time frame \"soon\" is not YYYY{detail}",
            "müddət oxunmur: time frame \"soon\" is not YYYY{detail}"),
        Arguments.of("parent-unknown", tidy("measures.csv", MEASURES + "measure,1.2,Other,,7\n"),
            "no section or measure numbered \"7\" comes before this row; the row is not imported",
            "bu sətirdən əvvəl \"7\" nömrəli bölmə və ya tədbir yoxdur; sətir idxal edilmir"),
        Arguments.of("nesting-too-deep", tidy("measures.csv", deepMeasures()),
            "the row would nest deeper than " + Plan.MAX_NESTING + " levels; the row is not"
                + " imported",
            "sətir " + Plan.MAX_NESTING + " səviyyədən dərin yerləşərdi; sətir idxal edilmir"),
        Arguments.of("reference-unknown", tidy("assignments.csv",
                "measure,institution,role\n9.9,ministry-of-finance,executor\n"),
            "the measures table has no measure numbered \"9.9\"; the row is not imported",
            "tədbirlər cədvəlində \"9.9\" nömrəli tədbir yoxdur; sətir idxal edilmir"),
        Arguments.of("property-ignored", tidy("plan.csv", PLAN + "motto,,Open\n"),
            "the plan has no property \"motto\": not imported",
            "planın \"motto\" xassəsi yoxdur: idxal edilmir"),
        Arguments.of("extensions-dropped", tidy("plan.csv",
                PLAN + "droppedExtensions,,/extensions\n"),
            "the exported plan had extensions at \"/extensions\"; tables do not hold"
                + " extensions, so the imported plan has none",
            "ixrac edilmiş planın \"/extensions\" ünvanında genişlənmələri var idi; cədvəllər"
                + " genişlənmələri saxlamır, ona görə idxal edilmiş planda onlar yoxdur"));
  }

  private static ImportResult readTidy(Path dir, Map<String, byte[]> files, Locale locale)
      throws IOException {
    Path sub = Files.createTempDirectory(dir, "tidy");
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Files.write(sub.resolve(e.getKey()), e.getValue());
    }
    return PlanTables.readCsv(sub, locale);
  }

  private static String message(ImportResult result, String rule) {
    List<TableFinding> found =
        result.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertThat(found).as(result.findings().toString()).isNotEmpty();
    return found.get(0).message();
  }

  /**
   * Checks a message against what is expected: exactly, or, where the expected text has
   * {@code {detail}} (a sentence of ogp-model's parsers, which is English), its start and end.
   */
  private static void assertMessage(String actual, String expected) {
    int at = expected.indexOf("{detail}");
    if (at < 0) {
      assertThat(actual).isEqualTo(expected);
    } else {
      assertThat(actual).startsWith(expected.substring(0, at))
          .endsWith(expected.substring(at + "{detail}".length()))
          .hasSizeGreaterThan(expected.length() - "{detail}".length());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tidyFindings")
  void tidyFindingInEnglishAndAzerbaijani(String rule, Map<String, byte[]> files, String english,
      String azerbaijani, @TempDir Path dir) throws IOException {
    String en = message(readTidy(dir, files, Locale.ENGLISH), rule);
    String az = message(readTidy(dir, files, AZ), rule);
    assertMessage(en, english);
    assertMessage(az, azerbaijani);
    // The overload without a locale is English.
    Path english2 = Files.createTempDirectory(dir, "default");
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Files.write(english2.resolve(e.getKey()), e.getValue());
    }
    assertThat(message(PlanTables.readCsv(english2), rule)).isEqualTo(en);
  }

  // ---------------------------------------------------------------- printed layout

  private static final String HEADER =
      "№,Tədbirin adı,Qiymətləndirmə indikatorları,İcra / Tövsiyə,İcra müddəti\r\n";
  private static final String REGISTRY = "id,name@az,kind,collective\r\n"
      + "ministry-of-justice,Ədliyyə Nazirliyi,MINISTRY,FALSE\r\n";

  /** A printed import: the registry file, the plan file (CSV, or XLSX read for a sheet). */
  record Printed(String registry, byte[] plan, boolean xlsx, boolean metadata) {

    ImportResult read(Locale locale) {
      PrintedPlanImporter.Builder builder = PrintedPlanImporter.builder().locale(locale)
          .registryFile("institutions.csv", utf8(registry));
      if (metadata) {
        builder.id("draft").kind(io.github.ogpkit.model.PlanKind.OGP_ACTION_PLAN).country("AZ")
            .languages("az").title(io.github.ogpkit.model.LocalizedText.of("az", "Plan"))
            .period(io.github.ogpkit.model.TimeFrame.parse("2016/2018"));
      }
      PrintedPlanImporter importer = builder.build();
      try {
        return xlsx ? importer.readXlsx("plan.xlsx", new ByteArrayInputStream(plan), "Nope")
            : importer.readCsv("plan.csv", plan);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Printed printed(String rows) {
    return new Printed(REGISTRY, utf8(HEADER + rows), false, true);
  }

  private static Printed registry(String registry) {
    return new Printed(registry, utf8(HEADER + "1.1,Tədbir,G,Ədliyyə Nazirliyi,2017\r\n"), false,
        true);
  }

  private static byte[] workbook() {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Plan").createRow(0).createCell(0).setCellValue("№");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rule, the import, the English message, the Azerbaijani one. */
  static Stream<Arguments> printedFindings() {
    return Stream.of(
        Arguments.of("table-unreadable",
            new Printed(REGISTRY, new byte[] {(byte) 0xC3, (byte) 0x28}, false, true),
            "the file is not UTF-8 text: save it as \"CSV UTF-8\"",
            "fayl UTF-8 mətni deyil: onu \"CSV UTF-8\" formatında saxlayın"),
        Arguments.of("sheet-missing", new Printed(REGISTRY, workbook(), true, true),
            "the workbook has no sheet named \"Nope\"",
            "iş kitabında \"Nope\" adlı vərəq yoxdur"),
        Arguments.of("header-missing", new Printed(REGISTRY, utf8("a,b\r\n1,2\r\n"), false, true),
            "no header row in the first 30 rows: expected a row naming at least the number and"
                + " title columns, such as {detail}",
            "ilk 30 sətirdə başlıq sətri yoxdur: ən azı nömrə və ad sütunlarını adlandıran sətir"
                + " gözlənilir, məsələn, {detail}"),
        Arguments.of("column-ignored", new Printed(REGISTRY, utf8(HEADER.strip() + ",Qeyd\r\n"
                + "1.1,Tədbir,G,Ədliyyə Nazirliyi,2017,x\r\n"), false, true),
            "the column \"Qeyd\" is not a column of the printed layout and is not read",
            "\"Qeyd\" sütunu çap düzümünün sütunu deyil və oxunmur"),
        Arguments.of("column-duplicate", new Printed(REGISTRY, utf8(HEADER.strip()
                + ",Tədbirin adı\r\n1.1,Tədbir,G,Ədliyyə Nazirliyi,2017,x\r\n"), false, true),
            "a second title column; only the first, in column B, is read",
            "ikinci ad sütunu; yalnız B sütunundakı birincisi oxunur"),
        Arguments.of("number-broken", printed("1..2,Tədbir,G,Ədliyyə Nazirliyi,2017\r\n"),
            "the number \"1..2\" is not an outline number such as 1, 1.2 or 2.3.1: {detail}; the row"
                + " is not read",
            "\"1..2\" nömrəsi 1, 1.2 və ya 2.3.1 kimi çoxsəviyyəli nömrə deyil: {detail}; sətir oxunmur"),
        Arguments.of("number-missing", printed(",Tədbir,G,Ədliyyə Nazirliyi,2017\r\n"),
            "the row has no number; it is not read (a section or measure needs its number,"
                + " such as 1 or 1.2)",
            "sətrin nömrəsi yoxdur; o oxunmur (bölmə və ya tədbirin nömrəsi olmalıdır, məsələn,"
                + " 1 və ya 1.2)"),
        Arguments.of("title-missing", printed("1.1,,G,Ədliyyə Nazirliyi,2017\r\n"),
            "section or measure 1.1 has no title; the row is not read",
            "1.1 nömrəli bölmə və ya tədbirin adı yoxdur; sətir oxunmur"),
        Arguments.of("institution-unknown", printed("1.1,Tədbir,G,Ədliyə Nazirliyi,2017\r\n"),
            "no institution in the registry is named \"Ədliyə Nazirliyi\"; the closest name is"
                + " \"Ədliyyə Nazirliyi\"; it is not assigned to measure 1.1",
            "reyestrdə \"Ədliyə Nazirliyi\" adlı qurum yoxdur; ən yaxın ad: \"Ədliyyə Nazirliyi\"; o,"
                + " 1.1 tədbirinə təyin edilmir"),
        Arguments.of("time-unparsed", printed("1.1,Tədbir,G,Ədliyyə Nazirliyi,soon\r\n"),
            "the time \"soon\" of measure 1.1 is not a time frame the lenient parser reads ({detail});"
                + " the measure keeps it as printed, without a time frame",
            "1.1 tədbirinin \"soon\" icra müddəti oxunmur ({detail}); tədbir onu müddət kimi deyil,"
                + " çap olunduğu kimi saxlayır"),
        Arguments.of("plan-metadata-defaulted", new Printed(REGISTRY,
                utf8(HEADER + "1.1,Tədbir,G,Ədliyyə Nazirliyi,2017\r\n"), false, false),
            "a printed table does not say the plan's period, id, kind, country, languages, title;"
                + " made up: period 2017 (the span of the measures' time frames); id plan (from the"
                + " file name); kind OGP_ACTION_PLAN; country ZZ (unknown); languages [az] (from the"
                + " header's words); title \"plan.csv\" (the file name). Give them to the importer",
            "çap olunmuş cədvəl planın bu məlumatlarını göstərmir: dövr, identifikator, növ, ölkə,"
                + " dillər, ad; standart dəyərlər götürüldü: dövr 2017 (tədbirlərin icra müddətlərinin"
                + " əhatə etdiyi aralıq); identifikator plan (fayl adından); növ OGP_ACTION_PLAN;"
                + " ölkə ZZ (naməlum); dillər [az] (başlığın sözlərindən); ad \"plan.csv\" (fayl"
                + " adı). Onları idxal alətinə verin"),
        Arguments.of("plan-metadata-missing", new Printed(REGISTRY,
                utf8(HEADER + "1.1,Tədbir,G,Ədliyyə Nazirliyi,\r\n"), false, false),
            "the plan's period is not given and no measure has a time frame to take it from;"
                + " give the period to the importer",
            "planın dövrü verilməyib və onu götürmək üçün heç bir tədbirin icra müddəti yoxdur;"
                + " dövrü idxal alətinə verin"),
        Arguments.of("registry-columns-missing", registry("foo,bar\r\nx,y\r\n"),
            "the institutions file needs a header row with the columns id and name@LANG (such"
                + " as name@az), and may have kind, collective and parent",
            "qurumlar faylında id və name@DİL (məsələn, name@az) sütunları olan başlıq sətri"
                + " olmalıdır; kind, collective və parent sütunları da ola bilər"),
        Arguments.of("registry-id-invalid", registry(REGISTRY + "Bad Id,X,MINISTRY,\r\n"),
            "the institution id \"Bad Id\" is not an identifier (lower-case letters and digits"
                + " joined by hyphens); the row is not read",
            "\"Bad Id\" qurum identifikatoru identifikator deyil (defislə birləşdirilmiş kiçik"
                + " hərflər və rəqəmlər); sətir oxunmur"),
        Arguments.of("registry-id-duplicate",
            registry(REGISTRY + "ministry-of-justice,X,MINISTRY,\r\n"),
            "the institution id \"ministry-of-justice\" is given twice; the first is read",
            "\"ministry-of-justice\" qurum identifikatoru iki dəfə verilib; birincisi oxunur"),
        Arguments.of("registry-name-missing", registry(REGISTRY + "courts,,MINISTRY,\r\n"),
            "the institution courts has no name in any language; the row is not read",
            "courts qurumunun heç bir dildə adı yoxdur; sətir oxunmur"),
        Arguments.of("registry-kind-unknown",
            registry(REGISTRY + "courts,Məhkəmələr,TRIBUNAL,\r\n"),
            "the kind \"TRIBUNAL\" of institution courts is none of the format's kinds (MINISTRY,"
                + " STATE_AGENCY, ...); OTHER is used",
            "courts qurumunun \"TRIBUNAL\" növü formatın növlərindən (MINISTRY, STATE_AGENCY, ...)"
                + " deyil; OTHER istifadə olunur"),
        Arguments.of("registry-collective-invalid",
            registry(REGISTRY + "courts,Məhkəmələr,MINISTRY,maybe\r\n"),
            "collective is \"maybe\"; expected TRUE or FALSE; FALSE is used",
            "collective dəyəri \"maybe\"; TRUE və ya FALSE gözlənilir; FALSE istifadə olunur"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("printedFindings")
  void printedFindingInEnglishAndAzerbaijani(String rule, Printed printed, String english,
      String azerbaijani) {
    String en = message(printed.read(Locale.ENGLISH), rule);
    String az = message(printed.read(AZ), rule);
    assertMessage(en, english);
    assertMessage(az, azerbaijani);
  }

  @Test
  void everyRuleOfBothSectionsOfRulesMdHasAnExample() {
    assertThat(tidyFindings().map(a -> (String) a.get()[0])).doesNotHaveDuplicates()
        .hasSize(18);
    assertThat(printedFindings().map(a -> (String) a.get()[0])).doesNotHaveDuplicates()
        .hasSize(18);
  }
}
