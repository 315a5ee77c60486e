package io.github.ogpkit.model.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The one edit distance behind every "did you mean" of the modules: unknown properties (ogp-io),
 * option values (ogp-cli). Internal.
 */
@API(status = INTERNAL, since = "0.1")
public final class EditDistance {

  private EditDistance() {}

  /**
   * Returns the Levenshtein distance of two texts (insertions, deletions and substitutions of one
   * UTF-16 code unit each), or {@code cap} once the distance reaches it: the rows of the table
   * stop as soon as none of them can end below the cap, so that comparing a word with many long
   * candidates costs little.
   *
   * @param a one text, not null
   * @param b the other, not null
   * @param cap the distance at which to give up, at least 1
   * @return the distance if below {@code cap}, otherwise {@code cap}
   */
  public static int levenshtein(CharSequence a, CharSequence b, int cap) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be at least 1, was " + cap);
    }
    int m = a.length();
    int n = b.length();
    if (Math.abs(m - n) >= cap) {
      return cap;
    }
    int[] previous = new int[n + 1];
    int[] current = new int[n + 1];
    for (int j = 0; j <= n; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= m; i++) {
      current[0] = i;
      int rowMin = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= n; j++) {
        int substitute = previous[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
        int d = Math.min(substitute, Math.min(current[j - 1], previous[j]) + 1);
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      // Every later cell is at least the smallest of this row: once that reaches the cap, the
      // distance does too.
      if (rowMin >= cap) {
        return cap;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[n], cap);
  }

  /**
   * Finds the candidate closest to a word, at most {@code maxEdits} edits away; of equally close
   * candidates, the first.
   *
   * @param word the word given, not null
   * @param candidates the words it may have meant, not null, no null elements
   * @param maxEdits the most edits allowed, at least 0
   * @return the closest candidate, or empty if none is close enough
   */
  public static Optional<String> nearest(CharSequence word, Collection<String> candidates,
      int maxEdits) {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(candidates, "candidates");
    if (maxEdits < 0) {
      throw new IllegalArgumentException("maxEdits must not be negative, was " + maxEdits);
    }
    String best = null;
    int bestDistance = maxEdits + 1;
    for (String candidate : candidates) {
      int d = levenshtein(word, candidate, bestDistance);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        if (d == 0) {
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
