package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rule of MONITORING.md: it looks at the documents of a dataset it concerns and reports its
 * findings in the report of the document that holds what they point at. Internal.
 */
@API(status = INTERNAL, since = "0.2")
public abstract class MonitoringRule {

  private final String id;

  MonitoringRule(String id) {
    this.id = Objects.requireNonNull(id, "id");
  }

  /**
   * Returns the rule's id.
   *
   * @return the id, not null
   */
  public final String id() {
    return id;
  }

  /**
   * Checks the dataset.
   *
   * @param w the walk, holding the dataset and collecting the findings, not null
   */
  public abstract void check(DatasetWalk w);
}
