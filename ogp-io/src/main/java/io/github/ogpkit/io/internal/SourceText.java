package io.github.ogpkit.io.internal;

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

/**
 * Turns input into checked text before any JSON parsing: the length limit, no byte order mark,
 * well-formed UTF-8 (Jackson alone accepts overlong sequences), no unpaired surrogates. Internal.
 *
 * @param text the text, or null when there is a problem
 * @param problem the json-syntax finding, or null
 */
public record SourceText(String text, Finding problem) {

  private static final TextLocation START = TextLocation.of(1, 1);

  /**
   * Checks and decodes UTF-8 bytes.
   *
   * @param bytes the buffer
   * @param length how many bytes of it are the document; may be {@code maxBytes + 1} to say
   *     "longer than the limit"
   * @param maxBytes the document length limit
   * @return the text or the problem
   */
  public static SourceText decode(byte[] bytes, int length, long maxBytes) {
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
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      StringBuilder shown = new StringBuilder();
      for (int i = offset; i < Math.min(length, offset + Math.max(1, result.length())); i++) {
        shown.append(String.format(Locale.ROOT, " 0x%02X", bytes[i] & 0xff));
      }
      out.flip();
      return new SourceText(null, Findings.error(Findings.JSON_SYNTAX, JsonPointer.root(),
          locationAfter(out),
          "invalid UTF-8 at byte offset " + offset + " (bytes" + shown
              + "); the document must be UTF-8 without overlong forms or surrogates"));
    }
    out.flip();
    return new SourceText(out.toString(), null);
  }

  /**
   * Checks text given as characters.
   *
   * @param text the text
   * @param maxBytes the document length limit, compared with the text's length in UTF-8
   * @return the text or the problem
   */
  public static SourceText check(String text, long maxBytes) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        return new SourceText(null, Findings.error(Findings.JSON_SYNTAX, JsonPointer.root(),
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
    return new SourceText(text, null);
  }

  /**
   * The finding for a document longer than the limit.
   *
   * @param maxBytes the limit
   * @return the problem
   */
  public static SourceText tooLong(long maxBytes) {
    return new SourceText(null, Findings.error(Findings.JSON_SYNTAX, JsonPointer.root(), START,
        String.format(Locale.ROOT, "the document is longer than the limit of %,d bytes "
            + "(maxDocumentBytes)", maxBytes)));
  }

  private static SourceText bom(String kind) {
    return new SourceText(null, Findings.error(Findings.JSON_SYNTAX, JsonPointer.root(), START,
        "the document starts with a " + kind + " byte order mark; plans are UTF-8 without one"));
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
