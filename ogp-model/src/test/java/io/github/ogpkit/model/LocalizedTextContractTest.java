package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link LocalizedText} as a value and as a map: its factories check every language and text,
 * equality and hash are those of its map of texts, and its map view answers as a sorted map.
 */
class LocalizedTextContractTest {

  private static final LocalizedText TWO = LocalizedText.of("en", "Justice", "az", "Ədliyyə");

  @Test
  void twoLanguagesAreSortedByTagWhicheverComesFirst() {
    assertThat(TWO.languages()).containsExactly("az", "en");
    assertThat(LocalizedText.of("az", "Ədliyyə", "en", "Justice")).isEqualTo(TWO);
  }

  @Test
  void eachOfTwoLanguagesIsChecked() {
    assertThatThrownBy(() -> LocalizedText.of("en", "Justice", "not a tag", "x"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("language tag \"not a tag\" is not a well-formed BCP 47 tag"
            + " (for example az, en, az-Cyrl)");
    assertThatThrownBy(() -> LocalizedText.of("no tag", "x", "en", "Justice"))
        .isInstanceOf(ValueParseException.class);
    assertThatThrownBy(() -> LocalizedText.of("en", "Justice", "az", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the text for language az is blank");
    assertThatThrownBy(() -> LocalizedText.of("en", "\t", "az", "Ədliyyə"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the text for language en is blank");
    assertThatThrownBy(() -> LocalizedText.of("en", "a", "en", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language en is given twice");
  }

  @Test
  void everyEntryOfAMapIsChecked() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("en", "Justice");
    texts.put("not a tag", "x");
    assertThatThrownBy(() -> LocalizedText.of(texts)).isInstanceOf(ValueParseException.class);
    Map<String, String> withNull = new LinkedHashMap<>();
    withNull.put("en", null);
    assertThatThrownBy(() -> LocalizedText.of(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("the text for language \"en\" is null");
    assertThatThrownBy(() -> LocalizedText.of(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a localized text needs at least one language");
  }

  @Test
  void aMapWithTheSameTagTwiceIsRefused() {
    // Only a map that compares keys by identity can hold two equal tags.
    Map<String, String> texts = new IdentityHashMap<>();
    texts.put(new String("en"), "one");
    texts.put(new String("en"), "two");
    assertThatThrownBy(() -> LocalizedText.of(texts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language en is given twice");
  }

  @Test
  void aMapIsSortedByTag() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("ru", "Юстиция");
    texts.put("en", "Justice");
    texts.put("az", "Ədliyyə");
    assertThat(LocalizedText.of(texts).languages()).containsExactly("az", "en", "ru");
  }

  @Test
  void theMapOfALocalizedTextGivesItBack() {
    assertThat(LocalizedText.of(TWO.asMap())).isSameAs(TWO);
  }

  @Test
  void wellFormedTagsAreThoseOfBcp47() {
    assertThat(LocalizedText.isWellFormedTag("az")).isTrue();
    assertThat(LocalizedText.isWellFormedTag("AZ")).isTrue();
    assertThat(LocalizedText.isWellFormedTag("zZaA")).isTrue();
    assertThat(LocalizedText.isWellFormedTag("abcdefgh")).isTrue();
    assertThat(LocalizedText.isWellFormedTag("az-Cyrl")).isTrue();
    for (String tag : List.of("", "a", "abcdefghi", "a{", "a[", "a`", "a@", "{a", "@a", "a_b",
        "a b")) {
      assertThat(LocalizedText.isWellFormedTag(tag)).as(tag).isFalse();
    }
  }

  @Test
  void hasAndGetAnswerForPresentAndAbsentLanguages() {
    assertThat(TWO.has("az")).isTrue();
    assertThat(TWO.has("fr")).isFalse();
    assertThat(TWO.get("fr")).isEmpty();
    assertThat(TWO.getOrFallback("fr", "de")).isEqualTo("Ədliyyə");
  }

  @Test
  void equalityAndHashAreThoseOfTheMapOfTexts() {
    Map<String, String> same = new TreeMap<>(Map.of("az", "Ədliyyə", "en", "Justice"));
    assertThat(TWO.hashCode()).isEqualTo(same.hashCode());
    assertThat(TWO.asMap()).isEqualTo(same);
    assertThat(TWO.asMap().hashCode()).isEqualTo(same.hashCode());
    assertThat(TWO).isNotEqualTo(LocalizedText.of("en", "Justice", "az", "Ədliyyə 2"));
    assertThat(TWO).isNotEqualTo(LocalizedText.of("en", "Justice", "ru", "Ədliyyə"));
    assertThat(TWO).isNotEqualTo(same);
    assertThat(LocalizedText.of("en", "a").hashCode())
        .isNotEqualTo(LocalizedText.of("en", "b").hashCode());
  }

  @Test
  void toStringShowsTheMap() {
    assertThat(TWO).hasToString("{az=Ədliyyə, en=Justice}");
  }

  @Test
  void theMapViewAnswersAsASortedMap() {
    Map<String, String> view = TWO.asMap();
    assertThat(view).hasSize(2);
    assertThat(view.containsKey("az")).isTrue();
    assertThat(view.containsKey("fr")).isFalse();
    assertThat(view.containsKey(1)).isFalse();
    assertThat(view.get("en")).isEqualTo("Justice");
    assertThat(view.get("fr")).isNull();
    assertThat(view.get(1)).isNull();
    List<String> seen = new ArrayList<>();
    view.forEach((language, text) -> seen.add(language + "=" + text));
    assertThat(seen).containsExactly("az=Ədliyyə", "en=Justice");
    assertThat(view.entrySet()).hasSize(2);
    Iterator<Map.Entry<String, String>> entries = view.entrySet().iterator();
    assertThat(entries.next()).isEqualTo(Map.entry("az", "Ədliyyə"));
    assertThat(entries.next()).isEqualTo(Map.entry("en", "Justice"));
    assertThat(entries.hasNext()).isFalse();
    assertThatThrownBy(entries::next).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> view.put("fr", "Justice"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
