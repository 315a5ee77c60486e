package io.github.ogpkit.testing;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.TimeFrame;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What {@link OgpFixtures#list()} tells about one fixture.
 *
 * @param id the fixture's id, which is also its plan's id, not null
 * @param kind the plan's kind, not null
 * @param country the plan's country code, not null
 * @param period the plan's period, not null
 * @param measureCount the number of measures, sub-measures included
 * @param title the plan's title in its first language, not null
 */
@API(status = STABLE, since = "0.1")
public record FixtureInfo(String id, PlanKind kind, String country, TimeFrame period,
    int measureCount, String title) {

  /**
   * Creates a fixture description.
   *
   * @param id the id, not null
   * @param kind the kind, not null
   * @param country the country, not null
   * @param period the period, not null
   * @param measureCount the measure count
   * @param title the title, not null
   */
  public FixtureInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(title, "title");
  }
}
