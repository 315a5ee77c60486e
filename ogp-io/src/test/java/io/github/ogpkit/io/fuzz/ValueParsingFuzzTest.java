package io.github.ogpkit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.PrintedTimeFrames;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.ValueParseException;

/**
 * Fuzzes the value parsers of the model: each either returns a value whose text parses back to
 * it, or throws {@link ValueParseException}; any other exception fails. They live here rather
 * than in the model because the model module carries no fuzzing dependency.
 */
class ValueParsingFuzzTest {

  @DictionaryEntries({"permanent", "permanently", "daimi", "mütəmadi", "/", "-", "–", "2016",
      "2999", "1900", "-12", "-01", "-ci il", "-cı illər", "time-limit:", "march", "mart", "aprel",
      "İyun", "this activity shall be implemented ", ".", " ", "\u00a0", "by ", "until ",
      "from ", "since ", " onwards", " to ", "ongoing", "Q4 ", "-Q4", "../", "/..", "30 June ",
      "June 30, ", "dekabr ", "ilin ", " ayı", "ayına", " rübü", "rübləri", "IV", "ildən",
      "ilədək", "-dək", " qədər", " etibarən", "-cü", "fall", "end of"})
  @FuzzTest
  void timeFramesParseOrSayWhyNot(FuzzedDataProvider data) {
    boolean printed = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    TimeFrame frame;
    try {
      frame = printed ? PrintedTimeFrames.parse(text) : TimeFrame.parse(text);
    } catch (ValueParseException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(TimeFrame.parse(frame.toString())).isEqualTo(frame);
    assertThat(PrintedTimeFrames.parse(frame.toString())).isEqualTo(frame);
    // The text form is the shortest one (2016/2016 is 2016), so it need not be the input.
  }

  @DictionaryEntries({".", "0", "1", "2147483647", "2147483648", "9", "1.2.10"})
  @FuzzTest
  void outlineNumbersParseOrSayWhyNot(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    OutlineNumber number;
    try {
      number = OutlineNumber.parse(text);
    } catch (ValueParseException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(number.toString()).isEqualTo(text);
    assertThat(OutlineNumber.parse(number.toString())).isEqualTo(number);
  }
}
