package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {

  @Test
  void buildsFromPairsAndFromAMap() {
    LocalizedText pairs = LocalizedText.of("en", "Cabinet of Ministers", "az", "Nazirlər Kabineti");
    Map<String, String> map = new LinkedHashMap<>();
    map.put("en", "Cabinet of Ministers");
    map.put("az", "Nazirlər Kabineti");
    assertThat(LocalizedText.of(map)).isEqualTo(pairs).hasSameHashCodeAs(pairs);
  }

  @Test
  void listsLanguagesInAscendingTagOrder() {
    LocalizedText t = LocalizedText.of(Map.of("ru", "р", "en", "e", "az-Cyrl", "ә", "az", "a"));
    assertThat(t.languages()).containsExactly("az", "az-Cyrl", "en", "ru");
    assertThat(t.asMap().keySet()).containsExactly("az", "az-Cyrl", "en", "ru");
  }

  @Test
  void looksUpWithFallback() {
    LocalizedText t = LocalizedText.of("az", "Nazirlər Kabineti", "en", "Cabinet of Ministers");
    assertThat(t.get("en")).contains("Cabinet of Ministers");
    assertThat(t.get("ru")).isEmpty();
    assertThat(t.getOrFallback("ru", "en")).isEqualTo("Cabinet of Ministers");
    assertThat(t.getOrFallback("ru", "fr")).isEqualTo("Nazirlər Kabineti");
    assertThat(t.has("az")).isTrue();
  }

  @Test
  void keepsTextExactly() {
    String text = "  Nazirlər\u00a0Kabineti \n";
    assertThat(LocalizedText.of("az", text).get("az")).contains(text);
    String decomposed = "I\u0307";
    assertThat(LocalizedText.of("az", decomposed).get("az")).contains(decomposed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
  void rejectsBlankText(String blank) {
    assertThatThrownBy(() -> LocalizedText.of("az", blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the text for language az is blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "e n", "en_US", "x", "english-language-tag", "1a"})
  void rejectsTagsThatAreNotBcp47(String tag) {
    assertThatThrownBy(() -> LocalizedText.of(tag, "text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a well-formed BCP 47 tag");
  }

  @ParameterizedTest
  @ValueSource(strings = {"az", "en", "az-Cyrl", "ru", "en-GB", "zh-Hant-TW", "EN"})
  void acceptsWellFormedTags(String tag) {
    assertThat(LocalizedText.of(tag, "text").languages()).containsExactly(tag);
  }

  @Test
  void rejectsEmptyMapsAndRepeatedLanguages() {
    assertThatThrownBy(() -> LocalizedText.of(Map.of()))
        .hasMessage("a localized text needs at least one language");
    assertThatThrownBy(() -> LocalizedText.of("en", "a", "en", "b"))
        .hasMessage("language en is given twice");
  }

  @Test
  void copiesTheMapItIsGiven() {
    Map<String, String> map = new HashMap<>(Map.of("en", "Parliament"));
    LocalizedText t = LocalizedText.of(map);
    map.put("az", "Milli Məclis");
    assertThat(t.languages()).containsExactly("en");
    assertThatThrownBy(() -> t.asMap().put("az", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withReturnsACopyOrTheSameInstance() {
    LocalizedText t = LocalizedText.of("en", "Parliament");
    assertThat(t.with("en", "Parliament")).isSameAs(t);
    LocalizedText both = t.with("az", "Milli Məclis");
    assertThat(both.languages()).containsExactly("az", "en");
    assertThat(t.languages()).containsExactly("en");
  }

  @Test
  void tagsEqualIgnoringCaseAreOneLanguageAndCannotBothBeGiven() {
    assertThatThrownBy(() -> LocalizedText.of("en", "a", "EN", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("languages en and EN are the same language: language tags compare without"
            + " case (BCP 47)");
    Map<String, String> map = new HashMap<>();
    map.put("EN", "a");
    map.put("az", "b");
    map.put("en", "c");
    assertThatThrownBy(() -> LocalizedText.of(map))
        .hasMessage("languages EN and en are the same language: language tags compare without"
            + " case (BCP 47)");
  }

  @Test
  void lookupsIgnoreTheCaseOfTheTag() {
    LocalizedText t = LocalizedText.of("EN", "Parliament", "az-Cyrl", "Милли Мәҹлис");
    assertThat(t.get("en")).contains("Parliament");
    assertThat(t.has("en")).isTrue();
    assertThat(t.has("AZ-cyrl")).isTrue();
    assertThat(t.getOrFallback("ru", "en")).isEqualTo("Parliament");
    assertThat(t.has("az")).isFalse();
  }

  @Test
  void tagsAreKeptAsGivenAndEqualityComparesThemAsWritten() {
    LocalizedText upper = LocalizedText.of("EN", "Parliament");
    assertThat(upper.languages()).containsExactly("EN");
    assertThat(upper).isNotEqualTo(LocalizedText.of("en", "Parliament"));
    // The map view is a plain map of the tags as written.
    assertThat(upper.asMap()).containsOnlyKeys("EN").isEqualTo(Map.of("EN", "Parliament"))
        .isNotEqualTo(Map.of("en", "Parliament"));
    assertThat(upper.asMap().get("en")).isNull();
  }

  @Test
  void withReplacesALanguageGivenInAnotherCaseByTheTagAsGiven() {
    LocalizedText t = LocalizedText.of("EN", "Parliament", "az", "Milli Məclis");
    LocalizedText replaced = t.with("en", "National Assembly");
    assertThat(replaced.asMap()).containsExactly(Map.entry("az", "Milli Məclis"),
        Map.entry("en", "National Assembly"));
    assertThat(t.with("en", "Parliament").languages()).containsExactly("az", "en");
    assertThat(t.with("EN", "Parliament")).isSameAs(t);
  }
}
