package io.github.ogpkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast UTF-8 check accepts exactly what the JDK's strict decoder accepts, which is what the
 * reader promises (and what the decoder then describes when it refuses).
 */
class SourceTextTest {

  private static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static void assertSameVerdict(byte[] bytes) {
    assertThat(SourceText.isWellFormedUtf8(bytes, bytes.length))
        .as("verdict on %s", java.util.HexFormat.ofDelimiter(" ").formatHex(bytes))
        .isEqualTo(jdkAccepts(bytes));
  }

  @Test
  void everySequenceOfOneAndTwoBytesGetsTheJdksVerdict() {
    for (int a = 0; a < 256; a++) {
      assertSameVerdict(new byte[] {(byte) a});
      for (int b = 0; b < 256; b++) {
        assertSameVerdict(new byte[] {(byte) a, (byte) b});
      }
    }
  }

  @Test
  void everyLeadByteWithEveryBoundaryOfItsContinuationsGetsTheJdksVerdict() {
    int[] edges = {0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff};
    for (int lead = 0xc0; lead < 0x100; lead++) {
      for (int b : edges) {
        for (int c : edges) {
          assertSameVerdict(new byte[] {(byte) lead, (byte) b, (byte) c});
          for (int d : edges) {
            assertSameVerdict(new byte[] {(byte) lead, (byte) b, (byte) c, (byte) d});
          }
        }
      }
    }
  }

  @Test
  void aProblemAfterLongAsciiRunsIsFoundWhereverItIs() {
    for (int at = 0; at < 40; at++) {
      byte[] bytes = "x".repeat(40).getBytes(StandardCharsets.US_ASCII);
      bytes[at] = (byte) 0xc0;
      assertSameVerdict(bytes);
      bytes[at] = (byte) 0xe2;
      assertSameVerdict(bytes);
    }
  }

  @Property(tries = 5000)
  void mixedTextAndStrayBytesGetTheJdksVerdict(@ForAll("mostlyUtf8") byte[] bytes) {
    assertSameVerdict(bytes);
  }

  @Provide
  Arbitrary<byte[]> mostlyUtf8() {
    Arbitrary<byte[]> text = Arbitraries.strings().withCharRange('\u0000', '\uffff')
        .withChars("əşçğöüıİ\uD83D\uDE00 abc").ofMaxLength(40)
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(4);
    return net.jqwik.api.Combinators.combine(text, noise, text, Arbitraries.integers()
        .between(0, 3)).as((a, n, b, how) -> {
          byte[] mid = how == 0 ? n : new byte[0];
          byte[] out = new byte[a.length + mid.length + b.length];
          System.arraycopy(a, 0, out, 0, a.length);
          System.arraycopy(mid, 0, out, a.length, mid.length);
          System.arraycopy(b, 0, out, a.length + mid.length, b.length);
          if (how == 1 && out.length > 0) {
            out = java.util.Arrays.copyOf(out, out.length - 1);
          }
          return out;
        });
  }
}
