package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.io.internal.ReadEngine;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.CheckedPlan;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.PlanValidator;
import io.github.ogpkit.model.report.TextLocation;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What reading one document gave: the plan (or, from a {@link DocumentReader}, the document of
 * any type) when it binds, every reading finding, and the text, to locate paths in it.
 *
 * <pre>{@code
 * ReadResult result = PlanReader.standard().read(Path.of("plan.json"));
 * result.plan().ifPresent(plan -> ...);
 * result.findings().forEach(f -> log.warn(f.toString())); // located findings
 * ValidationReport all = result.validate(validator); // reading and rule findings, located
 * }</pre>
 *
 * <p>A result keeps the document's text (as UTF-8 bytes, its own copy), not an index of where
 * every value is: {@link #validate(PlanValidator)} locates all the rule findings in one more pass
 * over the text, and {@link #locationOf(JsonPointer)} reads the text again on each call. Hold a
 * result only as long as locations may still be wanted; keep the {@link #plan() plan} instead.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
@API(status = STABLE, since = "0.1")
public final class ReadResult {

  private final @Nullable CheckedPlan plan;
  private final @Nullable Document document;
  private final ValidationReport report;
  private final ReadEngine engine;
  private final byte @Nullable [] text;
  private final int length;

  ReadResult(@Nullable CheckedPlan plan, @Nullable Document document, DocumentType type,
      List<Finding> findings, ReadEngine engine, byte @Nullable [] text, int length,
      @Nullable String source) {
    this.plan = plan;
    this.document = document;
    ValidationReport r = ValidationReport.of(type, findings);
    this.report = source == null ? r : r.withSource(source);
    this.engine = engine;
    this.text = text;
    this.length = length;
  }

  private ReadResult(ReadResult other, ValidationReport report) {
    this.plan = other.plan;
    this.document = other.document;
    this.report = report;
    this.engine = other.engine;
    this.text = other.text;
    this.length = other.length;
  }

  /**
   * Returns a copy whose report, and every report made from it, names the input, such as a file
   * name or {@code <stdin>}: for input read from a stream or bytes, which has no name. This
   * instance is unaffected.
   *
   * @param source the name, not null
   * @return the result, not null
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public ReadResult withSource(String source) {
    return new ReadResult(this, report.withSource(Objects.requireNonNull(source, "source")));
  }

  /**
   * Returns the plan, present exactly when the document bound (no reading finding is an error)
   * and is a plan.
   *
   * @return the plan, or empty
   */
  public Optional<Plan> plan() {
    return plan == null ? Optional.empty() : Optional.of(plan.plan());
  }

  /**
   * Returns the plan as a {@link CheckedPlan}: bound with no reading error, so that a validator
   * may skip the structural checks the reading rules already made. {@link #validate} hands it to
   * the validator this way; use this to validate later or elsewhere.
   *
   * @return the checked plan, or empty when the document did not bind, not null
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public Optional<CheckedPlan> checkedPlan() {
    return Optional.ofNullable(plan);
  }


  /**
   * Returns the document of whatever type it is (a {@link Plan}, a {@code ProgressReport}, an
   * {@code IrmAssessment} or a {@code Member}), present exactly when the document bound: no
   * reading finding is an error. A {@link PlanReader} binds plans only; a
   * {@link DocumentReader} binds every type.
   *
   * <pre>{@code
   * Document document = DocumentReader.standard().read(path).document().orElseThrow();
   * if (document instanceof ProgressReport report) {
   *   ...
   * } else if (document instanceof Member member) {
   *   ...
   * }
   * }</pre>
   *
   * @return the document, or empty
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public Optional<Document> document() {
    return Optional.ofNullable(document);
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
   * Returns where the value at a path starts in the text. Each call reads the text again, as far
   * as the value.
   *
   * @param path the path, not null
   * @return the line and column, or empty if the document has no such value
   */
  public Optional<TextLocation> locationOf(JsonPointer path) {
    Objects.requireNonNull(path, "path");
    return Optional.ofNullable(locate(List.of(path), false).get(path));
  }

  /**
   * Returns where the value at a path starts, or else where its nearest existing ancestor
   * starts: a missing property is located at the object that lacks it. Each call reads the text
   * again, as far as the value.
   *
   * @param path the path, not null
   * @return the line and column, or empty if not even the root was read
   */
  public Optional<TextLocation> nearestLocationOf(JsonPointer path) {
    Objects.requireNonNull(path, "path");
    return Optional.ofNullable(locate(List.of(path), true).get(path));
  }

  private Map<JsonPointer, TextLocation> locate(Collection<JsonPointer> paths, boolean nearest) {
    return text == null ? Map.of() : engine.locate(text, length, paths, nearest);
  }

  /**
   * Validates the plan, when it bound, and returns one report of the reading findings and the
   * validator's findings together, in document order, each rule finding given the line and
   * column of its path (or of the nearest existing ancestor), all found in one pass over the
   * text. The report keeps the validator's profile and this result's source. When the plan did
   * not bind, or the document is not a plan, the validator is not run and the report holds the
   * reading findings alone, without a profile.
   *
   * @param validator the validator, not null
   * @return the combined report, not null
   */
  public ValidationReport validate(PlanValidator validator) {
    Objects.requireNonNull(validator, "validator");
    if (plan == null) {
      return report;
    }
    return withRules(validator.validate(plan));
  }

  /**
   * This result's reading report merged with a validator's report on its document, each rule
   * finding without a location given the line and column of its path (or of the nearest existing
   * ancestor), all found in one pass over the text. The rules' profile is kept.
   */
  ValidationReport withRules(ValidationReport rules) {
    Set<JsonPointer> unlocated = new LinkedHashSet<>();
    for (Finding f : rules.findings()) {
      if (f.location().isEmpty()) {
        unlocated.add(f.path());
      }
    }
    Map<JsonPointer, TextLocation> at = unlocated.isEmpty() ? Map.of() : locate(unlocated, true);
    List<Finding> located = new ArrayList<>(rules.findings().size());
    for (Finding f : rules.findings()) {
      TextLocation l = f.location().isPresent() ? null : at.get(f.path());
      located.add(l == null ? f : f.withLocation(l));
    }
    ValidationReport r = rules.profile().map(p -> ValidationReport.of(p, located))
        .orElseGet(() -> ValidationReport.of(report.documentType(), located));
    if (rules.source().isPresent()) {
      r = r.withSource(rules.source().get());
    }
    return report.merge(r);
  }
}
