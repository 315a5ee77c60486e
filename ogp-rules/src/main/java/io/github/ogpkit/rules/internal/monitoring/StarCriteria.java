package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.PotentialImpact;
import io.github.ogpkit.model.Specificity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code star-criteria}: an assessment is starred but a field it states contradicts the IRM's
 * criteria for a star. Reported at the entry, naming the values that rule the star out. An absent
 * field is unknown, not a failed criterion: OGP's pages often show the star without the scores.
 *
 * <p>The criteria, each met or failed only by the fields present ({@link #failing},
 * {@link #allMet}): specificity {@code MEDIUM} or {@code HIGH}, or {@code verifiable}; relevance
 * to access to information, civic participation or public accountability; potential impact
 * {@code MODERATE} or {@code TRANSFORMATIVE}; completion {@code SUBSTANTIAL} or {@code COMPLETE}.
 */
@API(status = INTERNAL, since = "0.2")
public final class StarCriteria extends MonitoringRule {
  /** The rule's id. */
  public static final String ID = "star-criteria";

  private static final Set<Specificity> SPECIFIC = EnumSet.of(Specificity.MEDIUM, Specificity.HIGH);
  private static final Set<OgpValue> RELEVANT = EnumSet.of(OgpValue.ACCESS_TO_INFORMATION,
      OgpValue.CIVIC_PARTICIPATION, OgpValue.PUBLIC_ACCOUNTABILITY);
  private static final Set<PotentialImpact> IMPACT =
      EnumSet.of(PotentialImpact.MODERATE, PotentialImpact.TRANSFORMATIVE);
  private static final Set<IrmCompletion> COMPLETED =
      EnumSet.of(IrmCompletion.SUBSTANTIAL, IrmCompletion.COMPLETE);

  /** Creates the rule. */
  public StarCriteria() {
    super(ID);
  }

  @Override
  public void check(DatasetWalk w) {
    w.forEachAssessment((a, e, path) -> {
      List<String> failing = e.starred().orElse(false) ? failing(e) : List.of();
      if (!failing.isEmpty()) {
        w.report(a, ID, path, ID, DatasetWalk.subject(e.reference()), String.join(", ", failing));
      }
    });
  }

  /**
   * Returns the values an assessment states that fail a criterion, as {@code property VALUE}, in
   * the order of the criteria; empty if every criterion is met or unknown.
   *
   * @param e the assessment, not null
   * @return the values, not null
   */
  static List<String> failing(Assessment e) {
    List<String> failing = new ArrayList<>();
    if (!specific(e)) {
      e.specificity().ifPresent(s -> failing.add("specificity " + s.name()));
      e.verifiable().ifPresent(v -> failing.add("verifiable " + v));
    }
    if (!e.ogpValues().isEmpty() && !relevant(e)) {
      failing.add("ogpValues " + String.join(" ", e.ogpValues().stream().map(Enum::name).toList()));
    }
    failIfNot(failing, "potentialImpact", e.potentialImpact(), IMPACT);
    failIfNot(failing, "completion", e.completion(), COMPLETED);
    return failing;
  }

  /**
   * Tells whether an assessment states a value for every criterion and meets them all.
   *
   * @param e the assessment, not null
   * @return true if every criterion is known and met
   */
  static boolean allMet(Assessment e) {
    return specific(e) && relevant(e)
        && e.potentialImpact().filter(IMPACT::contains).isPresent()
        && e.completion().filter(COMPLETED::contains).isPresent();
  }

  private static boolean specific(Assessment e) {
    return e.specificity().filter(SPECIFIC::contains).isPresent()
        || e.verifiable().orElse(false);
  }

  private static boolean relevant(Assessment e) {
    return e.ogpValues().stream().anyMatch(RELEVANT::contains);
  }

  private static <E extends Enum<E>> void failIfNot(List<String> failing, String property,
      Optional<E> value, Set<E> meeting) {
    value.filter(v -> !meeting.contains(v)).ifPresent(v -> failing.add(property + " " + v.name()));
  }
}
