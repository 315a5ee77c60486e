package io.github.ogpkit.model.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Dataset;
import org.apiguardian.api.API;

/**
 * Validates documents taken together, as {@link PlanValidator} validates one plan: this is how a
 * dataset read by ogp-io is handed to a validator without ogp-io depending on one; ogp-rules
 * supplies the implementation.
 *
 * <p>Implementations must be safe for use by many threads at once.
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.2")
public interface DatasetValidator {

  /**
   * Validates every document of a dataset, each in the light of the others.
   *
   * @param dataset the dataset, not null
   * @return one report per document, in the dataset's order, not null; findings carry no text
   *     locations
   */
  DatasetReport validate(Dataset dataset);
}
