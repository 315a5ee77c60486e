package io.github.ogpkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.testing.generator.Generator;
import io.github.ogpkit.testing.generator.Property;
import io.github.ogpkit.testing.generator.Texts;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The fast UTF-8 check accepts exactly what the JDK's strict decoder accepts, which is what the
 * reader promises (and what the decoder then describes when it refuses).
 */
class SourceTextTest {

  private static boolean jdkAccepts(byte[] bytes) {
    // Results instead of exceptions: most inputs of the exhaustive tests are malformed.
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
    return !result.isError() && !decoder.flush(out).isError();
  }

  private static void assertSameVerdict(byte[] bytes) {
    boolean ours = SourceText.isWellFormedUtf8(bytes, bytes.length);
    // The description only for a disagreement: the exhaustive tests check millions of inputs.
    if (ours != jdkAccepts(bytes)) {
      assertThat(ours).as("verdict on %s", java.util.HexFormat.ofDelimiter(" ").formatHex(bytes))
          .isEqualTo(!ours);
    }
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

  @Test
  void charactersAcrossTheEightByteWordsGetTheJdksVerdictAtEveryOffset() {
    // The check skips ASCII eight bytes at a time and carries a character begun in one word into
    // the next: every character length, whole and cut short, at every offset of two words.
    String[] characters = {"\u00e9", "\u0259", "\u20ac", "\ud83d\ude00"};
    for (String character : characters) {
      byte[] encoded = character.getBytes(StandardCharsets.UTF_8);
      for (int cut = 1; cut <= encoded.length; cut++) {
        for (int at = 0; at < 20; at++) {
          for (int tail = 0; tail < 10; tail++) {
            byte[] bytes = new byte[at + cut + tail];
            Arrays.fill(bytes, (byte) 'x');
            System.arraycopy(encoded, 0, bytes, at, cut);
            assertSameVerdict(bytes);
          }
        }
      }
    }
  }

  @Test
  void everyPairOfBytesAtEveryPlaceOfTwoWordsGetsTheJdksVerdict() {
    // Words of ASCII and two-byte characters are checked on the word, not byte by byte: every
    // pair of bytes at every offset of two words, alone among ASCII and after a two-byte
    // character, whole or begun in the word before.
    byte[][] before = {{}, {(byte) 0xc9, (byte) 0x99}, {(byte) 0xc9}};
    for (byte[] prefix : before) {
      for (int at = 0; at < 16; at++) {
        for (int a = 0x80; a < 0x100; a++) {
          for (int b = 0; b < 0x100; b++) {
            byte[] bytes = new byte[17];
            Arrays.fill(bytes, (byte) 'x');
            int from = Math.min(at, 17 - prefix.length - 2);
            System.arraycopy(prefix, 0, bytes, from, prefix.length);
            bytes[from + prefix.length] = (byte) a;
            bytes[from + prefix.length + 1] = (byte) b;
            assertSameVerdict(bytes);
          }
        }
      }
    }
  }

  @Test
  void wordsFullOfTwoByteCharactersInEveryAlignmentGetTheJdksVerdict() {
    // Azerbaijani text: a two-byte character every byte or two, across words, with one byte of
    // them changed to each value in turn.
    byte[] text = "əşçğöü ıİ ölkə əhali Şəki".getBytes(StandardCharsets.UTF_8);
    for (int shift = 0; shift < 8; shift++) {
      byte[] bytes = new byte[shift + text.length];
      Arrays.fill(bytes, (byte) 'x');
      System.arraycopy(text, 0, bytes, shift, text.length);
      assertSameVerdict(bytes);
      for (int at = shift; at < bytes.length; at++) {
        for (int value = 0; value < 0x100; value++) {
          byte[] changed = bytes.clone();
          changed[at] = (byte) value;
          assertSameVerdict(changed);
        }
      }
    }
  }

  @Test
  void mixedTextAndStrayBytesGetTheJdksVerdict() {
    Property.forAll(mostlyUtf8())
        .tries(5000)
        .examples(new byte[0], new byte[] {(byte) 0xc0}, new byte[] {(byte) 0xed, (byte) 0xa0,
            (byte) 0x80}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80})
        .check(SourceTextTest::assertSameVerdict);
  }

  /** UTF-8 text, then stray bytes or a cut-off last character, then UTF-8 text again. */
  private static Generator<byte[]> mostlyUtf8() {
    Generator<byte[]> text = Generator.oneOf(Texts.utf16(40),
        Texts.of("əşçğöüıİ\uD83D\uDE00 abc", 40))
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Generator<byte[]> noise = source -> {
      byte[] bytes = new byte[source.between(0, 4)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) source.nextInt(256);
      }
      return bytes;
    };
    return source -> {
      byte[] a = text.next(source);
      byte[] n = noise.next(source);
      byte[] b = text.next(source);
      int how = source.nextInt(4);
      byte[] mid = how == 0 ? n : new byte[0];
      byte[] out = new byte[a.length + mid.length + b.length];
      System.arraycopy(a, 0, out, 0, a.length);
      System.arraycopy(mid, 0, out, a.length, mid.length);
      System.arraycopy(b, 0, out, a.length + mid.length, b.length);
      if (how == 1 && out.length > 0) {
        out = Arrays.copyOf(out, out.length - 1);
      }
      return out;
    };
  }
}
