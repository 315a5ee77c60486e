package io.github.ogpkit.io.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.io.ReadResult;

/**
 * Fuzzes the reader with arbitrary bytes. Without {@code JAZZER_FUZZ=1} this runs the committed
 * inputs under {@code ReaderFuzzTestInputs/readerAnswersEveryByteSequence} as regression tests.
 */
class ReaderFuzzTest {

  private static final PlanReader READER = PlanReader.standard();
  private static final PlanWriter WRITER = PlanWriter.canonical();

  @DictionaryEntries({"\"schemaVersion\"", "\"1.0\"", "\"id\"", "\"kind\"", "\"country\"",
      "\"title\"", "\"languages\"", "\"period\"", "\"adoption\"", "\"preamble\"",
      "\"institutions\"", "\"sections\"", "\"number\"", "\"measures\"", "\"indicators\"",
      "\"timeFrame\"", "\"extensions\"", "\"provisions\"", "\"role\"", "\"institution\"",
      "\"baseline\"", "\"target\"", "\"value\"", "\"unit\"", "\"year\"", "\"parent\"",
      "\"collective\"", "\"description\"", "\"instrument\"", "\"date\"", "\"reference\"",
      "\"text\"", "\"en\"", "\"az\"", "\"OGP_ACTION_PLAN\"", "\"MINISTRY\"", "\"EXECUTOR\"",
      "\"2020/2022\"", "\"2020-03/2021\"", "\"1.1\"", "1e999", "-0.0", "\\ud800", "\\u0000",
      "null", "true", "false", "[]", "{}"})
  @FuzzTest
  void readerAnswersEveryByteSequence(byte[] input) {
    ReadResult result = READER.read(input);
    FuzzInvariants.checkResult(result, READER, WRITER);
  }
}
