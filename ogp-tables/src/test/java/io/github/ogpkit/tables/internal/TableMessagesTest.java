package io.github.ogpkit.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.tables.ImportResult;
import io.github.ogpkit.tables.PlanTables;
import io.github.ogpkit.tables.PrintedPlanImporter;
import io.github.ogpkit.tables.TableFinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundles of the importers' messages, and their choice by locale. */
class TableMessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final ResourceBundle EN = TableMessages.load(TableMessages.ENGLISH_BUNDLE);
  private static final ResourceBundle AZ = TableMessages.load(TableMessages.AZERBAIJANI_BUNDLE);

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void everyKeyIsInBothBundlesWithTheSamePlaceholders() {
    assertThat(new TreeSet<>(AZ.keySet())).isEqualTo(new TreeSet<>(EN.keySet()));
    for (String key : EN.keySet()) {
      assertThat(placeholders(AZ.getString(key))).as(key)
          .isEqualTo(placeholders(EN.getString(key)));
      // Each is a MessageFormat pattern without a format type, so values are written as given.
      for (ResourceBundle bundle : List.of(EN, AZ)) {
        MessageFormat format = new MessageFormat(bundle.getString(key), Locale.ROOT);
        assertThat(format.getFormatsByArgumentIndex()).as(key).allMatch(f -> f == null);
        // A quote is written twice; a single one would swallow the text after it.
        assertThat(bundle.getString(key).replace("''", "")).as(key).doesNotContain("'");
      }
    }
  }

  @Test
  void everyMessageIsTranslated() {
    for (String key : EN.keySet()) {
      assertThat(AZ.getString(key)).as(key).isNotBlank().isNotEqualTo(EN.getString(key));
    }
  }

  @Test
  void theLanguageIsAzerbaijaniForAzAndEnglishForAnyOtherLocale() {
    assertThat(TableMessages.forLocale(Locale.forLanguageTag("az"))).isSameAs(
        TableMessages.AZERBAIJANI);
    assertThat(TableMessages.forLocale(Locale.forLanguageTag("az-Latn-AZ"))).isSameAs(
        TableMessages.AZERBAIJANI);
    for (String tag : List.of("en", "en-US", "tr", "ru", "ar-SA", "und")) {
      assertThat(TableMessages.forLocale(Locale.forLanguageTag(tag))).as(tag)
          .isSameAs(TableMessages.ENGLISH);
    }
    assertThat(TableMessages.AZERBAIJANI.format("nesting-too-deep", "10"))
        .isEqualTo("sətir 10 səviyyədən dərin yerləşərdi; sətir idxal edilmir");
  }

  /** Findings with numbers in their messages, in both languages. */
  private static List<String> messages(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("az"))) {
      PlanTables.readCsv(dir, locale).findings().forEach(f -> out.add(f.toString()));
      PrintedPlanImporter importer = PrintedPlanImporter.builder().locale(locale).build();
      ImportResult printed = importer.readCsv("p.csv",
          "a,b\r\n".getBytes(StandardCharsets.UTF_8));
      printed.findings().forEach(f -> out.add(f.toString()));
      importer.readCsv("q.csv", ("№,Tədbirin adı,İcra müddəti\r\n1.1,Tədbir,2016-2018\r\n")
          .getBytes(StandardCharsets.UTF_8)).findings().forEach(f -> out.add(f.toString()));
    }
    return out;
  }

  @Test
  void theMessagesDoNotDependOnTheDefaultLocale(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("plan.csv"), "property,language,value\nplanNumber,,0\n");
    Files.writeString(dir.resolve("measures.csv"), "kind,number\n\"section,1\n");
    Files.writeString(dir.resolve("indicators.csv"), "measure,text@en,baselineYear\n");
    Locale saved = Locale.getDefault();
    List<String> expected;
    List<List<String>> under = new ArrayList<>();
    try {
      Locale.setDefault(Locale.ROOT);
      expected = messages(dir);
      for (String tag : List.of("ar-SA-u-nu-arab", "az-Latn-AZ", "tr-TR", "hi-IN-u-nu-deva")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        under.add(messages(dir));
      }
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(expected).anyMatch(m -> m.contains("30")).anyMatch(m -> m.contains("2016"));
    assertThat(expected).anyMatch(m -> m.contains("sətir")).anyMatch(m -> m.contains("row"));
    assertThat(under).allSatisfy(m -> assertThat(m).isEqualTo(expected));
  }

  @Test
  void aRegistryFilesFindingsFollowTheLocaleWhateverTheBuildersOrder() {
    byte[] registry = "foo,bar\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] plan = "№,Tədbirin adı\r\n1.1,Tədbir\r\n".getBytes(StandardCharsets.UTF_8);
    TableFinding before = PrintedPlanImporter.builder().locale(Locale.forLanguageTag("az"))
        .registryFile("r.csv", registry).build().readCsv("p.csv", plan).findings().get(0);
    TableFinding after = PrintedPlanImporter.builder().registryFile("r.csv", registry)
        .locale(Locale.forLanguageTag("az")).build().readCsv("p.csv", plan).findings().get(0);
    TableFinding english = PrintedPlanImporter.builder().registryFile("r.csv", registry)
        .build().readCsv("p.csv", plan).findings().get(0);
    assertThat(before.rule()).isEqualTo("registry-columns-missing");
    assertThat(after).isEqualTo(before);
    assertThat(before.message()).startsWith("qurumlar faylında");
    assertThat(english.message()).startsWith("the institutions file needs");
  }
}
