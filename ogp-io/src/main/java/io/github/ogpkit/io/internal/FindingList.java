package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The findings of one reading, kept up to a limit so that a hostile document cannot make the
 * report as large as itself. Findings past the limit are counted by rule and severity, never
 * silently dropped: {@link #complete()} ends with one summary finding that says how many were not
 * listed. Errors are counted in full, so whether a plan binds does not depend on the limit.
 * Internal.
 */
public final class FindingList extends AbstractList<Finding> {

  private final int max;
  private final List<Finding> kept = new ArrayList<>();
  private final Map<String, Long> omittedByRule = new TreeMap<>();
  private long omitted;
  private long errors;
  private Severity omittedSeverity;
  private TextLocation firstOmittedAt;

  /**
   * Creates an empty list.
   *
   * @param max the most findings listed, at least 1
   */
  public FindingList(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, was " + max);
    }
    this.max = max;
  }

  @Override
  public boolean add(Finding f) {
    if (f.severity() == Severity.ERROR) {
      errors++;
    }
    if (kept.size() < max) {
      kept.add(f);
      return true;
    }
    omitted++;
    omittedByRule.merge(f.rule(), 1L, Long::sum);
    if (omittedSeverity == null || f.severity().isAtLeast(omittedSeverity)) {
      omittedSeverity = f.severity();
    }
    if (firstOmittedAt == null) {
      firstOmittedAt = f.location().orElse(TextLocation.of(1, 1));
    }
    return true;
  }

  @Override
  public Finding get(int index) {
    return kept.get(index);
  }

  @Override
  public int size() {
    return kept.size();
  }

  /**
   * Counts the errors added, listed or not.
   *
   * @return the number of ERROR findings added
   */
  public long errors() {
    return errors;
  }

  /**
   * Counts the findings added but not listed.
   *
   * @return the number of findings beyond the limit
   */
  public long omitted() {
    return omitted;
  }

  /**
   * Returns the listed findings followed, when some were not listed, by a {@code json-syntax}
   * summary finding as severe as the most severe of them, located where the first of them was,
   * that counts them by rule.
   *
   * @return the findings, a new list
   */
  public List<Finding> complete() {
    List<Finding> all = new ArrayList<>(kept);
    if (omitted > 0) {
      StringBuilder byRule = new StringBuilder();
      omittedByRule.forEach((rule, n) -> byRule.append(byRule.length() == 0 ? "" : ", ")
          .append(rule).append(' ').append(String.format(Locale.ROOT, "%,d", n)));
      all.add(new Finding(Findings.JSON_SYNTAX, omittedSeverity, JsonPointer.root(),
          String.format(Locale.ROOT, "more findings than the limit of %,d (maxFindings): %,d "
              + "more are not listed (%s)", max, omitted, byRule), Optional.of(firstOmittedAt)));
    }
    return all;
  }
}
