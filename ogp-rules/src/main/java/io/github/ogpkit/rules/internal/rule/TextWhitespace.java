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

  // What each character is, as bits: a space separator (general category Zs), a line break, white
  // space (Java white space or a Unicode space character). No character above U+3000 is any of
  // them, so the table ends there, with an entry of no bits for every character beyond.
  private static final int SEPARATOR = 1;
  private static final int BREAK = 2;
  private static final int SPACE = 4;
  private static final char TABLE_END = '\u3001';
  private static final byte[] KINDS = kinds();

  private static byte[] kinds() {
    byte[] kinds = new byte[TABLE_END + 1];
    for (char c = 0; c < TABLE_END; c++) {
      kinds[c] = (byte) ((Character.getType(c) == Character.SPACE_SEPARATOR ? SEPARATOR : 0)
          | (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' ? BREAK : 0)
          | (Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : 0));
    }
    return kinds;
  }

  /** The kind bits of a character (SEPARATOR, BREAK, SPACE), none for most. */
  static int kind(char c) {
    return KINDS[Math.min(c, TABLE_END)];
  }

  /**
   * Finds the problems of one text, as bits: leading or trailing white space (Java white space or
   * a Unicode space character), a line break (\n, \r, U+0085, U+2028, U+2029), a run of two or
   * more space separators (general category Zs, all in the BMP).
   *
   * <p>One loop without a branch per character, by a table of what each character is: this runs
   * on every text of every language of a plan, and a loop that branched on every space cost a
   * mispredicted branch per word, most of the rule's time.
   */
  static int problems(String value) {
    int n = value.length();
    int previous = 0;
    int run = 0;
    int any = 0;
    for (int i = 0; i < n; i++) {
      int kind = kind(value.charAt(i));
      run |= previous & kind;
      previous = kind & SEPARATOR;
      any |= kind;
    }
    int found = (run & SEPARATOR) != 0 ? SPACE_RUN : 0;
    if ((any & BREAK) != 0) {
      found |= LINE_BREAK;
    }
    if ((kind(value.charAt(0)) & SPACE) != 0) {
      found |= LEADING;
    }
    if ((kind(value.charAt(n - 1)) & SPACE) != 0) {
      found |= TRAILING;
    }
    return found;
  }
}
