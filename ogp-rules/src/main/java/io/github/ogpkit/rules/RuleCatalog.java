package io.github.ogpkit.rules;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.model.report.Severity.INFO;
import static io.github.ogpkit.model.report.Severity.WARNING;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.internal.Excerpt;
import io.github.ogpkit.model.report.ReadingRule;
import io.github.ogpkit.model.report.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Every rule of the rule contract (RULES.md, RULES-1.1.md, MONITORING.md): the reading rules that
 * ogp-io reports on JSON text, the plan rules that {@link OgpValidator} checks on plans, and the
 * monitoring rules it checks on the other documents of a dataset, in the contracts' order, with
 * their default severities per {@link Profile} (and on monitoring documents, which have none).
 *
 * <pre>{@code
 * List<String> rows = RuleCatalog.all().stream()
 *     .map(r -> r.id() + " | " + r.defaultSeverity(Profile.OGP_ACTION_PLAN))
 *     .toList();
 * RuleCatalog.find("number-duplicate").orElseThrow().description();
 * }</pre>
 *
 * <p>Rule ids are stable: services key on them. The catalog describes rules; it does not run
 * them.
 */
@API(status = STABLE, since = "0.1")
public final class RuleCatalog {

  /** The id of the reading rule for a missing required value, also checked on bound plans. */
  public static final String REQUIRED = ReadingRule.REQUIRED.id();
  /** The id of the reading rule for a value of wrong syntax or range, also checked on plans. */
  public static final String INVALID_VALUE = ReadingRule.INVALID_VALUE.id();

  private static final List<Severity> OFF = List.of();

  private static final Map<String, RuleInfo> RULES = catalog();

  private RuleCatalog() {}

  private static Map<String, RuleInfo> catalog() {
    Map<String, RuleInfo> m = new LinkedHashMap<>();
    for (ReadingRule r : ReadingRule.values()) {
      List<Severity> severities = r.mayWarn() ? List.of(ERROR, WARNING) : List.of(ERROR);
      m.put(r.id(), new RuleInfo(r.id(), RuleKind.READING, r.description(), severities,
          severities, severities));
    }
    // The columns: ogp-action-plan, executive-order, national-program (RULES-1.1.md); null is off.
    plan(m, "number-duplicate", "a number already used by another section, measure or"
        + " provision; reported at each later use, naming the first", ERROR, ERROR, ERROR);
    plan(m, "number-prefix", "a child's number is not its parent's number plus exactly one"
        + " component; top-level sections and measures are free", ERROR, ERROR, ERROR);
    plan(m, "number-sequence", "within one parent, the last components of the children's"
        + " numbers are not 1..n without gaps, or an array is not in increasing order (the"
        + " root's measures and sections are one sequence)",
        WARNING, WARNING, WARNING);
    plan(m, "time-frame-missing", "a measure with no sub-measures has no time frame",
        WARNING, ERROR, ERROR);
    plan(m, "time-frame-outside-plan", "a bound the measure's time frame states lies outside"
        + " the plan period (permanent always is within)", WARNING, ERROR, WARNING);
    plan(m, "time-frame-outside-parent", "a sub-measure's time frame is not within its parent"
        + " measure's", WARNING, WARNING, WARNING);
    plan(m, "institution-id-duplicate", "two institutions share an id", ERROR, ERROR, ERROR);
    plan(m, "institution-unknown", "an assignment or a parent names an id that no institution"
        + " has", ERROR, ERROR, ERROR);
    plan(m, "institution-parent-cycle", "following parent comes back to the institution",
        ERROR, ERROR, ERROR);
    plan(m, "institution-unused", "no measure assigns the institution and it is no used"
        + " institution's parent", WARNING, WARNING, WARNING);
    plan(m, "institution-name-duplicate", "two institutions have the same name in one language"
        + " after normalization", WARNING, WARNING, WARNING);
    plan(m, "assignment-duplicate", "the same institution in the same role twice in one"
        + " measure", WARNING, WARNING, WARNING);
    plan(m, "assignment-conflict", "the same institution as both executor and recommended in"
        + " one measure", ERROR, ERROR, ERROR);
    plan(m, "assignment-overlap", "the same institution as supporting and as executor or"
        + " recommended in one measure; once per institution and measure", WARNING, WARNING,
        WARNING);
    plan(m, "measure-without-institution", "a measure with no sub-measures has no assignment,"
        + " of its own or of its nearest ancestor measure that has some", WARNING, ERROR,
        ERROR);
    plan(m, "lead-missing", "a measure with no sub-measures has assignments (of its own or of"
        + " its nearest ancestor measure that has some) but no executor", WARNING, INFO, null);
    plan(m, "executor-collective-only", "a measure has executors and every one is collective",
        WARNING, WARNING, null);
    plan(m, "independent-body-as-executor", "an institution of a kind an act of the executive"
        + " cannot direct (every kind not marked directed) is an executor", null, WARNING, null);
    plan(m, "directed-body-as-recommended", "an institution of a directed kind is recommended",
        null, INFO, null);
    plan(m, "indicator-missing", "a measure with no sub-measures has no indicator", INFO,
        WARNING, null);
    plan(m, "language-missing", "a localized text other than a link's title lacks the plan's"
        + " first language", ERROR, ERROR, ERROR);
    plan(m, "translation-missing", "a localized text other than a link's title lacks another"
        + " of the plan's languages", INFO, INFO, INFO);
    plan(m, "text-whitespace", "a text or a code has leading or trailing white space, a line"
        + " break, or a run of two or more spaces", INFO, INFO, INFO);
    plan(m, "section-empty", "a section has no subsections, measures or provisions", WARNING,
        WARNING, WARNING);
    plan(m, "measure-title-duplicate", "two measures have the same title in one language after"
        + " normalization", WARNING, WARNING, WARNING);
    plan(m, "plan-period-too-long", "the plan period is longer than four years: END's year 5 or"
        + " more after START's if either end is a year, else END's last month more than 48"
        + " months after START's first", WARNING, WARNING, null);
    plan(m, "ogp-id-duplicate", "two sections or measures share an OGP id; reported at each"
        + " later one, naming the first", ERROR, ERROR, ERROR);
    plan(m, "code-duplicate", "two sections or measures share a code; reported at each later"
        + " one, naming the first", WARNING, WARNING, WARNING);
    plan(m, "ogp-values-missing", "a measure with an OGP id claims no OGP values, or a section"
        + " with an OGP id has no measure, at any depth, that claims some", INFO, null, null);
    plan(m, "policy-area-unknown", "a policy area outside the list of format 1.1", INFO, INFO,
        INFO);
    // Also a member rule (MONITORING.md): one id, one meaning, checked on both documents; its
    // plan severities per profile, its member severity (ERROR) in the last argument.
    m.put("jurisdiction-missing", new RuleInfo("jurisdiction-missing", RuleKind.PLAN,
        "a local action plan, or a LOCAL member, names no jurisdiction", List.of(ERROR),
        OFF, List.of(ERROR), List.of(ERROR)));
    // MONITORING.md: one severity in every profile and on the monitoring documents.
    monitoring(m, "reference-unknown", "an entry's measure or OGP id names nothing in its plan,"
        + " or its measure and OGP id name different parts", ERROR);
    monitoring(m, "reference-duplicate", "two entries of one document are about the same section"
        + " or measure; reported at the later one, naming the first", ERROR);
    monitoring(m, "reference-missing", "an entry has neither a measure nor an OGP id", ERROR);
    monitoring(m, "plan-unknown", "a report's or assessment's plan is not among the documents"
        + " validated with it (checked when the dataset has a plan)", WARNING);
    monitoring(m, "as-of-outside-plan", "a progress report's asOf is before the plan period starts"
        + " or more than two years after it ends", WARNING);
    monitoring(m, "star-criteria", "an assessment is starred but a field it states contradicts"
        + " the IRM's criteria for a star", ERROR);
    monitoring(m, "star-unmarked", "an assessment states every field of the IRM's criteria for a"
        + " star and meets them, but is not starred", INFO);
    monitoring(m, "field-not-in-product", "an assessment states a field that its IRM product does"
        + " not assess", WARNING);
    monitoring(m, "status-regression", "across one reporter kind's progress reports on a plan,"
        + " ordered by asOf, a measure's status goes back", WARNING);
    monitoring(m, "status-history-order", "a member's status changes are not in time order, or"
        + " the first is before it joined", ERROR);
    monitoring(m, "status-repeated", "two consecutive status changes of a member to the same"
        + " status", WARNING);
    monitoring(m, "status-after-withdrawal", "a member's status changes after it withdrew",
        ERROR);
    monitoring(m, "plan-overlap", "two action plans of a member overlap in time, beyond one year"
        + " written YYYY that ends one and starts the other", WARNING);
    monitoring(m, "plan-while-not-active", "a member's action plan overlaps a time it was"
        + " inactive, suspended or under procedural review", INFO);
    return Collections.unmodifiableMap(m);
  }

  private static void monitoring(Map<String, RuleInfo> m, String id, String description,
      Severity severity) {
    List<Severity> all = List.of(severity);
    m.put(id, new RuleInfo(id, RuleKind.MONITORING, description, all, all, all, all));
  }


  private static void plan(Map<String, RuleInfo> m, String id, String description,
      @Nullable Severity ogpActionPlan, @Nullable Severity executiveOrder,
      @Nullable Severity nationalProgram) {
    m.put(id, new RuleInfo(id, RuleKind.PLAN, description, listOf(ogpActionPlan),
        listOf(nationalProgram), listOf(executiveOrder)));
  }

  private static List<Severity> listOf(@Nullable Severity s) {
    return s == null ? OFF : List.of(s);
  }

  /**
   * Returns every rule: reading rules, plan rules, then monitoring rules, each in the order of
   * its contract.
   *
   * @return the rules, immutable
   */
  public static List<RuleInfo> all() {
    return List.copyOf(RULES.values());
  }

  /**
   * Returns the rules of one kind, in the order of their contract (RULES.md, MONITORING.md).
   *
   * @param kind the kind, not null
   * @return the rules, immutable
   */
  public static List<RuleInfo> ofKind(RuleKind kind) {
    Objects.requireNonNull(kind, "kind");
    return RULES.values().stream().filter(r -> r.kind() == kind).toList();
  }

  /**
   * Finds a rule by id.
   *
   * @param id the id, such as {@code number-duplicate}, not null
   * @return the rule, or empty if no rule has the id
   */
  public static Optional<RuleInfo> find(String id) {
    return Optional.ofNullable(RULES.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns every rule's id, in the order of {@link #all()}.
   *
   * @return the ids, immutable
   */
  public static List<String> ids() {
    return List.copyOf(RULES.keySet());
  }

  static String unknownRule(String id) {
    return "unknown rule " + Excerpt.quote(id, 60) + "; known rules: " + String.join(", ", RULES.keySet());
  }
}
