package io.github.ogpkit.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The normalization of names and titles behind {@link io.github.ogpkit.rules.NameNormalizer}, and
 * the hash and comparison by which the duplicate rules find names that normalize alike. Internal.
 *
 * <p>{@link #normalizeFully} is the definition: NFC, white space collapsed, then upper and lower
 * case until stable. Nearly every text of a plan is folded in one pass instead, by a table derived
 * from the definition character by character ({@code OnePass}); any other text takes the
 * definition itself.
 */
@API(status = INTERNAL, since = "0.1")
public final class NameFolding {

  private static final Pattern WHITE_SPACE =
      Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Locale TURKIC = Locale.forLanguageTag("tr");
  private static final int MAX_FOLDING_ROUNDS = 4;

  private NameFolding() {}

  /**
   * Normalizes a text written in a language, as {@link io.github.ogpkit.rules.NameNormalizer}
   * documents.
   *
   * @param text the text, not null
   * @param languageTag the tag of its language, not null
   * @return the normalized text, not null
   */
  public static String normalize(String text, String languageTag) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(languageTag, "languageTag");
    char[] out = new char[text.length()];
    long folded = OnePass.fold(text, isTurkic(languageTag), out);
    return folded >= 0 ? new String(out, 0, OnePass.length(folded))
        : normalizeFully(text, languageTag);
  }

  /**
   * Returns the hash of a text's normalized form, as {@link String#hashCode} would compute it,
   * without making the normalized text when the one-pass folding applies: the duplicate rules hash
   * every title and name of a plan, and compare normalized texts only when hashes are equal.
   *
   * @param text the text, not null
   * @param languageTag the tag of its language, not null
   * @return {@code normalize(text, languageTag).hashCode()}
   */
  public static int hash(String text, String languageTag) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(languageTag, "languageTag");
    long folded = OnePass.fold(text, isTurkic(languageTag), null);
    return folded >= 0 ? OnePass.hash(folded) : normalizeFully(text, languageTag).hashCode();
  }

  /**
   * Tells whether two texts in one language normalize alike.
   *
   * @param a a text, not null
   * @param b another, not null
   * @param languageTag the tag of their language, not null
   * @return true if {@code normalize(a, languageTag).equals(normalize(b, languageTag))}
   */
  public static boolean sameNormalized(String a, String b, String languageTag) {
    return a.equals(b) || normalize(a, languageTag).equals(normalize(b, languageTag));
  }

  /**
   * The full algorithm, for any text: what {@link #normalize} returns, by definition.
   *
   * @param text the text, not null
   * @param languageTag the tag, not null
   * @return the normalized text, not null
   */
  static String normalizeFully(String text, String languageTag) {
    Locale locale = foldingLocale(languageTag);
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    String collapsed = isCollapsed(nfc) ? nfc : WHITE_SPACE.matcher(nfc).replaceAll(" ").strip();
    String folded = collapsed;
    // Upper then lower case approximates Unicode full case folding (ß -> SS -> ss); with a
    // Turkic locale both steps keep dotted and dotless i apart. One round is not always enough
    // (capital ẞ lowers to ß, which only the next round turns into ss), so fold until stable,
    // which makes normalizing a normalized text change nothing.
    for (int round = 0; round < MAX_FOLDING_ROUNDS; round++) {
      String next = Normalizer.normalize(lower(upper(folded, locale), locale),
          Normalizer.Form.NFC);
      if (next.equals(folded)) {
        break;
      }
      folded = next;
    }
    return folded;
  }

  /**
   * Tells, cheaply, that collapsing white space would change nothing: no white space or
   * separator but single spaces between other characters. A superset of the pattern's
   * characters is looked for, so a false answer only means the pattern runs.
   */
  private static boolean isCollapsed(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ' ? previous == ' '
          : c < ' ' || c == '\u0085' || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  // Turkic casing through the root locale. With a Turkic locale the JDK cases every character
  // of the string on a slow path (a table lookup per character), the largest cost of the plan
  // rules; the Turkic rules differ from the root ones only for I, i, İ and ı, and for a
  // combining dot above (U+0307) after I, where the JDK's own path is kept.

  private static String upper(String text, Locale locale) {
    if (locale == TURKIC && text.indexOf('\u0307') < 0) {
      return text.replace('i', '\u0130').toUpperCase(Locale.ROOT);
    }
    return text.toUpperCase(locale);
  }

  private static String lower(String text, Locale locale) {
    if (locale == TURKIC && text.indexOf('\u0307') < 0) {
      return text.replace('\u0130', 'i').replace('I', '\u0131').toLowerCase(Locale.ROOT);
    }
    return text.toLowerCase(locale);
  }

  /** The locale whose case rules fold a text in a language: Turkic for az and tr, else root. */
  static Locale foldingLocale(String languageTag) {
    int end = languageTag.indexOf('-');
    String language = (end < 0 ? languageTag : languageTag.substring(0, end))
        .toLowerCase(Locale.ROOT);
    return language.equals("az") || language.equals("tr") ? TURKIC : Locale.ROOT;
  }

  /**
   * Tells whether a tag's language subtag is {@code az} or {@code tr}, in any case, as
   * {@link #foldingLocale} does, without making two strings for every text: lower-casing maps no
   * character but the ASCII letters to these four letters, and leaves a subtag of any other length
   * longer or shorter than two characters.
   */
  static boolean isTurkic(String languageTag) {
    int end = languageTag.indexOf('-');
    if ((end < 0 ? languageTag.length() : end) != 2) {
      return false;
    }
    char first = Character.toLowerCase(languageTag.charAt(0));
    char second = Character.toLowerCase(languageTag.charAt(1));
    return first == 'a' && second == 'z' || first == 't' && second == 'r';
  }

  /**
   * Normalizes, in one pass over the characters, the text of nearly every plan: characters below
   * U+0300 (Latin and its punctuation) or in General Punctuation (dashes, quotation marks) whose
   * folding is one such character at every step, and plain spaces. Such a text is already NFC:
   * nothing in these ranges decomposes or combines with a neighbour, as the combining marks start
   * at U+0300. The case of each character folds on its own (the context-sensitive and
   * multi-character mappings, such as {@code ß}, {@code ŉ}, {@code ǰ} and root {@code İ}, are left
   * out), and only spaces need collapsing.
   */
  private static final class OnePass {

    private static final char NONE = 0;
    // Not computed yet: U+FFFF is outside the table's ranges, so never a folding.
    private static final char UNKNOWN = '\uffff';
    private static final char LOW_END = '\u0300';
    private static final char PUNCTUATION = '\u2000';
    private static final char PUNCTUATION_END = '\u2070';
    // Filled one character at a time, as texts need them: computing the whole tables took longer
    // than validating a small plan, on every start of the command line. Threads may race to fill
    // an entry; each computes the same value, and a char is written whole.
    private static final char[] ROOT_TABLE = newTable();
    private static final char[] TURKIC_TABLE = newTable();

    private OnePass() {}

    /**
     * Folds a text: the normalized text's length and hash (as {@link String#hashCode} computes
     * it, so that a text the full algorithm normalizes hashes alike), packed as {@code length <<
     * 32 | hash}, or -1 if the text has a character the table leaves out. Writes the normalized
     * text into {@code out} unless it is null: {@link #hash} needs only the hash.
     */
    static long fold(String text, boolean turkic, char @Nullable [] out) {
      char[] table = turkic ? TURKIC_TABLE : ROOT_TABLE;
      int n = text.length();
      int length = 0;
      int hash = 0;
      boolean space = false;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c == ' ') {
          // A run of spaces becomes one, written only before the next character: leading and
          // trailing runs disappear.
          space = length > 0;
          continue;
        }
        int at = index(c);
        char folded = at >= 0 ? table[at] : NONE;
        if (folded == UNKNOWN) {
          folded = fold(c, turkic ? TURKIC : Locale.ROOT);
          table[at] = folded;
        }
        if (folded == NONE) {
          return -1;
        }
        if (space) {
          if (out != null) {
            out[length] = ' ';
          }
          length++;
          hash = 31 * hash + ' ';
          space = false;
        }
        if (out != null) {
          out[length] = folded;
        }
        length++;
        hash = 31 * hash + folded;
      }
      return (long) length << 32 | hash & 0xffffffffL;
    }

    static int length(long folded) {
      return (int) (folded >>> 32);
    }

    static int hash(long folded) {
      return (int) folded;
    }

    private static int index(char c) {
      if (c < LOW_END) {
        return c;
      }
      return c >= PUNCTUATION && c < PUNCTUATION_END ? LOW_END + c - PUNCTUATION : -1;
    }

    private static char[] newTable() {
      char[] table = new char[LOW_END + PUNCTUATION_END - PUNCTUATION];
      Arrays.fill(table, UNKNOWN);
      return table;
    }

    /**
     * Folds one character as {@link #normalizeFully} does, or returns {@link #NONE} if that
     * involves white space, another normal form, or a step whose result is not one character of
     * the table.
     */
    private static char fold(char c, Locale locale) {
      String folded = String.valueOf(c);
      if (!isCollapsed(folded) || !Normalizer.isNormalized(folded, Normalizer.Form.NFC)) {
        return NONE;
      }
      for (int round = 0; round < MAX_FOLDING_ROUNDS; round++) {
        String upper = upper(folded, locale);
        String lower = lower(upper, locale);
        String next = Normalizer.normalize(lower, Normalizer.Form.NFC);
        if (!isInTable(upper) || !isInTable(lower) || !isInTable(next)) {
          return NONE;
        }
        if (next.equals(folded)) {
          break;
        }
        folded = next;
      }
      return folded.charAt(0);
    }

    private static boolean isInTable(String s) {
      return s.length() == 1 && index(s.charAt(0)) >= 0 && s.charAt(0) != ' ';
    }
  }

  /** Tells whether a text takes the one-pass folding; for the tests. */
  static boolean isOnePass(String text, String languageTag) {
    return OnePass.fold(text, isTurkic(languageTag), null) >= 0;
  }
}
