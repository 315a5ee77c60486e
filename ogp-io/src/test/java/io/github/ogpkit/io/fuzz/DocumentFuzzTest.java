package io.github.ogpkit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Fuzzes the reader and the validator with mutated fixture documents. The fuzzer's bytes choose
 * a fixture and a few edits: most edits replace the content of one string (a key or a value) so
 * that the document stays JSON and reaches the binder and the rules; others replace, delete or
 * copy raw bytes, or insert a JSON token.
 */
class DocumentFuzzTest {

  private static final PlanReader READER = PlanReader.standard();
  private static final PlanWriter WRITER = PlanWriter.canonical();
  private static final OgpValidator VALIDATOR = OgpValidator.standard();
  private static final List<byte[]> FIXTURES = List.of(
      fixture("az-human-rights-program-2012-2015.json"),
      fixture("az-ogp-nap-2016-2018-as-published.json"),
      fixture("az-ogp-nap-2016-2018.json"));
  private static final List<int[]> STRINGS = FIXTURES.stream().map(DocumentFuzzTest::strings)
      .toList();
  private static final String[] TOKENS = {"null", "true", "false", "0", "-0.0", "1e999",
      "12345678901234567890.5", "[]", "{}", "\"\"", "\"x\"", ",", ":", "[", "{", "]", "}",
      "\"permanent\"", "\"2016/2018\"", "\"1.1\"", "\"EXECUTOR\"", "\"MINISTRY\"", "\"en\"",
      "\"extensions\"", "\"\\ud800\"", "\"\\u0000\""};
  private static final String[] VALUES = {"", " ", "permanent", "2016", "2016/2018",
      "2018/2016", "2012-03/2012-04", "1", "1.1", "1.1.1", "0", "01", "EXECUTOR", "RECOMMENDED",
      "COORDINATOR", "MINISTRY", "CABINET", "OTHER", "en", "az", "ru", "AZ", "ZZ", "moj", "mdt",
      "1.0", "2.0", "OGP_ACTION_PLAN", "NATIONAL_PROGRAM", "2020-02-30", "\\u0130",
      "\\ud83d\\ude00", "\\n", "a\\tb"};

  @FuzzTest
  void documentsAnswerWithFindingsOrAPlan(FuzzedDataProvider data) {
    int which = data.consumeInt(0, FIXTURES.size() - 1);
    byte[] document = mutate(FIXTURES.get(which), STRINGS.get(which), data);

    ReadResult result = READER.read(document);
    FuzzInvariants.checkResult(result, READER, WRITER);
    ValidationReport combined = result.validate(VALIDATOR);
    assertThat(combined.findings()).containsAll(result.findings());
    if (result.plan().isPresent()) {
      Plan plan = result.plan().get();
      Plan again = READER.readPlan(WRITER.write(plan));
      assertThat(VALIDATOR.validate(again)).isEqualTo(VALIDATOR.validate(plan));
    }
  }

  private static byte[] mutate(byte[] original, int[] strings, FuzzedDataProvider data) {
    byte[] doc = original;
    int edits = data.consumeInt(1, 4);
    for (int e = 0; e < edits && data.remainingBytes() > 0; e++) {
      int op = data.consumeInt(0, 9);
      if (op <= 5) {
        // Edits of string contents keep the offsets of the original valid only for the first
        // edit, so later ones work on raw positions.
        int s = data.consumeInt(0, strings.length / 2 - 1);
        int from = strings[2 * s];
        int to = strings[2 * s + 1];
        String content = op <= 2 ? escape(data.consumeString(40))
            : VALUES[data.consumeInt(0, VALUES.length - 1)];
        doc = splice(doc, Math.min(from, doc.length), Math.min(to, doc.length), content);
      } else if (op == 6) {
        int at = data.consumeInt(0, doc.length);
        int to = Math.min(doc.length, at + data.consumeInt(0, 64));
        doc = splice(doc, at, to, data.consumeString(16));
      } else if (op == 7) {
        int at = data.consumeInt(0, doc.length);
        doc = splice(doc, at, at, TOKENS[data.consumeInt(0, TOKENS.length - 1)]);
      } else if (op == 8) {
        int at = data.consumeInt(0, doc.length);
        int to = Math.min(doc.length, at + data.consumeInt(0, 2000));
        doc = splice(doc, at, to, "");
      } else {
        int from = data.consumeInt(0, doc.length);
        int to = Math.min(doc.length, from + data.consumeInt(0, 2000));
        int at = data.consumeInt(0, doc.length);
        doc = splice(doc, at, at, null, Arrays.copyOfRange(doc, from, to));
      }
    }
    return doc;
  }

  private static byte[] splice(byte[] doc, int from, int to, String text) {
    return splice(doc, from, to, text, null);
  }

  private static byte[] splice(byte[] doc, int from, int to, String text, byte[] raw) {
    byte[] insert = raw != null ? raw : text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[doc.length - (to - from) + insert.length];
    System.arraycopy(doc, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(doc, to, out, from + insert.length, doc.length - to);
    return out;
  }

  /** Escapes a string for use between JSON quotes, so that the document stays JSON. */
  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Finds the byte ranges of the contents of every string, as start and end pairs. */
  private static int[] strings(byte[] doc) {
    List<Integer> ranges = new ArrayList<>();
    boolean inside = false;
    int start = 0;
    for (int i = 0; i < doc.length; i++) {
      byte b = doc[i];
      if (inside && b == '\\') {
        i++;
      } else if (b == '"') {
        if (inside) {
          ranges.add(start);
          ranges.add(i);
        } else {
          start = i + 1;
        }
        inside = !inside;
      }
    }
    return ranges.stream().mapToInt(Integer::intValue).toArray();
  }

  private static byte[] fixture(String name) {
    try (InputStream in = DocumentFuzzTest.class.getResourceAsStream(
        "/io/github/ogpkit/io/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
