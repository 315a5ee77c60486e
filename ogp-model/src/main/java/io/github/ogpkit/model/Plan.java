package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.constraints.CountryCode;
import io.github.ogpkit.model.constraints.DistinctElements;
import io.github.ogpkit.model.constraints.Identifier;
import io.github.ogpkit.model.constraints.LanguageTag;
import io.github.ogpkit.model.constraints.MeasuresOrSections;
import io.github.ogpkit.model.constraints.NotPermanent;
import io.github.ogpkit.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An action plan or national program: its identity, period, institutions, and numbered sections of
 * measures. The root of the model.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .id("xx-sample-2020-2022")
 *     .kind(PlanKind.OGP_ACTION_PLAN)
 *     .country("AZ")
 *     .title("en", "Sample plan")
 *     .languages("en")
 *     .period("2020/2022")
 *     .institution(Institution.builder().id("ministry-of-justice")
 *         .name("en", "Ministry of Justice").kind(InstitutionKind.MINISTRY).build())
 *     .section(Section.builder().number("1").title("en", "Access to information")
 *         .measure(Measure.builder().number("1.1").title("en", "Publish the register online")
 *             .executor("ministry-of-justice").timeFrame("2020/2021").build())
 *         .build())
 *     .build();
 *
 * plan.findMeasure("1.1");                  // Optional[Measure[number=1.1, ...]]
 * plan.assignmentsOf("ministry-of-justice"); // [MeasureAssignment[...]]
 * }</pre>
 *
 * <p>Plans are immutable values: a builder or {@link #toBuilder()} makes changed copies. The
 * constructor checks only that nothing is null; whether a plan is valid (identifiers, country,
 * languages, unique numbers, known institutions) is the job of validation, so that a plan with
 * problems can be held, reported on and mended. The one limit the model itself sets is how deep
 * sections and measures nest: at most {@link #MAX_NESTING} levels.
 *
 * @param id the plan's identifier, not null
 * @param kind what kind of document it is, not null
 * @param profile the id of the rule profile the publisher states the plan conforms to (one of
 *     {@link #PROFILES}), not null, empty if none is stated (since format 1.1)
 * @param country the ISO 3166-1 alpha-2 code of the country, upper case, not null
 * @param jurisdiction the subnational government of a local plan ("Nairobi City County"), not
 *     null, empty if none (since 1.1)
 * @param title the title, not null
 * @param languages the languages of the plan, not null, immutable: first the language in which
 *     its texts are complete (the language of adoption, or of the translation the document holds)
 * @param period the plan's period, not null, bounded
 * @param planNumber the member's first, second, ... action plan, not null, empty if not stated
 *     (since 1.1)
 * @param adoption how it was adopted, not null, empty if unknown
 * @param preamble introductory text, not null, empty if none
 * @param links links to documents about the plan, not null, immutable (since 1.1)
 * @param institutions the institution registry, not null, immutable
 * @param measures the measures that belong to no section, not null, immutable (since 1.1)
 * @param sections the top-level sections, not null, immutable
 * @param extensions data carried along unchanged, not null, empty if none
 */
@MeasuresOrSections
@API(status = STABLE, since = "0.1")
public record Plan(@Identifier String id, PlanKind kind,
    Optional<@Pattern(regexp = Plan.PROFILE_PATTERN) String> profile,
    @CountryCode String country, Optional<LocalizedText> jurisdiction, LocalizedText title,
    @NotEmpty @DistinctElements List<@LanguageTag String> languages,
    @NotPermanent TimeFrame period, OptionalInt planNumber, Optional<@Valid Adoption> adoption,
    Optional<LocalizedText> preamble, List<@Valid Link> links,
    List<@Valid Institution> institutions, List<@Valid Measure> measures,
    List<@Valid Section> sections, JsonObject extensions) implements Document {

  /**
   * The ids of the rule profiles a plan may state, as RULES-1.1 names them:
   * {@code ogp-action-plan}, {@code executive-order} and {@code national-program}.
   */
  @API(status = STABLE, since = "0.2")
  public static final List<String> PROFILES =
      List.of("ogp-action-plan", "executive-order", "national-program");

  /** The profile ids as a pattern, for Bean Validation. */
  static final String PROFILE_PATTERN = "ogp-action-plan|executive-order|national-program";

  /**
   * How many levels sections and measures nest at most: a top-level section is level 1, a measure
   * in it level 2, a sub-measure of that measure level 3, and so on. Real plans nest three or four
   * levels; the limit keeps every walk of a plan (validation, writing, {@code toString},
   * {@code equals}) within a small, bounded stack. The constructors of {@link Section} and
   * {@link Measure} refuse a part that nests deeper, counting the part itself as one level, so a
   * plan's sections are never deeper than this.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final int MAX_NESTING = 100;

  /**
   * Creates a plan, copying the lists.
   *
   * @param id the id, not null
   * @param kind the kind, not null
   * @param profile the stated profile, not null
   * @param country the country, not null
   * @param jurisdiction the jurisdiction, not null
   * @param title the title, not null
   * @param languages the languages, not null
   * @param period the period, not null
   * @param planNumber the plan number, not null
   * @param adoption the adoption, not null
   * @param preamble the preamble, not null
   * @param links the links, not null
   * @param institutions the institutions, not null
   * @param measures the measures that belong to no section, not null
   * @param sections the sections, not null
   * @param extensions the extensions, not null
   */
  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(title, "title");
    languages = Builders.copyOf(languages, "languages");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(planNumber, "planNumber");
    Objects.requireNonNull(adoption, "adoption");
    Objects.requireNonNull(preamble, "preamble");
    links = Builders.copyOf(links, "links");
    institutions = Builders.copyOf(institutions, "institutions");
    measures = Builders.copyOf(measures, "measures");
    sections = Builders.copyOf(sections, "sections");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * Creates a plan of format 1.0's properties, copying the lists; the properties of 1.1 are
   * empty.
   *
   * @param id the id, not null
   * @param kind the kind, not null
   * @param country the country, not null
   * @param title the title, not null
   * @param languages the languages, not null
   * @param period the period, not null
   * @param adoption the adoption, not null
   * @param preamble the preamble, not null
   * @param institutions the institutions, not null
   * @param sections the sections, not null
   * @param extensions the extensions, not null
   */
  public Plan(String id, PlanKind kind, String country, LocalizedText title,
      List<String> languages, TimeFrame period, Optional<Adoption> adoption,
      Optional<LocalizedText> preamble, List<Institution> institutions, List<Section> sections,
      JsonObject extensions) {
    this(id, kind, Optional.empty(), country, Optional.empty(), title, languages, period,
        OptionalInt.empty(), adoption, preamble, List.of(), institutions, List.of(), sections,
        extensions);
  }

  /**
   * Returns {@link DocumentType#PLAN}.
   *
   * @return the type, not null
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  @Override
  public DocumentType documentType() {
    return DocumentType.PLAN;
  }

  /**
   * Returns every measure of the plan in document order: depth first, the top-level measures
   * first (each followed by its sub-measures), then each section's own measures before its
   * subsections'.
   *
   * @return the measures, immutable
   */
  public List<Measure> allMeasures() {
    List<Measure> all = new ArrayList<>();
    for (Measure m : measures) {
      m.forEachDepthFirst(all::add);
    }
    for (Section s : sections) {
      s.collectMeasures(all);
    }
    return List.copyOf(all);
  }

  /**
   * Returns every section of the plan in document order, each before its subsections.
   *
   * @return the sections, immutable
   */
  public List<Section> allSections() {
    List<Section> all = new ArrayList<>();
    collectSections(sections, all);
    return List.copyOf(all);
  }

  private static void collectSections(List<Section> sections, List<Section> into) {
    for (Section s : sections) {
      into.add(s);
      collectSections(s.sections(), into);
    }
  }

  /**
   * Finds a measure by number. If a faulty plan uses the number more than once, the first in
   * document order is returned. Each call walks the plan (linear time); to look up many numbers,
   * index {@link #allMeasures()} once instead.
   *
   * @param number the number, not null
   * @return the measure, or empty
   */
  public Optional<Measure> findMeasure(OutlineNumber number) {
    Objects.requireNonNull(number, "number");
    return allMeasures().stream().filter(m -> m.number().equals(number)).findFirst();
  }

  /**
   * Finds a measure by number.
   *
   * @param number the number, such as {@code 1.2}, not null
   * @return the measure, or empty
   * @throws ValueParseException if the text is not a number
   */
  public Optional<Measure> findMeasure(String number) {
    return findMeasure(OutlineNumber.parse(number));
  }

  /**
   * Finds a section or subsection by number; the first in document order if used twice.
   *
   * @param number the number, not null
   * @return the section, or empty
   */
  public Optional<Section> findSection(OutlineNumber number) {
    Objects.requireNonNull(number, "number");
    return allSections().stream().filter(s -> s.number().equals(number)).findFirst();
  }

  /**
   * Finds a section or subsection by number.
   *
   * @param number the number, such as {@code 4.1}, not null
   * @return the section, or empty
   * @throws ValueParseException if the text is not a number
   */
  public Optional<Section> findSection(String number) {
    return findSection(OutlineNumber.parse(number));
  }

  /**
   * Finds an institution by id; the first if a faulty plan uses the id twice.
   *
   * @param id the id, not null
   * @return the institution, or empty
   */
  public Optional<Institution> findInstitution(String id) {
    Objects.requireNonNull(id, "id");
    return institutions.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Returns every assignment of one institution across the plan, in document order.
   *
   * @param institutionId the institution's id, not null
   * @return the assignments with their measures, immutable, empty if none
   */
  public List<MeasureAssignment> assignmentsOf(String institutionId) {
    Objects.requireNonNull(institutionId, "institutionId");
    List<MeasureAssignment> found = new ArrayList<>();
    for (Measure m : allMeasures()) {
      for (Assignment a : m.institutions()) {
        if (a.institution().equals(institutionId)) {
          found.add(new MeasureAssignment(m, a));
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * Starts building a plan.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this plan's values.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).kind(kind).country(country).title(title)
        .languages(languages).period(period).links(links).institutions(institutions)
        .measures(measures).sections(sections).extensions(extensions);
    b.profile = profile.orElse(null);
    b.jurisdiction = jurisdiction.orElse(null);
    b.planNumber = planNumber.isPresent() ? planNumber.getAsInt() : null;
    b.adoption = adoption.orElse(null);
    b.preamble = preamble.orElse(null);
    return b;
  }

  /** Builds a {@link Plan}. Not thread-safe. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private @Nullable String id;
    private @Nullable PlanKind kind;
    private @Nullable String profile;
    private @Nullable String country;
    private @Nullable LocalizedText jurisdiction;
    private @Nullable LocalizedText title;
    private final List<String> languages = new ArrayList<>();
    private @Nullable TimeFrame period;
    private @Nullable Integer planNumber;
    private @Nullable Adoption adoption;
    private @Nullable LocalizedText preamble;
    private final List<Link> links = new ArrayList<>();
    private final List<Institution> institutions = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
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
     * Sets the kind.
     *
     * @param kind the kind, not null
     * @return this builder
     */
    public Builder kind(PlanKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets the profile the plan states it conforms to, or removes it.
     *
     * @param profile the profile's id, one of {@link Plan#PROFILES}, or null for none
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder profile(@Nullable String profile) {
      this.profile = profile;
      return this;
    }

    /**
     * Sets the jurisdiction of a local plan, or removes it.
     *
     * @param jurisdiction the subnational government, or null for none
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder jurisdiction(@Nullable LocalizedText jurisdiction) {
      this.jurisdiction = jurisdiction;
      return this;
    }

    /**
     * Sets the jurisdiction of a local plan in one language.
     *
     * @param language the language tag, not null
     * @param jurisdiction the subnational government, such as {@code Nairobi City County}, not
     *     blank
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder jurisdiction(String language, String jurisdiction) {
      return jurisdiction(LocalizedText.of(language, jurisdiction));
    }

    /**
     * Sets which of the member's action plans this is, or removes it.
     *
     * @param planNumber the number, 1 for the first; null for none
     * @return this builder
     * @throws IllegalArgumentException if the number is less than 1
     */
    @API(status = STABLE, since = "0.2")
    public Builder planNumber(@Nullable Integer planNumber) {
      if (planNumber != null && planNumber < 1) {
        throw new IllegalArgumentException("planNumber " + planNumber + " is less than 1");
      }
      this.planNumber = planNumber;
      return this;
    }

    /**
     * Adds a link.
     *
     * @param link the link, not null
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder link(Link link) {
      links.add(Objects.requireNonNull(link, "link"));
      return this;
    }

    /**
     * Replaces the links.
     *
     * @param links the links, not null
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder links(List<Link> links) {
      List<Link> copy = Builders.copyOf(links, "links");
      this.links.clear();
      this.links.addAll(copy);
      return this;
    }

    /**
     * Adds a measure that belongs to no section.
     *
     * @param measure the measure, not null
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder measure(Measure measure) {
      measures.add(Objects.requireNonNull(measure, "measure"));
      return this;
    }

    /**
     * Replaces the measures that belong to no section.
     *
     * @param measures the measures, not null
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder measures(List<Measure> measures) {
      List<Measure> copy = Builders.copyOf(measures, "measures");
      this.measures.clear();
      this.measures.addAll(copy);
      return this;
    }

    /**
     * Sets the country.
     *
     * @param country the ISO 3166-1 alpha-2 code, not null
     * @return this builder
     */
    public Builder country(String country) {
      this.country = Objects.requireNonNull(country, "country");
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title, not null
     * @return this builder
     */
    public Builder title(LocalizedText title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the title in one language.
     *
     * @param language the language tag, not null
     * @param title the title, not blank
     * @return this builder
     */
    public Builder title(String language, String title) {
      return title(LocalizedText.of(language, title));
    }

    /**
     * Replaces the languages.
     *
     * @param languages the language tags, the adopted language first, not null
     * @return this builder
     */
    public Builder languages(String... languages) {
      return languages(Arrays.asList(Objects.requireNonNull(languages, "languages")));
    }

    /**
     * Replaces the languages.
     *
     * @param languages the language tags, the adopted language first, not null
     * @return this builder
     */
    public Builder languages(List<String> languages) {
      List<String> copy = Builders.copyOf(languages, "languages");
      this.languages.clear();
      this.languages.addAll(copy);
      return this;
    }

    /**
     * Sets the period.
     *
     * @param period the period, not null
     * @return this builder
     */
    public Builder period(TimeFrame period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
     * Sets the period.
     *
     * @param period the period in the format's notation, such as {@code 2016/2018}
     * @return this builder
     * @throws ValueParseException if it is not a time frame
     */
    public Builder period(String period) {
      return period(TimeFrame.parse(period));
    }

    /**
     * Sets the adoption, or removes it.
     *
     * @param adoption the adoption, or null for none
     * @return this builder
     */
    public Builder adoption(@Nullable Adoption adoption) {
      this.adoption = adoption;
      return this;
    }

    /**
     * Sets the preamble, or removes it.
     *
     * @param preamble the preamble, or null for none
     * @return this builder
     */
    public Builder preamble(@Nullable LocalizedText preamble) {
      this.preamble = preamble;
      return this;
    }

    /**
     * Adds an institution to the registry.
     *
     * @param institution the institution, not null
     * @return this builder
     */
    public Builder institution(Institution institution) {
      institutions.add(Objects.requireNonNull(institution, "institution"));
      return this;
    }

    /**
     * Replaces the institution registry.
     *
     * @param institutions the institutions, not null
     * @return this builder
     */
    public Builder institutions(List<Institution> institutions) {
      List<Institution> copy = Builders.copyOf(institutions, "institutions");
      this.institutions.clear();
      this.institutions.addAll(copy);
      return this;
    }

    /**
     * Adds a top-level section.
     *
     * @param section the section, not null
     * @return this builder
     */
    public Builder section(Section section) {
      sections.add(Objects.requireNonNull(section, "section"));
      return this;
    }

    /**
     * Replaces the top-level sections.
     *
     * @param sections the sections, not null
     * @return this builder
     */
    public Builder sections(List<Section> sections) {
      List<Section> copy = Builders.copyOf(sections, "sections");
      this.sections.clear();
      this.sections.addAll(copy);
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
     * Builds the plan. Empty languages, or neither measures nor sections, are not errors here;
     * validation reports them.
     *
     * @return the plan, not null
     * @throws IllegalStateException if id, kind, country, title or period was not set
     */
    public Plan build() {
      Builders.requireSet("Plan", "id", id, "kind", kind, "country", country, "title", title,
          "period", period);
      return new Plan(id, kind, Optional.ofNullable(profile), country,
          Optional.ofNullable(jurisdiction), title, languages, period,
          planNumber != null ? OptionalInt.of(planNumber) : OptionalInt.empty(),
          Optional.ofNullable(adoption), Optional.ofNullable(preamble), links, institutions,
          measures, sections, extensions);
    }
  }
}
