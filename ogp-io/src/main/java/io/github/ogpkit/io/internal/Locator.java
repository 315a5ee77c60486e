package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.report.TextLocation;
import java.util.Arrays;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns the parser's locations in the UTF-8 bytes being read into the lines and columns a person
 * sees: Jackson counts columns in bytes, the format in UTF-16 code units. Internal.
 */
abstract class Locator {

  private static final TextLocation START = TextLocation.of(1, 1);

  Locator() {}

  /**
   * Returns the location a parser location stands for.
   *
   * @param l the parser's location, may be null
   * @return the line and column, not null
   */
  final TextLocation at(TokenStreamLocation l) {
    if (l == null) {
      return START;
    }
    return at(l.getLineNr(), l.getByteOffset(), l.getColumnNr());
  }

  abstract TextLocation at(int line, long byteOffset, int byteColumn);

  /**
   * A locator for a document read from its own UTF-8 bytes: lines as the parser counts them (a
   * line ends at LF, CR LF or CR), columns counted in UTF-16 code units from the line's start.
   *
   * @param bytes the document, checked UTF-8
   * @param length how many bytes of the array are the document
   * @return the locator, not null
   */
  static Locator forText(byte[] bytes, int length) {
    return new TextLocator(bytes, length);
  }

  /**
   * A locator for a copy of a document that was read from another parser: each token of the copy
   * is located where the original parser saw it.
   *
   * @param copyOffsets the byte offset of each token in the copy, ascending
   * @param lines the original line of each token
   * @param columns the original column of each token
   * @param count how many tokens
   * @return the locator, not null
   */
  static Locator forCopy(long[] copyOffsets, int[] lines, int[] columns, int count) {
    return new CopyLocator(copyOffsets, lines, columns, count);
  }

  /**
   * A locator that takes the parser's lines and columns as they are: for a parser of an
   * application's own, over text this module does not see.
   *
   * @return the locator, not null
   */
  static Locator raw() {
    return RAW;
  }

  private static final Locator RAW = new Locator() {
    @Override
    TextLocation at(int line, long byteOffset, int byteColumn) {
      return TextLocation.of(Math.max(1, line), Math.max(1, byteColumn));
    }
  };

  /** Columns in UTF-16 code units, counted from the start of the line. */
  private static final class TextLocator extends Locator {
    private final byte[] bytes;
    private final int length;
    // Findings mostly come in document order: the column of the last location is the start of
    // the next count on the same line, so a long line is not counted again for every finding.
    private int lastLine = -1;
    private int lastOffset;
    private int lastUnits;

    TextLocator(byte[] bytes, int length) {
      this.bytes = bytes;
      this.length = length;
    }

    @Override
    TextLocation at(int line, long byteOffset, int byteColumn) {
      if (byteOffset < 0) {
        return TextLocation.of(Math.max(1, line), Math.max(1, byteColumn));
      }
      int offset = (int) Math.min(byteOffset, length);
      int from;
      int units;
      if (line == lastLine && offset >= lastOffset) {
        from = lastOffset;
        units = lastUnits;
      } else {
        from = offset;
        while (from > 0 && bytes[from - 1] != '\n' && bytes[from - 1] != '\r') {
          from--;
        }
        units = 0;
      }
      int i = from;
      while (i < offset) {
        int b = bytes[i] & 0xff;
        // A lead byte tells the length of its sequence; a four-byte one is a surrogate pair.
        if (b < 0x80) {
          i++;
          units++;
        } else if (b < 0xe0) {
          i += 2;
          units++;
        } else if (b < 0xf0) {
          i += 3;
          units++;
        } else {
          i += 4;
          units += 2;
        }
      }
      lastLine = line;
      lastOffset = offset;
      lastUnits = units;
      return TextLocation.of(Math.max(1, line), units + 1);
    }
  }

  /** Locations of the original text, looked up by the token of the copy. */
  private static final class CopyLocator extends Locator {
    private final long[] offsets;
    private final int[] lines;
    private final int[] columns;
    private final int count;

    CopyLocator(long[] offsets, int[] lines, int[] columns, int count) {
      this.offsets = offsets;
      this.lines = lines;
      this.columns = columns;
      this.count = count;
    }

    @Override
    TextLocation at(int line, long byteOffset, int byteColumn) {
      if (count == 0) {
        return START;
      }
      int i = Arrays.binarySearch(offsets, 0, count, Math.max(0, byteOffset));
      // Not a token's start (a problem noticed inside or after a token): the token before it.
      int token = i >= 0 ? i : Math.max(0, -i - 2);
      return TextLocation.of(Math.max(1, lines[token]), Math.max(1, columns[token]));
    }
  }
}
