package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.constraints.DistinctElements;
import io.github.ogpkit.model.constraints.Identifier;
import io.github.ogpkit.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A measure of a plan ("tədbir", "activity", "commitment", "milestone"): what is to be done, by
 * whom, by when, and how it is evaluated. A measure may have sub-measures (a commitment's
 * milestones). Sub-measures nest at most {@link Plan#MAX_NESTING} levels, counting this measure
 * as one.
 *
 * <pre>{@code
 * Measure m = Measure.builder()
 *     .number("1.2")
 *     .title("az", "Elektron hökumət portalının mobil interfeysinin təkmilləşdirilməsi")
 *     .indicator("az", "Görülən tədbirlər")
 *     .executor("ministry-of-communications-and-high-technologies")
 *     .timeFrame("2016")
 *     .build();
 *
 * Measure commitment = Measure.builder()          // OGP's 2020 commitment template
 *     .number("3").ogpId("KE0036").code("C03")
 *     .title("en", "Beneficial ownership transparency")
 *     .problem("en", "Anonymous companies hide who profits from public contracts.")
 *     .ogpValues(OgpValue.ACCESS_TO_INFORMATION, OgpValue.PUBLIC_ACCOUNTABILITY)
 *     .policyAreas("beneficial-ownership")
 *     .executor("business-registration-service").supporting("transparency-international-kenya")
 *     .timeFrame("../2024-06").timeFramePrinted("en", "By June 2024")
 *     .build();
 * }</pre>
 *
 * @param number the outline number, not null
 * @param code the code exactly as printed when it differs from the outline number (such as
 *     {@code C03.1.2}), not null, empty if none (since format 1.1)
 * @param ogpId the OGP commitment id (such as {@code KE0036}), not null, empty if none (since 1.1)
 * @param title the measure's name as printed, not null
 * @param description rationale or explanatory text, not null, empty if none
 * @param problem the problem it addresses, not null, empty if none (since 1.1)
 * @param statusQuo the situation before it, not null, empty if none (since 1.1)
 * @param objective what it sets out to change, not null, empty if none (since 1.1)
 * @param expectedResults the results or outputs it expects, not null, empty if none (since 1.1)
 * @param ogpValues the OGP values it claims, not null, immutable, iterated in the order of
 *     {@link OgpValue} (since 1.1)
 * @param policyAreas the policy areas of OGP's commitment pages as kebab-case identifiers, in
 *     the order given, not null, immutable (since 1.1)
 * @param indicators evaluation indicators, not null, immutable
 * @param institutions the institutions it names and their roles, not null, immutable
 * @param timeFrame when it is carried out, not null, empty if the document gives none
 * @param timeFramePrinted the time as printed, when it differs from the time frame ("By fall
 *     2022"), not null, empty if none (since 1.1)
 * @param links links to documents about it, not null, immutable (since 1.1)
 * @param measures sub-measures in printed order, not null, immutable
 * @param extensions data carried along unchanged, not null, empty if none
 */
@API(status = STABLE, since = "0.1")
public record Measure(OutlineNumber number,
    Optional<@Pattern(regexp = Measure.CODE_PATTERN) String> code,
    Optional<@Pattern(regexp = Measure.OGP_ID_PATTERN) String> ogpId, LocalizedText title,
    Optional<LocalizedText> description, Optional<LocalizedText> problem,
    Optional<LocalizedText> statusQuo, Optional<LocalizedText> objective,
    Optional<LocalizedText> expectedResults, Set<OgpValue> ogpValues,
    @DistinctElements List<@Identifier String> policyAreas, List<@Valid Indicator> indicators,
    List<@Valid Assignment> institutions, Optional<TimeFrame> timeFrame,
    Optional<LocalizedText> timeFramePrinted, List<@Valid Link> links,
    List<@Valid Measure> measures, JsonObject extensions) implements PlanPart {

  /**
   * The syntax of an OGP commitment id, such as {@code KE0036}: two to ten upper-case letters and
   * one to six digits.
   */
  @API(status = STABLE, since = "0.2")
  public static final String OGP_ID_PATTERN = "[A-Z]{2,10}[0-9]{1,6}";

  /**
   * What a code must be: one to {@link #CODE_MAX} characters (code points), not only white space.
   */
  @API(status = STABLE, since = "0.2")
  public static final String CODE_PATTERN = "(?s)(?=.*\\S).{1,50}";

  /** The most characters (code points) a code may have. */
  @API(status = STABLE, since = "0.2")
  public static final int CODE_MAX = 50;

  /**
   * Creates a measure, copying the lists and the set of values.
   *
   * @param number the number, not null
   * @param code the code, not null
   * @param ogpId the OGP commitment id, not null
   * @param title the title, not null
   * @param description the description, not null
   * @param problem the problem, not null
   * @param statusQuo the status quo, not null
   * @param objective the objective, not null
   * @param expectedResults the expected results, not null
   * @param ogpValues the OGP values, not null
   * @param policyAreas the policy areas, not null
   * @param indicators the indicators, not null
   * @param institutions the assignments, not null
   * @param timeFrame the time frame, not null
   * @param timeFramePrinted the printed time, not null
   * @param links the links, not null
   * @param measures the sub-measures, not null
   * @param extensions the extensions, not null
   * @throws IllegalArgumentException if the sub-measures nest more than {@link Plan#MAX_NESTING}
   *     levels, counting this measure as one
   */
  public Measure {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(ogpId, "ogpId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(statusQuo, "statusQuo");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(expectedResults, "expectedResults");
    ogpValues = Builders.enumSet(ogpValues, OgpValue.class, "ogpValues");
    policyAreas = Builders.copyOf(policyAreas, "policyAreas");
    indicators = Builders.copyOf(indicators, "indicators");
    institutions = Builders.copyOf(institutions, "institutions");
    Objects.requireNonNull(timeFrame, "timeFrame");
    Objects.requireNonNull(timeFramePrinted, "timeFramePrinted");
    links = Builders.copyOf(links, "links");
    measures = Parts.measures(measures, "measures");
    Objects.requireNonNull(extensions, "extensions");
    Nesting.checkMeasure(number, measures);
  }

  /**
   * Creates a measure of format 1.0's properties, copying the lists; the properties of 1.1 are
   * empty.
   *
   * @param number the number, not null
   * @param title the title, not null
   * @param description the description, not null
   * @param indicators the indicators, not null
   * @param institutions the assignments, not null
   * @param timeFrame the time frame, not null
   * @param measures the sub-measures, not null
   * @param extensions the extensions, not null
   * @throws IllegalArgumentException if the sub-measures nest more than {@link Plan#MAX_NESTING}
   *     levels, counting this measure as one
   */
  public Measure(OutlineNumber number, LocalizedText title, Optional<LocalizedText> description,
      List<Indicator> indicators, List<Assignment> institutions, Optional<TimeFrame> timeFrame,
      List<Measure> measures, JsonObject extensions) {
    this(number, Optional.empty(), Optional.empty(), title, description, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), List.of(), indicators,
        institutions, timeFrame, Optional.empty(), List.of(), measures, extensions);
  }

  /**
   * Tells whether the measure has sub-measures.
   *
   * @return true if it has sub-measures
   */
  public boolean hasSubMeasures() {
    return !measures.isEmpty();
  }

  /**
   * Returns the assignments with one role, in printed order.
   *
   * @param role the role, not null
   * @return the assignments, immutable
   */
  public List<Assignment> assignments(Role role) {
    Objects.requireNonNull(role, "role");
    // A loop, not a stream: rules ask this of every measure.
    List<Assignment> matching = new ArrayList<>(institutions.size());
    for (Assignment a : institutions) {
      if (a.role() == role) {
        matching.add(a);
      }
    }
    return Collections.unmodifiableList(matching);
  }

  /**
   * Returns this measure and all its sub-measures, depth first, in printed order.
   *
   * @return the measures, immutable, starting with this one
   */
  public List<Measure> withAllSubMeasures() {
    List<Measure> all = new ArrayList<>();
    forEachDepthFirst(all::add);
    return List.copyOf(all);
  }

  void forEachDepthFirst(Consumer<Measure> action) {
    action.accept(this);
    for (Measure sub : measures) {
      sub.forEachDepthFirst(action);
    }
  }

  /**
   * Returns a hash code of every component, as the record's own would, computed by one small
   * method per level: the record's own {@code hashCode} takes many stack frames for each level of
   * sub-measures.
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
    h = 31 * h + problem.hashCode();
    h = 31 * h + statusQuo.hashCode();
    h = 31 * h + objective.hashCode();
    h = 31 * h + expectedResults.hashCode();
    h = 31 * h + ogpValues.hashCode();
    h = 31 * h + policyAreas.hashCode();
    h = 31 * h + indicators.hashCode();
    h = 31 * h + institutions.hashCode();
    h = 31 * h + timeFrame.hashCode();
    h = 31 * h + timeFramePrinted.hashCode();
    h = 31 * h + links.hashCode();
    // The list's hash calls this method of each sub-measure: two frames a level.
    h = 31 * h + measures.hashCode();
    return 31 * h + extensions.hashCode();
  }

  /**
   * Tells whether another object is a measure with equal components, as the record's own
   * {@code equals} would, compared by one small method per level: the record's own {@code equals}
   * takes many stack frames for each level of sub-measures.
   *
   * @param obj the other object, may be null
   * @return true if it is an equal measure
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Measure other)) {
      return false;
    }
    if (!number.equals(other.number) || !code.equals(other.code) || !ogpId.equals(other.ogpId)
        || !title.equals(other.title) || !description.equals(other.description)
        || !problem.equals(other.problem) || !statusQuo.equals(other.statusQuo)
        || !objective.equals(other.objective) || !expectedResults.equals(other.expectedResults)
        || !ogpValues.equals(other.ogpValues) || !policyAreas.equals(other.policyAreas)
        || !indicators.equals(other.indicators) || !institutions.equals(other.institutions)
        || !timeFrame.equals(other.timeFrame) || !timeFramePrinted.equals(other.timeFramePrinted)
        || !links.equals(other.links) || !extensions.equals(other.extensions)
        || measures.size() != other.measures.size()) {
      return false;
    }
    for (int i = 0; i < measures.size(); i++) {
      if (!measures.get(i).equals(other.measures.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the record's usual text, {@code Measure[number=1.2, code=..., measures=[...],
   * extensions=...]}, written by one small method per level: the record's own {@code toString}
   * takes many stack frames for each level of sub-measures.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    appendTo(out);
    return out.toString();
  }

  void appendTo(StringBuilder out) {
    out.append("Measure[number=").append(number).append(", code=").append(code)
        .append(", ogpId=").append(ogpId).append(", title=").append(title)
        .append(", description=").append(description).append(", problem=").append(problem)
        .append(", statusQuo=").append(statusQuo).append(", objective=").append(objective)
        .append(", expectedResults=").append(expectedResults).append(", ogpValues=")
        .append(ogpValues).append(", policyAreas=").append(policyAreas).append(", indicators=")
        .append(indicators).append(", institutions=").append(institutions)
        .append(", timeFrame=").append(timeFrame).append(", timeFramePrinted=")
        .append(timeFramePrinted).append(", links=").append(links).append(", measures=[");
    for (int i = 0; i < measures.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      measures.get(i).appendTo(out);
    }
    out.append("], extensions=").append(extensions).append(']');
  }

  /**
   * Starts building a measure.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this measure's values.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder().number(number).title(title).ogpValues(ogpValues)
        .policyAreas(policyAreas).indicators(indicators).institutions(institutions).links(links)
        .measures(measures).extensions(extensions);
    b.code = code.orElse(null);
    b.ogpId = ogpId.orElse(null);
    b.description = description.orElse(null);
    b.problem = problem.orElse(null);
    b.statusQuo = statusQuo.orElse(null);
    b.objective = objective.orElse(null);
    b.expectedResults = expectedResults.orElse(null);
    b.timeFrame = timeFrame.orElse(null);
    b.timeFramePrinted = timeFramePrinted.orElse(null);
    return b;
  }

  /** Builds a {@link Measure}. Not thread-safe. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private @Nullable OutlineNumber number;
    private @Nullable String code;
    private @Nullable String ogpId;
    private @Nullable LocalizedText title;
    private @Nullable LocalizedText description;
    private @Nullable LocalizedText problem;
    private @Nullable LocalizedText statusQuo;
    private @Nullable LocalizedText objective;
    private @Nullable LocalizedText expectedResults;
    private final Set<OgpValue> ogpValues = EnumSet.noneOf(OgpValue.class);
    private final List<String> policyAreas = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Assignment> institutions = new ArrayList<>();
    private @Nullable TimeFrame timeFrame;
    private @Nullable LocalizedText timeFramePrinted;
    private final List<Link> links = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
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
     * @param number the number, such as {@code 1.2}, not null
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
     * @param code the code, such as {@code C03.1.2}, or null for none
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
     * @param ogpId the id, such as {@code KE0036}, or null for none
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder ogpId(@Nullable String ogpId) {
      this.ogpId = ogpId;
      return this;
    }

    /**
     * Sets the problem the measure addresses, or removes it.
     *
     * @param problem the problem, or null for none
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder problem(@Nullable LocalizedText problem) {
      this.problem = problem;
      return this;
    }

    /**
     * Sets the problem the measure addresses in one language.
     *
     * @param language the language tag, not null
     * @param problem the problem, not blank
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder problem(String language, String problem) {
      return problem(LocalizedText.of(language, problem));
    }

    /**
     * Sets the status quo, or removes it.
     *
     * @param statusQuo the status quo, or null for none
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder statusQuo(@Nullable LocalizedText statusQuo) {
      this.statusQuo = statusQuo;
      return this;
    }

    /**
     * Sets the status quo in one language.
     *
     * @param language the language tag, not null
     * @param statusQuo the text, not blank
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder statusQuo(String language, String statusQuo) {
      return statusQuo(LocalizedText.of(language, statusQuo));
    }

    /**
     * Sets the objective, or removes it.
     *
     * @param objective the objective, or null for none
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder objective(@Nullable LocalizedText objective) {
      this.objective = objective;
      return this;
    }

    /**
     * Sets the objective in one language.
     *
     * @param language the language tag, not null
     * @param objective the text, not blank
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder objective(String language, String objective) {
      return objective(LocalizedText.of(language, objective));
    }

    /**
     * Sets the expected results, or removes them.
     *
     * @param expectedResults the expected results, or null for none
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder expectedResults(@Nullable LocalizedText expectedResults) {
      this.expectedResults = expectedResults;
      return this;
    }

    /**
     * Sets the expected results in one language.
     *
     * @param language the language tag, not null
     * @param expectedResults the text, not blank
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder expectedResults(String language, String expectedResults) {
      return expectedResults(LocalizedText.of(language, expectedResults));
    }

    /**
     * Replaces the OGP values.
     *
     * @param values the values, not null
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
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
    @API(status = STABLE, since = "0.2")
    public Builder ogpValues(Collection<OgpValue> values) {
      Set<OgpValue> copy = Builders.enumSet(values, OgpValue.class, "values");
      ogpValues.clear();
      ogpValues.addAll(copy);
      return this;
    }

    /**
     * Replaces the policy areas.
     *
     * @param areas the areas as kebab-case identifiers, such as {@code open-contracting}, not null
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
     * Adds an indicator.
     *
     * @param indicator the indicator, not null
     * @return this builder
     */
    public Builder indicator(Indicator indicator) {
      indicators.add(Objects.requireNonNull(indicator, "indicator"));
      return this;
    }

    /**
     * Adds an indicator in one language.
     *
     * @param language the language tag, not null
     * @param text the indicator, not blank
     * @return this builder
     */
    public Builder indicator(String language, String text) {
      return indicator(Indicator.of(language, text));
    }

    /**
     * Replaces the indicators.
     *
     * @param indicators the indicators, not null
     * @return this builder
     */
    public Builder indicators(List<Indicator> indicators) {
      List<Indicator> copy = Builders.copyOf(indicators, "indicators");
      this.indicators.clear();
      this.indicators.addAll(copy);
      return this;
    }

    /**
     * Adds an assignment.
     *
     * @param assignment the assignment, not null
     * @return this builder
     */
    public Builder institution(Assignment assignment) {
      institutions.add(Objects.requireNonNull(assignment, "assignment"));
      return this;
    }

    /**
     * Adds executors.
     *
     * @param institutionIds the institutions' ids, not null
     * @return this builder
     */
    public Builder executor(String... institutionIds) {
      Objects.requireNonNull(institutionIds, "institutionIds");
      for (String id : institutionIds) {
        institution(Assignment.executor(id));
      }
      return this;
    }

    /**
     * Adds bodies recommended to act.
     *
     * @param institutionIds the institutions' ids, not null
     * @return this builder
     */
    public Builder recommended(String... institutionIds) {
      Objects.requireNonNull(institutionIds, "institutionIds");
      for (String id : institutionIds) {
        institution(Assignment.recommended(id));
      }
      return this;
    }

    /**
     * Replaces the assignments.
     *
     * @param institutions the assignments, not null
     * @return this builder
     */
    public Builder institutions(List<Assignment> institutions) {
      List<Assignment> copy = Builders.copyOf(institutions, "institutions");
      this.institutions.clear();
      this.institutions.addAll(copy);
      return this;
    }

    /**
     * Sets the time frame, or removes it.
     *
     * @param timeFrame the time frame, or null for none
     * @return this builder
     */
    public Builder timeFrame(@Nullable TimeFrame timeFrame) {
      this.timeFrame = timeFrame;
      return this;
    }

    /**
     * Sets the time frame.
     *
     * @param timeFrame the time frame in the format's notation, such as {@code 2016/2018}
     * @return this builder
     * @throws ValueParseException if it is not a time frame
     */
    public Builder timeFrame(String timeFrame) {
      return timeFrame(TimeFrame.parse(timeFrame));
    }

    /**
     * Adds supporting actors ("other actors involved").
     *
     * @param institutionIds the institutions' ids, not null
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder supporting(String... institutionIds) {
      Objects.requireNonNull(institutionIds, "institutionIds");
      for (String id : institutionIds) {
        institution(Assignment.supporting(id));
      }
      return this;
    }

    /**
     * Sets the time as printed, or removes it.
     *
     * @param printed the printed time, or null for none
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder timeFramePrinted(@Nullable LocalizedText printed) {
      this.timeFramePrinted = printed;
      return this;
    }

    /**
     * Sets the time as printed, in one language.
     *
     * @param language the language tag, not null
     * @param printed the printed time, such as {@code By fall 2022}, not blank
     * @return this builder
     */
    @API(status = STABLE, since = "0.2")
    public Builder timeFramePrinted(String language, String printed) {
      return timeFramePrinted(LocalizedText.of(language, printed));
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
     * Adds a sub-measure.
     *
     * @param measure the sub-measure, not null
     * @return this builder
     */
    public Builder measure(Measure measure) {
      measures.add(Objects.requireNonNull(measure, "measure"));
      return this;
    }

    /**
     * Replaces the sub-measures.
     *
     * @param measures the sub-measures, not null
     * @return this builder
     */
    public Builder measures(List<Measure> measures) {
      List<Measure> copy = Builders.copyOf(measures, "measures");
      this.measures.clear();
      this.measures.addAll(copy);
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
     * Builds the measure. A missing time frame is not an error here; the plan rule
     * {@code time-frame-missing} reports it.
     *
     * @return the measure, not null
     * @throws IllegalStateException if number or title was not set
     */
    public Measure build() {
      Builders.requireSet("Measure", "number", number, "title", title);
      return new Measure(number, Optional.ofNullable(code), Optional.ofNullable(ogpId), title,
          Optional.ofNullable(description), Optional.ofNullable(problem),
          Optional.ofNullable(statusQuo), Optional.ofNullable(objective),
          Optional.ofNullable(expectedResults), ogpValues, policyAreas, indicators, institutions,
          Optional.ofNullable(timeFrame), Optional.ofNullable(timeFramePrinted), links, measures,
          extensions);
    }
  }
}
