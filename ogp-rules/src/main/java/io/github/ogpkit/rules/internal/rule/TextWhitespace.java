package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code text-whitespace}: a text has leading or trailing white space, a line break, or a run of
 * two or more spaces. Reported once per entry ({@code /sections/0/title/az}), naming every kind
 * found.
 */
public final class TextWhitespace implements PlanRule {
  /** The rule's id. */
  public static final String ID = "text-whitespace";

  private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\u0085\\u2028\\u2029]");
  private static final Pattern SPACE_RUN = Pattern.compile("\\p{Zs}{2,}");

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
      if (LINE_BREAK.matcher(value).find()) {
        problems.add(w.messages().text("whitespace.line-break"));
      }
      if (SPACE_RUN.matcher(value).find()) {
        problems.add(w.messages().text("whitespace.space-run"));
      }
      if (!problems.isEmpty()) {
        w.report(ID, path.append(language), ID, language, String.join(", ", problems));
      }
    });
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
