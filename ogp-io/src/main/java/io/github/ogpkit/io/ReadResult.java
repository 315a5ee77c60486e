package io.github.ogpkit.io;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.PlanValidator;
import io.github.ogpkit.model.report.TextLocation;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one document gave: the plan when it binds, every reading finding, and where each
 * path of the document was in the text.
 *
 * <pre>{@code
 * ReadResult result = PlanReader.standard().read(Path.of("plan.json"));
 * result.plan().ifPresent(plan -> ...);
 * result.findings().forEach(f -> log.warn(f.toString())); // located findings
 * ValidationReport all = result.validate(validator); // reading and rule findings, located
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ReadResult {

  private final Plan plan;
  private final ValidationReport report;
  private final Map<JsonPointer, TextLocation> index;

  ReadResult(Plan plan, List<Finding> findings, Map<JsonPointer, TextLocation> index,
      String source) {
    this.plan = plan;
    ValidationReport r = ValidationReport.of(findings);
    this.report = source == null ? r : r.withSource(source);
    // The reader hands over a map that nothing else holds: wrapping it, not copying it, saves
    // rehashing one entry per value of the document (the copy cost more than parsing).
    this.index = Collections.unmodifiableMap(index);
  }

  /**
   * Returns the plan, present exactly when the document bound: no reading finding is an error.
   *
   * @return the plan, or empty
   */
  public Optional<Plan> plan() {
    return Optional.ofNullable(plan);
  }

  /**
   * Returns the reading findings in document order, each with its line and column.
   *
   * @return the findings, immutable, empty for a clean document
   */
  public List<Finding> findings() {
    return report.findings();
  }

  /**
   * Returns the reading findings as a report, named after the input when it had a name (a file).
   *
   * @return the report, without profile, not null
   */
  public ValidationReport report() {
    return report;
  }

  /**
   * Returns where the value at a path starts in the text.
   *
   * @param path the path, not null
   * @return the line and column, or empty if the document has no such value
   */
  public Optional<TextLocation> locationOf(JsonPointer path) {
    return Optional.ofNullable(index.get(Objects.requireNonNull(path, "path")));
  }

  /**
   * Returns where the value at a path starts, or else where its nearest existing ancestor
   * starts: a missing property is located at the object that lacks it.
   *
   * @param path the path, not null
   * @return the line and column, or empty if not even the root was read
   */
  public Optional<TextLocation> nearestLocationOf(JsonPointer path) {
    JsonPointer p = Objects.requireNonNull(path, "path");
    while (true) {
      TextLocation at = index.get(p);
      if (at != null) {
        return Optional.of(at);
      }
      Optional<JsonPointer> parent = p.parent();
      if (parent.isEmpty()) {
        return Optional.empty();
      }
      p = parent.get();
    }
  }

  /**
   * Validates the plan, when it bound, and returns one report of the reading findings and the
   * validator's findings together, in document order, each rule finding given the line and
   * column of its path (or of the nearest existing ancestor). The report keeps the validator's
   * profile and this result's source. When the plan did not bind, the validator is not run and
   * the report holds the reading findings alone, without a profile.
   *
   * @param validator the validator, not null
   * @return the combined report, not null
   */
  public ValidationReport validate(PlanValidator validator) {
    Objects.requireNonNull(validator, "validator");
    if (plan == null) {
      return report;
    }
    ValidationReport rules = validator.validate(plan);
    List<Finding> located = rules.findings().stream()
        .map(f -> f.location().isPresent() ? f
            : nearestLocationOf(f.path()).map(f::withLocation).orElse(f))
        .toList();
    ValidationReport r = rules.profile().map(p -> ValidationReport.of(p, located))
        .orElseGet(() -> ValidationReport.of(located));
    if (rules.source().isPresent()) {
      r = r.withSource(rules.source().get());
    }
    return report.merge(r);
  }
}
