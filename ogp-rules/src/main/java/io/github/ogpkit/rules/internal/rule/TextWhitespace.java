package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code text-whitespace}: a text has leading or trailing white space, a line break, or a run of
 * two or more spaces. Reported once per entry ({@code /sections/0/title/az}), naming every kind
 * found. Every localized text is checked, a link's title included, and the {@code code} of
 * sections and measures (RULES-1.1), at {@code .../code}.
 */
@API(status = INTERNAL, since = "0.1")
public final class TextWhitespace implements PlanRule.OnText, PlanRule.OnSection,
    PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "text-whitespace";

  static final int LEADING = 1;
  static final int TRAILING = 2;
  static final int LINE_BREAK = 4;
  static final int SPACE_RUN = 8;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void text(Walk w, LocalizedText text) {
    text.asMap().forEach((language, value) -> {
      int found = problems(value);
      if (found != 0) {
        w.report(ID, w.textPath().append(language), ID, language, names(w, found));
      }
    });
  }

  @Override
  public void section(Walk w, Section section, JsonPointer path) {
    code(w, section.code(), path);
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    code(w, measure.code(), path);
  }

  private static void code(Walk w, Optional<String> code, JsonPointer path) {
    // An empty code is invalid-value's to report.
    if (code.isPresent() && !code.get().isEmpty()) {
      int found = problems(code.get());
      if (found != 0) {
        w.report(ID, path.append("code"), ID + ".code", code.get(), names(w, found));
      }
    }
  }

  /** The problems found, named in the messages' language. */
  private static String names(Walk w, int found) {
    List<String> problems = new ArrayList<>();
    if ((found & LEADING) != 0) {
      problems.add(w.messages().text("whitespace.leading"));
    }
    if ((found & TRAILING) != 0) {
      problems.add(w.messages().text("whitespace.trailing"));
    }
    if ((found & LINE_BREAK) != 0) {
      problems.add(w.messages().text("whitespace.line-break"));
    }
    if ((found & SPACE_RUN) != 0) {
      problems.add(w.messages().text("whitespace.space-run"));
    }
    return String.join(", ", problems);
  }

  /**
   * Finds the problems of one text, as bits: leading or trailing white space (Java white space or
   * a Unicode space character), a line break (\n, \r, U+0085, U+2028, U+2029), a run of two or
   * more space separators (general category Zs, all in the BMP).
   */
  static int problems(String value) {
    int found = 0;
    if (isSpace(value.charAt(0))) {
      found |= LEADING;
    }
    if (isSpace(value.charAt(value.length() - 1))) {
      found |= TRAILING;
    }
    // One plain loop over the characters: this runs on every text of every language of a plan.
    boolean previousSpace = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isOrdinary(c)) {
        previousSpace = false;
        continue;
      }
      if (c == ' ') {
        // The most common of the others: a space separator, no line break.
        if (previousSpace) {
          found |= SPACE_RUN;
        }
        previousSpace = true;
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        found |= LINE_BREAK;
      }
      boolean space = Character.getType(c) == Character.SPACE_SEPARATOR;
      if (space && previousSpace) {
        found |= SPACE_RUN;
      }
      previousSpace = space;
    }
    return found;
  }

  /**
   * Tells cheaply that a character is neither a space separator, nor a line break, nor white
   * space: true for the printable ASCII characters but the space, and for the letters and signs
   * from U+00A1 up to U+167F (Latin, Greek, Cyrillic, Armenian, Arabic...), where the only space
   * separators are U+0020 and U+00A0 and there is no white space.
   */
  static boolean isOrdinary(char c) {
    return c > ' ' && c < '\u007f' || c > '\u00a0' && c < '\u1680';
  }

  private static boolean isSpace(char c) {
    // Nearly every text starts and ends with an ordinary character, which is no white space.
    return !isOrdinary(c) && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }
}
