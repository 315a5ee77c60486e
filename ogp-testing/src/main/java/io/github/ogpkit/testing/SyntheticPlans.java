package io.github.ogpkit.testing;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.testing.generator.PlanGenerator;
import org.apiguardian.api.API;

/**
 * Valid plans of any size, generated deterministically from a seed, for load tests and benchmarks:
 * an entry point to {@link PlanGenerator#validPlans()} with exact counts.
 *
 * <pre>{@code
 * Plan big = SyntheticPlans.builder().measures(10_000).institutions(200).seed(42).build();
 * }</pre>
 *
 * <p>The same parameters always give an equal plan. Generated plans have no finding under either
 * profile: numbers are unique and well nested, every measure has an executor of a directed kind,
 * an indicator and a time frame within the plan period, every institution is used, and names and
 * titles are distinct. They are meant for volume, not realism: texts are short generated phrases
 * in Azerbaijani and English. Do not use them to test rules that need real wording; use
 * {@link OgpFixtures} for that. For plans of random shapes, and for property tests, use
 * {@link PlanGenerator} itself.
 */
@API(status = STABLE, since = "0.1")
public final class SyntheticPlans {

  private SyntheticPlans() {}

  /**
   * Returns a plan with the given number of measures, 1 + measures / 20 institutions, nested
   * sections, and seed 1.
   *
   * @param measures the number of measures, at least 1
   * @return the plan, not null
   */
  public static Plan ofMeasures(int measures) {
    return builder().measures(measures).build();
  }

  /**
   * Starts describing a synthetic plan.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Describes a synthetic plan. Not thread-safe; the plans it builds are immutable. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private PlanGenerator generator = PlanGenerator.validPlans().measures(100);
    private long seed = 1;

    private Builder() {}

    /**
     * Sets the number of measures (sub-measures included); 100 unless set.
     *
     * @param measures at least 1
     * @return this builder
     */
    public Builder measures(int measures) {
      generator = generator.measures(measures);
      return this;
    }

    /**
     * Sets the number of institutions; 1 + measures / 20 unless set. Each is used by some
     * measure, so it may not exceed the number of measures.
     *
     * @param institutions at least 1
     * @return this builder
     */
    public Builder institutions(int institutions) {
      generator = generator.institutions(institutions);
      return this;
    }

    /**
     * Sets how many measures a section holds before a new one starts; 20 unless set.
     *
     * @param measuresPerSection at least 1
     * @return this builder
     */
    public Builder measuresPerSection(int measuresPerSection) {
      generator = generator.measuresPerSection(measuresPerSection);
      return this;
    }

    /**
     * Sets how many subsections each top-level section has (0 for a flat plan); 2 unless set.
     *
     * @param subsections 0 or more
     * @return this builder
     */
    public Builder subsectionsPerSection(int subsections) {
      generator = generator.subsectionsPerSection(subsections);
      return this;
    }

    /**
     * Sets the seed; 1 unless set. The same seed and sizes give an equal plan.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the plan's kind; {@link PlanKind#OGP_ACTION_PLAN} unless set.
     *
     * @param kind the kind, not null
     * @return this builder
     */
    public Builder kind(PlanKind kind) {
      generator = generator.kind(kind);
      return this;
    }

    /**
     * Generates the plan.
     *
     * @return the plan, not null
     * @throws IllegalArgumentException if there are more institutions than measures
     */
    public Plan build() {
      return generator.next(seed, 0);
    }
  }
}
