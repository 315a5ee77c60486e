package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A compact UTF-8 copy of the JSON value an application's parser is on, with where each token
 * was in the application's text. The plan reader reads from bytes; an application's Jackson
 * mapper hands over a parser of its own, over text the module cannot read again, so the module
 * copies the plan's object and reads the copy, locating every finding in the original text.
 * Internal.
 */
final class DocumentCopy {

  private byte[] bytes = new byte[8192];
  private int length;
  private long[] offsets = new long[1024];
  private int[] lines = new int[1024];
  private int[] columns = new int[1024];
  private int tokens;

  private DocumentCopy() {}

  /**
   * Copies the value the parser is on, to its end; the parser is left on its last token.
   * Jackson's exceptions propagate.
   *
   * @param parser the parser, on a value's first token
   * @param maxValues the most values copied
   * @return the copy, or null if the value has more values than the limit (the parser is then on
   *     the first value beyond it)
   */
  static @Nullable DocumentCopy of(JsonParser parser, long maxValues) {
    DocumentCopy copy = new DocumentCopy();
    boolean[] inObject = new boolean[64];
    boolean[] needComma = new boolean[64];
    int depth = 0;
    long values = 0;
    JsonToken t = parser.currentToken();
    while (true) {
      boolean value = t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT
          && t != JsonToken.END_ARRAY;
      if (value && ++values > maxValues) {
        return null;
      }
      if (depth > 0 && (t == JsonToken.PROPERTY_NAME || value && !inObject[depth])) {
        if (needComma[depth]) {
          copy.put((byte) ',');
        }
        needComma[depth] = true;
      }
      copy.mark(parser.currentTokenLocation());
      switch (t) {
        case START_OBJECT, START_ARRAY -> {
          copy.put((byte) (t == JsonToken.START_OBJECT ? '{' : '['));
          depth++;
          if (depth == inObject.length) {
            inObject = Arrays.copyOf(inObject, depth * 2);
            needComma = Arrays.copyOf(needComma, depth * 2);
          }
          inObject[depth] = t == JsonToken.START_OBJECT;
          needComma[depth] = false;
        }
        case END_OBJECT, END_ARRAY -> {
          copy.put((byte) (t == JsonToken.END_OBJECT ? '}' : ']'));
          depth--;
        }
        case PROPERTY_NAME -> {
          copy.putString(parser.currentName());
          copy.put((byte) ':');
        }
        case VALUE_STRING -> copy.putString(parser.getString());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> copy.putAscii(parser.getString());
        case VALUE_TRUE -> copy.putAscii("true");
        case VALUE_FALSE -> copy.putAscii("false");
        case VALUE_NULL -> copy.putAscii("null");
        default -> throw new IllegalStateException("unexpected token " + t);
      }
      if (depth == 0) {
        return copy;
      }
      t = parser.nextToken();
      if (t == null) {
        throw new IllegalStateException("the parser ended inside a value");
      }
    }
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  /** Locates the copy's tokens in the original text. */
  Locator locator() {
    return Locator.forCopy(offsets, lines, columns, tokens);
  }

  private void mark(TokenStreamLocation at) {
    if (tokens == offsets.length) {
      offsets = Arrays.copyOf(offsets, tokens * 2);
      lines = Arrays.copyOf(lines, tokens * 2);
      columns = Arrays.copyOf(columns, tokens * 2);
    }
    offsets[tokens] = length;
    lines[tokens] = at == null ? 1 : at.getLineNr();
    columns[tokens] = at == null ? 1 : at.getColumnNr();
    tokens++;
  }

  private void put(byte b) {
    ensure(1);
    bytes[length++] = b;
  }

  private void putAscii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      bytes[length++] = (byte) s.charAt(i);
    }
  }

  private void putString(String s) {
    // Escaped as the canonical writer escapes: unpaired surrogates too, so the UTF-8 is exact.
    StringBuilder quoted = new StringBuilder(s.length() + 2);
    JsonString.appendJson(s, quoted);
    byte[] utf8 = quoted.toString().getBytes(StandardCharsets.UTF_8);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, bytes, length, utf8.length);
    length += utf8.length;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
