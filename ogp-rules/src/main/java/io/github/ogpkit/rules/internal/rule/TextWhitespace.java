package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code text-whitespace}: a text has leading or trailing white space, a line break, or a run of
 * two or more spaces. Reported once per entry ({@code /sections/0/title/az}), naming every kind
 * found.
 */
public final class TextWhitespace implements PlanRule.OnText {
  /** The rule's id. */
  public static final String ID = "text-whitespace";


  @Override
  public String id() {
    return ID;
  }

  @Override
  public void text(Walk w, LocalizedText text, JsonPointer path) {
    text.asMap().forEach((language, value) -> {
      List<String> problems = new ArrayList<>();
      if (isSpace(value.charAt(0))) {
        problems.add(w.messages().text("whitespace.leading"));
      }
      if (isSpace(value.charAt(value.length() - 1))) {
        problems.add(w.messages().text("whitespace.trailing"));
      }
      if (hasLineBreak(value)) {
        problems.add(w.messages().text("whitespace.line-break"));
      }
      if (hasSpaceRun(value)) {
        problems.add(w.messages().text("whitespace.space-run"));
      }
      if (!problems.isEmpty()) {
        w.report(ID, path.append(language), ID, language, String.join(", ", problems));
      }
    });
  }

  // Plain loops rather than regular expressions: this runs on every text of every language of a
  // plan, and matching two patterns there was the largest cost of all the plan rules.

  /** Any of \n, \r, U+0085, U+2028, U+2029. */
  private static boolean hasLineBreak(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** Two or more space separators (general category Zs, all in the BMP) in a row. */
  private static boolean hasSpaceRun(String value) {
    boolean previous = false;
    for (int i = 0; i < value.length(); i++) {
      boolean space = Character.getType(value.charAt(i)) == Character.SPACE_SEPARATOR;
      if (space && previous) {
        return true;
      }
      previous = space;
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
