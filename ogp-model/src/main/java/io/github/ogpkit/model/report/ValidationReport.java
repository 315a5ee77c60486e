package io.github.ogpkit.model.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.json.JsonPointer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The result of validating a plan: its findings in document order, counts by severity, and whether
 * the plan is valid (no {@link Severity#ERROR}).
 *
 * <p>Findings are ordered as the format's contract says: by where their paths point in the
 * canonical form ({@link DocumentOrder}), then by severity (errors first), then by rule id, then
 * by message. The order does not depend on the order in which findings were added.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(plan);
 * if (!report.isValid()) {
 *   logger.warning(report.toText());
 * }
 * report.atLeast(Severity.WARNING).forRule("number-duplicate").findings();
 * }</pre>
 *
 * <p>Reports are immutable values; the filters return new reports with the same source and
 * profile. The JSON form of reports is written by ogp-io.
 */
@API(status = STABLE, since = "0.1")
public final class ValidationReport {

  private final DocumentType type;
  private final @Nullable String source;
  private final @Nullable String profile;
  private final List<Finding> findings;
  private final Map<Severity, Integer> counts;

  private ValidationReport(DocumentType type, @Nullable String source, @Nullable String profile,
      List<Finding> sorted) {
    this.type = type;
    this.source = source;
    this.profile = profile;
    this.findings = sorted;
    Map<Severity, Integer> c = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      c.put(s, 0);
    }
    for (Finding f : sorted) {
      c.merge(f.severity(), 1, Integer::sum);
    }
    this.counts = c;
  }

  /**
   * Obtains a report of findings, without source or profile. The findings are copied and sorted.
   *
   * @param findings the findings, not null
   * @return the report, not null
   */
  public static ValidationReport of(Collection<Finding> findings) {
    return of(DocumentType.PLAN, findings);
  }

  /**
   * Obtains a report of findings on a document of a type, without source or profile: the
   * findings are copied and sorted in that type's {@link DocumentOrder}. A report on a document
   * of a type other than the plan has no profile (MONITORING.md).
   *
   * @param type the type of the document the findings are about, not null
   * @param findings the findings, not null
   * @return the report, not null
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static ValidationReport of(DocumentType type, Collection<Finding> findings) {
    Objects.requireNonNull(type, "type");
    return new ValidationReport(type, null, null, sorted(type, findings));
  }

  /**
   * Obtains a report made by a profile.
   *
   * @param profile the id of the rule profile, such as {@code ogp-action-plan}, not null
   * @param findings the findings, not null
   * @return the report, not null
   */
  public static ValidationReport of(String profile, Collection<Finding> findings) {
    return new ValidationReport(DocumentType.PLAN, null,
        Objects.requireNonNull(profile, "profile"), sorted(DocumentType.PLAN, findings));
  }

  private static List<Finding> sorted(DocumentType type, Collection<Finding> findings) {
    List<Finding> copy = new ArrayList<>(Objects.requireNonNull(findings, "findings"));
    copy.forEach(f -> Objects.requireNonNull(f, "a finding is null"));
    copy.sort(Comparator.comparing(Finding::path, DocumentOrder.comparator(type))
        .thenComparing(Finding::severity)
        .thenComparing(Finding::rule)
        .thenComparing(Finding::message));
    return List.copyOf(copy);
  }

  /**
   * Returns the type of the document the report is about, which decides the order of its
   * findings and the name of its lines without a source: {@link DocumentType#PLAN} unless the
   * report was made with {@link #of(DocumentType, Collection)}.
   *
   * @return the type, not null
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public DocumentType documentType() {
    return type;
  }

  /**
   * Returns a copy naming the input the report is about, such as a file name or {@code <stdin>}.
   * This instance is immutable and unaffected.
   *
   * @param source the name, not null
   * @return the report, not null
   */
  public ValidationReport withSource(String source) {
    return new ValidationReport(type, Objects.requireNonNull(source, "source"), profile,
        findings);
  }

  /**
   * Returns a copy naming the rule profile. This instance is immutable and unaffected.
   *
   * @param profile the profile id, not null
   * @return the report, not null
   */
  public ValidationReport withProfile(String profile) {
    return new ValidationReport(type, source, Objects.requireNonNull(profile, "profile"),
        findings);
  }

  /**
   * Returns a report with the findings of both, sorted. Source and profile are this report's, or
   * the other's where this one has none; the document type is this report's.
   *
   * @param other the other report, not null
   * @return the merged report, not null
   */
  public ValidationReport merge(ValidationReport other) {
    Objects.requireNonNull(other, "other");
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    return new ValidationReport(type, source != null ? source : other.source,
        profile != null ? profile : other.profile, sorted(type, all));
  }

  /**
   * Returns the name of the input, if known.
   *
   * @return the source, or empty
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the id of the rule profile that made the report, if known.
   *
   * @return the profile, or empty
   */
  public Optional<String> profile() {
    return Optional.ofNullable(profile);
  }

  /**
   * Returns the findings in report order.
   *
   * @return the findings, immutable
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Tells whether the plan is valid: no finding is an error.
   *
   * @return true if there is no error
   */
  public boolean isValid() {
    return counts.get(Severity.ERROR) == 0;
  }

  /**
   * Tells whether any finding is at least as severe as a threshold.
   *
   * @param threshold the threshold, not null
   * @return true if some finding is at or above it
   */
  public boolean hasAtLeast(Severity threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
  }

  /**
   * Returns the number of findings of one severity.
   *
   * @param severity the severity, not null
   * @return the count
   */
  public int count(Severity severity) {
    return counts.get(Objects.requireNonNull(severity, "severity"));
  }

  /**
   * Returns the number of errors.
   *
   * @return the count
   */
  public int errorCount() {
    return count(Severity.ERROR);
  }

  /**
   * Returns the number of warnings.
   *
   * @return the count
   */
  public int warningCount() {
    return count(Severity.WARNING);
  }

  /**
   * Returns the number of infos.
   *
   * @return the count
   */
  public int infoCount() {
    return count(Severity.INFO);
  }

  /**
   * Returns a report with the findings that match a predicate.
   *
   * @param predicate the predicate, not null
   * @return the filtered report, not null
   */
  public ValidationReport filter(Predicate<? super Finding> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return new ValidationReport(type, source, profile,
        findings.stream().filter(predicate).map(Finding.class::cast).toList());
  }

  /**
   * Returns a report with the findings of one severity.
   *
   * @param severity the severity, not null
   * @return the filtered report, not null
   */
  public ValidationReport withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return filter(f -> f.severity() == severity);
  }

  /**
   * Returns a report with the findings at or above a severity.
   *
   * @param threshold the lowest severity kept, not null
   * @return the filtered report, not null
   */
  public ValidationReport atLeast(Severity threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return filter(f -> f.severity().isAtLeast(threshold));
  }

  /**
   * Returns a report with the findings of one rule.
   *
   * @param rule the rule id, not null
   * @return the filtered report, not null
   */
  public ValidationReport forRule(String rule) {
    Objects.requireNonNull(rule, "rule");
    return filter(f -> f.rule().equals(rule));
  }

  /**
   * Returns a report with the findings at or below a path: {@code under("/sections/4")} keeps
   * {@code /sections/4} and {@code /sections/4/measures/6/number}, not {@code /sections/40}.
   *
   * @param prefix the path, not null
   * @return the filtered report, not null
   */
  public ValidationReport under(JsonPointer prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return filter(f -> prefix.isPrefixOf(f.path()));
  }

  /**
   * Renders the report as text, one line a finding and a summary line, in the form editors and CI
   * logs recognize:
   *
   * <pre>
   * plan.json:412:21: error: number 1.1 is already used at /sections/0/measures/0 [number-duplicate] (/sections/4/measures/6/number)
   * plan.json: 1 error, 0 warnings, 0 infos
   * </pre>
   *
   * <p>Without a source the lines start with the document type's name ({@code plan},
   * {@code member}...); without a location the line has no line and column. Lines end with
   * {@code \n}.
   *
   * @return the text, not null
   */
  public String toText() {
    String name = source != null ? source : type.jsonName();
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append(line(name, f)).append('\n');
    }
    return out.append(summary()).append('\n').toString();
  }

  /**
   * Renders one finding as a line of {@link #toText()}, without the line end.
   *
   * @param name the input's name, not null
   * @param f the finding, not null
   * @return the line, not null
   */
  public static String line(String name, Finding f) {
    StringBuilder out = new StringBuilder(name);
    f.location().ifPresent(l -> out.append(':').append(l.line()).append(':').append(l.column()));
    return out.append(": ").append(f.severity().label()).append(": ").append(f.message())
        .append(" [").append(f.rule()).append("] (").append(f.path()).append(')').toString();
  }

  /**
   * Returns the summary line: {@code NAME: 1 error, 5 warnings, 0 infos}, naming the source or
   * the document type ({@code plan}...).
   *
   * @return the line, without line end, not null
   */
  public String summary() {
    return (source != null ? source : type.jsonName()) + ": "
        + plural(errorCount(), "error", "errors") + ", "
        + plural(warningCount(), "warning", "warnings") + ", "
        + plural(infoCount(), "info", "infos");
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj || obj instanceof ValidationReport other
        && type == other.type && Objects.equals(source, other.source)
        && Objects.equals(profile, other.profile) && findings.equals(other.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, source, profile, findings);
  }

  @Override
  public String toString() {
    return toText();
  }
}
