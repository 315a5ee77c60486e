package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.MeasureEntry;
import io.github.ogpkit.model.MeasureRef;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.rules.internal.Messages;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One validation of the monitoring documents of a dataset: the dataset, the messages, and the
 * findings reported so far, by the document that holds what they point at. Internal; confined to
 * the thread that validates.
 */
@API(status = INTERNAL, since = "0.2")
public final class DatasetWalk {

  private final Dataset dataset;
  private final Map<String, Severity> severities;
  private final Messages messages;
  // By identity: a document is where a finding sits, not a value equal to it.
  private final Map<Document, List<Finding>> findings = new IdentityHashMap<>();

  /**
   * Starts a walk.
   *
   * @param dataset the dataset, not null
   * @param severities the severity of each monitoring rule that runs, not null
   * @param messages the messages, not null
   */
  public DatasetWalk(Dataset dataset, Map<String, Severity> severities, Messages messages) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.severities = Objects.requireNonNull(severities, "severities");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /**
   * Returns the dataset.
   *
   * @return the dataset, not null
   */
  public Dataset dataset() {
    return dataset;
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
   * Finds the plan a report or assessment points at, when it is in the dataset: rules that need
   * it do not run without it (MONITORING.md: such a document "is checked alone").
   *
   * @param planId the plan's id, not null
   * @return the plan, or empty
   */
  public Optional<Plan> plan(String planId) {
    return dataset.plan(planId);
  }

  /**
   * Calls an action for every entry of every progress report and IRM assessment, in the order of
   * the dataset and of each document's entries.
   *
   * @param action the action, not null
   */
  void forEachEntry(EntryAction action) {
    for (Document d : dataset.documents()) {
      if (d instanceof ProgressReport r) {
        forEach(d, r.plan(), r.entries(), action);
      } else if (d instanceof IrmAssessment a) {
        forEach(d, a.plan(), a.entries(), action);
      }
    }
  }

  private static void forEach(Document d, String plan, List<? extends MeasureEntry> entries,
      EntryAction action) {
    for (int i = 0; i < entries.size(); i++) {
      action.entry(d, plan, entries.get(i), entryPath(i));
    }
  }

  /**
   * Calls an action for every entry of every IRM assessment, in the order of the dataset and of
   * each assessment's entries.
   *
   * @param action the action, not null
   */
  void forEachAssessment(AssessmentAction action) {
    for (IrmAssessment a : dataset.irmAssessments()) {
      List<Assessment> entries = a.entries();
      for (int i = 0; i < entries.size(); i++) {
        action.entry(a, entries.get(i), entryPath(i));
      }
    }
  }

  /** What is done with each entry of the IRM assessments. */
  @FunctionalInterface
  interface AssessmentAction {
    void entry(IrmAssessment assessment, Assessment entry, JsonPointer path);
  }

  /**
   * Returns the entries of a progress report or IRM assessment.
   *
   * @param d the document, not null
   * @return the entries, not null, empty for a plan or a member
   */
  static List<? extends MeasureEntry> entries(Document d) {
    if (d instanceof ProgressReport r) {
      return r.entries();
    }
    return d instanceof IrmAssessment a ? a.entries() : List.of();
  }

  /**
   * Returns the id of the plan a progress report or IRM assessment is about.
   *
   * @param d the document, not null
   * @return the plan's id, or empty for a plan or a member
   */
  static Optional<String> planId(Document d) {
    if (d instanceof ProgressReport r) {
      return Optional.of(r.plan());
    }
    return d instanceof IrmAssessment a ? Optional.of(a.plan()) : Optional.empty();
  }

  /**
   * Names what an entry is about, as it names it: its number, else its OGP id; both as
   * {@code 4 (AZ0038)}.
   *
   * @param ref the reference, not null
   * @return the text, not null
   */
  static String subject(MeasureRef ref) {
    if (ref.measure().isPresent() && ref.ogpId().isPresent()) {
      return ref.measure().get() + " (" + ref.ogpId().get() + ")";
    }
    return ref.measure().map(Object::toString).orElseGet(() -> ref.ogpId().orElse(""));
  }

  /**
   * Returns the path of an entry: {@code /entries/<index>}.
   *
   * @param index the index
   * @return the path, not null
   */
  static JsonPointer entryPath(int index) {
    return JsonPointer.root().append("entries").append(index);
  }

  /** What is done with each entry of the reports and assessments. */
  @FunctionalInterface
  interface EntryAction {
    void entry(Document document, String plan, MeasureEntry entry, JsonPointer path);
  }

  /**
   * Reports a finding in a document's report, at the rule's configured severity.
   *
   * @param document the document the path points into, not null
   * @param rule the rule's id, not null
   * @param path where, not null
   * @param key the message key, not null
   * @param args the values the message names
   */
  public void report(Document document, String rule, JsonPointer path, String key,
      Object... args) {
    Severity severity = severities.get(rule);
    if (severity != null) {
      findings.computeIfAbsent(document, d -> new ArrayList<>())
          .add(Finding.of(rule, severity, path, messages.format(key, args)));
    }
  }

  /**
   * Returns the findings reported in a document's report.
   *
   * @param document the document, not null
   * @return the findings, not null, empty if none
   */
  public List<Finding> findings(Document document) {
    return findings.getOrDefault(document, List.of());
  }
}
