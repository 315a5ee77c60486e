package io.github.ogpkit.io.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.TextLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Input checked before any JSON parsing: the length limit, no byte order mark, well-formed UTF-8
 * (Jackson alone accepts overlong sequences and encoded surrogates), no unpaired surrogates in
 * text input. The parser then reads the bytes themselves; they are not decoded to a string first.
 * Internal.
 *
 * @param bytes the UTF-8 document (the first {@code length} bytes), or null when there is a problem
 * @param length how many bytes of the array are the document
 * @param problem the json-syntax finding, or null
 */
@API(status = INTERNAL, since = "0.1")
public record SourceText(byte @Nullable [] bytes, int length, @Nullable Finding problem) {

  private static final TextLocation START = TextLocation.of(1, 1);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * Checks UTF-8 bytes.
   *
   * @param bytes the buffer; it is held, not copied
   * @param length how many bytes of it are the document; may be {@code maxBytes + 1} to say
   *     "longer than the limit"
   * @param maxBytes the document length limit
   * @return the checked bytes or the problem
   */
  public static SourceText of(byte[] bytes, int length, long maxBytes) {
    if (length > maxBytes) {
      return tooLong(maxBytes);
    }
    if (length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return bom("UTF-8");
    }
    if (length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
        || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
      return bom("UTF-16");
    }
    if (!isWellFormedUtf8(bytes, length)) {
      Finding problem = decodingProblem(bytes, length);
      if (problem != null) {
        return new SourceText(null, 0, problem);
      }
    }
    return checked(bytes, length);
  }

  /**
   * The checked text, unless a NUL byte is among its first four: Jackson would take such a text
   * for UTF-16 or UTF-32 and report what it then makes of it. A NUL is never valid JSON text
   * (inside a string it must be escaped), so it is reported here, where it is.
   */
  private static SourceText checked(byte[] bytes, int length) {
    for (int i = 0; i < Math.min(4, length); i++) {
      if (bytes[i] == 0) {
        return new SourceText(null, 0, Findings.error(Findings.JSON_SYNTAX, JsonPointer.root(),
            locationAfter(new String(bytes, 0, i, StandardCharsets.UTF_8)),
            "a NUL character (U+0000) where JSON text was expected; a plan is UTF-8 text, and "
                + "NUL bytes at its start suggest UTF-16 or UTF-32"));
      }
    }
    return new SourceText(bytes, length, null);
  }

  /**
   * Checks text given as characters and encodes it as UTF-8.
   *
   * @param text the text
   * @param maxBytes the document length limit, compared with the text's length in UTF-8
   * @return the checked bytes or the problem
   */
  public static SourceText of(String text, long maxBytes) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        return new SourceText(null, 0, Findings.error(Findings.JSON_SYNTAX, JsonPointer.root(),
            locationAfter(text.subSequence(0, i)),
            String.format(Locale.ROOT, "unpaired surrogate U+%04X at character %d; the text "
                + "cannot be encoded as UTF-8", (int) c, i)));
      } else {
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      }
    }
    if (bytes > maxBytes) {
      return tooLong(maxBytes);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      return bom("UTF-8");
    }
    // Without unpaired surrogates the encoding is exact: nothing is replaced.
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return checked(utf8, utf8.length);
  }

  /**
   * The finding for a document longer than the limit.
   *
   * @param maxBytes the limit
   * @return the problem
   */
  public static SourceText tooLong(long maxBytes) {
    return new SourceText(null, 0, Findings.error(Findings.JSON_SYNTAX, JsonPointer.root(), START,
        String.format(Locale.ROOT, "the document is longer than the limit of %,d bytes "
            + "(maxDocumentBytes)", maxBytes)));
  }

  private static SourceText bom(String kind) {
    return new SourceText(null, 0, Findings.error(Findings.JSON_SYNTAX, JsonPointer.root(), START,
        "the document starts with a " + kind + " byte order mark; plans are UTF-8 without one"));
  }

  // The states of the UTF-8 check's automaton, each the shift of its row in TRANSITIONS.
  private static final int ACCEPT = 0;
  private static final int REJECT = 6;
  private static final int ONE_MORE = 12;
  private static final int TWO_MORE = 18;
  private static final int TWO_MORE_AFTER_E0 = 24;
  private static final int TWO_MORE_AFTER_ED = 30;
  private static final int THREE_MORE = 36;
  private static final int THREE_MORE_AFTER_F0 = 42;
  private static final int THREE_MORE_AFTER_F4 = 48;

  /**
   * Per byte value, the state after it from each state: the next state of state {@code s} is
   * {@code (TRANSITIONS[b] >>> s) & 63}, the low six bits of the shifted row. One table lookup
   * and one shift per byte, without a branch: text in a language written with non-ASCII letters
   * has one every few bytes, and the branches of a decoder mispredicted at each (the check took
   * twice as long on the Azerbaijani fixture). Made from Unicode's table 3-7 of well-formed byte
   * sequences in {@link #transition}.
   */
  private static final long[] TRANSITIONS = new long[256];

  static {
    int[] states = {ACCEPT, REJECT, ONE_MORE, TWO_MORE, TWO_MORE_AFTER_E0, TWO_MORE_AFTER_ED,
        THREE_MORE, THREE_MORE_AFTER_F0, THREE_MORE_AFTER_F4};
    for (int b = 0; b < 256; b++) {
      long row = 0;
      for (int state : states) {
        row |= (long) transition(state, b) << state;
      }
      TRANSITIONS[b] = row;
    }
  }

  /** The state after a byte, as Unicode's table 3-7 says which sequences are well-formed. */
  private static int transition(int state, int b) {
    boolean continuation = b >= 0x80 && b <= 0xbf;
    return switch (state) {
      case ACCEPT -> b < 0x80 ? ACCEPT
          : b >= 0xc2 && b <= 0xdf ? ONE_MORE
          : b == 0xe0 ? TWO_MORE_AFTER_E0
          : b == 0xed ? TWO_MORE_AFTER_ED
          : b >= 0xe1 && b <= 0xef ? TWO_MORE
          : b == 0xf0 ? THREE_MORE_AFTER_F0
          : b >= 0xf1 && b <= 0xf3 ? THREE_MORE
          : b == 0xf4 ? THREE_MORE_AFTER_F4
          : REJECT;
      case ONE_MORE -> continuation ? ACCEPT : REJECT;
      case TWO_MORE -> continuation ? ONE_MORE : REJECT;
      // No overlong three-byte form, no encoded surrogate.
      case TWO_MORE_AFTER_E0 -> b >= 0xa0 && b <= 0xbf ? ONE_MORE : REJECT;
      case TWO_MORE_AFTER_ED -> b >= 0x80 && b <= 0x9f ? ONE_MORE : REJECT;
      case THREE_MORE -> continuation ? TWO_MORE : REJECT;
      // No overlong four-byte form, nothing above U+10FFFF.
      case THREE_MORE_AFTER_F0 -> b >= 0x90 && b <= 0xbf ? TWO_MORE : REJECT;
      case THREE_MORE_AFTER_F4 -> b >= 0x80 && b <= 0x8f ? TWO_MORE : REJECT;
      default -> REJECT;
    };
  }

  /**
   * Tells whether bytes are well-formed UTF-8 as Unicode defines it (table 3-7): no overlong
   * forms, no encoded surrogates, nothing above U+10FFFF, no stray or missing continuation bytes.
   * The JDK's decoder accepts exactly these; this check skips eight ASCII bytes at a time, since
   * plans are mostly ASCII, checks words of ASCII and two-byte characters with a few operations
   * on the word ({@link #isAsciiAndTwoByteCharacters}), runs the other bytes through an automaton
   * without branches ({@link #TRANSITIONS}), and leaves the decoder to describe a problem when
   * there is one.
   *
   * @param bytes the buffer
   * @param length how many bytes to check
   * @return true if well-formed
   */
  static boolean isWellFormedUtf8(byte[] bytes, int length) {
    // Eight bytes at a time through a buffer view: as fast as a VarHandle once compiled, without
    // the method-handle classes a VarHandle spins up in every short run of the command line.
    ByteBuffer words = ByteBuffer.wrap(bytes, 0, length);
    long[] next = TRANSITIONS;
    // The state is the low six bits; the bits above are left over from the row it was shifted
    // out of. A long's shift uses only the low six bits of its distance, so the next byte's
    // lookup shifts by the state without masking it first: one operation per byte on the chain
    // of dependent ones instead of two.
    long state = ACCEPT;
    int i = 0;
    int lastWord = length - 8;
    while (i <= lastWord) {
      if ((state & 63) == ACCEPT) {
        while (i <= lastWord && (words.getLong(i) & HIGH_BITS) == 0) {
          i += 8;
        }
        if (i > lastWord) {
          break;
        }
      }
      // A word with a non-ASCII byte, or one that goes on with a character begun before it.
      if (isAsciiAndTwoByteCharacters(words.getLong(i), state & 63)) {
        // The last byte may begin a character that the next word ends.
        state = (bytes[i + 7] & 0xe0) == 0xc0 ? ONE_MORE : ACCEPT;
        i += 8;
        continue;
      }
      state = next[bytes[i] & 0xff] >>> state;
      state = next[bytes[i + 1] & 0xff] >>> state;
      state = next[bytes[i + 2] & 0xff] >>> state;
      state = next[bytes[i + 3] & 0xff] >>> state;
      state = next[bytes[i + 4] & 0xff] >>> state;
      state = next[bytes[i + 5] & 0xff] >>> state;
      state = next[bytes[i + 6] & 0xff] >>> state;
      state = next[bytes[i + 7] & 0xff] >>> state;
      if ((state & 63) == REJECT) {
        return false;
      }
      i += 8;
    }
    for (; i < length; i++) {
      state = next[bytes[i] & 0xff] >>> state;
    }
    return (state & 63) == ACCEPT;
  }

  /**
   * Tells, without a branch or a table, whether a word of eight bytes is well-formed after a
   * state when it holds only ASCII and two-byte characters (U+0080 to U+07FF: the letters of
   * Azerbaijani, of every Latin, Cyrillic, Greek, Arabic or Hebrew script), as text in such
   * languages mostly does; false sends the word through the automaton, which has the last word.
   * Byte {@code k} of the word is bits {@code 63 - 8k} down to {@code 56 - 8k} (big-endian), and
   * each byte's verdict is its top bit. The word is such text when every lead byte is C2 to DF
   * and is followed by a continuation byte, in the word or (the last byte) in the next word, and
   * every continuation byte follows a lead byte, in the word or (the first byte) in the one
   * before, which the state says.
   *
   * @param word the bytes, big-endian
   * @param state the automaton's state before them, masked
   * @return true if the word is well-formed text of such characters after that state; false if
   *     it is not, or holds a longer character, or the state is another
   */
  private static boolean isAsciiAndTwoByteCharacters(long word, long state) {
    long high = word & HIGH_BITS;
    long bitSix = word << 1 & HIGH_BITS;
    long bitFive = word << 2 & HIGH_BITS;
    // 110xxxxx, 10xxxxxx and 111xxxxx (the leads of longer characters), each at its top bit.
    long lead = high & bitSix & ~bitFive;
    long continuation = high & ~bitSix;
    long longerLead = high & bitSix & bitFive;
    // C0 and C1 would be overlong: a two-byte lead needs one of its bits 1 to 4 set. No carry
    // crosses a byte: 1E + 7F is 9D.
    long notOverlong = ((word & 0x1e1e1e1e1e1e1e1eL) + 0x7f7f7f7f7f7f7f7fL) & HIGH_BITS;
    long continued = state == ONE_MORE ? Long.MIN_VALUE : 0;
    return (state == ACCEPT || state == ONE_MORE) && (longerLead | lead & ~notOverlong) == 0
        && (lead >>> 8 | continued) == continuation;
  }

  /** Describes the first malformed sequence as the JDK's decoder finds it; null if none. */
  private static @Nullable Finding decodingProblem(byte[] bytes, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (!result.isError()) {
      return null;
    }
    int offset = in.position();
    StringBuilder shown = new StringBuilder();
    for (int i = offset; i < Math.min(length, offset + Math.max(1, result.length())); i++) {
      shown.append(String.format(Locale.ROOT, " 0x%02X", bytes[i] & 0xff));
    }
    out.flip();
    return Findings.error(Findings.JSON_SYNTAX, JsonPointer.root(), locationAfter(out),
        "invalid UTF-8 at byte offset " + offset + " (bytes" + shown
            + "); the document must be UTF-8 without overlong forms or surrogates");
  }

  /** The location just after some text: lines end at LF, CR LF or CR. */
  static TextLocation locationAfter(CharSequence text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return TextLocation.of(line, column);
  }
}
