package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The findings of one reading, kept up to a limit so that a hostile document cannot make the
 * report as large as itself. Findings past the limit are counted by rule and severity, never
 * silently dropped: {@link #complete(Function)} ends with one summary finding that says how many
 * were not listed. Errors are counted in full, so whether a plan binds does not depend on the
 * limit. Internal.
 *
 * <p>The reader reads in one pass and meets some problems before it knows all a finding says: a
 * missing property is known at the end of its object, which is located at its start; a message
 * names an object by its number, which may come later in the object; a duplicate key's message
 * says where the first was. Such a finding is added where it is found, so the order of the list
 * is the order of the text, and {@link Entry completed} later: its message when the object ends,
 * its location by {@link #complete(Function) one more pass} over the text at the end.
 */
final class FindingList {

  /**
   * Where a finding is, when it is not the token the parser is on: the start of the value at a
   * path, or the name of the first property of that name in its object.
   *
   * @param path the path
   * @param name true for the property's name, false for its value
   */
  record Target(JsonPointer path, boolean name) {}

  /** One finding of the list, possibly still waiting for its message or location. */
  static final class Entry {
    private final String rule;
    private final Severity severity;
    private final JsonPointer path;
    private @Nullable TextLocation location;
    private @Nullable Target locateAt;
    private @Nullable String message;
    private @Nullable Target firstAt;
    private @Nullable Function<TextLocation, String> messageWithFirst;

    private Entry(String rule, Severity severity, JsonPointer path) {
      this.rule = rule;
      this.severity = severity;
      this.path = path;
    }

    /**
     * Sets the message, once it is known.
     *
     * @param message the message
     */
    void message(String message) {
      this.message = message;
    }

  }

  private final int max;
  private final List<Entry> kept = new ArrayList<>();
  private final Map<String, Long> omittedByRule = new TreeMap<>();
  private long omitted;
  private long errors;
  private @Nullable Severity omittedSeverity;
  private @Nullable Entry firstOmitted;

  /**
   * Creates an empty list.
   *
   * @param max the most findings listed, at least 1
   */
  FindingList(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, was " + max);
    }
    this.max = max;
  }

  /**
   * Adds a complete finding.
   *
   * @param rule the rule id
   * @param severity the severity
   * @param path the path
   * @param location the location
   * @param message the message
   */
  void add(String rule, Severity severity, JsonPointer path, TextLocation location,
      String message) {
    Entry e = addWaiting(rule, severity, path, location, null);
    if (e != null) {
      e.message = message;
    }
  }

  /**
   * Adds a finding located at the end, by the pass over the text.
   *
   * @param rule the rule id
   * @param severity the severity
   * @param path the path
   * @param locateAt where the finding is
   * @param message the message
   */
  void addAt(String rule, Severity severity, JsonPointer path, Target locateAt,
      String message) {
    Entry e = addWaiting(rule, severity, path, null, locateAt);
    if (e != null) {
      e.message = message;
    }
  }

  /**
   * Adds a finding whose message comes later, through {@link Entry#message(String)}.
   *
   * @param rule the rule id
   * @param severity the severity
   * @param path the path
   * @param location the location, or null to find it at {@code locateAt} at the end
   * @param locateAt where the finding is, when {@code location} is null
   * @return the entry to complete, or null if it is beyond the limit and only counted
   */
  @Nullable Entry addWaiting(String rule, Severity severity, JsonPointer path,
      @Nullable TextLocation location, @Nullable Target locateAt) {
    if (severity == Severity.ERROR) {
      errors++;
    }
    Entry e = new Entry(rule, severity, path);
    e.location = location;
    e.locateAt = locateAt;
    if (kept.size() < max) {
      kept.add(e);
      return e;
    }
    omitted++;
    omittedByRule.merge(rule, 1L, Long::sum);
    if (omittedSeverity == null || severity.isAtLeast(omittedSeverity)) {
      omittedSeverity = severity;
    }
    if (firstOmitted == null) {
      firstOmitted = e;
    }
    return null;
  }

  /**
   * Adds a finding whose message names the location of another place, found at the end.
   *
   * @param rule the rule id
   * @param path the path
   * @param location the finding's location
   * @param firstAt the place the message names
   * @param message makes the message from that place's location
   */
  void addNaming(String rule, JsonPointer path, TextLocation location, Target firstAt,
      Function<TextLocation, String> message) {
    Entry e = addWaiting(rule, Severity.ERROR, path, location, null);
    if (e != null) {
      e.firstAt = firstAt;
      e.messageWithFirst = message;
    }
  }

  /**
   * Counts the errors added, listed or not.
   *
   * @return the number of ERROR findings added
   */
  long errors() {
    return errors;
  }

  /**
   * Counts the findings added, listed or not.
   *
   * @return the number of findings
   */
  long size() {
    return kept.size() + omitted;
  }

  /**
   * Returns the findings, each completed, followed, when some were not listed, by a
   * {@code json-syntax} summary finding as severe as the most severe of them, located where the
   * first of them was, that counts them by rule.
   *
   * @param locate finds the locations of the targets still open, all at once; it returns no
   *     entry for a target it cannot find, which is then located at the start of the text
   * @return the findings, a new list
   */
  List<Finding> complete(Function<Set<Target>, Map<Target, TextLocation>> locate) {
    Set<Target> open = new LinkedHashSet<>();
    for (Entry e : kept) {
      collect(e, open);
    }
    if (firstOmitted != null) {
      collect(firstOmitted, open);
    }
    Map<Target, TextLocation> found = open.isEmpty() ? Map.of() : locate.apply(open);
    List<Finding> all = new ArrayList<>(kept.size() + 1);
    for (Entry e : kept) {
      TextLocation at = e.location != null ? e.location : where(found, e.locateAt);
      String message = e.messageWithFirst != null
          ? e.messageWithFirst.apply(where(found, e.firstAt)) : e.message;
      if (message == null) {
        throw new IllegalStateException("a " + e.rule + " finding at " + e.path
            + " was never given its message");
      }
      all.add(new Finding(e.rule, e.severity, e.path, message, Optional.of(at)));
    }
    if (omitted > 0) {
      StringBuilder byRule = new StringBuilder();
      omittedByRule.forEach((rule, n) -> byRule.append(byRule.length() == 0 ? "" : ", ")
          .append(rule).append(' ').append(String.format(Locale.ROOT, "%,d", n)));
      TextLocation at = firstOmitted.location != null ? firstOmitted.location
          : where(found, firstOmitted.locateAt);
      all.add(new Finding(Findings.JSON_SYNTAX, omittedSeverity, JsonPointer.root(),
          String.format(Locale.ROOT, "more findings than the limit of %,d (maxFindings): %,d "
              + "more are not listed (%s)", max, omitted, byRule), Optional.of(at)));
    }
    return all;
  }

  private static void collect(Entry e, Set<Target> open) {
    if (e.location == null && e.locateAt != null) {
      open.add(e.locateAt);
    }
    if (e.firstAt != null) {
      open.add(e.firstAt);
    }
  }

  private static TextLocation where(Map<Target, TextLocation> found, @Nullable Target target) {
    TextLocation at = target == null ? null : found.get(target);
    return at != null ? at : TextLocation.of(1, 1);
  }
}
