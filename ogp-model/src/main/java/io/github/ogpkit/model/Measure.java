package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.constraints.TimeFrameRequired;
import io.github.ogpkit.model.json.JsonObject;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A measure of a plan ("tədbir", "activity", "commitment"): what is to be done, by whom, by when,
 * and how it is evaluated. A measure may have sub-measures; such a measure may lack a time frame
 * when its document gives it none. Sub-measures nest at most {@link Plan#MAX_NESTING} levels,
 * counting this measure as one.
 *
 * <pre>{@code
 * Measure m = Measure.builder()
 *     .number("1.2")
 *     .title("az", "Elektron hökumət portalının mobil interfeysinin təkmilləşdirilməsi")
 *     .indicator("az", "Görülən tədbirlər")
 *     .executor("ministry-of-communications-and-high-technologies")
 *     .timeFrame("2016")
 *     .build();
 * }</pre>
 *
 * @param number the number as printed, not null
 * @param title the measure's name as printed, not null
 * @param description rationale or explanatory text, not null, empty if none
 * @param indicators evaluation indicators, not null, immutable
 * @param institutions the institutions it names and their roles, not null, immutable
 * @param timeFrame when it is carried out, not null, empty only if the document gives none
 * @param measures sub-measures in printed order, not null, immutable
 * @param extensions data carried along unchanged, not null, empty if none
 */
@TimeFrameRequired
@API(status = STABLE, since = "0.1")
public record Measure(OutlineNumber number, LocalizedText title,
    Optional<LocalizedText> description, List<@Valid Indicator> indicators,
    List<@Valid Assignment> institutions, Optional<TimeFrame> timeFrame,
    List<@Valid Measure> measures, JsonObject extensions) {

  /**
   * Creates a measure, copying the lists.
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
  public Measure {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    indicators = Builders.copyOf(indicators, "indicators");
    institutions = Builders.copyOf(institutions, "institutions");
    Objects.requireNonNull(timeFrame, "timeFrame");
    measures = Builders.copyOf(measures, "measures");
    Objects.requireNonNull(extensions, "extensions");
    Nesting.checkMeasure(number, measures);
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
    h = 31 * h + title.hashCode();
    h = 31 * h + description.hashCode();
    h = 31 * h + indicators.hashCode();
    h = 31 * h + institutions.hashCode();
    h = 31 * h + timeFrame.hashCode();
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
    if (!number.equals(other.number) || !title.equals(other.title)
        || !description.equals(other.description) || !indicators.equals(other.indicators)
        || !institutions.equals(other.institutions) || !timeFrame.equals(other.timeFrame)
        || !extensions.equals(other.extensions) || measures.size() != other.measures.size()) {
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
   * Returns the record's usual text, {@code Measure[number=1.2, title=..., measures=[...],
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
    out.append("Measure[number=").append(number).append(", title=").append(title)
        .append(", description=").append(description).append(", indicators=").append(indicators)
        .append(", institutions=").append(institutions).append(", timeFrame=").append(timeFrame)
        .append(", measures=[");
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
    Builder b = new Builder().number(number).title(title).indicators(indicators)
        .institutions(institutions).measures(measures).extensions(extensions);
    b.description = description.orElse(null);
    b.timeFrame = timeFrame.orElse(null);
    return b;
  }

  /** Builds a {@link Measure}. Not thread-safe. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private @Nullable OutlineNumber number;
    private @Nullable LocalizedText title;
    private @Nullable LocalizedText description;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Assignment> institutions = new ArrayList<>();
    private @Nullable TimeFrame timeFrame;
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
     * Builds the measure. A missing time frame is not an error here; validation reports it.
     *
     * @return the measure, not null
     * @throws IllegalStateException if number or title was not set
     */
    public Measure build() {
      Builders.requireSet("Measure", "number", number, "title", title);
      return new Measure(number, title, Optional.ofNullable(description), indicators,
          institutions, Optional.ofNullable(timeFrame), measures, extensions);
    }
  }
}
