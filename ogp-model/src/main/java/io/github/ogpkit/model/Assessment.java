package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.json.JsonObject;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link IrmAssessment} says about one commitment: the IRM's scores (which fields a
 * product assesses differs, see {@link IrmProduct}), whether it is starred, and a summary.
 *
 * <pre>{@code
 * Assessment a = Assessment.builder()
 *     .measure("4")
 *     .ogpValues(OgpValue.ACCESS_TO_INFORMATION)
 *     .potentialImpact(PotentialImpact.TRANSFORMATIVE)
 *     .completion(IrmCompletion.SUBSTANTIAL)
 *     .starred(true)
 *     .build();
 * }</pre>
 *
 * <p>Every component may be empty: an absent score is unknown (OGP's pages often show the star
 * without the scores), and whether the scores and the star agree is the rules' question.
 *
 * @param measure the number of the section or measure the entry is about, not null, empty if not
 *     given
 * @param ogpId the OGP commitment id of the section or measure the entry is about, not null, empty
 *     if not given
 * @param specificity how specific and measurable it is (reports up to 2020), not null, empty if not
 *     assessed
 * @param verifiable whether it is verifiable (since 2021), not null, empty if not assessed
 * @param ogpValues the OGP values the IRM found it relevant to, not null, immutable, iterated in
 *     the order of {@link OgpValue}
 * @param potentialImpact the impact it could have, not null, empty if not assessed
 * @param promising whether an action plan review found it promising, not null, empty if not
 *     assessed
 * @param completion how far it was carried out, not null, empty if not assessed
 * @param didItOpenGovernment how far it opened government, not null, empty if not assessed
 * @param starred whether the IRM starred it, not null, empty if not stated
 * @param summary the IRM's words about it, not null, empty if none
 * @param extensions data carried along unchanged, not null, empty if none
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Assessment(Optional<OutlineNumber> measure,
    Optional<@Pattern(regexp = Measure.OGP_ID_PATTERN) String> ogpId,
    Optional<Specificity> specificity, Optional<Boolean> verifiable, Set<OgpValue> ogpValues,
    Optional<PotentialImpact> potentialImpact, Optional<Boolean> promising,
    Optional<IrmCompletion> completion, Optional<OpenGovernmentResult> didItOpenGovernment,
    Optional<Boolean> starred, Optional<LocalizedText> summary,
    JsonObject extensions) implements MeasureEntry {

  /**
   * Creates an assessment, copying the set of OGP values.
   *
   * @param measure the number of the section or measure, not null
   * @param ogpId the OGP commitment id, not null
   * @param specificity the specificity, not null
   * @param verifiable whether it is verifiable, not null
   * @param ogpValues the OGP values, not null
   * @param potentialImpact the potential impact, not null
   * @param promising whether it is promising, not null
   * @param completion the completion, not null
   * @param didItOpenGovernment the answer to "did it open government?", not null
   * @param starred whether it is starred, not null
   * @param summary the summary, not null
   * @param extensions the extensions, not null
   */
  public Assessment {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(ogpId, "ogpId");
    Objects.requireNonNull(specificity, "specificity");
    Objects.requireNonNull(verifiable, "verifiable");
    ogpValues = Builders.enumSet(ogpValues, OgpValue.class, "ogpValues");
    Objects.requireNonNull(potentialImpact, "potentialImpact");
    Objects.requireNonNull(promising, "promising");
    Objects.requireNonNull(completion, "completion");
    Objects.requireNonNull(didItOpenGovernment, "didItOpenGovernment");
    Objects.requireNonNull(starred, "starred");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * Starts building an assessment.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this assessment's values.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder().ogpValues(ogpValues).extensions(extensions);
    b.measure = measure.orElse(null);
    b.ogpId = ogpId.orElse(null);
    b.specificity = specificity.orElse(null);
    b.verifiable = verifiable.orElse(null);
    b.potentialImpact = potentialImpact.orElse(null);
    b.promising = promising.orElse(null);
    b.completion = completion.orElse(null);
    b.didItOpenGovernment = didItOpenGovernment.orElse(null);
    b.starred = starred.orElse(null);
    b.summary = summary.orElse(null);
    return b;
  }

  /** Builds an {@link Assessment}. Not thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private @Nullable OutlineNumber measure;
    private @Nullable String ogpId;
    private @Nullable Specificity specificity;
    private @Nullable Boolean verifiable;
    private final Set<OgpValue> ogpValues = EnumSet.noneOf(OgpValue.class);
    private @Nullable PotentialImpact potentialImpact;
    private @Nullable Boolean promising;
    private @Nullable IrmCompletion completion;
    private @Nullable OpenGovernmentResult didItOpenGovernment;
    private @Nullable Boolean starred;
    private @Nullable LocalizedText summary;
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
     * Sets the specificity, or removes it.
     *
     * @param specificity the specificity, or null for none
     * @return this builder
     */
    public Builder specificity(@Nullable Specificity specificity) {
      this.specificity = specificity;
      return this;
    }

    /**
     * Sets whether it is verifiable, or removes it.
     *
     * @param verifiable whether it is verifiable, or null for none
     * @return this builder
     */
    public Builder verifiable(@Nullable Boolean verifiable) {
      this.verifiable = verifiable;
      return this;
    }

    /**
     * Replaces the OGP values.
     *
     * @param values the values, not null
     * @return this builder
     */
    public Builder ogpValues(OgpValue... values) {
      Objects.requireNonNull(values, "values");
      return ogpValues(Arrays.asList(values));
    }

    /**
     * Replaces the OGP values.
     *
     * @param values the values, not null, without null elements
     * @return this builder
     */
    public Builder ogpValues(Collection<OgpValue> values) {
      Set<OgpValue> copy = Builders.enumSet(values, OgpValue.class, "values");
      ogpValues.clear();
      ogpValues.addAll(copy);
      return this;
    }

    /**
     * Sets the potential impact, or removes it.
     *
     * @param potentialImpact the potential impact, or null for none
     * @return this builder
     */
    public Builder potentialImpact(@Nullable PotentialImpact potentialImpact) {
      this.potentialImpact = potentialImpact;
      return this;
    }

    /**
     * Sets whether it is promising, or removes it.
     *
     * @param promising whether it is promising, or null for none
     * @return this builder
     */
    public Builder promising(@Nullable Boolean promising) {
      this.promising = promising;
      return this;
    }

    /**
     * Sets the completion, or removes it.
     *
     * @param completion the completion, or null for none
     * @return this builder
     */
    public Builder completion(@Nullable IrmCompletion completion) {
      this.completion = completion;
      return this;
    }

    /**
     * Sets the answer to "did it open government?", or removes it.
     *
     * @param didItOpenGovernment the answer to "did it open government?", or null for none
     * @return this builder
     */
    public Builder didItOpenGovernment(@Nullable OpenGovernmentResult didItOpenGovernment) {
      this.didItOpenGovernment = didItOpenGovernment;
      return this;
    }

    /**
     * Sets whether it is starred, or removes it.
     *
     * @param starred whether it is starred, or null for none
     * @return this builder
     */
    public Builder starred(@Nullable Boolean starred) {
      this.starred = starred;
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
     * Builds the assessment. Nothing is required: an entry that names nothing is for validation to
     * report.
     *
     * @return the assessment, not null
     */
    public Assessment build() {
      return new Assessment(Optional.ofNullable(measure), Optional.ofNullable(ogpId),
          Optional.ofNullable(specificity), Optional.ofNullable(verifiable), ogpValues,
          Optional.ofNullable(potentialImpact), Optional.ofNullable(promising),
          Optional.ofNullable(completion), Optional.ofNullable(didItOpenGovernment),
          Optional.ofNullable(starred), Optional.ofNullable(summary), extensions);
    }
  }
}
