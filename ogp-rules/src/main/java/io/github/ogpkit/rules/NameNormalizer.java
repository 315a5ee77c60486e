package io.github.ogpkit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.rules.internal.NameFolding;
import java.util.Locale;
import org.apiguardian.api.API;

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
@API(status = STABLE, since = "0.1")
public final class NameNormalizer {

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
    return NameFolding.normalize(text, languageTag);
  }
}
