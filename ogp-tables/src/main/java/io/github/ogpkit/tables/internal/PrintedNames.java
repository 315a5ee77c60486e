package io.github.ogpkit.tables.internal;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.internal.EditDistance;
import io.github.ogpkit.rules.NameNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The institution names of a printed cell: split into names, each with its role, and resolved to
 * institution ids against a registry by the name folding of ogp-rules in the plan's language.
 *
 * <p>A cell is split at line breaks, semicolons and commas outside parentheses. A part
 * {@code Label: name} whose label names a role ({@link PrintedColumn#ofLabel}) sets the role of
 * that name and the names after it; the other names have the column's role. Neighbouring parts
 * are joined again when together they are a registry name, so that a name with a comma in it, or
 * a name a line break wraps, still resolves.
 */
public final class PrintedNames {

  /** A name as written in a cell, with its role. */
  public record Name(String text, Role role) {}

  /** A name resolved, or not: the id, or the registry name closest to it. */
  public record Resolution(Optional<String> id, Optional<String> closest) {}

  /** How many neighbouring parts are tried as one name at most. */
  private static final int MAX_JOIN = 6;
  /** The longest name for which the closest registry name is looked for. */
  private static final int MAX_HINTED = 300;

  private final String language;
  /** Normalized name to institution id; names in the plan's language win over the others. */
  private final Map<String, String> ids = new LinkedHashMap<>();
  /** Normalized name to the name as written, for the closest-name hint. */
  private final Map<String, String> written = new LinkedHashMap<>();

  /**
   * Indexes a registry.
   *
   * @param registry the institutions
   * @param language the plan's first language, in which the cells are written
   */
  public PrintedNames(List<Institution> registry, String language) {
    this.language = language;
    for (Institution institution : registry) {
      institution.name().get(language).ifPresent(n -> add(n, institution.id()));
    }
    for (Institution institution : registry) {
      institution.name().asMap().forEach((lang, n) -> add(n, institution.id()));
      add(institution.id(), institution.id());
    }
  }

  private void add(String name, String id) {
    String key = NameNormalizer.normalize(name, language);
    if (!key.isEmpty()) {
      ids.putIfAbsent(key, id);
      written.putIfAbsent(key, name);
    }
  }

  /**
   * Resolves one name.
   *
   * @param name the name as written
   * @return the id, or else the closest registry name
   */
  public Resolution resolve(String name) {
    String key = NameNormalizer.normalize(name, language);
    String id = ids.get(key);
    if (id != null) {
      return new Resolution(Optional.of(id), Optional.empty());
    }
    // A hint for names of a sensible length only: the distance costs length times length.
    Optional<String> closest = key.length() > MAX_HINTED ? Optional.empty()
        : EditDistance.nearest(key, written.keySet(), Math.max(key.length(), 1))
            .map(written::get);
    return new Resolution(Optional.empty(), closest);
  }

  private boolean known(String name) {
    return ids.containsKey(NameNormalizer.normalize(name, language));
  }

  /** A part of a cell between separators: where it starts and ends, and its role. */
  private record Part(int start, int end, Role role) {}

  /**
   * Splits a cell into names with their roles, in the order written.
   *
   * @param text the cell's text
   * @param defaultRole the role of names before any label
   * @return the names, without empty ones
   */
  public List<Name> split(String text, Role defaultRole) {
    List<Part> parts = new ArrayList<>();
    Role role = defaultRole;
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
      boolean end = i == text.length() || ((c == '\n' || c == '\r' || c == ';' || c == ',')
          && depth == 0);
      if (!end) {
        continue;
      }
      int s = start;
      int colon = text.indexOf(':', s);
      if (colon >= 0 && colon < i) {
        Optional<Role> label = PrintedColumn.ofLabel(text.substring(s, colon));
        if (label.isPresent()) {
          role = label.get();
          s = colon + 1;
        }
      }
      if (!text.substring(s, i).isBlank()) {
        parts.add(new Part(s, i, role));
      }
      start = i + 1;
      depth = 0;
    }
    List<Name> names = new ArrayList<>();
    int i = 0;
    while (i < parts.size()) {
      // The longest run of parts of one role that together are a registry name, else one part.
      int last = i;
      for (int j = Math.min(parts.size() - 1, i + MAX_JOIN); j > i; j--) {
        if (sameRole(parts, i, j) && known(text.substring(parts.get(i).start(),
            parts.get(j).end()))) {
          last = j;
          break;
        }
      }
      String name = text.substring(parts.get(i).start(), parts.get(last).end()).strip()
          .replaceAll("\\s+", " ");
      names.add(new Name(name, parts.get(i).role()));
      i = last + 1;
    }
    return names;
  }

  private static boolean sameRole(List<Part> parts, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      if (parts.get(k).role() != parts.get(from).role()) {
        return false;
      }
    }
    return true;
  }
}
