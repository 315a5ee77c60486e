package io.github.ogpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.testing.OgpFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line prints and writes the same in every default locale as under
 * {@link Locale#ROOT}: locales with other digits (Arabic-Indic, Persian, Thai, Devanagari) and
 * other case rules (Turkish and Azerbaijani dotted and dotless i). Under ar-SA it once listed
 * "٥٩ measures" and called the canonical fixtures non-canonical.
 */
class CommandsUnderHostileDefaultLocalesTest {

  @TempDir
  Path dir;

  private final Locale saved = Locale.getDefault();
  private final Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
  private final Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);

  @AfterEach
  void restoreTheDefaultLocale() {
    Locale.setDefault(saved);
    Locale.setDefault(Locale.Category.FORMAT, savedFormat);
    Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
  }

  private static void useDefault(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    Locale.setDefault(locale);
    Locale.setDefault(Locale.Category.FORMAT, locale);
  }

  /** Each command line, run in-process, and what it did. */
  private Map<String, Run> runs() throws IOException {
    Map<String, Run> runs = new LinkedHashMap<>();
    for (List<String> args : List.of(List.of("fixtures"), List.of("--help"))) {
      runs.put(String.join(" ", args), Run.of(args.toArray(String[]::new)));
    }
    for (String id : OgpFixtures.ids()) {
      Path file = dir.resolve(id + ".json");
      Files.write(file, OgpFixtures.json(id));
      for (List<String> args : List.of(List.of("fixtures", id),
          List.of("validate", file.toString()),
          List.of("validate", "--lang", "az", file.toString()),
          List.of("validate", "--format", "json", file.toString()),
          List.of("validate", "--format", "json", "--lang", "az", file.toString()),
          List.of("format", "--check", file.toString()),
          List.of("format", file.toString()))) {
        runs.put(String.join(" ", args), Run.of(args.toArray(String[]::new)));
      }
    }
    return runs;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "tr-TR", "az-AZ", "hi-IN"})
  void everyCommandPrintsWhatItPrintsUnderTheRootLocale(String tag) throws IOException {
    useDefault("und");
    Map<String, Run> root = runs();
    useDefault(tag);
    Map<String, Run> hostile = runs();

    assertThat(hostile).containsExactlyEntriesOf(root);
    assertThat(hostile.get("fixtures").out()).contains(" 59 measures\n", " 71 measures\n");
    for (String id : OgpFixtures.ids()) {
      Path file = dir.resolve(id + ".json");
      assertThat(hostile.get("format --check " + file)).as(id).isEqualTo(new Run(0, "", ""));
      assertThat(hostile.get("format " + file).out().getBytes(StandardCharsets.UTF_8)).as(id)
          .isEqualTo(OgpFixtures.json(id));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "tr-TR", "az-AZ", "hi-IN"})
  void formatInPlaceWritesTheCanonicalBytes(String tag) throws IOException {
    useDefault(tag);
    // The program with a month time frame (2012-03/2012-04), its lines ended the Windows way.
    byte[] canonical = OgpFixtures.json(OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015);
    Path file = dir.resolve("crlf.json");
    Files.writeString(file, new String(canonical, StandardCharsets.UTF_8).replace("\n", "\r\n"),
        StandardCharsets.UTF_8);

    assertThat(Run.of("format", "--in-place", file.toString())).isEqualTo(new Run(0, "", ""));
    assertThat(Files.readAllBytes(file)).isEqualTo(canonical);
    assertThat(Run.of("format", "--check", file.toString()).status()).isZero();
  }
}
