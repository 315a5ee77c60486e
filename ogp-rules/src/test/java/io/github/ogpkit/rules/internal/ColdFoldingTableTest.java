package io.github.ogpkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The one-pass folding's tables are filled lazily, once per JVM, from the definition: filled from
 * empty, every character they cover folds as {@link NameFolding#normalizeFully} folds it, alone
 * and between letters. (The other tests of the folding find the tables already filled by
 * whichever test ran first.)
 */
class ColdFoldingTableTest {

  private static final String[] CONTEXTS = {"%s", "a%s", "%sb", "I%s", "%s\u0307"};

  @Test
  void aTableFilledFromEmptyFoldsAsTheDefinition() throws ReflectiveOperationException {
    clearTables();
    List<String> differences = new ArrayList<>();
    for (char c = 0; c < '\u0300'; c++) {
      compare(c, differences);
    }
    for (char c = '\u2000'; c < '\u2070'; c++) {
      compare(c, differences);
    }
    assertThat(differences).isEmpty();
  }

  private static void compare(char c, List<String> differences) {
    for (String context : CONTEXTS) {
      String text = context.replace("%s", String.valueOf(c));
      for (String tag : List.of("en", "az")) {
        String expected = NameFolding.normalizeFully(text, tag);
        if (!NameFolding.normalize(text, tag).equals(expected)
            || NameFolding.hash(text, tag) != expected.hashCode()) {
          differences.add(String.format(Locale.ROOT, "U+%04X in %s [%s]", (int) c, context, tag));
        }
      }
    }
  }

  /** Marks every entry of both tables as not computed yet, as in a fresh JVM. */
  private static void clearTables() throws ReflectiveOperationException {
    Class<?> onePass = Class.forName(NameFolding.class.getName() + "$OnePass");
    Field unknown = onePass.getDeclaredField("UNKNOWN");
    unknown.setAccessible(true);
    char notComputed = unknown.getChar(null);
    for (String name : List.of("ROOT_TABLE", "TURKIC_TABLE")) {
      Field field = onePass.getDeclaredField(name);
      field.setAccessible(true);
      Arrays.fill((char[]) field.get(null), notComputed);
    }
  }
}
