package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Documents taken together: plans, the progress reports and IRM assessments that point at them,
 * and members (MONITORING.md, "A dataset"). A dataset resolves what an entry refers to in its plan
 * and answers, for each section or measure, what the documents say about it.
 *
 * <pre>{@code
 * Dataset dataset = Dataset.of(plan, governmentReport, shadowReport, designReport);
 * OutlineNumber four = OutlineNumber.parse("4");
 * dataset.latestStatus("az-2016-2018", four)
 *     .get(ReporterKind.CIVIL_SOCIETY).entry().status();   // Optional[LIMITED]
 * dataset.assessments("az-2016-2018", four);               // the IRM's, by publication
 * dataset.history("az-2016-2018", four);                   // everything, in time order
 * }</pre>
 *
 * <p><b>Identity.</b> Within one {@link DocumentType}, ids are unique: {@link #of(Collection)}
 * refuses two documents of one type with the same id, because a dataset keyed by id cannot answer
 * for both. A plan and a member may share an id. Validation of files reports duplicates as
 * findings before a dataset is made.
 *
 * <p><b>References.</b> An entry's {@code measure} names the section or measure with that
 * number, its {@code ogpId} the section or measure with that OGP commitment id; in a plan that
 * uses a number or an id twice, the first in document order (the plan's own measures, each before
 * its sub-measures, then each section before its measures and subsections). When an entry gives
 * both, they must name the same section or measure, or nothing is resolved. A report whose plan is
 * not in the dataset resolves nothing. Entries whose reference resolves to nothing are left out of
 * every answer: the rules ({@code reference-missing}, {@code reference-unknown}) report them.
 *
 * <p><b>Order.</b> A section's or measure's history is in the order of each entry's day (a
 * progress report's {@code asOf}, the first day of an assessment's {@code published}); on the
 * same day, an assessment published as a year or month before a progress report (as partial
 * dates order), then in the order of the documents in the dataset and of the entries in each
 * document. The latest status and the assessments are read from that order.
 *
 * <p>Immutable and thread-safe; everything is indexed when it is made, in time linear in the
 * documents' size. Not a validator: it takes documents with problems as they are (a report that
 * states no status is simply one that says nothing about statuses). To check documents, validate
 * them (ogp-rules); to follow one plan, {@link Plan} itself is enough.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Dataset {

  private static final Comparator<Mention> HISTORY_ORDER =
      Comparator.comparing(Mention::firstDay).thenComparingInt(Dataset::precision);

  private final List<Document> documents;
  private final List<Plan> plans;
  private final List<ProgressReport> progressReports;
  private final List<IrmAssessment> irmAssessments;
  private final List<Member> members;
  private final Map<DocumentType, Map<String, Document>> byId;
  private final Map<String, PlanIndex> planIndexes;
  private final Map<PartKey, List<Mention>> histories;

  private Dataset(List<Document> documents) {
    this.documents = documents;
    List<Plan> ps = new ArrayList<>();
    List<ProgressReport> rs = new ArrayList<>();
    List<IrmAssessment> as = new ArrayList<>();
    List<Member> ms = new ArrayList<>();
    Map<DocumentType, Map<String, Document>> ids = new EnumMap<>(DocumentType.class);
    Map<DocumentType, Map<String, Integer>> positions = new EnumMap<>(DocumentType.class);
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      Integer earlier = positions.computeIfAbsent(d.documentType(), t -> new HashMap<>())
          .putIfAbsent(d.id(), i);
      if (earlier != null) {
        throw new IllegalArgumentException("documents[" + earlier + "] and documents[" + i
            + "] are both " + d.documentType().jsonName() + " documents with id "
            + ValueParseException.quote(d.id())
            + "; a dataset holds one document of a type per id");
      }
      ids.computeIfAbsent(d.documentType(), t -> new HashMap<>()).put(d.id(), d);
      switch (d.documentType()) {
        case PLAN -> ps.add((Plan) d);
        case PROGRESS_REPORT -> rs.add((ProgressReport) d);
        case IRM_ASSESSMENT -> as.add((IrmAssessment) d);
        case MEMBER -> ms.add((Member) d);
      }
    }
    this.plans = List.copyOf(ps);
    this.progressReports = List.copyOf(rs);
    this.irmAssessments = List.copyOf(as);
    this.members = List.copyOf(ms);
    this.byId = ids;
    Map<String, PlanIndex> indexes = new HashMap<>();
    for (Plan p : plans) {
      indexes.put(p.id(), new PlanIndex(p));
    }
    this.planIndexes = indexes;
    this.histories = histories(documents, indexes);
  }

  private static Map<PartKey, List<Mention>> histories(List<Document> documents,
      Map<String, PlanIndex> indexes) {
    Map<PartKey, List<Mention>> found = new HashMap<>();
    for (Document d : documents) {
      if (d instanceof ProgressReport r) {
        for (ProgressEntry e : r.entries()) {
          add(found, indexes, r.plan(), e, new ProgressMention(r, e));
        }
      } else if (d instanceof IrmAssessment a) {
        for (Assessment e : a.entries()) {
          add(found, indexes, a.plan(), e, new AssessmentMention(a, e));
        }
      }
    }
    Map<PartKey, List<Mention>> sorted = new HashMap<>();
    for (Map.Entry<PartKey, List<Mention>> e : found.entrySet()) {
      List<Mention> list = e.getValue();
      list.sort(HISTORY_ORDER); // stable: the dataset's order on equal days
      sorted.put(e.getKey(), List.copyOf(list));
    }
    return sorted;
  }

  private static void add(Map<PartKey, List<Mention>> found, Map<String, PlanIndex> indexes,
      String plan, MeasureEntry entry, Mention mention) {
    PlanIndex index = indexes.get(plan);
    PlanPart part = index == null ? null : index.resolve(entry.reference());
    if (part != null) {
      found.computeIfAbsent(new PartKey(plan, part.number()), k -> new ArrayList<>())
          .add(mention);
    }
  }

  private static int precision(Mention m) {
    return m instanceof AssessmentMention a ? a.assessment().published().precision().ordinal()
        : PartialDate.Precision.DAY.ordinal();
  }

  /**
   * Obtains a dataset of documents, in the order given.
   *
   * @param documents the documents, not null, without null elements
   * @return the dataset, not null
   * @throws NullPointerException naming the collection or the position of a null element
   * @throws IllegalArgumentException if two documents of one type have the same id, naming the
   *     id and both positions
   */
  public static Dataset of(Collection<? extends Document> documents) {
    return new Dataset(Builders.copyOf(documents, "documents"));
  }

  /**
   * Obtains a dataset of documents, in the order given.
   *
   * @param documents the documents, not null, without null elements
   * @return the dataset, not null
   * @throws NullPointerException naming the array or the position of a null element
   * @throws IllegalArgumentException if two documents of one type have the same id, naming the
   *     id and both positions
   */
  public static Dataset of(Document... documents) {
    return of(Arrays.asList(Objects.requireNonNull(documents, "documents")));
  }

  /**
   * Returns every document, in the order given.
   *
   * @return the documents, not null, immutable
   */
  public List<Document> documents() {
    return documents;
  }

  /**
   * Returns the plans, in the order given.
   *
   * @return the plans, not null, immutable
   */
  public List<Plan> plans() {
    return plans;
  }

  /**
   * Returns the progress reports, in the order given.
   *
   * @return the progress reports, not null, immutable
   */
  public List<ProgressReport> progressReports() {
    return progressReports;
  }

  /**
   * Returns the IRM assessments, in the order given.
   *
   * @return the IRM assessments, not null, immutable
   */
  public List<IrmAssessment> irmAssessments() {
    return irmAssessments;
  }

  /**
   * Returns the members, in the order given.
   *
   * @return the members, not null, immutable
   */
  public List<Member> members() {
    return members;
  }

  /**
   * Finds a document by type and id.
   *
   * @param type the document type, not null
   * @param id the id, not null
   * @return the document, or empty if the dataset has none of that type with that id
   */
  public Optional<Document> document(DocumentType type, String id) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Map<String, Document> ofType = byId.get(type);
    return ofType == null ? Optional.empty() : Optional.ofNullable(ofType.get(id));
  }

  /**
   * Finds a plan by id, as a report's {@code plan} names it.
   *
   * @param id the plan's id, not null
   * @return the plan, or empty if the dataset has no plan with that id
   */
  public Optional<Plan> plan(String id) {
    return document(DocumentType.PLAN, id).map(Plan.class::cast);
  }

  /**
   * Finds a member by id.
   *
   * @param id the member's id, such as {@code azerbaijan}, not null
   * @return the member, or empty if the dataset has no member with that id
   */
  public Optional<Member> member(String id) {
    return document(DocumentType.MEMBER, id).map(Member.class::cast);
  }

  /**
   * Resolves a reference in a plan of the dataset: the section or measure with the reference's
   * number, or with its OGP commitment id, or, when it gives both, the one section or measure
   * both name. Nothing is resolved when the plan is not in the dataset, when the reference names
   * nothing ({@link MeasureRef#isMissing()}), when the number or the id names nothing in the plan,
   * or when the number and the id name different parts (rule {@code reference-unknown}). In a
   * plan that uses a number or an id twice, the first part in document order that has it counts.
   *
   * @param planId the plan's id, not null
   * @param reference the reference, not null
   * @return the section or measure, or empty
   */
  public Optional<Commitment> resolve(String planId, MeasureRef reference) {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(reference, "reference");
    PlanIndex index = planIndexes.get(planId);
    PlanPart part = index == null ? null : index.resolve(reference);
    return part == null ? Optional.empty() : Optional.of(new Commitment(planId, part));
  }

  /**
   * Returns, for each kind of reporter, the latest progress report's entry about a section or
   * measure: the last in its {@linkplain #history history}, so of the reports with the latest
   * {@code asOf}, the last in the dataset (and, should a report hold two entries about it, its
   * last). Reporter kinds that said nothing about it are absent.
   *
   * @param planId the plan's id, not null
   * @param number the number of the section or measure, not null
   * @return the entries with their reports by reporter kind, not null, immutable, iterated in the
   *     order of {@link ReporterKind}; empty if no report resolves to it
   */
  public Map<ReporterKind, ProgressMention> latestStatus(String planId, OutlineNumber number) {
    Map<ReporterKind, ProgressMention> latest = new EnumMap<>(ReporterKind.class);
    for (Mention m : history(planId, number)) {
      if (m instanceof ProgressMention p) {
        latest.put(p.report().reporter().kind(), p);
      }
    }
    return Collections.unmodifiableMap(latest);
  }

  /**
   * Returns the IRM's assessments of a section or measure, in the order of their publication
   * (as partial dates order), then of the dataset.
   *
   * @param planId the plan's id, not null
   * @param number the number of the section or measure, not null
   * @return the assessment entries with their IRM assessments, not null, immutable, empty if none
   */
  public List<AssessmentMention> assessments(String planId, OutlineNumber number) {
    List<AssessmentMention> found = new ArrayList<>();
    for (Mention m : history(planId, number)) {
      if (m instanceof AssessmentMention a) {
        found.add(a);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns every entry about a section or measure, from progress reports and IRM assessments
   * alike, in time order: by {@link Mention#firstDay()}, on the same day an assessment published
   * as a year or month first, then in the order of the dataset and of each document's entries.
   * Entries count when their reference {@linkplain #resolve resolves} to the section or measure
   * with this number, whether they name it by number or by OGP commitment id.
   *
   * @param planId the plan's id, not null
   * @param number the number of the section or measure, not null
   * @return the entries with their documents, not null, immutable, empty if none
   */
  public List<Mention> history(String planId, OutlineNumber number) {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(number, "number");
    return histories.getOrDefault(new PartKey(planId, number), List.of());
  }

  /**
   * Tells whether another object is a dataset of equal documents in the same order.
   *
   * @param obj the other object, may be null
   * @return true if it is an equal dataset
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj || obj instanceof Dataset other && documents.equals(other.documents);
  }

  @Override
  public int hashCode() {
    return documents.hashCode();
  }

  /**
   * Returns how many documents of each type the dataset holds, such as
   * {@code Dataset[plans=1, progressReports=2, irmAssessments=1, members=1]}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Dataset[plans=" + plans.size() + ", progressReports=" + progressReports.size()
        + ", irmAssessments=" + irmAssessments.size() + ", members=" + members.size() + "]";
  }

  /** A section or measure of a plan, as histories are keyed. */
  private record PartKey(String plan, OutlineNumber number) {}

  /** A plan's sections and measures by number and by OGP commitment id, first one first. */
  private static final class PlanIndex {
    private final Map<OutlineNumber, PlanPart> byNumber = new HashMap<>();
    private final Map<String, PlanPart> byOgpId = new HashMap<>();

    PlanIndex(Plan plan) {
      for (Measure m : plan.measures()) {
        m.forEachDepthFirst(this::add);
      }
      for (Section s : plan.sections()) {
        addSection(s);
      }
    }

    private void addSection(Section section) {
      add(section);
      for (Measure m : section.measures()) {
        m.forEachDepthFirst(this::add);
      }
      for (Section s : section.sections()) {
        addSection(s);
      }
    }

    private void add(PlanPart part) {
      byNumber.putIfAbsent(part.number(), part);
      part.ogpId().ifPresent(id -> byOgpId.putIfAbsent(id, part));
    }

    @Nullable PlanPart resolve(MeasureRef reference) {
      PlanPart byMeasure = reference.measure().map(byNumber::get).orElse(null);
      PlanPart byId = reference.ogpId().map(byOgpId::get).orElse(null);
      if (reference.measure().isPresent() && reference.ogpId().isPresent()) {
        // The same part, not an equal one: two identical parts are still two places.
        return byMeasure == byId ? byMeasure : null;
      }
      return byMeasure != null ? byMeasure : byId;
    }
  }
}
