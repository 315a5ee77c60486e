package io.github.ogpkit.rules;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.internal.Excerpt;
import io.github.ogpkit.model.report.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A rule profile: the default severity of every rule for one kind of document, as the rule
 * contract (RULES.md and RULES-1.1.md) fixes them. Which profile validates a plan is the
 * caller's, else the plan's own {@code profile}, else (for an OGP action plan of a document that
 * declared format 1.0) {@link #EXECUTIVE_ORDER}, else the one its {@link PlanKind} selects:
 * {@link OgpValidator#profileFor(io.github.ogpkit.model.Plan)} and
 * {@link OgpValidator#profileFor(io.github.ogpkit.model.report.CheckedPlan)}.
 *
 * <pre>{@code
 * Profile.byId("national-program").defaultSeverity("indicator-missing"); // Optional.empty(): off
 * Profile.forKind(PlanKind.OGP_ACTION_PLAN);                           // OGP_ACTION_PLAN
 * }</pre>
 *
 * <p>A profile holds only defaults; {@link OgpValidator.Builder} changes severities on top of one.
 */
@API(status = STABLE, since = "0.1")
public enum Profile {
  /**
   * For any OGP action plan, national or local, classic or on OGP's 2020 commitment template:
   * tuned so that a correct plan of any country gets no false error or warning. The default of
   * {@link PlanKind#OGP_ACTION_PLAN} and {@link PlanKind#OGP_LOCAL_ACTION_PLAN}.
   */
  OGP_ACTION_PLAN("ogp-action-plan"),
  /**
   * For plans adopted by an act of the executive that directs some bodies and can only recommend
   * others (the Azerbaijani plans): format 1.0's {@code ogp-action-plan} severities for every 1.0
   * rule, plus the executive-authority model. Never chosen by kind alone: the plan's
   * {@code profile} or the caller names it, or the plan is an OGP action plan of a document that
   * declared format 1.0.
   */
  @API(status = STABLE, since = "0.2")
  EXECUTIVE_ORDER("executive-order"),
  /**
   * For national programs: the rules that reflect OGP's own review criteria (collective or
   * independent executors, indicators, period length) are off.
   */
  NATIONAL_PROGRAM("national-program");

  private final String id;

  Profile(String id) {
    this.id = id;
  }

  /**
   * Returns the profile's id, as reports and configuration name it: {@code ogp-action-plan},
   * {@code executive-order} or {@code national-program}.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the default severity of a rule in this profile.
   *
   * @param ruleId the rule's id, such as {@code number-duplicate}, not null
   * @return the severity, or empty if the rule is off in this profile
   * @throws IllegalArgumentException if no rule has the id
   */
  public Optional<Severity> defaultSeverity(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return RuleCatalog.find(ruleId)
        .orElseThrow(() -> new IllegalArgumentException(RuleCatalog.unknownRule(ruleId)))
        .defaultSeverity(this);
  }

  /**
   * Returns the profile that validates plans of a kind by default: {@link #OGP_ACTION_PLAN} for
   * both kinds of OGP action plan, {@link #NATIONAL_PROGRAM} for national programs. (No kind
   * selects {@link #EXECUTIVE_ORDER}.)
   *
   * @param kind the plan's kind, not null
   * @return the profile, not null
   */
  public static Profile forKind(PlanKind kind) {
    return byId(Objects.requireNonNull(kind, "kind").defaultProfile());
  }

  /**
   * Finds a profile by id, exactly as spelled in RULES.md (lower case, hyphens).
   *
   * @param id the id, such as {@code ogp-action-plan}, not null
   * @return the profile, not null
   * @throws IllegalArgumentException naming the accepted ids if none matches
   */
  public static Profile byId(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("unknown profile " + Excerpt.quote(id, 60) + "; expected "
        + expected()));
  }

  /**
   * Finds a profile by id, if there is one.
   *
   * @param id the id, such as {@code executive-order}, not null
   * @return the profile, or empty if no profile has the id
   */
  @API(status = STABLE, since = "0.2")
  public static Optional<Profile> find(String id) {
    Objects.requireNonNull(id, "id");
    for (Profile p : values()) {
      if (p.id.equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The ids as a message names them: {@code a, b or c}. */
  static String expected() {
    List<String> ids = ids();
    return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
  }

  static List<String> ids() {
    return Arrays.stream(values()).map(Profile::id).toList();
  }

  /**
   * Returns the id.
   *
   * @return the id, such as {@code ogp-action-plan}
   */
  @Override
  public String toString() {
    return id;
  }
}
