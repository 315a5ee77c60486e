package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.IrmProduct;
import io.github.ogpkit.model.json.JsonPointer;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code field-not-in-product}: an assessment states a field that its IRM product does not
 * assess: {@code promising} outside action plan reviews; {@code specificity} in action plan
 * reviews and results reports; {@code completion} and {@code didItOpenGovernment} in design
 * reports and action plan reviews. {@code verifiable} may appear in any product. Reported at the
 * field.
 */
@API(status = INTERNAL, since = "0.2")
public final class FieldNotInProduct extends MonitoringRule {
  /** The rule's id. */
  public static final String ID = "field-not-in-product";

  private static final Set<IrmProduct> PROMISING = EnumSet.of(IrmProduct.ACTION_PLAN_REVIEW);
  private static final Set<IrmProduct> SPECIFICITY = EnumSet.of(IrmProduct.DESIGN_REPORT,
      IrmProduct.PROGRESS_REPORT, IrmProduct.END_OF_TERM_REPORT);
  private static final Set<IrmProduct> RESULTS = EnumSet.of(IrmProduct.PROGRESS_REPORT,
      IrmProduct.END_OF_TERM_REPORT, IrmProduct.RESULTS_REPORT);

  /** Creates the rule. */
  public FieldNotInProduct() {
    super(ID);
  }

  @Override
  public void check(DatasetWalk w) {
    w.forEachAssessment((a, e, path) -> {
      check(w, a, path, "specificity", e.specificity(), SPECIFICITY);
      check(w, a, path, "promising", e.promising(), PROMISING);
      check(w, a, path, "completion", e.completion(), RESULTS);
      check(w, a, path, "didItOpenGovernment", e.didItOpenGovernment(), RESULTS);
    });
  }

  private static void check(DatasetWalk w, IrmAssessment a, JsonPointer entry, String field,
      Optional<?> value, Set<IrmProduct> assessedIn) {
    if (value.isPresent() && !assessedIn.contains(a.product())) {
      w.report(a, ID, entry.append(field), ID, field, a.product().name());
    }
  }
}
