package io.github.ogpkit.testing.generator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Generators of strings: Unicode from every plane, Azerbaijani letters, characters that JSON
 * escapes, and raw UTF-16 with unpaired surrogates.
 *
 * <pre>{@code
 * String title = Texts.text().next(7, Source.FULL_SIZE);   // "x" and up to 12 characters
 * }</pre>
 *
 * <p>Lengths are at full size ({@link Source#FULL_SIZE}) and scale down with the size.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Texts {

  /** The Azerbaijani letters that other alphabets lack, both cases, and the Latin i and I. */
  public static final String AZERBAIJANI = "əğıöüçşİƏĞIÖÜÇŞi";

  /** Characters JSON escapes or that readers get wrong, with letters and digits among them. */
  public static final String ESCAPED = "əƏıİöÖüÜğĞşŞçÇ\"\\/\n\t\u2028\u0001 aZ09";

  /** Characters whose case folding or normalization depends on the language or the context. */
  public static final String FOLDING = "IıİiƏəẞßΣσς\u0307\u0301e\u00e9ÅåǅĲ\u00a0 ";

  private static final int SURROGATES = Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1;

  private Texts() {}

  /**
   * Text of Unicode scalar values from every plane, 0 to 16: assigned or not, noncharacters and
   * private use included, surrogate code points excluded (they are not characters). Most are
   * astral, as most code points are.
   *
   * @param maxCodePoints the most code points at full size
   * @return the generator, not null
   */
  public static Generator<String> anyPlane(int maxCodePoints) {
    return source -> {
      StringBuilder b = new StringBuilder();
      for (int n = source.between(0, source.scale(maxCodePoints)); n > 0; n--) {
        b.appendCodePoint(codePoint(source));
      }
      return b.toString();
    };
  }

  /** Any code point but the surrogates, mapped past them. */
  static int codePoint(Source source) {
    int c = source.between(0, Character.MAX_CODE_POINT - SURROGATES);
    return c >= Character.MIN_SURROGATE ? c + SURROGATES : c;
  }

  /**
   * Text of Azerbaijani letters ({@link #AZERBAIJANI}) and spaces.
   *
   * @param maxLength the most characters at full size
   * @return the generator, not null
   */
  public static Generator<String> azerbaijani(int maxLength) {
    return of(AZERBAIJANI + " ", maxLength);
  }

  /**
   * Text of {@link #ESCAPED} characters, Cyrillic letters and a few CJK ideographs.
   *
   * @param maxLength the most characters at full size
   * @return the generator, not null
   */
  public static Generator<String> escaped(int maxLength) {
    return source -> {
      StringBuilder b = new StringBuilder();
      for (int n = source.between(0, source.scale(maxLength)); n > 0; n--) {
        switch (source.nextInt(4)) {
          case 0, 1 -> b.append(source.pickChar(ESCAPED));
          case 2 -> b.append((char) source.between(0x0400, 0x04ff));
          default -> b.append((char) source.between(0x4e00, 0x4e10));
        }
      }
      return b.toString();
    };
  }

  /**
   * Any UTF-16 code units, unpaired surrogates included: what a Java {@code String} can hold.
   * One string in four is mostly {@link #FOLDING} characters and surrogate pairs.
   *
   * @param maxLength the most code units at full size
   * @return the generator, not null
   */
  public static Generator<String> utf16(int maxLength) {
    return source -> {
      boolean folding = source.chance(25);
      StringBuilder b = new StringBuilder();
      for (int n = source.between(0, source.scale(maxLength)); n > 0; n--) {
        if (folding && source.nextInt(4) != 0) {
          b.append(source.pickChar(FOLDING));
        } else if (folding) {
          b.appendCodePoint(codePoint(source));
        } else {
          b.append((char) source.between(0, Character.MAX_VALUE));
        }
      }
      return b.toString();
    };
  }

  /**
   * Text of the given characters.
   *
   * @param characters the characters to choose from, not empty
   * @param maxLength the most characters at full size
   * @return the generator, not null
   */
  public static Generator<String> of(String characters, int maxLength) {
    if (characters.isEmpty()) {
      throw new IllegalArgumentException("characters must not be empty");
    }
    return source -> {
      StringBuilder b = new StringBuilder();
      for (int n = source.between(0, source.scale(maxLength)); n > 0; n--) {
        b.append(source.pickChar(characters));
      }
      return b.toString();
    };
  }

  /**
   * Text a plan can hold and read back: an {@code x} (so it is never blank), then up to 12
   * characters of one kind ({@link #anyPlane}, {@link #azerbaijani} or {@link #escaped}), and
   * as often as not two astral characters at the end. No unpaired surrogate: the reader refuses
   * them.
   *
   * @return the generator, not null
   */
  public static Generator<String> text() {
    Generator<String> middle = Generator.oneOf(anyPlane(12), azerbaijani(12), escaped(12));
    return source -> "x" + middle.next(source)
        + (source.chance(50) ? "\uD83D\uDE00\uD835\uDC00" : "");
  }
}
