package io.github.ogpkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.rules.RuleCatalog;
import io.github.ogpkit.rules.RuleInfo;
import io.github.ogpkit.rules.RuleKind;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static final ResourceBundle EN = Messages.load(Messages.ENGLISH_BUNDLE);
  private static final ResourceBundle AZ = Messages.load(Messages.AZERBAIJANI_BUNDLE);
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

  private static Set<String> keys(ResourceBundle bundle) {
    return new TreeSet<>(Collections.list(bundle.getKeys()));
  }

  @Test
  void bothBundlesHaveTheSameKeys() {
    assertThat(keys(AZ)).containsExactlyElementsOf(keys(EN));
  }

  @Test
  void everyRuleThatRunsOnPlansHasAMessageInBothLanguages() {
    for (RuleInfo rule : RuleCatalog.ofKind(RuleKind.PLAN)) {
      for (ResourceBundle bundle : List.of(EN, AZ)) {
        assertThat(keys(bundle)).as("messages of %s", rule.id())
            .anyMatch(k -> k.equals(rule.id()) || k.startsWith(rule.id() + "."));
      }
    }
    for (String constraint : List.of("NotNull", "NotEmpty", "NotBlank", "MeasuresOrSections",
        "Identifier", "CountryCode", "LanguageTag", "DistinctElements", "NotPermanent",
        "other")) {
      assertThat(EN.containsKey("constraint." + constraint)).as(constraint).isTrue();
      assertThat(AZ.containsKey("constraint." + constraint)).as(constraint).isTrue();
    }
  }

  @Test
  void theAzerbaijaniBundleIsATranslationNotACopy() {
    for (String key : keys(EN)) {
      assertThat(AZ.getString(key)).as(key).isNotEqualTo(EN.getString(key));
    }
    String all = String.join(" ", keys(AZ).stream().map(AZ::getString).toList());
    assertThat(all).contains("ə", "ı", "ş", "ü", "ö", "ç");
  }

  @Test
  void translationsNameTheSameValues() {
    for (String key : keys(EN)) {
      assertThat(arguments(AZ.getString(key))).as(key)
          .isEqualTo(arguments(EN.getString(key)));
    }
  }

  @Test
  void everyMessageIsAValidPatternThatLeavesNoBraces() {
    Object[] values = {"a", "b", "c", "d", "e", "f"};
    for (ResourceBundle bundle : List.of(EN, AZ)) {
      for (String key : keys(bundle)) {
        String formatted = new MessageFormat(bundle.getString(key), Locale.ROOT).format(values);
        assertThat(formatted).as(key).doesNotContain("{", "}");
      }
    }
  }

  @Test
  void theLocaleChoosesTheLanguage() {
    assertThat(Messages.forLocale(Locale.forLanguageTag("az")).locale().getLanguage())
        .isEqualTo("az");
    assertThat(Messages.forLocale(Locale.forLanguageTag("az-Cyrl")).format("indicator-missing",
        "1.2")).isEqualTo("1.2 tədbirinin qiymətləndirmə göstəricisi yoxdur");
    assertThat(Messages.forLocale(Locale.GERMAN).format("indicator-missing", "1.2"))
        .isEqualTo("measure 1.2 has no indicator");
  }

  @Test
  void valuesAreEscapedQuotesIncludedButSentencesKeepTheirOwnQuotes() {
    Messages en = Messages.forLocale(Locale.ENGLISH);
    assertThat(en.format("constraint.other", "reference", "a \"b\" \\ c\n"))
        .isEqualTo("reference is not valid: a \\\"b\\\" \\\\ c\\u000a");
    assertThat(en.format("constraint.other", "reference",
        new Messages.Sentence("must match \"\\S\"\n")))
        .isEqualTo("reference is not valid: must match \"\\S\"\\u000a");
  }

  private static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
