package io.github.ogpkit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.internal.Excerpt;
import io.github.ogpkit.model.report.CheckedPlan;
import io.github.ogpkit.model.report.DatasetReport;
import io.github.ogpkit.model.report.DatasetValidator;
import io.github.ogpkit.model.report.PlanValidator;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.internal.Messages;
import io.github.ogpkit.rules.internal.PlanRules;
import io.github.ogpkit.rules.internal.StructuralCheck;
import io.github.ogpkit.rules.internal.Walk;
import io.github.ogpkit.rules.internal.monitoring.DatasetWalk;
import io.github.ogpkit.rules.internal.monitoring.MonitoringRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Validates plans: the structural checks of the model's Bean Validation constraints (reported as
 * {@code required} and {@code invalid-value}) and the plan rules of RULES.md, at the severities of
 * a {@link Profile} with any changes the caller configured, with messages in English or
 * Azerbaijani; and datasets ({@link #validate(Dataset)}): each plan as alone, each progress
 * report, IRM assessment and member by the monitoring rules of MONITORING.md.
 *
 * <pre>{@code
 * ValidationReport report = OgpValidator.standard().validate(plan);
 *
 * OgpValidator validator = OgpValidator.builder()
 *     .profile(Profile.NATIONAL_PROGRAM)          // or leave unset: the plan's, else its kind's
 *     .severity("time-frame-outside-plan", Severity.ERROR)
 *     .disable("translation-missing")
 *     .locale(Locale.forLanguageTag("az"))
 *     .build();
 *
 * // The same, as configuration (a properties file, command-line options, a service's settings):
 * OgpValidator configured = OgpValidator.builder()
 *     .configure(Map.of("profile", "national-program",
 *         "rule.time-frame-outside-plan", "error",
 *         "rule.translation-missing", "off",
 *         "locale", "az"))
 *     .build();
 *
 * // Plans with the reports, assessments and members about them: one report per document.
 * DatasetReport reports = OgpValidator.standard().validate(Dataset.of(plan, report, member));
 * reports.reportFor(report).forRule("reference-unknown");
 * }</pre>
 *
 * <p>A validator is immutable and thread-safe: build it once and share it. Each call to
 * {@link #validate(Plan)} walks the plan once; the cost is linear in the size of the plan. The
 * findings carry no text location; ogp-io adds locations to plans it read.
 *
 * <p>The structural checks run through Hibernate Validator on plans built in code (and on copies
 * made with {@code toBuilder()}). A plan that ogp-io's {@code PlanReader} (or its Jackson module)
 * bound has already passed the same checks as reading rules: the reader binds a plan only when no
 * reading rule found an error, and the plan is immutable. For such a plan, recognized by identity,
 * the structural pass is skipped, since it could find nothing; the report is the same either way.
 * Hibernate Validator is bootstrapped on the first plan that needs it, once for the JVM, with a
 * message interpolator that needs no expression-language implementation.
 */
@API(status = STABLE, since = "0.1")
public final class OgpValidator implements PlanValidator, DatasetValidator {

  private static final OgpValidator STANDARD = builder().build();

  /** The format version whose OGP action plans are validated with executive-order by default. */
  private static final String FORMAT_1_0 = "1.0";

  private final @Nullable Profile profile;
  private final Map<String, Optional<Severity>> overrides;
  private final Locale locale;
  private final Messages messages;
  private final Map<Profile, Map<String, Severity>> severities;
  private final Map<Profile, PlanRules> rules;
  // Monitoring documents have no profile: one severity per rule, the configured one or the
  // rule's monitoring default.
  private final Map<String, Severity> monitoringSeverities;
  private final MonitoringRules monitoringRules;

  private OgpValidator(Builder b) {
    this.profile = b.profile;
    this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(b.overrides));
    this.locale = b.locale;
    this.messages = Messages.forLocale(b.locale);
    Map<Profile, Map<String, Severity>> all = new EnumMap<>(Profile.class);
    for (Profile p : Profile.values()) {
      Map<String, Severity> enabled = new LinkedHashMap<>();
      for (RuleInfo rule : RuleCatalog.all()) {
        if (rule.appliesToPlans()) {
          severity(rule.id(), p).ifPresent(s -> enabled.put(rule.id(), s));
        }
      }
      all.put(p, Collections.unmodifiableMap(enabled));
    }
    this.severities = Collections.unmodifiableMap(all);
    Map<Profile, PlanRules> chosen = new EnumMap<>(Profile.class);
    all.forEach((p, enabled) -> chosen.put(p, PlanRules.of(enabled.keySet())));
    this.rules = Collections.unmodifiableMap(chosen);
    Map<String, Severity> monitoring = new LinkedHashMap<>();
    // The structural checks too: reading rules have one severity whatever the profile.
    for (String structural : List.of(RuleCatalog.REQUIRED, RuleCatalog.INVALID_VALUE)) {
      severity(structural, Profile.OGP_ACTION_PLAN).ifPresent(s -> monitoring.put(structural, s));
    }
    for (RuleInfo rule : RuleCatalog.all()) {
      if (rule.appliesToMonitoring()) {
        monitoringSeverity(rule.id()).ifPresent(s -> monitoring.put(rule.id(), s));
      }
    }
    this.monitoringSeverities = Collections.unmodifiableMap(monitoring);
    this.monitoringRules = MonitoringRules.of(monitoring.keySet());
  }

  /**
   * Returns the standard validator: profile chosen for each plan ({@link #profileFor(Plan)}),
   * default severities, English messages.
   *
   * @return the shared standard validator, not null
   */
  public static OgpValidator standard() {
    return STANDARD;
  }

  /**
   * Starts building a validator.
   *
   * @return a new builder with the standard settings, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this validator's settings, to derive another validator.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    return new Builder(profile, overrides, locale);
  }

  /**
   * Validates a plan with the profile {@link #profileFor(Plan)} chooses: the configured one, else
   * the plan's own {@code profile}, else the one its kind selects.
   *
   * @param plan the plan, not null
   * @return the report, with the profile's id, findings in report order without text locations,
   *     not null
   */
  @Override
  public ValidationReport validate(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return validate(plan, true);
  }

  /**
   * Validates a plan that ogp-io's reader bound with no reading error: the structural checks of
   * Bean Validation are skipped, since the reading rules made them all and the plan is immutable;
   * the report is the one {@link #validate(Plan)} gives for the same plan, except where the
   * version the document declared chooses the profile ({@link #profileFor(CheckedPlan)}: an OGP
   * action plan of a {@code 1.0} document that states no profile is validated with
   * {@link Profile#EXECUTIVE_ORDER}).
   *
   * @param plan the checked plan, not null
   * @return the report, with the profile's id, findings in report order without text locations,
   *     not null
   */
  @Override
  @API(status = EXPERIMENTAL, since = "0.2")
  public ValidationReport validate(CheckedPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return validate(plan.plan(), profileFor(plan), false);
  }

  /**
   * Validates documents taken together (MONITORING.md, "A dataset"): each plan exactly as
   * {@link #validate(Plan)} does, with its profile; each progress report, IRM assessment and
   * member by the structural checks of its constraints ({@code required},
   * {@code invalid-value}, as the reader reports them on text) and the monitoring rules, at
   * {@link #monitoringSeverity(String)}, in a report without a profile. A cross-document finding sits in the report of the document that holds the
   * referring entry, at a path into it, and names the other document by its id. Rules that need
   * a document the dataset lacks do not run: a report whose plan is not in the dataset gets no
   * {@code reference-unknown}, no {@code as-of-outside-plan}, no {@code status-regression} and
   * only the {@code reference-duplicate} of identical references; {@code plan-unknown} runs only
   * when the dataset has at least one plan.
   *
   * <p>Plans are validated as built in code; a plan that ogp-io read can be validated as a
   * {@link CheckedPlan} ({@link #validate(CheckedPlan)}) and its report put in place of this
   * one's ({@link DatasetReport#of}). The cost is linear in the size of the documents, but for
   * {@code plan-overlap} and {@code plan-while-not-active}, which compare each of a member's
   * action plans with the others and with its status changes.
   *
   * @param dataset the dataset, not null
   * @return one report per document, in the dataset's order, findings without text locations,
   *     not null
   */
  @Override
  @API(status = EXPERIMENTAL, since = "0.2")
  public DatasetReport validate(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    DatasetWalk walk = new DatasetWalk(dataset, monitoringSeverities, messages);
    for (Document d : dataset.documents()) {
      if (!(d instanceof Plan)) {
        StructuralCheck.check(d, messages, (rule, path, key, args) ->
            walk.report(d, rule, path, key, args));
      }
    }
    monitoringRules.run(walk);
    List<ValidationReport> reports = new ArrayList<>(dataset.documents().size());
    for (Document d : dataset.documents()) {
      reports.add(d instanceof Plan p ? validate(p, true) : ValidationReport.of(d.documentType(), walk.findings(d)));
    }
    return DatasetReport.of(dataset.documents(), reports);
  }

  private ValidationReport validate(Plan plan, boolean structural) {
    return validate(plan, profileFor(plan), structural);
  }

  private ValidationReport validate(Plan plan, Profile p, boolean structural) {
    Map<String, Severity> enabled = severities.get(p);
    Walk walk = new Walk(plan, enabled, messages);
    if (structural && (enabled.containsKey(RuleCatalog.REQUIRED)
        || enabled.containsKey(RuleCatalog.INVALID_VALUE))) {
      StructuralCheck.run(walk);
    }
    rules.get(p).run(walk);
    return ValidationReport.of(p.id(), walk.findings());
  }

  /**
   * Returns the profile this validator uses for a plan built in code, by RULES-1.1's precedence:
   * the configured one ({@link Builder#profile(Profile)}); else the one the plan states
   * ({@link Plan#profile()}); else the one the plan's kind selects ({@link Profile#forKind}). A
   * plan built in code declares no format version, so the rule for {@code 1.0} documents
   * ({@link #profileFor(CheckedPlan)}) does not apply. A stated profile that names none (only
   * possible in code, or in a document of a newer 1.x minor) counts as not stated.
   *
   * @param plan the plan, not null
   * @return the profile, not null
   */
  public Profile profileFor(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    if (profile != null) {
      return profile;
    }
    return stated(plan).orElseGet(() -> Profile.forKind(plan.kind()));
  }

  /**
   * Returns the profile this validator uses for a plan read from a document, by RULES-1.1's
   * precedence: the configured one ({@link Builder#profile(Profile)}); else the one the plan
   * states ({@link Plan#profile()}); else, for a document that declared
   * {@code "schemaVersion": "1.0"} and a plan of kind {@link PlanKind#OGP_ACTION_PLAN},
   * {@link Profile#EXECUTIVE_ORDER}, so that 1.0 data keeps the meaning it had; else the one the
   * plan's kind selects ({@link Profile#forKind}).
   *
   * @param plan the checked plan, not null
   * @return the profile, not null
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public Profile profileFor(CheckedPlan plan) {
    Objects.requireNonNull(plan, "plan");
    if (profile != null) {
      return profile;
    }
    Plan p = plan.plan();
    Optional<Profile> stated = stated(p);
    if (stated.isPresent()) {
      return stated.get();
    }
    if (FORMAT_1_0.equals(plan.schemaVersion()) && p.kind() == PlanKind.OGP_ACTION_PLAN) {
      return Profile.EXECUTIVE_ORDER;
    }
    return Profile.forKind(p.kind());
  }

  private static Optional<Profile> stated(Plan plan) {
    return plan.profile().flatMap(Profile::find);
  }

  /**
   * Returns the configured profile.
   *
   * @return the profile, or empty if it is chosen for each plan ({@link #profileFor(Plan)})
   */
  public Optional<Profile> profile() {
    return Optional.ofNullable(profile);
  }

  /**
   * Returns the locale of the messages: {@code en} or {@code az}.
   *
   * @return the locale, not null
   */
  public Locale locale() {
    return messages.locale();
  }

  /**
   * Returns the severity at which a rule is reported under a profile: the configured one if set,
   * else the profile's default. Reading rules are answered too, with their defaults: they cannot
   * be configured here (see {@link Builder#severity(String, Severity)}).
   *
   * @param ruleId the rule's id, not null
   * @param profile the profile, not null
   * @return the severity, or empty if the rule is off
   * @throws IllegalArgumentException if no rule has the id
   */
  public Optional<Severity> severity(String ruleId, Profile profile) {
    Objects.requireNonNull(profile, "profile");
    RuleInfo rule = RuleCatalog.find(Objects.requireNonNull(ruleId, "ruleId"))
        .orElseThrow(() -> new IllegalArgumentException(RuleCatalog.unknownRule(ruleId)));
    Optional<Severity> configured = overrides.get(ruleId);
    return configured != null ? configured : rule.defaultSeverity(profile);
  }

  /**
   * Returns the severity at which a rule is reported on monitoring documents (progress reports,
   * IRM assessments, members), which have no profile: the configured one if set, else the rule's
   * {@linkplain RuleInfo#monitoringSeverity() monitoring default}. A severity configured for
   * {@code jurisdiction-missing} applies to plans and members alike.
   *
   * @param ruleId the rule's id, not null
   * @return the severity, or empty if the rule is off or checks no monitoring document
   * @throws IllegalArgumentException if no rule has the id
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public Optional<Severity> monitoringSeverity(String ruleId) {
    RuleInfo rule = RuleCatalog.find(Objects.requireNonNull(ruleId, "ruleId"))
        .orElseThrow(() -> new IllegalArgumentException(RuleCatalog.unknownRule(ruleId)));
    if (!rule.appliesToMonitoring()) {
      return Optional.empty();
    }
    Optional<Severity> configured = overrides.get(ruleId);
    return configured != null ? configured : rule.monitoringSeverity();
  }

  /**
   * Returns the rule severities configured on top of the profile.
   *
   * @return rule id to severity, empty for a rule turned off, immutable
   */
  public Map<String, Optional<Severity>> overrides() {
    return overrides;
  }

  @Override
  public String toString() {
    return "OgpValidator[profile=" + (profile == null ? "from the plan" : profile.id())
        + ", overrides=" + overrides + ", locale=" + locale().toLanguageTag() + "]";
  }

  /**
   * Builds an {@link OgpValidator}, in code or from configuration. Not thread-safe; the
   * validators it builds are.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {

    /** The configuration key of the profile. */
    public static final String PROFILE_KEY = "profile";
    /**
     * The value of {@link #PROFILE_KEY} that chooses the profile for each plan
     * ({@link OgpValidator#profileFor(Plan)}).
     */
    public static final String AUTO_PROFILE = "auto";
    /** The configuration key of the messages' language ({@code en} or {@code az}). */
    public static final String LOCALE_KEY = "locale";
    /** The prefix of the configuration keys of rule severities: {@code rule.<rule id>}. */
    public static final String RULE_PREFIX = "rule.";
    /** The value of a {@code rule.<rule id>} key that turns the rule off. */
    public static final String OFF = "off";

    // The accepted values of the keys, derived from the enums and the bundles, never from
    // their positions: reordering an enum cannot change what a value means.
    private static final Map<String, Optional<Profile>> PROFILES = profiles();
    private static final Map<String, Optional<Severity>> SEVERITIES = severities();
    private static final Map<String, Locale> LOCALES = locales();

    private static Map<String, Optional<Profile>> profiles() {
      Map<String, Optional<Profile>> m = new LinkedHashMap<>();
      for (Profile p : Profile.values()) {
        m.put(p.id(), Optional.of(p));
      }
      m.put(AUTO_PROFILE, Optional.empty());
      return Collections.unmodifiableMap(m);
    }

    private static Map<String, Optional<Severity>> severities() {
      Map<String, Optional<Severity>> m = new LinkedHashMap<>();
      for (Severity s : Severity.values()) {
        m.put(s.label(), Optional.of(s));
      }
      m.put(OFF, Optional.empty());
      return Collections.unmodifiableMap(m);
    }

    private static Map<String, Locale> locales() {
      Map<String, Locale> m = new LinkedHashMap<>();
      for (String language : Messages.LANGUAGES) {
        m.put(language, Locale.forLanguageTag(language));
      }
      return Collections.unmodifiableMap(m);
    }

    private @Nullable Profile profile;
    private final Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

    private Builder(@Nullable Profile profile, Map<String, Optional<Severity>> overrides,
        Locale locale) {
      this.profile = profile;
      this.overrides.putAll(overrides);
      this.locale = locale;
    }

    /**
     * Sets the profile for every plan, whatever profile the plan states, or chooses it for each
     * plan again ({@link OgpValidator#profileFor(Plan)}).
     *
     * @param profile the profile, or null to choose it for each plan (the default)
     * @return this builder
     */
    public Builder profile(@Nullable Profile profile) {
      this.profile = profile;
      return this;
    }

    /**
     * Sets a rule's severity, whatever the profile; this also turns on a rule that the profile
     * turns off.
     *
     * <p>The rules the validator reports can be configured: every plan rule and monitoring rule
     * (a monitoring rule's severity holds whatever the profile; one set for
     * {@code jurisdiction-missing} holds for plans and members), and the reading rules
     * {@code required} and {@code invalid-value}, which it checks on plans built in code (through
     * Bean Validation). The other reading rules ({@code json-syntax}, {@code duplicate-key},
     * {@code unknown-property}, {@code wrong-type}, {@code schema-version}) are refused: ogp-io's
     * reader reports them while it reads JSON text, at the severities of RULES.md, and the
     * validator never sees them. So are {@code required} and {@code invalid-value} as the reader
     * reports them: this configures the validator's own checks only.
     *
     * @param ruleId the rule's id, not null
     * @param severity the severity, not null
     * @return this builder
     * @throws IllegalArgumentException naming the known rules if no rule has the id, or saying why
     *     if it is a reading rule the validator does not report
     */
    public Builder severity(String ruleId, Severity severity) {
      Objects.requireNonNull(severity, "severity");
      overrides.put(checkRule(ruleId), Optional.of(severity));
      return this;
    }

    /**
     * Turns a rule off, whatever the profile. Which rules can be configured: see
     * {@link #severity(String, Severity)}.
     *
     * @param ruleId the rule's id, not null
     * @return this builder
     * @throws IllegalArgumentException naming the known rules if no rule has the id, or saying why
     *     if it is a reading rule the validator does not report
     */
    public Builder disable(String ruleId) {
      overrides.put(checkRule(ruleId), Optional.empty());
      return this;
    }

    /**
     * Returns a rule to its profile's default severity.
     *
     * @param ruleId the rule's id, not null
     * @return this builder
     * @throws IllegalArgumentException naming the known rules if no rule has the id, or saying why
     *     if it is a reading rule the validator does not report
     */
    public Builder reset(String ruleId) {
      overrides.remove(checkRule(ruleId));
      return this;
    }

    /**
     * Sets the language of the messages: English for a locale whose language is {@code en},
     * Azerbaijani for {@code az} (any region or script: {@code en-GB}, {@code az-Latn-AZ}).
     *
     * @param locale the locale, not null
     * @return this builder
     * @throws IllegalArgumentException naming the languages there are messages in, for a locale of
     *     any other language: its messages would not be in the language asked for
     */
    public Builder locale(Locale locale) {
      Objects.requireNonNull(locale, "locale");
      if (!Messages.LANGUAGES.contains(locale.getLanguage())) {
        throw new IllegalArgumentException("there are no messages in "
            + Excerpt.quote(locale.toLanguageTag(), 60) + "; messages are in "
            + String.join(" and ", Messages.LANGUAGES) + " (English and Azerbaijani)");
      }
      this.locale = locale;
      return this;
    }

    /**
     * Applies configuration, in order. The keys:
     *
     * <table>
     * <caption>Configuration keys</caption>
     * <tr><th>key</th><th>values</th></tr>
     * <tr><td>{@code profile}</td><td>{@code ogp-action-plan}, {@code executive-order},
     *     {@code national-program}, or {@code auto} to choose it for each plan (the plan's own
     *     profile, else its kind's)</td></tr>
     * <tr><td>{@code rule.<rule id>}</td><td>{@code error}, {@code warning}, {@code info} (any
     *     case) or {@code off}; for the rules the validator reports (see
     *     {@link #severity(String, Severity)})</td></tr>
     * <tr><td>{@code locale}</td><td>{@code en} or {@code az}</td></tr>
     * </table>
     *
     * <p>For example {@code profile=national-program}, {@code rule.time-frame-outside-plan=warning},
     * {@code rule.indicator-missing=off}. Values are trimmed. Nothing is applied if any entry is
     * rejected.
     *
     * @param configuration the keys and values, not null
     * @return this builder
     * @throws IllegalArgumentException naming the key and the accepted values, for an unknown key,
     *     rule id or value
     */
    public Builder configure(Map<String, String> configuration) {
      Objects.requireNonNull(configuration, "configuration");
      Builder trial = new Builder(profile, overrides, locale);
      // Sorted keys make the outcome independent of the map's iteration order.
      new TreeMap<>(configuration).forEach(trial::apply);
      profile = trial.profile;
      overrides.clear();
      overrides.putAll(trial.overrides);
      locale = trial.locale;
      return this;
    }

    /**
     * Applies configuration from properties, as {@link #configure(Map)} does; only properties
     * with string keys and values are read, defaults included.
     *
     * @param properties the properties, not null
     * @return this builder
     * @throws IllegalArgumentException naming the key and the accepted values, for an unknown key,
     *     rule id or value
     */
    public Builder configure(Properties properties) {
      Objects.requireNonNull(properties, "properties");
      Map<String, String> map = new HashMap<>();
      for (String key : properties.stringPropertyNames()) {
        map.put(key, properties.getProperty(key));
      }
      return configure(map);
    }


    private void apply(String key, String rawValue) {
      Objects.requireNonNull(key, "a configuration key is null");
      if (rawValue == null) {
        throw new IllegalArgumentException("configuration key " + Excerpt.quote(key, 60)
            + " has no value");
      }
      String value = rawValue.strip();
      if (key.equals(PROFILE_KEY)) {
        profile = lookup(key, value, PROFILES).orElse(null);
      } else if (key.equals(LOCALE_KEY)) {
        locale = lookup(key, value, LOCALES);
      } else if (key.startsWith(RULE_PREFIX)) {
        String ruleId = key.substring(RULE_PREFIX.length());
        try {
          checkRule(ruleId);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("configuration key " + Excerpt.quote(key, 60) + ": "
              + e.getMessage(), e);
        }
        overrides.put(ruleId, lookup(key, value.toLowerCase(Locale.ROOT), SEVERITIES));
      } else {
        throw new IllegalArgumentException("unknown configuration key " + Excerpt.quote(key, 60)
            + "; expected " + PROFILE_KEY + ", " + LOCALE_KEY + " or " + RULE_PREFIX
            + "<rule id>");
      }
    }

    /** Looks a configuration value up among the accepted ones, or says which they are. */
    private static <T> T lookup(String key, String value, Map<String, T> accepted) {
      T found = accepted.get(value);
      if (found == null) {
        throw new IllegalArgumentException("configuration key " + Excerpt.quote(key, 60)
            + " has value " + Excerpt.quote(value, 60) + "; expected "
            + String.join(", ", accepted.keySet()));
      }
      return found;
    }

    private static String checkRule(String ruleId) {
      Objects.requireNonNull(ruleId, "ruleId");
      RuleInfo rule = RuleCatalog.find(ruleId)
          .orElseThrow(() -> new IllegalArgumentException(RuleCatalog.unknownRule(ruleId)));
      if (!rule.appliesToPlans() && !rule.appliesToMonitoring()) {
        throw new IllegalArgumentException("rule " + ruleId + " cannot be configured on the"
            + " validator: it is a reading rule, which ogp-io's reader reports while it reads"
            + " JSON text, at the severity RULES.md gives it, and the validator never reports");
      }
      return ruleId;
    }

    /**
     * Builds the validator.
     *
     * @return the validator, immutable and thread-safe, not null
     */
    public OgpValidator build() {
      return new OgpValidator(this);
    }
  }
}
