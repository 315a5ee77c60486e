package io.github.ogpkit.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Normalizes names and titles for comparison, as the rules {@code institution-name-duplicate} and
 * {@code measure-title-duplicate} compare them: Unicode NFC, white space collapsed to single
 * spaces and trimmed, and case folded by the text's own language.
 *
 * <pre>{@code
 * NameNormalizer.normalize("  Ədliyyə   NAZİRLİYİ ", "az"); // "ədliyyə nazirliyi"
 * NameNormalizer.normalize("ISPARTA", "tr");              // "ısparta"
 * NameNormalizer.normalize("Ministry  of Justice", "en"); // "ministry of justice"
 * }</pre>
 *
 * <p>Case folding is language-sensitive for Azerbaijani ({@code az}) and Turkish ({@code tr}),
 * where {@code İ} folds to {@code i} and {@code I} to {@code ı}; every other language folds as
 * {@link Locale#ROOT} does, with full folding ({@code ß} and {@code SS} compare equal). Use the
 * result as a key for equality, not for display, and not for sorting: it is no collation.
 */
public final class NameNormalizer {

  private static final Pattern WHITE_SPACE =
      Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Locale TURKIC = Locale.forLanguageTag("tr");
  private static final int MAX_FOLDING_ROUNDS = 4;

  private NameNormalizer() {}

  /**
   * Normalizes a text written in a language.
   *
   * @param text the text, not null
   * @param languageTag the BCP 47 tag of the text's language, such as {@code az} or
   *     {@code az-Cyrl}, not null; a tag that is not well-formed folds as {@link Locale#ROOT}
   * @return the normalized text, not null
   */
  public static String normalize(String text, String languageTag) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(languageTag, "languageTag");
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    String collapsed = isCollapsed(nfc) ? nfc : WHITE_SPACE.matcher(nfc).replaceAll(" ").strip();
    Locale locale = foldingLocale(languageTag);
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

  private static Locale foldingLocale(String languageTag) {
    int end = languageTag.indexOf('-');
    String language = (end < 0 ? languageTag : languageTag.substring(0, end))
        .toLowerCase(Locale.ROOT);
    return language.equals("az") || language.equals("tr") ? TURKIC : Locale.ROOT;
  }
}
