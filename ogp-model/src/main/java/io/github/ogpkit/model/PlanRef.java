package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.constraints.Identifier;
import io.github.ogpkit.model.json.JsonObject;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One of a {@link Member}'s action plans: its id, its period and when it was adopted. The plan
 * itself need not be at hand; rules do not check these ids against a dataset.
 *
 * <pre>{@code
 * PlanRef plan = PlanRef.builder().plan("az-2012-2015").period("2012/2015")
 *     .adopted("2012-09-05").build();
 * }</pre>
 *
 * @param plan the plan's identifier, not null
 * @param period the plan's period, not null
 * @param adopted when it was adopted, as precisely as known, not null, empty if unknown
 * @param links links to documents about the plan, not null, immutable, empty if none
 * @param extensions data carried along unchanged, not null, empty if none
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PlanRef(@Identifier String plan, TimeFrame period, Optional<PartialDate> adopted,
    List<@Valid Link> links, JsonObject extensions) {

  /**
   * Creates a plan ref, copying the lists.
   *
   * @param plan the plan's id, not null
   * @param period the period, not null
   * @param adopted when it was adopted, not null
   * @param links the links, not null
   * @param extensions the extensions, not null
   */
  public PlanRef {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(adopted, "adopted");
    links = Builders.copyOf(links, "links");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * Obtains a reference to a plan with nothing but its id and period.
   *
   * @param plan the plan's id, not null
   * @param period the period, such as {@code 2016/2018}, not null
   * @return the reference, not null
   * @throws ValueParseException if the period is not a time frame
   */
  public static PlanRef of(String plan, String period) {
    return builder().plan(plan).period(period).build();
  }

  /**
   * Starts building a plan ref.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this plan ref's values.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder().plan(plan).period(period).links(links).extensions(extensions);
    b.adopted = adopted.orElse(null);
    return b;
  }

  /** Builds a {@link PlanRef}. Not thread-safe. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private @Nullable String plan;
    private @Nullable TimeFrame period;
    private @Nullable PartialDate adopted;
    private final List<Link> links = new ArrayList<>();
    private JsonObject extensions = JsonObject.EMPTY;

    private Builder() {}

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
     * Sets the period from its text.
     *
     * @param period the period, such as {@code 2016/2018}, not null
     * @return this builder
     * @throws ValueParseException if the text is not a time frame
     */
    public Builder period(String period) {
      return period(TimeFrame.parse(period));
    }

    /**
     * Sets when it was adopted, or removes it.
     *
     * @param adopted when it was adopted, or null for none
     * @return this builder
     */
    public Builder adopted(@Nullable PartialDate adopted) {
      this.adopted = adopted;
      return this;
    }

    /**
     * Sets when it was adopted from its text.
     *
     * @param adopted when it was adopted, such as {@code 2012-09-05}, not null
     * @return this builder
     * @throws ValueParseException if the text is not a partial date
     */
    public Builder adopted(String adopted) {
      return adopted(PartialDate.parse(adopted));
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
     * Builds the plan ref.
     *
     * @return the plan ref, not null
     * @throws IllegalStateException if plan or period was not set
     */
    public PlanRef build() {
      Builders.requireSet("PlanRef", "plan", plan, "period", period);
      return new PlanRef(plan, period, Optional.ofNullable(adopted), links, extensions);
    }
  }
}
