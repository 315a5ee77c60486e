package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.constraints.Syntax;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The schema's value patterns agree with the reader's checks wherever a pattern can. */
class SchemaPatternsTest {

  private static Pattern pattern(String definition) {
    String p = JsonMapper.shared().readTree(PlanSchema.text()).get("$defs").get(definition)
        .get("pattern").asString();
    return Pattern.compile(p);
  }

  private static final Pattern LANGUAGE = pattern("LanguageTag");
  private static final Pattern TIME_FRAME = pattern("TimeFrame");
  private static final Pattern NUMBER = pattern("Number");
  private static final Pattern IDENTIFIER = pattern("Identifier");

  @ParameterizedTest
  @ValueSource(strings = {"en", "az", "az-Cyrl", "ru", "EN", "en-GB", "zh-Hant-TW", "es-419",
      "de-CH-1996", "x-private", "en-x-foo", "i-klingon", "I-KLINGON", "en-GB-oed", "sgn-BE-FR",
      "zh-min-nan", "art-lojban", "de-DE-u-co-phonebk", "qaa-Qaaa-QM-x-southern", "aaaa",
      "abcdefgh", "de-1996-1996", "en_US", "e n", "", "toolongtag1", "en-", "-en", "123", "a",
      "en-a-b", "de-419-DE", "a-DE", "en-GB-GB", "en-Latn-Cyrl", "xx-Zzzz-99", "abcdefghi",
      "i-bogus", "en-GB-a-xyz-a-abc"})
  void theLanguageTagPatternAgreesWithTheReader(String tag) {
    assertThat(LANGUAGE.matcher(tag).matches()).isEqualTo(Syntax.isLanguageTag(tag));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016", "2012-03", "2016/2018", "2012-03/2012-04", "2016/2017-06",
      "permanent", "2016/2016", "1900", "2999", "2016-2018", "March 2012", "2016-13", "1899",
      "3000", "2016-00", "16", "2016/", "/2016", "Permanent", "2016/permanent", " 2016",
      "2016-1", "2016/2017/2018", "２０１６", "2022-Q4", "2023-06-30", "2022-07-01/2023-Q2",
      "../2023-12", "2022-09/..", "../..", "..", "../", "/..", "2016/../2017", "2022-q4",
      "2022-Q5", "2022-Q0", "2022-Q04", "2023-06-32", "2023-06-00", "2023-6-30", "...../2016",
      "2016/...", "../permanent", "permanent/..", "2024-02-29", "2016-Q1/2016-01-01"})
  void theTimeFramePatternAgreesWithTheReaderExceptForOrderAndDaysOfShortMonths(String text) {
    boolean reader;
    try {
      TimeFrame.parse(text);
      reader = true;
    } catch (IllegalArgumentException e) {
      reader = false;
    }
    assertThat(TIME_FRAME.matcher(text).matches()).isEqualTo(reader);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "4.1", "1.2.10", "999999999", "0", "01", "1.", ".1", "1..2",
      "1.02", "a", "", "1 .2", "１"})
  void theNumberPatternAgreesWithTheReader(String text) {
    boolean reader;
    try {
      OutlineNumber.parse(text);
      reader = true;
    } catch (IllegalArgumentException e) {
      reader = false;
    }
    assertThat(NUMBER.matcher(text).matches()).isEqualTo(reader);
  }

  @ParameterizedTest
  @ValueSource(strings = {"az-ogp-nap-2016-2018", "ministry-of-justice", "a", "0", "A", "a-",
      "-a", "a--b", "a_b", "ə", ""})
  void theIdentifierPatternAgreesWithTheReader(String text) {
    assertThat(IDENTIFIER.matcher(text).matches()).isEqualTo(Syntax.isIdentifier(text));
  }
}
