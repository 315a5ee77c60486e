package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.testing.generator.Property;
import io.github.ogpkit.testing.generator.Texts;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {

  @Test
  void whiteSpaceIsCollapsedAndTrimmed() {
    assertThat(NameNormalizer.normalize("  Ministry \t of\u00a0\u00a0Justice \n", "en"))
        .isEqualTo("ministry of justice");
  }

  @Test
  void azerbaijaniAndTurkishFoldDottedAndDotlessI() {
    assertThat(NameNormalizer.normalize("ƏDLİYYƏ NAZİRLİYİ", "az"))
        .isEqualTo("ədliyyə nazirliyi");
    assertThat(NameNormalizer.normalize("ISPARTA", "tr")).isEqualTo("ısparta");
    assertThat(NameNormalizer.normalize("İstanbul", "tr-TR")).isEqualTo("istanbul");
    assertThat(NameNormalizer.normalize("Azərişıq", "az-Latn"))
        .isEqualTo(NameNormalizer.normalize("AZƏRİŞIQ", "az"));
  }

  @Test
  void otherLanguagesFoldWithoutTurkicRules() {
    assertThat(NameNormalizer.normalize("ISPARTA", "en")).isEqualTo("isparta");
    assertThat(NameNormalizer.normalize("Straße", "de"))
        .isEqualTo(NameNormalizer.normalize("STRASSE", "de"))
        .isEqualTo(NameNormalizer.normalize("STRA\u1E9EE", "de"))
        .isEqualTo("strasse");
  }

  @Test
  void composedAndDecomposedFormsAreTheSame() {
    assertThat(NameNormalizer.normalize("Cour des comptes \u00e9", "fr"))
        .isEqualTo(NameNormalizer.normalize("Cour des comptes e\u0301", "fr"));
  }

  @Test
  void aTagThatIsNotWellFormedFoldsAsRoot() {
    assertThat(NameNormalizer.normalize("ISPARTA", "not a tag")).isEqualTo("isparta");
  }

  @Test
  void normalizingTwiceChangesNothing() {
    Property.forAll(Texts.utf16(255))
        .examples("", " ", "İ", "ı", "I\u0307", "ß", "ẞ", "Σ", "ΌΣΟΣ", "\ud800", "\udc00x", "ǅ")
        .check(text -> {
          for (String language : new String[] {"en", "az", "tr"}) {
            String once = NameNormalizer.normalize(text, language);
            assertThat(NameNormalizer.normalize(once, language)).isEqualTo(once);
          }
        });
  }
}
