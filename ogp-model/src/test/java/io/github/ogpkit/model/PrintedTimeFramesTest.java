package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedTimeFramesTest {

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
      "2016/2017-06|2016/2017-06"})
  void readsThePrintedForms(String printed, String expected) {
    assertThat(PrintedTimeFrames.parse(printed)).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "2018-2016", "Smarch 2012", "2016-2018-2020", "", "1800"})
  void namesTheTextItCannotRead(String printed) {
    assertThatThrownBy(() -> PrintedTimeFrames.parse(printed))
        .isInstanceOf(ValueParseException.class)
        .hasMessageContaining("\"" + printed + "\"");
  }

  @Test
  void textOfNoPrintedFormIsAnsweredWithTheFormsItReads() {
    assertThatThrownBy(() -> PrintedTimeFrames.parse("next spring"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("cannot read the printed time frame \"next spring\": expected a year (2016,"
            + " 2016-cı il), years (2016-2018, 2016 – 2018, 2016-2018-ci illər), a month (March"
            + " 2012, mart 2012), months (March-April 2012, March 2012-April 2013), permanently"
            + " (daimi), or the format's own notation (2016/2018, 2012-03)");
  }

  @Test
  void aPrintedFormWithAValueThatDoesNotExistNamesTheValue() {
    assertThatThrownBy(() -> PrintedTimeFrames.parse("2018-2016"))
        .hasMessage("cannot read the printed time frame \"2018-2016\": time frame starts after it"
            + " ends: 2018 is after 2016");
    assertThatThrownBy(() -> PrintedTimeFrames.parse("Smarch 2012"))
        .hasMessage("cannot read the printed time frame \"Smarch 2012\": \"smarch\" is not a"
            + " month name in English or Azerbaijani");
    assertThatThrownBy(() -> PrintedTimeFrames.parse("2016-13"))
        .hasMessage("cannot read the printed time frame \"2016-13\": time frame \"2016-13\" has"
            + " month 13; months are 01 to 12");
  }
}
