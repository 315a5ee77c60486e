package io.github.ogpkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Messages parse each pattern once; a message must be exactly what a {@link MessageFormat} made
 * for each finding, as before, gives: for every message of both bundles, and for patterns with
 * quotes, repeated and missing values, format types and numbers.
 */
class MessageTemplateTest {

  private static final List<Object[]> VALUES = List.of(
      new Object[] {},
      new Object[] {"a"},
      new Object[] {"1.2", "en", "3.4", "/sections/0/measures/1", "x"},
      new Object[] {"it's", "{0}", "'{1}'", "''", "\\u0000", "ə ş ı İ", "\u00a0"},
      new Object[] {"a", "b", "c", "d", "e", "f", "g", "h"},
      new Object[] {1234567, 2.5, "x", -1L, "y"},
      new Object[] {"one", 2});

  @Test
  void everyMessageOfBothBundlesFormatsAsMessageFormatDoes() {
    for (String resource : List.of(Messages.ENGLISH_BUNDLE, Messages.AZERBAIJANI_BUNDLE)) {
      ResourceBundle bundle = Messages.load(resource);
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("az"))) {
        compare(bundle, locale);
      }
    }
  }

  @Test
  void quotesBracesFormatTypesAndNumbersFormatAsMessageFormatDoes() {
    ResourceBundle tricky = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {
            {"quote", "it''s {0}"}, {"quoted", "'{0}' is {1}"}, {"open", "a '' b '{' {0} '}'"},
            {"order", "{1}{0}{1}"}, {"none", "no values"}, {"empty", ""},
            {"number", "{0,number} and {1}"}, {"choice", "{0,choice,0#none|1#one} {1}"},
            {"marker", "x\uE000y {0}"}, {"high", "{7} of {0}"}, {"edge", "{0}"},
            {"unterminated", "it's {0}"}};
      }
    };
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("az"), Locale.GERMAN)) {
      compare(tricky, locale);
    }
  }

  private static void compare(ResourceBundle bundle, Locale locale) {
    Messages messages = Messages.of(locale, bundle);
    List<String> differences = new ArrayList<>();
    for (String key : Collections.list(bundle.getKeys())) {
      for (Object[] values : VALUES) {
        // Twice: the first call parses the pattern, the second uses what it kept.
        for (int round = 0; round < 2; round++) {
          String expected = outcome(() -> former(bundle.getString(key), locale, values));
          String actual = outcome(() -> messages.format(key, values));
          if (!actual.equals(expected)) {
            differences.add(key + " " + List.of(values) + ": " + actual + " / " + expected);
          }
        }
      }
    }
    assertThat(differences).isEmpty();
  }

  /** The message, or the exception a value the pattern cannot format causes. */
  private static String outcome(Supplier<String> format) {
    try {
      return format.get();
    } catch (IllegalArgumentException e) {
      return e.toString();
    }
  }

  /** Messages.format before the templates: escaped values through a new MessageFormat. */
  private static String former(String pattern, Locale locale, Object[] values) {
    Object[] safe = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      safe[i] = values[i] instanceof Number ? values[i]
          : Messages.excerpt(String.valueOf(values[i]));
    }
    return new MessageFormat(pattern, locale).format(safe);
  }
}
