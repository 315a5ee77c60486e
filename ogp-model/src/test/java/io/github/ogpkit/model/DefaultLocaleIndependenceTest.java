package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.json.JsonNumber;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text forms of the value types are the same in every default locale: locales with other
 * digits (Arabic-Indic, Persian, Thai, Devanagari) and with other case rules (Turkish and
 * Azerbaijani dotted and dotless i) write and read exactly what {@link Locale#ROOT} does, and so
 * do the messages of what cannot be read.
 */
class DefaultLocaleIndependenceTest {

  private final Locale saved = Locale.getDefault();
  private final Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
  private final Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);

  @AfterEach
  void restoreTheDefaultLocale() {
    Locale.setDefault(saved);
    Locale.setDefault(Locale.Category.FORMAT, savedFormat);
    Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
  }

  /** The texts that {@code write} gives for each input, as seen under a default locale. */
  private static List<String> under(String tag, List<String> inputs,
      Function<String, Object> write) {
    Locale locale = Locale.forLanguageTag(tag);
    Locale.setDefault(locale);
    Locale.setDefault(Locale.Category.FORMAT, locale);
    List<String> texts = new ArrayList<>();
    for (String input : inputs) {
      try {
        texts.add(String.valueOf(write.apply(input)));
      } catch (ValueParseException e) {
        texts.add(e.getMessage());
      }
    }
    return texts;
  }

  private static void assertSameAsUnderRoot(String tag, List<String> inputs,
      Function<String, Object> write) {
    List<String> root = under("und", inputs, write);
    assertThat(under(tag, inputs, write)).isEqualTo(root);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "tr-TR", "az-AZ", "hi-IN"})
  void partialDatesWriteAndReadAsUnderTheRootLocale(String tag) {
    List<String> texts = List.of("2011", "2016-05", "2017-06-28", "0012", "2016-13", "٢٠١٦");
    assertSameAsUnderRoot(tag, texts, text -> PartialDate.parse(PartialDate.parse(text)
        .toString()));
    assertThat(under(tag, List.of("2016-05"), PartialDate::parse)).containsExactly("2016-05");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "tr-TR", "az-AZ", "hi-IN"})
  void timeFramesWriteAndReadAsUnderTheRootLocale(String tag) {
    List<String> texts = List.of("2016", "2016/2018", "2012-03", "2012-03/2012-04",
        "1900-01/2999-12", "permanent", "2012-13", "2018/2016", "٢٠١٢-٠٣", "2012-3");
    assertSameAsUnderRoot(tag, texts, text -> TimeFrame.parse(TimeFrame.parse(text).toString()));
    assertSameAsUnderRoot(tag, List.of("2012-03"),
        text -> TimeFrame.ofMonths(YearMonth.parse(text), YearMonth.parse(text).plusMonths(25)));
    assertThat(under(tag, List.of("2012-03/2012-04"), TimeFrame::parse))
        .containsExactly("2012-03/2012-04");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "tr-TR", "az-AZ", "hi-IN"})
  void printedTimeFramesReadAsUnderTheRootLocale(String tag) {
    List<String> printed = List.of("March-April 2012", "İyun 2013", "IYUN 2013", "iyun 2013",
        "2016-2018-ci illər", "Time-limit: this activity shall be implemented permanently.",
        "Smarch 2012", "By December 2023", "BY DECEMBER 2023", "2023-CÜ İLİN DEKABR AYINADƏK",
        "2023-CÜ ILIN DEKABR AYINADƏK", "2022-Cİ İLİN IV RÜBÜ", "2022-CI ILIN IV RÜBÜ",
        "QIŞ 2022", "Q4 2022", "q4 2022", "2022-q4", "SINCE 2022", "30 June 2015 – 30 June 2017",
        "30 February 2023", "Q5 2022", "fall 2022", "Annually", "2022-ci ilin sonunadək");
    assertSameAsUnderRoot(tag, printed, PrintedTimeFrames::parse);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "tr-TR", "az-AZ", "hi-IN"})
  void outlineNumbersWriteAndReadAsUnderTheRootLocale(String tag) {
    List<String> texts = List.of("1", "8.12.1", "10.2.30", "1.\u0001", "1..2", "I.1", "١.٢");
    assertSameAsUnderRoot(tag, texts,
        text -> OutlineNumber.parse(OutlineNumber.parse(text).toString()));
    assertThat(under(tag, List.of("8.12"), text -> OutlineNumber.parse(text).child(1)))
        .containsExactly("8.12.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "tr-TR", "az-AZ", "hi-IN"})
  void quantitiesWriteAndReadAsUnderTheRootLocale(String tag) {
    List<String> texts = List.of("40 services (2018)", "1.5", "-12345.678 km", "1E+3 İLLƏR",
        "0.25 (2016)", "forty");
    assertSameAsUnderRoot(tag, texts, text -> Quantity.parse(Quantity.parse(text).toString()));
    assertThat(under(tag, List.of("12345.50"),
        text -> Quantity.of(new BigDecimal(text), "manat").withYear(2018)))
        .containsExactly("12345.50 manat (2018)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-SA", "fa-IR", "th-TH-u-nu-thai", "tr-TR", "az-AZ", "hi-IN"})
  void jsonNumbersWriteAsUnderTheRootLocale(String tag) {
    List<String> numbers = List.of("0", "1.0", "-12345.678", "1E+3", "1E-999",
        "123456789012345678901234567890", "0.000001");
    assertSameAsUnderRoot(tag, numbers, text -> JsonNumber.of(new BigDecimal(text)));
    assertThat(under(tag, List.of("1234567"), text -> JsonNumber.of(Long.parseLong(text))))
        .containsExactly("1234567");
  }
}
