package io.github.ogpkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.rules.EveryCharacter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link NameFolding} folds most texts in one pass; it must give exactly what the full algorithm
 * ({@link NameFolding#normalizeFully}, the definition) gives, for every text, and hash every text
 * as its normalized form hashes.
 * Checked on every BMP character in contexts that would show a dependency on its neighbours, and
 * on random strings made mostly of the characters the one-pass folding accepts. The number of
 * random strings can be raised with {@code -Dogpkit.normalizer.strings=3000000}.
 */
class NameFoldingTest {

  private static final List<String> TAGS = List.of("en", "az", "tr", "AZ-Cyrl", "Tr", "de-DE",
      "x", "az-");
  /** One tag of each folding: which tags fold as which is tested on its own below. */
  private static final List<String> FOLDINGS = List.of("en", "az");
  private static final String[] CONTEXTS = {"%s", "a%s", "%sa", "I%s", "i%s", "\u0130%s",
      "\u0131%s", "%s\u0307", "%s\u0301", "e%s", "%s%s", "\u03a3%s", "%s\u03a3", " %s  x ",
      "Əli %s", "ß%s", "%s\u00a0z"};

  private static final int STRINGS = Integer.getInteger("ogpkit.normalizer.strings", 200_000);

  /** The characters of common text, and spaces, which the one-pass folding handles. */
  private static final String COMMON = commonCharacters();
  /** Characters that send a text to the full algorithm, or are at its edges. */
  private static final String[] SPECIAL = {"\u00df", "\u1e9e", "\u0149", "\u01f0", "\u0130",
      "\u0131", "I", "i", "\u0307", "\u0301", "\u00b5", "\u017f", "\u01c5", "\u00a0", "\t", "\n",
      "\u0085", "\u001c", "\u2028", "\u2029", "\u3000", "\u200b", "\u2002", "\u200a",
      "\u200e", "\u202e", "\u202f", "\u205f", "\u2060", "\u03a3", "\u03c3", "\u0390", "\ufb00",
      "\u212a", "\u2126", "\ud83d\ude00", "\ud800", "\u0250", "\u0345", "e\u0301", "  "};

  private static String commonCharacters() {
    StringBuilder b = new StringBuilder("     ");
    // ASCII, Latin-1 and Latin Extended: the letters of nearly every plan.
    for (char c = '!'; c < '\u0250'; c++) {
      if (c < '\u007f' || c > '\u00a0') {
        b.append(c);
      }
    }
    // General Punctuation: dashes, quotation marks... (its spaces and invisible characters are
    // among the special ones).
    for (char c = '\u2010'; c < '\u205f'; c++) {
      if (c < '\u2028' || c > '\u202f') {
        b.append(c);
      }
    }
    return b.toString();
  }

  @Test
  void everyBmpCharacterInContextNormalizesAsTheFullAlgorithm() {
    List<String> differences = new ArrayList<>();
    EveryCharacter.inContexts(CONTEXTS, text -> {
      for (String tag : FOLDINGS) {
        compare(text, tag, differences);
      }
    });
    assertThat(differences).isEmpty();
  }

  @Test
  void randomTextsNormalizeAsTheFullAlgorithm() {
    SplittableRandom random = new SplittableRandom(20261201);
    List<String> differences = new ArrayList<>();
    int simple = 0;
    for (int i = 0; i < STRINGS; i++) {
      String text = randomText(random);
      String tag = TAGS.get(random.nextInt(TAGS.size()));
      if (compare(text, tag, differences)) {
        simple++;
      }
    }
    assertThat(differences).isEmpty();
    // Most strings must take the one-pass folding, or this test would prove little about it.
    assertThat(simple).isGreaterThan(STRINGS / 2);
  }

  private static String randomText(SplittableRandom random) {
    int length = random.nextInt(40);
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < length; k++) {
      b.append(COMMON.charAt(random.nextInt(COMMON.length())));
    }
    if (random.nextInt(3) == 0) {
      int at = random.nextInt(b.length() + 1);
      b.insert(at, SPECIAL[random.nextInt(SPECIAL.length)]);
    }
    return b.toString();
  }

  /** Compares both ways; returns whether the text took the one-pass folding. */
  private static boolean compare(String text, String tag, List<String> differences) {
    String expected = NameFolding.normalizeFully(text, tag);
    String actual = NameFolding.normalize(text, tag);
    boolean same = expected.equals(actual)
        && NameFolding.hash(text, tag) == expected.hashCode();
    if (!same && differences.size() < 20) {
      differences.add(escape(text) + " [" + tag + "]: expected " + escape(expected) + ", was "
          + escape(actual));
    }
    return NameFolding.isOnePass(text, tag);
  }

  @Test
  void textsAreTheSameAndHashAlikeExactlyWhenTheyNormalizeAlike() {
    // Few pieces, so that many pairs normalize alike, by one pass or by the full algorithm.
    String[] pieces = {"a", "A", "b", " ", "  ", "\u00df", "ss", "SS", "\u1e9e", "\u0130", "i",
        "I", "\u0131", "e\u0301", "\u00e9", "\u00c9", "\u201c", "\u00a0", "\t"};
    SplittableRandom random = new SplittableRandom(11);
    List<String> differences = new ArrayList<>();
    int equal = 0;
    for (int i = 0; i < STRINGS; i++) {
      String tag = FOLDINGS.get(random.nextInt(FOLDINGS.size()));
      String a = pieceString(random, pieces);
      String b = pieceString(random, pieces);
      boolean alike = NameFolding.normalizeFully(a, tag).equals(NameFolding.normalizeFully(b, tag));
      if (NameFolding.sameNormalized(a, b, tag) != alike
          || alike && NameFolding.hash(a, tag) != NameFolding.hash(b, tag)) {
        differences.add(escape(a) + " " + escape(b) + " [" + tag + "]");
      }
      if (alike) {
        equal++;
      }
    }
    assertThat(differences).isEmpty();
    assertThat(equal).isGreaterThan(STRINGS / 50);
  }

  private static String pieceString(SplittableRandom random, String[] pieces) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(1, 4); k > 0; k--) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  @Test
  void theTurkicTestOfATagAgreesWithTheFoldingLocale() {
    List<String> tags = new ArrayList<>(List.of("az", "AZ", "aZ", "tr", "TR", "tR", "az-Cyrl",
        "tr-TR", "azb", "a", "", "-", "az-", "-az", "en", "tra", "t", "x-az", "\u0130z",
        "az\u0130", "\u212az"));
    for (int c = 0; c <= 0xffff; c++) {
      String ch = String.valueOf((char) c);
      for (String form : new String[] {"%sz", "a%s", "%sr", "t%s", "%sz-x", "t%s-", "%s",
          "%s%s", "a%sz", "%s-az"}) {
        tags.add(form.replace("%s", ch));
      }
    }
    List<String> differences = new ArrayList<>();
    for (String tag : tags) {
      if (NameFolding.isTurkic(tag) != (NameFolding.foldingLocale(tag) != Locale.ROOT)) {
        differences.add(escape(tag));
      }
    }
    assertThat(differences).isEmpty();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c)
          : String.format(Locale.ROOT, "\\u%04x", (int) c));
    }
    return b.append('"').toString();
  }
}
