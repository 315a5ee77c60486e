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
    String collapsed = WHITE_SPACE.matcher(nfc).replaceAll(" ").strip();
    Locale locale = foldingLocale(languageTag);
    String folded = collapsed;
    // Upper then lower case approximates Unicode full case folding (ß -> SS -> ss); with a
    // Turkic locale both steps keep dotted and dotless i apart. One round is not always enough
    // (capital ẞ lowers to ß, which only the next round turns into ss), so fold until stable,
    // which makes normalizing a normalized text change nothing.
    for (int round = 0; round < MAX_FOLDING_ROUNDS; round++) {
      String next = Normalizer.normalize(folded.toUpperCase(locale).toLowerCase(locale),
          Normalizer.Form.NFC);
      if (next.equals(folded)) {
        break;
      }
      folded = next;
    }
    return folded;
  }

  private static Locale foldingLocale(String languageTag) {
    int end = languageTag.indexOf('-');
    String language = (end < 0 ? languageTag : languageTag.substring(0, end))
        .toLowerCase(Locale.ROOT);
    return language.equals("az") || language.equals("tr") ? TURKIC : Locale.ROOT;
  }
}
