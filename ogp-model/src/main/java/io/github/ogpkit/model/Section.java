package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.constraints.DistinctElements;
import io.github.ogpkit.model.constraints.Identifier;
import io.github.ogpkit.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A numbered part of a plan (a section, chapter or commitment area) with its own measures, its
 * subsections and its provisions. Its subsections and measures nest at most
 * {@link Plan#MAX_NESTING} levels, counting the section as one.
 *
 * <pre>{@code
 * Section s = Section.builder()
 *     .number("1")
 *     .title("en", "Access to information")
 *     .measure(measure)
 *     .build();
 * }</pre>
 *
 * @param number the outline number, not null
 * @param code the code exactly as printed when it differs from the outline number (such as
 *     {@code II.3}), not null, empty if none (since format 1.1)
 * @param ogpId the OGP commitment id when the section is a commitment (its measures the
 *     milestones), not null, empty if none (since 1.1)
 * @param title the title as printed, not null
 * @param description introductory text, not null, empty if none
 * @param policyAreas the policy areas as kebab-case identifiers, in the order given, not null,
 *     immutable (since 1.1)
 * @param links links to documents about it, not null, immutable (since 1.1)
 * @param measures the section's own measures, before its subsections, not null, immutable
 * @param sections subsections, not null, immutable
 * @param provisions numbered clauses that are not measures, not null, immutable
 * @param extensions data carried along unchanged, not null, empty if none
 */
@API(status = STABLE, since = "0.1")
public record Section(OutlineNumber number,
    Optional<@Pattern(regexp = Measure.CODE_PATTERN) String> code,
    Optional<@Pattern(regexp = Measure.OGP_ID_PATTERN) String> ogpId, LocalizedText title,
    Optional<LocalizedText> description, @DistinctElements List<@Identifier String> policyAreas,
    List<@Valid Link> links, List<@Valid Measure> measures, List<@Valid Section> sections,
    List<@Valid Provision> provisions, JsonObject extensions) implements PlanPart {

  /**
   * Creates a section, copying the lists.
   *
   * @param number the number, not null
   * @param code the code, not null
   * @param ogpId the OGP commitment id, not null
   * @param title the title, not null
   * @param description the description, not null
   * @param policyAreas the policy areas, not null
   * @param links the links, not null
   * @param measures the measures, not null
   * @param sections the subsections, not null
   * @param provisions the provisions, not null
   * @param extensions the extensions, not null
   * @throws IllegalArgumentException if the subsections and measures nest more than
   *     {@link Plan#MAX_NESTING} levels, counting this section as one
   */
  public Section {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(ogpId, "ogpId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    policyAreas = Builders.copyOf(policyAreas, "policyAreas");
    links = Builders.copyOf(links, "links");
    measures = Parts.measures(measures, "measures");
    sections = Parts.sections(sections, "sections");
    provisions = Builders.copyOf(provisions, "provisions");
    Objects.requireNonNull(extensions, "extensions");
    Nesting.checkSection(number, measures, sections);
  }

  /**
   * Creates a section of format 1.0's properties, copying the lists; the properties of 1.1 are
   * empty.
   *
   * @param number the number, not null
   * @param title the title, not null
   * @param description the description, not null
   * @param measures the measures, not null
   * @param sections the subsections, not null
   * @param provisions the provisions, not null
   * @param extensions the extensions, not null
   * @throws IllegalArgumentException if the subsections and measures nest more than
   *     {@link Plan#MAX_NESTING} levels, counting this section as one
   */
  public Section(OutlineNumber number, LocalizedText title, Optional<LocalizedText> description,
      List<Measure> measures, List<Section> sections, List<Provision> provisions,
      JsonObject extensions) {
    this(number, Optional.empty(), Optional.empty(), title, description, List.of(), List.of(),
        measures, sections, provisions, extensions);
  }

  /**
   * Tells whether the section has no measures, subsections or provisions.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return measures.isEmpty() && sections.isEmpty() && provisions.isEmpty();
  }

  /**
   * Returns all measures of this section and its subsections, depth first in document order: the
   * section's own measures (each followed by its sub-measures), then each subsection's.
   *
   * @return the measures, immutable
   */
  public List<Measure> allMeasures() {
    List<Measure> all = new ArrayList<>();
    collectMeasures(all);
    return List.copyOf(all);
  }

  void collectMeasures(List<Measure> into) {
    for (Measure m : measures) {
      m.forEachDepthFirst(into::add);
    }
    for (Section s : sections) {
      s.collectMeasures(into);
    }
  }

  /**
   * Returns a hash code of every component, as the record's own would, computed by one small
   * method per level: the record's own {@code hashCode} takes many stack frames for each level of
   * nesting.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = number.hashCode();
    h = 31 * h + code.hashCode();
    h = 31 * h + ogpId.hashCode();
    h = 31 * h + title.hashCode();
    h = 31 * h + description.hashCode();
    h = 31 * h + policyAreas.hashCode();
    h = 31 * h + links.hashCode();
    h = 31 * h + measures.hashCode();
    h = 31 * h + sections.hashCode();
    h = 31 * h + provisions.hashCode();
    return 31 * h + extensions.hashCode();
  }

  /**
   * Tells whether another object is a section with equal components, as the record's own
   * {@code equals} would, compared by one small method per level: the record's own {@code equals}
   * takes many stack frames for each level of nesting.
   *
   * @param obj the other object, may be null
   * @return true if it is an equal section
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Section other)) {
      return false;
    }
    if (!number.equals(other.number) || !code.equals(other.code) || !ogpId.equals(other.ogpId)
        || !title.equals(other.title) || !description.equals(other.description)
        || !policyAreas.equals(other.policyAreas) || !links.equals(other.links)
        || !provisions.equals(other.provisions)
        || !extensions.equals(other.extensions) || measures.size() != other.measures.size()
        || sections.size() != other.sections.size()) {
      return false;
    }
    for (int i = 0; i < measures.size(); i++) {
      if (!measures.get(i).equals(other.measures.get(i))) {
        return false;
      }
    }
    for (int i = 0; i < sections.size(); i++) {
      if (!sections.get(i).equals(other.sections.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the record's usual text, {@code Section[number=1, title=..., measures=[...],
   * sections=[...], provisions=[...], extensions=...]}, written by one small method per level: the
   * record's own {@code toString} takes many stack frames for each level of nesting.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    appendTo(out);
    return out.toString();
  }

  private void appendTo(StringBuilder out) {
    out.append("Section[number=").append(number).append(", code=").append(code)
        .append(", ogpId=").append(ogpId).append(", title=").append(title)
        .append(", description=").append(description).append(", policyAreas=")
        .append(policyAreas).append(", links=").append(links).append(", measures=[");
    for (int i = 0; i < measures.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      measures.get(i).appendTo(out);
    }
    out.append("], sections=[");
    for (int i = 0; i < sections.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      sections.get(i).appendTo(out);
    }
    out.append("], provisions=").append(provisions).append(", extensions=").append(extensions)
        .append(']');
  }

  /**
   * Starts building a section.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this section's values.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder().number(number).title(title).policyAreas(policyAreas).links(links)
        .measures(measures).sections(sections).provisions(provisions).extensions(extensions);
    b.code = code.orElse(null);
    b.ogpId = ogpId.orElse(null);
    b.description = description.orElse(null);
    return b;
  }

  /** Builds a {@link Section}. Not thread-safe. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private @Nullable OutlineNumber number;
    private @Nullable String code;
    private @Nullable String ogpId;
    private @Nullable LocalizedText title;
    private @Nullable LocalizedText description;
    private final List<String> policyAreas = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Provision> provisions = new ArrayList<>();
    private JsonObject extensions = JsonObject.EMPTY;

    private Builder() {}

    /**
     * Sets the number.
     *
     * @param number the number, not null
     * @return this builder
     */
    public Builder number(OutlineNumber number) {
      this.number = Objects.requireNonNull(number, "number");
      return this;
    }

    /**
     * Sets the number.
     *
     * @param number the number, such as {@code 4.1}, not null
     * @return this builder
     * @throws ValueParseException if it is not a number
     */
    public Builder number(String number) {
      return number(OutlineNumber.parse(number));
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
     * Sets the description, or removes it.
     *
     * @param description the description, or null for none
     * @return this builder
     */
    public Builder description(@Nullable LocalizedText description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the code as printed, or removes it.
     *
     * @param code the code, such as {@code II.3}, or null for none
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder code(@Nullable String code) {
      this.code = code;
      return this;
    }

    /**
     * Sets the OGP commitment id, or removes it.
     *
     * @param ogpId the id, such as {@code US0113}, or null for none
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder ogpId(@Nullable String ogpId) {
      this.ogpId = ogpId;
      return this;
    }

    /**
     * Replaces the policy areas.
     *
     * @param areas the areas as kebab-case identifiers, not null
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder policyAreas(String... areas) {
      Objects.requireNonNull(areas, "areas");
      return policyAreas(Arrays.asList(areas));
    }

    /**
     * Replaces the policy areas.
     *
     * @param areas the areas, not null, without null elements
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder policyAreas(List<String> areas) {
      List<String> copy = Builders.copyOf(areas, "areas");
      policyAreas.clear();
      policyAreas.addAll(copy);
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
     * Adds a measure.
     *
     * @param measure the measure, not null
     * @return this builder
     */
    public Builder measure(Measure measure) {
      measures.add(Objects.requireNonNull(measure, "measure"));
      return this;
    }

    /**
     * Replaces the measures.
     *
     * @param measures the measures, not null
     * @return this builder
     */
    public Builder measures(List<Measure> measures) {
      List<Measure> copy = Builders.copyOf(measures, "measures");
      this.measures.clear();
      this.measures.addAll(copy);
      return this;
    }

    /**
     * Adds a subsection.
     *
     * @param section the subsection, not null
     * @return this builder
     */
    public Builder section(Section section) {
      sections.add(Objects.requireNonNull(section, "section"));
      return this;
    }

    /**
     * Replaces the subsections.
     *
     * @param sections the subsections, not null
     * @return this builder
     */
    public Builder sections(List<Section> sections) {
      List<Section> copy = Builders.copyOf(sections, "sections");
      this.sections.clear();
      this.sections.addAll(copy);
      return this;
    }

    /**
     * Adds a provision.
     *
     * @param provision the provision, not null
     * @return this builder
     */
    public Builder provision(Provision provision) {
      provisions.add(Objects.requireNonNull(provision, "provision"));
      return this;
    }

    /**
     * Replaces the provisions.
     *
     * @param provisions the provisions, not null
     * @return this builder
     */
    public Builder provisions(List<Provision> provisions) {
      List<Provision> copy = Builders.copyOf(provisions, "provisions");
      this.provisions.clear();
      this.provisions.addAll(copy);
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
     * Builds the section.
     *
     * @return the section, not null
     * @throws IllegalStateException if number or title was not set
     */
    public Section build() {
      Builders.requireSet("Section", "number", number, "title", title);
      return new Section(number, Optional.ofNullable(code), Optional.ofNullable(ogpId), title,
          Optional.ofNullable(description), policyAreas, links, measures, sections, provisions,
          extensions);
    }
  }
}
