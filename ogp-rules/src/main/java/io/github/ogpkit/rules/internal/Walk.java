package io.github.ogpkit.rules.internal;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One validation of one plan: the plan, an index of its institutions, the messages, and the
 * findings reported so far. Internal; confined to the thread that validates.
 */
public final class Walk {

  private final Plan plan;
  private final Map<String, Severity> severities;
  private final Messages messages;
  private final Map<String, Institution> institutions = new HashMap<>();
  private final List<Finding> findings = new ArrayList<>();

  /**
   * Starts a walk.
   *
   * @param plan the plan, not null
   * @param severities the severity of each rule that runs, not null
   * @param messages the messages, not null
   */
  public Walk(Plan plan, Map<String, Severity> severities, Messages messages) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.severities = Objects.requireNonNull(severities, "severities");
    this.messages = Objects.requireNonNull(messages, "messages");
    for (Institution i : plan.institutions()) {
      institutions.putIfAbsent(i.id(), i);
    }
  }

  /**
   * Returns the plan.
   *
   * @return the plan, not null
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Finds an institution by id; the first if the plan uses the id twice.
   *
   * @param id the id, not null
   * @return the institution, or empty
   */
  public Optional<Institution> institution(String id) {
    return Optional.ofNullable(institutions.get(id));
  }

  /**
   * Returns the messages.
   *
   * @return the messages, not null
   */
  public Messages messages() {
    return messages;
  }

  /**
   * Reports a finding at the rule's configured severity.
   *
   * @param rule the rule's id, not null
   * @param path where, not null
   * @param key the message key, not null
   * @param args the values the message names
   */
  public void report(String rule, JsonPointer path, String key, Object... args) {
    Severity severity = severities.get(rule);
    if (severity != null) {
      findings.add(Finding.of(rule, severity, path, messages.format(key, args)));
    }
  }

  /**
   * Returns the findings reported so far.
   *
   * @return the findings, a live list, not null
   */
  public List<Finding> findings() {
    return findings;
  }
}
