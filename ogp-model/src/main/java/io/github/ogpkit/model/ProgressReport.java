package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.constraints.DistinctElements;
import io.github.ogpkit.model.constraints.Identifier;
import io.github.ogpkit.model.constraints.LanguageTag;
import io.github.ogpkit.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A statement of how far a plan's measures have got, as of one day, by one reporter: a
 * government's self-assessment, a civil society shadow report, a tracker's snapshot
 * (MONITORING.md, {@code progress-report}). It points at its plan by id and changes nothing in it.
 *
 * <pre>{@code
 * ProgressReport report = ProgressReport.builder()
 *     .id("az-2016-2018-government-2017")
 *     .plan("az-2016-2018")
 *     .reporter(Reporter.of(ReporterKind.GOVERNMENT, "en", "Ministry of Justice"))
 *     .asOf("2017-09-30")
 *     .languages("en")
 *     .entry(ProgressEntry.builder().measure("1.2").status(ProgressStatus.SUBSTANTIAL).build())
 *     .build();
 * }</pre>
 *
 * <p>Like {@link Plan}, the constructor checks only that nothing is null; whether the report is
 * valid (identifiers, languages, a non-empty list of entries, references that name something) is
 * the job of validation, so that a report with problems can be held and reported on.
 *
 * @param id the report's identifier, not null
 * @param plan the id of the plan it reports on, not null
 * @param reporter who wrote it, not null
 * @param asOf the day the statuses describe (when a source gives only its publication date, that
 *     date), not null
 * @param published the day it was published, not null, empty if not given
 * @param languages the languages of the document's texts, not null, immutable: first the language
 *     in which they are complete
 * @param links links to documents about the report, not null, immutable, empty if none
 * @param entries what it says about each section or measure, in the order given, not null,
 *     immutable
 * @param extensions data carried along unchanged, not null, empty if none
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ProgressReport(@Identifier String id, @Identifier String plan,
    @Valid Reporter reporter, LocalDate asOf, Optional<LocalDate> published,
    @NotEmpty @DistinctElements List<@LanguageTag String> languages, List<@Valid Link> links,
    @NotEmpty List<@Valid ProgressEntry> entries, JsonObject extensions) implements Document {

  /**
   * Creates a progress report, copying the lists.
   *
   * @param id the id, not null
   * @param plan the plan's id, not null
   * @param reporter the reporter, not null
   * @param asOf the day the statuses describe, not null
   * @param published the day of publication, not null
   * @param languages the languages, not null
   * @param links the links, not null
   * @param entries the entries, not null
   * @param extensions the extensions, not null
   */
  public ProgressReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(published, "published");
    languages = Builders.copyOf(languages, "languages");
    links = Builders.copyOf(links, "links");
    entries = Builders.copyOf(entries, "entries");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * Returns {@link DocumentType#PROGRESS_REPORT}.
   *
   * @return the type, not null
   */
  @Override
  public DocumentType documentType() {
    return DocumentType.PROGRESS_REPORT;
  }

  /**
   * Starts building a progress report.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this progress report's values.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).plan(plan).reporter(reporter).asOf(asOf).languages(languages)
        .links(links).entries(entries).extensions(extensions);
    b.published = published.orElse(null);
    return b;
  }

  /** Builds a {@link ProgressReport}. Not thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String plan;
    private @Nullable Reporter reporter;
    private @Nullable LocalDate asOf;
    private @Nullable LocalDate published;
    private final List<String> languages = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<ProgressEntry> entries = new ArrayList<>();
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
     * Sets the reporter.
     *
     * @param reporter the reporter, not null
     * @return this builder
     */
    public Builder reporter(Reporter reporter) {
      this.reporter = Objects.requireNonNull(reporter, "reporter");
      return this;
    }

    /**
     * Sets the day the statuses describe.
     *
     * @param asOf the day the statuses describe, not null
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the day the statuses describe from its text.
     *
     * @param asOf the day the statuses describe, such as {@code 2017-09-30}, not null
     * @return this builder
     * @throws ValueParseException if the text is not a date YYYY-MM-DD
     */
    public Builder asOf(String asOf) {
      return asOf(PartialDate.parseDay(asOf, "asOf"));
    }

    /**
     * Sets the day of publication, or removes it.
     *
     * @param published the day of publication, or null for none
     * @return this builder
     */
    public Builder published(@Nullable LocalDate published) {
      this.published = published;
      return this;
    }

    /**
     * Sets the day of publication from its text.
     *
     * @param published the day of publication, such as {@code 2017-10-15}, not null
     * @return this builder
     * @throws ValueParseException if the text is not a date YYYY-MM-DD
     */
    public Builder published(String published) {
      return published(PartialDate.parseDay(published, "published"));
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
    public Builder entry(ProgressEntry entry) {
      this.entries.add(Objects.requireNonNull(entry, "entry"));
      return this;
    }

    /**
     * Replaces the entries.
     *
     * @param entries the entries, not null, without null elements
     * @return this builder
     */
    public Builder entries(List<ProgressEntry> entries) {
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
     * Builds the progress report.
     *
     * @return the progress report, not null
     * @throws IllegalStateException if id, plan, reporter or asOf was not set
     */
    public ProgressReport build() {
      Builders.requireSet("ProgressReport", "id", id, "plan", plan, "reporter", reporter,
          "asOf", asOf);
      return new ProgressReport(id, plan, reporter, asOf, Optional.ofNullable(published), languages,
          links, entries, extensions);
    }
  }
}
