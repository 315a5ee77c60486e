package io.github.ogpkit.tables.internal;

import io.github.ogpkit.model.Role;
import io.github.ogpkit.rules.NameNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of the printed layout and the header words that name them, in Azerbaijani (the
 * wording of seed 003) and English; and the role labels written inside an institutions cell
 * ("İcraçılar:", "Tövsiyə edilir:", "Executors:").
 *
 * <p>Words are compared after {@link #key}: the name folding of ogp-rules in Azerbaijani, with
 * dotless ı read as i (so that {@code ICRA}, typed without the dot, matches {@code İcra}),
 * parenthesized parts dropped ({@code İcra müddəti (illər üzrə)}), a trailing colon or full stop
 * dropped, and dashes and slashes between words read as one separator.
 */
public enum PrintedColumn {
  /** The number of a section or measure. */
  NUMBER,
  /** The title of a section or measure. */
  TITLE,
  /** The measure's indicators, one a line. */
  INDICATORS,
  /** Executors; in a combined column, names without a label. */
  EXECUTORS,
  /** Recommended institutions. */
  RECOMMENDED,
  /** Supporting institutions. */
  SUPPORTING,
  /** Executors and other roles in one column, each part after its label. */
  INSTITUTIONS,
  /** The time as printed. */
  TIME;

  /** A header word and the language it is in. */
  private record Word(PrintedColumn column, String language) {}

  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[/\\-\u2010-\u2015]\\s*");
  private static final Pattern TRAILING = Pattern.compile("[\\s:.]+$");

  private static final Map<String, Word> HEADERS = new HashMap<>();
  private static final Map<String, Role> LABELS = new HashMap<>();

  private static void header(PrintedColumn column, String language, String... words) {
    for (String w : words) {
      HEADERS.put(key(w), new Word(column, language));
    }
  }

  private static void label(Role role, String... words) {
    for (String w : words) {
      LABELS.put(key(w), role);
    }
  }

  static {
    header(NUMBER, "az", "№", "nömrə", "sıra", "sıra №", "s/s", "№ s/s");
    header(NUMBER, "en", "no", "no.", "nº", "n°", "#", "number", "nr");
    header(TITLE, "az", "tədbirin adı", "tədbir", "tədbirlər", "tədbirin məzmunu",
        "tədbirlərin adı");
    header(TITLE, "en", "measure", "measures", "title", "commitment", "action", "activity",
        "activities", "measure title");
    header(INDICATORS, "az", "qiymətləndirmə indikatorları", "indikatorlar", "göstəricilər",
        "qiymətləndirmə göstəriciləri", "icra göstəriciləri");
    header(INDICATORS, "en", "indicators", "indicator", "performance indicators",
        "evaluation indicators");
    header(EXECUTORS, "az", "icra", "icraçı", "icraçılar", "icraçı qurumlar");
    header(EXECUTORS, "en", "executors", "executor", "executing institutions",
        "implementing institutions", "responsible", "responsible institutions",
        "lead institution", "lead institutions");
    header(RECOMMENDED, "az", "tövsiyə", "tövsiyə edilir");
    header(RECOMMENDED, "en", "recommended", "recommended institutions");
    header(SUPPORTING, "az", "dəstəkləyənlər", "dəstəkləyən qurumlar", "tərəfdaşlar");
    header(SUPPORTING, "en", "supporting", "supporting institutions", "other actors", "partners");
    header(TIME, "az", "icra müddəti", "müddət", "icra vaxtı", "vaxt");
    header(TIME, "en", "time", "time frame", "timeframe", "timeline", "deadline", "period",
        "implementation period", "duration");
    label(Role.EXECUTOR, "icraçı", "icraçılar", "icra", "executor", "executors", "implementing");
    label(Role.RECOMMENDED, "tövsiyə edilir", "tövsiyə olunur", "tövsiyə", "recommended");
    label(Role.SUPPORTING, "dəstəkləyənlər", "dəstəkləyən", "dəstəkləyən qurumlar",
        "tərəfdaşlar", "supporting", "supported by", "other actors");
  }

  /**
   * The key a header word or label is compared by.
   *
   * @param text the text as written
   * @return the key
   */
  public static String key(String text) {
    String s = PARENTHESES.matcher(text).replaceAll(" ");
    s = NameNormalizer.normalize(s, "az").replace('ı', 'i');
    s = TRAILING.matcher(s).replaceAll("");
    return s.strip();
  }

  /** A header cell read: its column, and the language of its words. */
  public record Match(PrintedColumn column, String language) {}

  /**
   * The column a header cell names, if it names one: a word of the vocabulary, or two joined by a
   * slash or dash of which the first names executors and the second recommended or supporting
   * institutions ({@code İcra / Tövsiyə}, {@code Executors / Recommended}), which is the combined
   * column.
   *
   * @param text the header cell's text
   * @return the column and the language of the word
   */
  public static Optional<Match> ofHeader(String text) {
    String k = key(text);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    Word w = HEADERS.get(k);
    if (w == null && k.endsWith(".")) {
      w = HEADERS.get(k.substring(0, k.length() - 1));
    }
    if (w != null) {
      return Optional.of(new Match(w.column(), w.language()));
    }
    List<String> parts = List.of(SEPARATOR.split(k));
    if (parts.size() == 2) {
      Word first = HEADERS.get(key(parts.get(0)));
      Word second = HEADERS.get(key(parts.get(1)));
      if (first != null && second != null && first.column() == EXECUTORS
          && (second.column() == RECOMMENDED || second.column() == SUPPORTING)) {
        return Optional.of(new Match(INSTITUTIONS, first.language()));
      }
    }
    return Optional.empty();
  }

  /**
   * The role a label names ("İcraçılar", "Tövsiyə edilir", "Supporting"), if it names one.
   *
   * @param text the text before a colon
   * @return the role
   */
  public static Optional<Role> ofLabel(String text) {
    return Optional.ofNullable(LABELS.get(key(text)));
  }

  /** Whether the column holds institutions. */
  public boolean holdsInstitutions() {
    return this == EXECUTORS || this == RECOMMENDED || this == SUPPORTING || this == INSTITUTIONS;
  }

  /** The role of names without a label in this column. */
  public Role defaultRole() {
    return switch (this) {
      case RECOMMENDED -> Role.RECOMMENDED;
      case SUPPORTING -> Role.SUPPORTING;
      default -> Role.EXECUTOR;
    };
  }
}
