package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedTimeFramesTest {

  /** What {@link PrintedTimeFrames} answers to text of none of its forms, after the quote. */
  private static final String FORMS = "expected a year (2016, 2016-cı il), years (2016-2018,"
      + " 2016-2018-ci illər), a quarter (Q4 2022, 2022-ci ilin IV rübü), a month (March 2012,"
      + " mart 2012), a day (30 June 2015, June 30, 2015, 30 iyun 2015), a range of those"
      + " (March-April 2012, Q1-Q2 2023, 30 June 2015 – 30 June 2017), a deadline (by December"
      + " 2023, dekabr 2023-cü ilədək), a start with no end (from September 2022, since 2022,"
      + " 2022-ci ildən etibarən), permanently (daimi), or the format's own notation (2016/2018,"
      + " 2022-Q4, 2023-06-30, ../2023-12, 2022-09/..)";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "2016-2018|2016/2018",
      "2016|2016",
      "March-April 2012|2012-03/2012-04",
      "this activity shall be implemented permanently|permanent",
      "this activity shall be implemented permanently.|permanent",
      "this activity shall be implemented permanently..|permanent",
      "Time-limit: this activity shall be implemented permanently.|permanent",
      "2012-2013|2012/2013",
      "2012.|2012",
      "' 2016 – 2018 '|2016/2018",
      "2016-2018-ci illər|2016/2018",
      "2016-cı il|2016",
      "June 2012|2012-06",
      "mart-aprel 2012|2012-03/2012-04",
      "İyun 2013|2013-06",
      "March 2012-April 2013|2012-03/2013-04",
      "daimi|permanent",
      "2016/2017-06|2016/2017-06",
      "Dec. 2023|2023-12",
      "2012-ci ilin mart ayı|2012-03",
      "2012-ci ilin martı|2012-03",
      "2023-cü ilin mayı|2023-05",
      "2023-cü ilin dekabr ayında|2023-12",
      "2016-cı ildə|2016"})
  void readsThePrintedForms(String printed, String expected) {
    assertThat(PrintedTimeFrames.parse(printed)).hasToString(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "By December 2023|../2023-12",
      "By 2023|../2023",
      "by 30 June 2024|../2024-06-30",
      "by June 30, 2024|../2024-06-30",
      "Until December 2023|../2023-12",
      "Till December 2023|../2023-12",
      "No later than 31 December 2023|../2023-12-31",
      "Not later than Dec 2023|../2023-12",
      "By Q2 2024|../2024-Q2",
      "dekabr 2023-cü ilədək|../2023-12",
      "2023-cü ilin dekabr ayınadək|../2023-12",
      "2023-cü ilin dekabrınadək|../2023-12",
      "2023-cü ilin dekabr ayına qədər|../2023-12",
      "dekabr 2023-cü ilə qədər|../2023-12",
      "dekabr 2023-dək|../2023-12",
      "2023-cü ilədək|../2023",
      "2023-cü ilədax|../2023",
      "2023-cü ilə qədər|../2023",
      "2023-cü ilə kimi|../2023",
      "2023-dək|../2023",
      "2023-ə qədər|../2023",
      "30 iyun 2024-cü ilədək|../2024-06-30",
      "2024-cü il 30 iyunadək|../2024-06-30",
      "2022-ci ilin IV rübünədək|../2022-Q4",
      "2022-ci ilin IV rübünə qədər|../2022-Q4"})
  void readsDeadlinesAsIntervalsWithNoStatedStart(String printed, String expected) {
    assertThat(PrintedTimeFrames.parse(printed)).hasToString(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "30 June 2015|2015-06-30",
      "30th of June 2015|2015-06-30",
      "1st June 2015|2015-06-01",
      "June 30, 2015|2015-06-30",
      "June 30 2015|2015-06-30",
      "Sept. 1, 2015|2015-09-01",
      "29 February 2024|2024-02-29",
      "30 iyun 2015|2015-06-30",
      "30 iyun 2015-ci il|2015-06-30",
      "2015-ci il 30 iyun|2015-06-30",
      "2015-ci ilin 30 iyunu|2015-06-30",
      "30 June 2015 – 30 June 2017|2015-06-30/2017-06-30",
      "30 iyun 2015 – 30 iyun 2017|2015-06-30/2017-06-30",
      "1 March – 30 June 2015|2015-03-01/2015-06-30",
      "March 1 – June 30, 2015|2015-03-01/2015-06-30"})
  void readsDaysWithTheDayOrTheMonthFirst(String printed, String expected) {
    assertThat(PrintedTimeFrames.parse(printed)).hasToString(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Q4 2022|2022-Q4",
      "2022 Q4|2022-Q4",
      "Q4, 2022|2022-Q4",
      "Q1-Q2 2023|2023-Q1/2023-Q2",
      "Q1 – Q2 2023|2023-Q1/2023-Q2",
      "Q3 2022 – Q2 2023|2022-Q3/2023-Q2",
      "2022 Q3 – 2023 Q2|2022-Q3/2023-Q2",
      "2022-ci ilin IV rübü|2022-Q4",
      "2022-ci ilin 4-cü rübü|2022-Q4",
      "2022-ci ilin dördüncü rübü|2022-Q4",
      "2022-ci il, IV rüb|2022-Q4",
      "IV rüb 2022|2022-Q4",
      "2022-ci ilin IV rübündə|2022-Q4",
      "2023-cü ilin I-II rübləri|2023-Q1/2023-Q2",
      "2022-ci ilin III rübü – 2023-cü ilin II rübü|2022-Q3/2023-Q2"})
  void readsQuarters(String printed, String expected) {
    assertThat(PrintedTimeFrames.parse(printed)).hasToString(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "From September 2022|2022-09/..",
      "Since September 2022|2022-09/..",
      "Since 2022|2022/..",
      "Starting September 2022|2022-09/..",
      "Beginning in Q3 2022|2022-Q3/..",
      "September 2022 onwards|2022-09/..",
      "From September 2022 onwards|2022-09/..",
      "September 2022 – ongoing|2022-09/..",
      "2019-present|2019/..",
      "Ongoing since 2019|2019/..",
      "sentyabr 2022-ci ildən|2022-09/..",
      "sentyabr 2022-ci ildən etibarən|2022-09/..",
      "2022-ci ilin sentyabr ayından etibarən|2022-09/..",
      "2022-ci ilin sentyabrından başlayaraq|2022-09/..",
      "2022-ci ildən bəri|2022/..",
      "2022-dən etibarən|2022/..",
      "1 sentyabr 2022-ci ildən|2022-09-01/.."})
  void readsAStartWithNoEndAsAnOpenEnd(String printed, String expected) {
    assertThat(PrintedTimeFrames.parse(printed)).hasToString(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "January 2023 – 30 June 2024|2023-01/2024-06-30",
      "30 June 2015 – December 2016|2015-06-30/2016-12",
      "Q3 2022 – 31 March 2023|2022-Q3/2023-03-31",
      "2016 – June 2017|2016/2017-06",
      "January 2023 to June 2024|2023-01/2024-06",
      "From January 2023 to June 2024|2023-01/2024-06",
      "from 2016 until 2018|2016/2018",
      "2016 to 2018|2016/2018",
      "yanvar 2023 – 30 iyun 2024|2023-01/2024-06-30",
      "2012-ci ilin mart-aprel ayları|2012-03/2012-04",
      "2022-ci ildən 2023-cü ilə qədər|2022/2023",
      "2023-cü ilin yanvarından 2024-cü ilin iyununadək|2023-01/2024-06",
      "2015-ci il 30 iyundan 2017-ci il 30 iyunadək|2015-06-30/2017-06-30"})
  void readsRangesOfAnyTwoTimePoints(String printed, String expected) {
    assertThat(PrintedTimeFrames.parse(printed)).hasToString(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "2022-Q4|2022-Q4",
      "2022-q4|2022-Q4",
      "../2023-12|../2023-12",
      "2022-09/..|2022-09/..",
      "2023-06-30|2023-06-30",
      "2022-07-01/2023-Q2|2022-07-01/2023-Q2",
      "../2022-Q1|../2022-Q1",
      "2022-09/...|2022-09/..",
      "By 2023-12|../2023-12",
      "2022-Q4 – 2023-Q2|2022-Q4/2023-Q2",
      "2023-06-30 onwards|2023-06-30/..",
      "' ../2023-12. '|../2023-12"})
  void readsTheFormatsOwnNotationAsTimeFrameParseDoes(String printed, String expected) {
    assertThat(PrintedTimeFrames.parse(printed)).hasToString(expected);
  }

  @Test
  void readsEveryTimeFrameAsItIsWritten() {
    for (String text : List.of("2016", "2012-03", "2023-06-30", "2022-Q4", "2016/2018",
        "2022-07-01/2023-Q2", "2016-12/2016", "../2023-12", "2022-09/..", "../2022-Q1",
        "2024-02-29", "permanent")) {
      assertThat(PrintedTimeFrames.parse(text)).as(text).isEqualTo(TimeFrame.parse(text));
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "'  By December 2023.  '|../2023-12",
      "'Q4 2022.'|2022-Q4",
      "'\t30 June 2015 –\u00a030 June 2017 \n'|2015-06-30/2017-06-30",
      "'dekabr 2023-cü ilədək.'|../2023-12",
      "'From   September 2022.'|2022-09/..",
      "Time-limit: by June 30, 2024.|../2024-06-30",
      "'30\u202fJune\u20092015'|2015-06-30"})
  void ignoresSurroundingWhiteSpaceAndATrailingFullStop(String printed, String expected) {
    assertThat(PrintedTimeFrames.parse(printed)).hasToString(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "2023-CÜ İLİN DEKABR AYINADƏK|../2023-12",
      "2023-CÜ ILIN DEKABR AYINADƏK|../2023-12",
      "2022-Cİ İLİN IV RÜBÜ|2022-Q4",
      "2016-CI IL|2016",
      "BY DECEMBER 2023|../2023-12",
      "2022-CI ILIN SENTYABRINDAN ETIBARƏN|2022-09/.."})
  void readsCapitalsWhateverTheyLoseOfTheDottedAndDotlessI(String printed, String expected) {
    assertThat(PrintedTimeFrames.parse(printed)).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "2018-2016", "Smarch 2012", "2016-2018-2020", "", "1800",
      "fall 2022", "Annually", "Ongoing", "Continuous", "Quarterly", "Q5 2022", "2022-2021",
      "2023-cü ilin sonunadək", "by the end of 2023", "End of December 2023",
      "Before December 2023", "30.06.2015", "06/30/2015", "Q3", "June", "2022-ci ilin payızı",
      "by", "from", "2023-cü ilin", "30 February 2023", "../..", "2022-Q5", "Q3 2022 -"})
  void namesTheTextItCannotRead(String printed) {
    assertThatThrownBy(() -> PrintedTimeFrames.parse(printed))
        .isInstanceOf(ValueParseException.class)
        .hasMessageStartingWith("cannot read the printed time frame \"" + printed + "\": ")
        .extracting(e -> ((ValueParseException) e).text()).isEqualTo(printed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"next spring", "Annually", "Ongoing", "Continuous", "Quarterly",
      "30.06.2015", "06/30/2015", "Before December 2023", "Q3", "June", "from", "since then",
      "by then", "December onwards", "yaxın vaxta qədər", "dekabra qədər"})
  void textOfNoPrintedFormIsAnsweredWithTheFormsItReads(String printed) {
    assertThatThrownBy(() -> PrintedTimeFrames.parse(printed))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("cannot read the printed time frame \"" + printed + "\": " + FORMS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-cü ilin sonunadək", "2023-cü ilin sonuna qədər",
      "by the end of 2023", "End of December 2023", "2023 son"})
  void theEndOfAYearOrMonthIsNotReadAsADate(String printed) {
    assertThatThrownBy(() -> PrintedTimeFrames.parse(printed))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("cannot read the printed time frame \"" + printed + "\": the end of a year"
            + " or month is not read, since it may mean its last day, month or quarter: write"
            + " the time frame meant; " + FORMS);
  }

  @Test
  void aSeasonIsNamedAsASeasonAndNotRead() {
    assertThatThrownBy(() -> PrintedTimeFrames.parse("fall 2022"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("cannot read the printed time frame \"fall 2022\": \"fall\" is a season, not"
            + " a month: seasons are not read, since their months depend on the hemisphere and"
            + " the plan");
    assertThatThrownBy(() -> PrintedTimeFrames.parse("2022-ci ilin payızı"))
        .hasMessageContaining(": \"payız\" is a season, not a month");
    assertThatThrownBy(() -> PrintedTimeFrames.parse("By spring 2023"))
        .hasMessageContaining(": \"spring\" is a season, not a month");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "30 February 2023|there is no day 30 in 2023-02, which has 28 days",
      "February 29, 2023|there is no day 29 in 2023-02, which has 28 days",
      "31 iyun 2015|there is no day 31 in 2015-06, which has 30 days",
      "by 30 February 2023|there is no day 30 in 2023-02, which has 28 days",
      "30 fevral 2023-cü ilədək|there is no day 30 in 2023-02, which has 28 days",
      "0 June 2015|there is no day 0 in 2015-06, which has 30 days",
      "1 March 2015 – 31 June 2015|there is no day 31 in 2015-06, which has 30 days",
      "31 June – 1 July 2015|there is no day 31 in 2015-06, which has 30 days",
      "2023-02-29|time frame \"2023-02-29\" has day 29; 2023-02 has 28 days"})
  void aDayThatDoesNotExistIsAnErrorNamingIt(String printed, String why) {
    assertThatThrownBy(() -> PrintedTimeFrames.parse(printed))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("cannot read the printed time frame \"" + printed + "\": " + why);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "Q5 2022|\"Q5\" is not a quarter; quarters are Q1 to Q4 (I to IV)",
      "Q0-Q2 2022|\"Q0\" is not a quarter; quarters are Q1 to Q4 (I to IV)",
      "2022-ci ilin V rübü|\"V\" is not a quarter; quarters are Q1 to Q4 (I to IV)",
      "2022-Q5|time frame \"2022-Q5\" has quarter Q5; quarters are Q1 to Q4",
      "by 2022-Q5|time point \"2022-Q5\" has quarter Q5; quarters are Q1 to Q4"})
  void aQuarterOutOfRangeIsAnErrorNamingIt(String printed, String why) {
    assertThatThrownBy(() -> PrintedTimeFrames.parse(printed))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("cannot read the printed time frame \"" + printed + "\": " + why);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "2022-2021|2022 is after 2021",
      "Q2-Q1 2023|2023-Q2 is after 2023-Q1",
      "30 June 2017 – 30 June 2015|2017-06-30 is after 2015-06-30",
      "From June 2024 to January 2023|2024-06 is after 2023-01",
      "2023-cü ilin II-I rübləri|2023-Q2 is after 2023-Q1",
      "2023-cü ildən 2022-ci ilə qədər|2023 is after 2022"})
  void aRangeThatEndsBeforeItStartsIsAnError(String printed, String why) {
    assertThatThrownBy(() -> PrintedTimeFrames.parse(printed))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("cannot read the printed time frame \"" + printed + "\": time frame starts"
            + " after it ends: " + why);
  }

  @Test
  void aTextLongerThanAnyPrintedTimeFrameIsAnsweredWithTheForms() {
    String dashes = "-".repeat(100_000);
    assertThatThrownBy(() -> PrintedTimeFrames.parse(dashes))
        .isInstanceOf(ValueParseException.class)
        .hasMessageEndingWith(FORMS);
    assertThat(PrintedTimeFrames.parse("2016" + ".".repeat(100_000))).hasToString("2016");
  }

  @Test
  void aPrintedFormWithAValueThatDoesNotExistNamesTheValue() {
    assertThatThrownBy(() -> PrintedTimeFrames.parse("2018-2016"))
        .hasMessage("cannot read the printed time frame \"2018-2016\": time frame starts after it"
            + " ends: 2018 is after 2016");
    assertThatThrownBy(() -> PrintedTimeFrames.parse("Smarch 2012"))
        .hasMessage("cannot read the printed time frame \"Smarch 2012\": \"smarch\" is not a"
            + " month name in English or Azerbaijani");
    assertThatThrownBy(() -> PrintedTimeFrames.parse("By Smarch 2012"))
        .hasMessage("cannot read the printed time frame \"By Smarch 2012\": \"smarch\" is not a"
            + " month name in English or Azerbaijani");
    assertThatThrownBy(() -> PrintedTimeFrames.parse("2016-13"))
        .hasMessage("cannot read the printed time frame \"2016-13\": time frame \"2016-13\" has"
            + " month 13; months are 01 to 12");
    assertThatThrownBy(() -> PrintedTimeFrames.parse("March 0000-April 2012"))
        .hasMessage("cannot read the printed time frame \"March 0000-April 2012\": year must be"
            + " between 1900 and 2999, was 0");
    assertThatThrownBy(() -> PrintedTimeFrames.parse("30 June 1899"))
        .hasMessage("cannot read the printed time frame \"30 June 1899\": year must be between"
            + " 1900 and 2999, was 1899");
  }
}
