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
 * contract (RULES.md) fixes them. A profile is chosen from the plan's {@link PlanKind} unless the
 * caller names one.
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
  /** For OGP national action plans: every rule on, the OGP review criteria as warnings. */
  OGP_ACTION_PLAN("ogp-action-plan"),
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
   * Returns the profile's id, as reports and configuration name it: {@code ogp-action-plan} or
   * {@code national-program}.
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
   * Returns the profile that validates plans of a kind by default.
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
    Objects.requireNonNull(id, "id");
    for (Profile p : values()) {
      if (p.id.equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown profile " + Excerpt.quote(id, 60) + "; expected "
        + String.join(" or ", ids()));
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
