package io.github.ogpkit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.report.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One rule of the catalog: its stable id, where it is checked, what it means, and its default
 * severity in each profile.
 *
 * <p>Most rules have one default severity per profile, or none (the rule is off). Where RULES.md
 * gives two ({@code schema-version}: ERROR for another major version, WARNING for a newer minor),
 * {@link #defaultSeverities(Profile)} lists both, the more severe first.
 *
 * @param id the rule's id, kebab case, stable forever, not null
 * @param kind whether the rule is a reading rule (ogp-io) or a plan rule, not null
 * @param description a short description in English, not null
 * @param ogpActionPlan the default severities in {@link Profile#OGP_ACTION_PLAN}, empty if off,
 *     not null, immutable
 * @param nationalProgram the default severities in {@link Profile#NATIONAL_PROGRAM}, empty if
 *     off, not null, immutable
 * @param executiveOrder the default severities in {@link Profile#EXECUTIVE_ORDER}, empty if off,
 *     not null, immutable (since 0.2; after those of 0.1, so that they keep their positions)
 * @param monitoring the default severity on monitoring documents (progress reports, IRM
 *     assessments, members), which have no profile: empty if the rule does not check them, not
 *     null, immutable (since 0.2; last). A {@link RuleKind#MONITORING} rule has its one severity
 *     here and in every profile; the plan rule {@code jurisdiction-missing} also checks members,
 *     so it has its plan severities per profile and its member severity here.
 */
@API(status = STABLE, since = "0.1")
public record RuleInfo(String id, RuleKind kind, String description,
    List<Severity> ogpActionPlan, List<Severity> nationalProgram,
    List<Severity> executiveOrder, List<Severity> monitoring) {

  /**
   * Creates a rule description, copying the lists.
   *
   * @param id the id, not null
   * @param kind the kind, not null
   * @param description the description, not null
   * @param ogpActionPlan the severities in ogp-action-plan, not null
   * @param nationalProgram the severities in national-program, not null
   * @param executiveOrder the severities in executive-order, not null
   * @param monitoring the severities on monitoring documents, not null
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    ogpActionPlan = List.copyOf(Objects.requireNonNull(ogpActionPlan, "ogpActionPlan"));
    nationalProgram = List.copyOf(Objects.requireNonNull(nationalProgram, "nationalProgram"));
    executiveOrder = List.copyOf(Objects.requireNonNull(executiveOrder, "executiveOrder"));
    monitoring = List.copyOf(Objects.requireNonNull(monitoring, "monitoring"));
  }

  /**
   * Creates a rule description of the three profiles that does not check monitoring documents,
   * copying the lists.
   *
   * @param id the id, not null
   * @param kind the kind, not null
   * @param description the description, not null
   * @param ogpActionPlan the severities in ogp-action-plan, not null
   * @param nationalProgram the severities in national-program, not null
   * @param executiveOrder the severities in executive-order, not null
   */
  public RuleInfo(String id, RuleKind kind, String description, List<Severity> ogpActionPlan,
      List<Severity> nationalProgram, List<Severity> executiveOrder) {
    this(id, kind, description, ogpActionPlan, nationalProgram, executiveOrder, List.of());
  }

  /**
   * Creates a rule description of 0.1's two profiles, copying the lists: its severities in
   * {@code executive-order} are those of {@code ogp-action-plan}, as they were in format 1.0.
   *
   * @param id the id, not null
   * @param kind the kind, not null
   * @param description the description, not null
   * @param ogpActionPlan the severities in ogp-action-plan and executive-order, not null
   * @param nationalProgram the severities in national-program, not null
   */
  public RuleInfo(String id, RuleKind kind, String description, List<Severity> ogpActionPlan,
      List<Severity> nationalProgram) {
    this(id, kind, description, ogpActionPlan, nationalProgram, ogpActionPlan);
  }

  /**
   * Returns the default severities in a profile, the default one first.
   *
   * @param profile the profile, not null
   * @return the severities, empty if the rule is off in the profile, immutable
   */
  public List<Severity> defaultSeverities(Profile profile) {
    return switch (Objects.requireNonNull(profile, "profile")) {
      case OGP_ACTION_PLAN -> ogpActionPlan;
      case EXECUTIVE_ORDER -> executiveOrder;
      case NATIONAL_PROGRAM -> nationalProgram;
    };
  }

  /**
   * Returns the default severity in a profile.
   *
   * @param profile the profile, not null
   * @return the severity, or empty if the rule is off in the profile
   */
  public Optional<Severity> defaultSeverity(Profile profile) {
    List<Severity> all = defaultSeverities(profile);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Tells whether the rule is reported on a bound plan by {@link OgpValidator}: every plan rule,
   * and the reading rules {@code required} and {@code invalid-value}, which Bean Validation also
   * checks on plans built in code.
   *
   * @return true if {@link OgpValidator} can report it
   */
  public boolean appliesToPlans() {
    return kind == RuleKind.PLAN || id.equals(RuleCatalog.REQUIRED)
        || id.equals(RuleCatalog.INVALID_VALUE);
  }

  /**
   * Tells whether {@link OgpValidator} checks the rule on monitoring documents: every
   * {@link RuleKind#MONITORING} rule, and {@code jurisdiction-missing} on members.
   *
   * @return true if {@link #monitoring()} is not empty
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public boolean appliesToMonitoring() {
    return !monitoring.isEmpty();
  }

  /**
   * Returns the default severity on monitoring documents, which have no profile.
   *
   * @return the severity, or empty if the rule does not check monitoring documents
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public Optional<Severity> monitoringSeverity() {
    return monitoring.isEmpty() ? Optional.empty() : Optional.of(monitoring.get(0));
  }
}
