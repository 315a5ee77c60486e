package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ProgressReport} says about one section or measure of the plan: its status,
 * whether it is on schedule, and in words what was done, what stood in the way and what comes
 * next.
 *
 * <pre>{@code
 * ProgressEntry entry = ProgressEntry.builder()
 *     .ogpId("AZ0038")
 *     .status(ProgressStatus.LIMITED)
 *     .onSchedule(false)
 *     .summary("en", "The draft law was sent to parliament.")
 *     .build();
 * }</pre>
 *
 * <p>Every component may be empty: an entry with neither {@code measure} nor {@code ogpId} is
 * the rule {@code reference-missing}'s finding, one with none of {@code status},
 * {@code onSchedule} and {@code summary} the rule {@code required}'s.
 *
 * @param measure the number of the section or measure the entry is about, not null, empty if not
 *     given
 * @param ogpId the OGP commitment id of the section or measure the entry is about, not null, empty
 *     if not given
 * @param status how far it has got, not null, empty if not stated
 * @param onSchedule whether it is on schedule (trackers' "on track" or "delayed"), not null, empty
 *     if not stated
 * @param summary what was done, not null, empty if none
 * @param challenges what stood in the way, not null, empty if none
 * @param nextSteps what comes next, not null, empty if none
 * @param evidence links to evidence of the status, not null, immutable, empty if none
 * @param extensions data carried along unchanged, not null, empty if none
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ProgressEntry(Optional<OutlineNumber> measure,
    Optional<@Pattern(regexp = Measure.OGP_ID_PATTERN) String> ogpId,
    Optional<ProgressStatus> status, Optional<Boolean> onSchedule, Optional<LocalizedText> summary,
    Optional<LocalizedText> challenges, Optional<LocalizedText> nextSteps,
    List<@Valid Link> evidence, JsonObject extensions) implements MeasureEntry {

  /**
   * Creates a progress entry, copying the lists.
   *
   * @param measure the number of the section or measure, not null
   * @param ogpId the OGP commitment id, not null
   * @param status the status, not null
   * @param onSchedule whether it is on schedule, not null
   * @param summary the summary, not null
   * @param challenges the challenges, not null
   * @param nextSteps the next steps, not null
   * @param evidence the evidence, not null
   * @param extensions the extensions, not null
   */
  public ProgressEntry {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(ogpId, "ogpId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(onSchedule, "onSchedule");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(challenges, "challenges");
    Objects.requireNonNull(nextSteps, "nextSteps");
    evidence = Builders.copyOf(evidence, "evidence");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * Starts building a progress entry.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this progress entry's values.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder().evidence(evidence).extensions(extensions);
    b.measure = measure.orElse(null);
    b.ogpId = ogpId.orElse(null);
    b.status = status.orElse(null);
    b.onSchedule = onSchedule.orElse(null);
    b.summary = summary.orElse(null);
    b.challenges = challenges.orElse(null);
    b.nextSteps = nextSteps.orElse(null);
    return b;
  }

  /** Builds a {@link ProgressEntry}. Not thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private @Nullable OutlineNumber measure;
    private @Nullable String ogpId;
    private @Nullable ProgressStatus status;
    private @Nullable Boolean onSchedule;
    private @Nullable LocalizedText summary;
    private @Nullable LocalizedText challenges;
    private @Nullable LocalizedText nextSteps;
    private final List<Link> evidence = new ArrayList<>();
    private JsonObject extensions = JsonObject.EMPTY;

    private Builder() {}

    /**
     * Sets the number of the section or measure, or removes it.
     *
     * @param measure the number of the section or measure, or null for none
     * @return this builder
     */
    public Builder measure(@Nullable OutlineNumber measure) {
      this.measure = measure;
      return this;
    }

    /**
     * Sets the number of the section or measure from its text.
     *
     * @param measure the number of the section or measure, such as {@code 4.2.1}, not null
     * @return this builder
     * @throws ValueParseException if the text is not a number
     */
    public Builder measure(String measure) {
      return measure(OutlineNumber.parse(measure));
    }

    /**
     * Sets the OGP commitment id, or removes it.
     *
     * @param ogpId the OGP commitment id, or null for none
     * @return this builder
     */
    public Builder ogpId(@Nullable String ogpId) {
      this.ogpId = ogpId;
      return this;
    }

    /**
     * Sets the status, or removes it.
     *
     * @param status the status, or null for none
     * @return this builder
     */
    public Builder status(@Nullable ProgressStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets whether it is on schedule, or removes it.
     *
     * @param onSchedule whether it is on schedule, or null for none
     * @return this builder
     */
    public Builder onSchedule(@Nullable Boolean onSchedule) {
      this.onSchedule = onSchedule;
      return this;
    }

    /**
     * Sets the summary, or removes it.
     *
     * @param summary the summary, or null for none
     * @return this builder
     */
    public Builder summary(@Nullable LocalizedText summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets the summary in one language.
     *
     * @param language the language tag, not null
     * @param summary the text, not blank
     * @return this builder
     */
    public Builder summary(String language, String summary) {
      return summary(LocalizedText.of(language, summary));
    }

    /**
     * Sets the challenges, or removes it.
     *
     * @param challenges the challenges, or null for none
     * @return this builder
     */
    public Builder challenges(@Nullable LocalizedText challenges) {
      this.challenges = challenges;
      return this;
    }

    /**
     * Sets the challenges in one language.
     *
     * @param language the language tag, not null
     * @param challenges the text, not blank
     * @return this builder
     */
    public Builder challenges(String language, String challenges) {
      return challenges(LocalizedText.of(language, challenges));
    }

    /**
     * Sets the next steps, or removes it.
     *
     * @param nextSteps the next steps, or null for none
     * @return this builder
     */
    public Builder nextSteps(@Nullable LocalizedText nextSteps) {
      this.nextSteps = nextSteps;
      return this;
    }

    /**
     * Sets the next steps in one language.
     *
     * @param language the language tag, not null
     * @param nextSteps the text, not blank
     * @return this builder
     */
    public Builder nextSteps(String language, String nextSteps) {
      return nextSteps(LocalizedText.of(language, nextSteps));
    }

    /**
     * Adds a link to evidence.
     *
     * @param evidence a link to evidence, not null
     * @return this builder
     */
    public Builder evidence(Link evidence) {
      this.evidence.add(Objects.requireNonNull(evidence, "evidence"));
      return this;
    }

    /**
     * Replaces the evidence.
     *
     * @param evidence the evidence, not null, without null elements
     * @return this builder
     */
    public Builder evidence(List<Link> evidence) {
      Builders.replace(this.evidence, evidence, "evidence");
      return this;
    }

    /**
     * Sets the extensions.
     *
     * @param extensions the extensions, not null
     * @return this builder
     */
    public Builder extensions(JsonObject extensions) {
      this.extensions = Objects.requireNonNull(extensions, "extensions");
      return this;
    }

    /**
     * Sets the number and OGP commitment id from a reference.
     *
     * @param reference the reference, not null
     * @return this builder
     */
    public Builder reference(MeasureRef reference) {
      Objects.requireNonNull(reference, "reference");
      this.measure = reference.measure().orElse(null);
      this.ogpId = reference.ogpId().orElse(null);
      return this;
    }

    /**
     * Builds the progress entry. Nothing is required: an entry that names nothing or says nothing
     * is for validation to report.
     *
     * @return the progress entry, not null
     */
    public ProgressEntry build() {
      return new ProgressEntry(Optional.ofNullable(measure), Optional.ofNullable(ogpId),
          Optional.ofNullable(status), Optional.ofNullable(onSchedule),
          Optional.ofNullable(summary), Optional.ofNullable(challenges),
          Optional.ofNullable(nextSteps), evidence, extensions);
    }
  }
}
