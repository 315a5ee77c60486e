package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.constraints.DistinctElements;
import io.github.ogpkit.model.constraints.Identifier;
import io.github.ogpkit.model.constraints.LanguageTag;
import io.github.ogpkit.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A report of OGP's Independent Reporting Mechanism on a plan, as far as it assesses the plan's
 * commitments (MONITORING.md, {@code irm-assessment}): which product it is, when it was
 * published, and one {@link Assessment} per commitment.
 *
 * <pre>{@code
 * IrmAssessment design = IrmAssessment.builder()
 *     .id("az-2016-2018-irm-design")
 *     .plan("az-2016-2018")
 *     .product(IrmProduct.DESIGN_REPORT)
 *     .published("2017-11")
 *     .languages("en")
 *     .entry(Assessment.builder().ogpId("AZ0038").specificity(Specificity.MEDIUM)
 *         .potentialImpact(PotentialImpact.MODERATE).build())
 *     .build();
 * }</pre>
 *
 * <p>The constructor checks only that nothing is null; validity is validation's job.
 *
 * @param id the assessment's identifier, not null
 * @param plan the id of the plan it assesses, not null
 * @param product which of the IRM's reports it is, not null
 * @param published when it was published, as precisely as known, not null
 * @param languages the languages of the document's texts, not null, immutable: first the language
 *     in which they are complete
 * @param links links to documents about the assessment, not null, immutable, empty if none
 * @param entries the assessment of each section or measure, in the order given, not null, immutable
 * @param extensions data carried along unchanged, not null, empty if none
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record IrmAssessment(@Identifier String id, @Identifier String plan, IrmProduct product,
    PartialDate published, @NotEmpty @DistinctElements List<@LanguageTag String> languages,
    List<@Valid Link> links, @NotEmpty List<@Valid Assessment> entries,
    JsonObject extensions) implements Document {

  /**
   * Creates an IRM assessment, copying the lists.
   *
   * @param id the id, not null
   * @param plan the plan's id, not null
   * @param product the product, not null
   * @param published the date of publication, not null
   * @param languages the languages, not null
   * @param links the links, not null
   * @param entries the entries, not null
   * @param extensions the extensions, not null
   */
  public IrmAssessment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(published, "published");
    languages = Builders.copyOf(languages, "languages");
    links = Builders.copyOf(links, "links");
    entries = Builders.copyOf(entries, "entries");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * Returns {@link DocumentType#IRM_ASSESSMENT}.
   *
   * @return the type, not null
   */
  @Override
  public DocumentType documentType() {
    return DocumentType.IRM_ASSESSMENT;
  }

  /**
   * Starts building an IRM assessment.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this IRM assessment's values.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).plan(plan).product(product).published(published)
        .languages(languages).links(links).entries(entries).extensions(extensions);
    return b;
  }

  /** Builds an {@link IrmAssessment}. Not thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String plan;
    private @Nullable IrmProduct product;
    private @Nullable PartialDate published;
    private final List<String> languages = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Assessment> entries = new ArrayList<>();
    private JsonObject extensions = JsonObject.EMPTY;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the id, not null
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the plan's id.
     *
     * @param plan the plan's id, not null
     * @return this builder
     */
    public Builder plan(String plan) {
      this.plan = Objects.requireNonNull(plan, "plan");
      return this;
    }

    /**
     * Sets the product.
     *
     * @param product the product, not null
     * @return this builder
     */
    public Builder product(IrmProduct product) {
      this.product = Objects.requireNonNull(product, "product");
      return this;
    }

    /**
     * Sets the date of publication.
     *
     * @param published the date of publication, not null
     * @return this builder
     */
    public Builder published(PartialDate published) {
      this.published = Objects.requireNonNull(published, "published");
      return this;
    }

    /**
     * Sets the date of publication from its text.
     *
     * @param published the date of publication, such as {@code 2017-11}, not null
     * @return this builder
     * @throws ValueParseException if the text is not a partial date
     */
    public Builder published(String published) {
      return published(PartialDate.parse(published));
    }

    /**
     * Replaces the languages.
     *
     * @param languages the languages, not null
     * @return this builder
     */
    public Builder languages(String... languages) {
      return languages(Arrays.asList(Objects.requireNonNull(languages, "languages")));
    }

    /**
     * Replaces the languages.
     *
     * @param languages the languages, not null, without null elements
     * @return this builder
     */
    public Builder languages(List<String> languages) {
      Builders.replace(this.languages, languages, "languages");
      return this;
    }

    /**
     * Adds a link.
     *
     * @param link a link, not null
     * @return this builder
     */
    public Builder link(Link link) {
      this.links.add(Objects.requireNonNull(link, "link"));
      return this;
    }

    /**
     * Replaces the links.
     *
     * @param links the links, not null, without null elements
     * @return this builder
     */
    public Builder links(List<Link> links) {
      Builders.replace(this.links, links, "links");
      return this;
    }

    /**
     * Adds an entry.
     *
     * @param entry an entry, not null
     * @return this builder
     */
    public Builder entry(Assessment entry) {
      this.entries.add(Objects.requireNonNull(entry, "entry"));
      return this;
    }

    /**
     * Replaces the entries.
     *
     * @param entries the entries, not null, without null elements
     * @return this builder
     */
    public Builder entries(List<Assessment> entries) {
      Builders.replace(this.entries, entries, "entries");
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
     * Builds the IRM assessment.
     *
     * @return the IRM assessment, not null
     * @throws IllegalStateException if id, plan, product or published was not set
     */
    public IrmAssessment build() {
      Builders.requireSet("IrmAssessment", "id", id, "plan", plan, "product", product,
          "published", published);
      return new IrmAssessment(id, plan, product, published, languages, links, entries, extensions);
    }
  }
}
