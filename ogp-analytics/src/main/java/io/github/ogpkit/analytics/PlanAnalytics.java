package io.github.ogpkit.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Range;
import io.github.ogpkit.analytics.internal.Days;
import io.github.ogpkit.analytics.internal.Walk;
import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.AssessmentMention;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Mention;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressMention;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.TimeFrame;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Questions asked of one plan, or of one plan in a dataset with its progress reports and IRM
 * assessments: who does what, what runs when, which OGP values and policy areas, and how far
 * implementation has come.
 *
 * <pre>{@code
 * PlanAnalytics analytics = PlanAnalytics.of(plan);
 * analytics.workload();                       // institutions by measures carried, most first
 * analytics.measuresOfWithChildren("ostp", Role.EXECUTOR);
 * analytics.timeline().countsByYear();        // leaves active per year
 * analytics.coverage().share(OgpValue.CIVIC_PARTICIPATION);
 * PlanAnalytics.of(dataset, "ke-ogp-nap-2020-2022").implementation().irm();
 * }</pre>
 *
 * <p><b>What counts as a measure.</b> Sections only group and are never counted. Who does what
 * counts every measure at every depth that names an institution ({@link MeasureLevel#ALL}),
 * because plans assign institutions on commitments and on milestones alike. Time counts the
 * leaves ({@link MeasureLevel#LEAVES}), each by its own time frame or its nearest enclosing
 * measure's. Coverage and implementation count the commitments ({@link MeasureLevel#COMMITMENTS})
 * unless given another level.
 *
 * <p>Immutable and thread-safe; who does what is indexed when made, everything else is computed
 * on each call. Lists are in document order, the order of {@link Plan#allMeasures()}.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class PlanAnalytics {

  private static final Comparator<Workload> BY_TOTAL_THEN_ID =
      Comparator.comparingInt(Workload::total).reversed()
          .thenComparing(Workload::institution);

  private final Plan plan;
  private final @Nullable Dataset dataset;
  private final ImmutableList<Measure> all;
  /** Institution ids: the declared ones in plan order, then the others as first named. */
  private final ImmutableList<String> institutionIds;
  /** For each institution id and role, the indexes in {@link #all} of its measures. */
  private final Map<String, Map<Role, BitSet>> assigned;
  private final ImmutableSetMultimap<String, String> childrenByParent;

  private PlanAnalytics(Plan plan, @Nullable Dataset dataset) {
    this.plan = plan;
    this.dataset = dataset;
    this.all = ImmutableList.copyOf(plan.allMeasures());
    Set<String> ids = new LinkedHashSet<>();
    ImmutableSetMultimap.Builder<String, String> children = ImmutableSetMultimap.builder();
    for (Institution i : plan.institutions()) {
      ids.add(i.id());
      i.parent().ifPresent(p -> children.put(p, i.id()));
    }
    Map<String, Map<Role, BitSet>> found = new LinkedHashMap<>();
    for (int m = 0; m < all.size(); m++) {
      for (Assignment a : all.get(m).institutions()) {
        ids.add(a.institution());
        found.computeIfAbsent(a.institution(), k -> new EnumMap<>(Role.class))
            .computeIfAbsent(a.role(), k -> new BitSet()).set(m);
      }
    }
    this.institutionIds = ImmutableList.copyOf(ids);
    this.assigned = found;
    this.childrenByParent = children.build();
  }

  /**
   * Obtains the analytics of a plan alone; its {@link #implementation()} finds no reports.
   *
   * @param plan the plan, not null
   * @return the analytics, not null
   */
  public static PlanAnalytics of(Plan plan) {
    return new PlanAnalytics(Objects.requireNonNull(plan, "plan"), null);
  }

  /**
   * Obtains the analytics of a plan in a dataset, with the progress reports and IRM assessments
   * that the dataset relates to it.
   *
   * @param dataset the dataset, not null
   * @param planId the plan's id, not null
   * @return the analytics, not null
   * @throws IllegalArgumentException if the dataset has no plan with that id
   */
  public static PlanAnalytics of(Dataset dataset, String planId) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(planId, "planId");
    Plan plan = dataset.plan(planId).orElseThrow(() -> new IllegalArgumentException(
        "the dataset has no plan with id \"" + planId + "\""));
    return new PlanAnalytics(plan, dataset);
  }

  /**
   * Returns the plan asked about.
   *
   * @return the plan, not null
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Returns the dataset the plan was taken from.
   *
   * @return the dataset, not null, empty if made of a plan alone
   */
  public Optional<Dataset> dataset() {
    return Optional.ofNullable(dataset);
  }

  /**
   * Returns the measures of a level.
   *
   * @param level the level, not null
   * @return the measures, in document order, not null
   */
  public ImmutableList<Measure> measures(MeasureLevel level) {
    return switch (Objects.requireNonNull(level, "level")) {
      case COMMITMENTS -> ImmutableList.copyOf(Walk.commitments(plan));
      case LEAVES -> all.stream().filter(m -> m.measures().isEmpty())
          .collect(ImmutableList.toImmutableList());
      case ALL -> all;
    };
  }

  // --- who does what ---

  /**
   * Returns the institutions under each institution, as their {@code parent} names it: for each
   * declared institution that is some institution's parent, the ids of its direct children.
   *
   * @return the children by parent id, in plan order, not null
   */
  public ImmutableSetMultimap<String, String> childrenByParent() {
    return childrenByParent;
  }

  /**
   * Returns the institutions below one: its children, their children and so on. A chain of
   * parents that loops back stops where it began; the institution is never its own descendant.
   *
   * @param institution the institution's id, not null
   * @return the ids, nearest first, not null, empty if none
   */
  public ImmutableSet<String> descendants(String institution) {
    Objects.requireNonNull(institution, "institution");
    Set<String> found = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(childrenByParent.get(institution));
    while (!todo.isEmpty()) {
      String next = todo.removeFirst();
      if (!next.equals(institution) && found.add(next)) {
        todo.addAll(childrenByParent.get(next));
      }
    }
    return ImmutableSet.copyOf(found);
  }

  /**
   * Returns, for each institution and role, the measures at every depth that name the institution
   * in that role. Rows are institution ids (the declared ones in plan order, then any other
   * named, as first named); columns are the roles in {@link Role} order; an institution with no
   * measure in a role has no cell.
   *
   * @return the measures by institution and role, each list in document order, not null
   */
  public ImmutableTable<String, Role, ImmutableList<Measure>> measuresByInstitutionAndRole() {
    return table(false);
  }

  /**
   * Returns, for each institution and role, the measures that name the institution or any of its
   * {@linkplain #descendants descendants} in that role, each measure once: a ministry's row
   * counts its directorates' measures too. Laid out as {@link #measuresByInstitutionAndRole()}.
   *
   * @return the measures by institution and role, each list in document order, not null
   */
  public ImmutableTable<String, Role, ImmutableList<Measure>>
      measuresByInstitutionAndRoleWithChildren() {
    return table(true);
  }

  /**
   * Returns the measures that name an institution in a role.
   *
   * @param institution the institution's id, not null
   * @param role the role, not null
   * @return the measures, in document order, not null, empty if none
   */
  public ImmutableList<Measure> measuresOf(String institution, Role role) {
    Objects.requireNonNull(institution, "institution");
    Objects.requireNonNull(role, "role");
    return measures(indexes(institution, role, false));
  }

  /**
   * Returns the measures that name an institution or any of its descendants in a role, each
   * once.
   *
   * @param institution the institution's id, not null
   * @param role the role, not null
   * @return the measures, in document order, not null, empty if none
   */
  public ImmutableList<Measure> measuresOfWithChildren(String institution, Role role) {
    Objects.requireNonNull(institution, "institution");
    Objects.requireNonNull(role, "role");
    return measures(indexes(institution, role, true));
  }

  /**
   * Returns how many measures each institution carries in each role, counting only the measures
   * that name it: every declared institution (with zeros if it carries none) and every other
   * named, most measures in total first, ties by id in the order of UTF-16 code units.
   *
   * @return the workloads, not null
   */
  public ImmutableList<Workload> workload() {
    return workloads(false);
  }

  /**
   * Returns how many measures each institution carries in each role, counting the measures of
   * its descendants too, each once; ordered as {@link #workload()}.
   *
   * @return the workloads, not null
   */
  public ImmutableList<Workload> workloadWithChildren() {
    return workloads(true);
  }

  private ImmutableTable<String, Role, ImmutableList<Measure>> table(boolean withChildren) {
    ImmutableTable.Builder<String, Role, ImmutableList<Measure>> table = ImmutableTable.builder();
    table.orderColumnsBy(Comparator.naturalOrder());
    for (String id : institutionIds) {
      for (Role role : Role.values()) {
        BitSet found = indexes(id, role, withChildren);
        if (!found.isEmpty()) {
          table.put(id, role, measures(found));
        }
      }
    }
    return table.build();
  }

  private ImmutableList<Workload> workloads(boolean withChildren) {
    List<Workload> found = new ArrayList<>();
    for (String id : institutionIds) {
      found.add(new Workload(id, indexes(id, Role.EXECUTOR, withChildren).cardinality(),
          indexes(id, Role.SUPPORTING, withChildren).cardinality(),
          indexes(id, Role.RECOMMENDED, withChildren).cardinality()));
    }
    found.sort(BY_TOTAL_THEN_ID);
    return ImmutableList.copyOf(found);
  }

  private BitSet indexes(String institution, Role role, boolean withChildren) {
    BitSet found = new BitSet();
    addIndexes(institution, role, found);
    if (withChildren) {
      for (String child : descendants(institution)) {
        addIndexes(child, role, found);
      }
    }
    return found;
  }

  private void addIndexes(String institution, Role role, BitSet into) {
    Map<Role, BitSet> roles = assigned.get(institution);
    BitSet found = roles == null ? null : roles.get(role);
    if (found != null) {
      into.or(found);
    }
  }

  private ImmutableList<Measure> measures(BitSet indexes) {
    ImmutableList.Builder<Measure> found = ImmutableList.builder();
    for (int i = indexes.nextSetBit(0); i >= 0; i = indexes.nextSetBit(i + 1)) {
      found.add(all.get(i));
    }
    return found.build();
  }

  // --- what runs when ---

  /**
   * Returns what runs when: each leaf measure with the days it is active, and the leaves without
   * a time frame. A leaf without a time frame of its own takes its nearest enclosing measure's;
   * open ends and {@code permanent} are placed within the plan's period as {@link ActiveSpan}
   * says.
   *
   * @return the timeline, not null
   */
  public Timeline timeline() {
    ImmutableList.Builder<ActiveSpan> spans = ImmutableList.builder();
    ImmutableList.Builder<Measure> undated = ImmutableList.builder();
    for (Walk.Leaf leaf : Walk.leaves(plan)) {
      Optional<TimeFrame> frame = leaf.timeFrame();
      Optional<Range<LocalDate>> days =
          frame.flatMap(f -> Days.of(f, plan.period()));
      if (frame.isPresent() && days.isPresent()) {
        spans.add(new ActiveSpan(leaf.measure(), frame.get(), leaf.inherited(), days.get()));
      } else {
        undated.add(leaf.measure());
      }
    }
    return new Timeline(spans.build(), undated.build());
  }

  /**
   * Returns the time frames measures state themselves, at a level: with
   * {@link MeasureLevel#LEAVES} the same as {@link #timeline()}; with
   * {@link MeasureLevel#COMMITMENTS} or {@link MeasureLevel#ALL}, each measure of that level that
   * has a time frame of its own, in document order, with the days it is active (open ends and
   * {@code permanent} placed within the plan's period as {@link ActiveSpan} says), nothing
   * inherited; the measures of the level without a time frame of their own are the undated ones.
   * A chart with one bar per measure that states a time frame (a commitment's as well as its
   * milestones') draws {@code timeline(MeasureLevel.ALL)}.
   *
   * @param level which measures, not null
   * @return the timeline, not null
   */
  public Timeline timeline(MeasureLevel level) {
    if (Objects.requireNonNull(level, "level") == MeasureLevel.LEAVES) {
      return timeline();
    }
    ImmutableList.Builder<ActiveSpan> spans = ImmutableList.builder();
    ImmutableList.Builder<Measure> undated = ImmutableList.builder();
    for (Measure m : measures(level)) {
      Optional<TimeFrame> frame = m.timeFrame();
      Optional<Range<LocalDate>> days = frame.flatMap(f -> Days.of(f, plan.period()));
      if (frame.isPresent() && days.isPresent()) {
        spans.add(new ActiveSpan(m, frame.get(), false, days.get()));
      } else {
        undated.add(m);
      }
    }
    return new Timeline(spans.build(), undated.build());
  }

  // --- coverage ---

  /**
   * Returns which OGP values and policy areas the commitments state.
   *
   * @return the coverage of {@link MeasureLevel#COMMITMENTS}, not null
   */
  public Coverage coverage() {
    return coverage(MeasureLevel.COMMITMENTS);
  }

  /**
   * Returns which OGP values and policy areas the measures of a level state.
   *
   * @param level the level, not null
   * @return the coverage, not null
   */
  public Coverage coverage(MeasureLevel level) {
    ImmutableList<Measure> measures = measures(level);
    ImmutableListMultimap.Builder<OgpValue, Measure> byValue = ImmutableListMultimap.builder();
    byValue.orderKeysBy(Comparator.naturalOrder());
    ImmutableList.Builder<Measure> withoutValue = ImmutableList.builder();
    ImmutableListMultimap.Builder<String, Measure> byArea = ImmutableListMultimap.builder();
    byArea.orderKeysBy(Comparator.naturalOrder());
    ImmutableList.Builder<Measure> withoutArea = ImmutableList.builder();
    for (Measure m : measures) {
      for (OgpValue v : m.ogpValues()) {
        byValue.put(v, m);
      }
      if (m.ogpValues().isEmpty()) {
        withoutValue.add(m);
      }
      for (String area : new LinkedHashSet<>(m.policyAreas())) {
        byArea.put(area, m);
      }
      if (m.policyAreas().isEmpty()) {
        withoutArea.add(m);
      }
    }
    return new Coverage(level, measures, byValue.build(), withoutValue.build(), byArea.build(),
        withoutArea.build());
  }

  // --- implementation ---

  /**
   * Returns how far the commitments have come by the dataset's reports and assessments.
   *
   * @return the summary of {@link MeasureLevel#COMMITMENTS}, not null; every commitment
   *     unreported and unassessed when made of a plan alone
   */
  public Implementation implementation() {
    return implementation(MeasureLevel.COMMITMENTS);
  }

  /**
   * Returns how far the measures of a level have come: for each kind of reporter, each measure
   * under the status of the latest progress entry of that kind about it that states a status
   * (an entry that states none, such as a tracker's "in progress", leaves an earlier status
   * standing); and each under the completion of the IRM's latest assessment entry about it that
   * states one. Measures that entries are about without stating a status or completion are kept
   * apart from those no entry is about. Only entries about the measure itself count (an entry
   * about a milestone says nothing of its commitment); entries are related to measures by the
   * dataset ({@link Dataset#history(String, io.github.ogpkit.model.OutlineNumber)}), by number,
   * so two measures with one number share a history.
   *
   * @param level the level, not null
   * @return the summary, not null; every measure unreported and unassessed when made of a plan
   *     alone
   */
  public Implementation implementation(MeasureLevel level) {
    ImmutableList<Measure> measures = measures(level);
    Map<ReporterKind, ImmutableListMultimap.Builder<ProgressStatus, Measure>> byStatus =
        new EnumMap<>(ReporterKind.class);
    Map<ReporterKind, ImmutableList.Builder<Measure>> notStated =
        new EnumMap<>(ReporterKind.class);
    Map<ReporterKind, ImmutableList.Builder<Measure>> unreported =
        new EnumMap<>(ReporterKind.class);
    for (ReporterKind k : ReporterKind.values()) {
      byStatus.put(k, ImmutableListMultimap.<ProgressStatus, Measure>builder()
          .orderKeysBy(Comparator.naturalOrder()));
      notStated.put(k, ImmutableList.builder());
      unreported.put(k, ImmutableList.builder());
    }
    ImmutableListMultimap.Builder<IrmCompletion, Measure> byCompletion =
        ImmutableListMultimap.<IrmCompletion, Measure>builder()
            .orderKeysBy(Comparator.naturalOrder());
    ImmutableList.Builder<Measure> completionNotStated = ImmutableList.builder();
    ImmutableList.Builder<Measure> unassessed = ImmutableList.builder();
    for (Measure m : measures) {
      Set<ReporterKind> reported = EnumSet.noneOf(ReporterKind.class);
      Map<ReporterKind, ProgressStatus> latest = new EnumMap<>(ReporterKind.class);
      boolean assessed = false;
      IrmCompletion completion = null;
      List<Mention> history =
          dataset == null ? List.of() : dataset.history(plan.id(), m.number());
      for (Mention mention : history) {
        if (mention instanceof ProgressMention p) {
          ReporterKind kind = p.report().reporter().kind();
          reported.add(kind);
          p.entry().status().ifPresent(s -> latest.put(kind, s));
        } else if (mention instanceof AssessmentMention a) {
          assessed = true;
          if (a.entry().completion().isPresent()) {
            completion = a.entry().completion().get();
          }
        }
      }
      for (ReporterKind k : ReporterKind.values()) {
        ProgressStatus s = latest.get(k);
        if (s != null) {
          Objects.requireNonNull(byStatus.get(k)).put(s, m);
        } else if (reported.contains(k)) {
          Objects.requireNonNull(notStated.get(k)).add(m);
        } else {
          Objects.requireNonNull(unreported.get(k)).add(m);
        }
      }
      if (completion != null) {
        byCompletion.put(completion, m);
      } else if (assessed) {
        completionNotStated.add(m);
      } else {
        unassessed.add(m);
      }
    }
    ImmutableMap.Builder<ReporterKind, StatusSummary> summaries = ImmutableMap.builder();
    for (ReporterKind k : ReporterKind.values()) {
      summaries.put(k, new StatusSummary(k, measures,
          Objects.requireNonNull(byStatus.get(k)).build(),
          Objects.requireNonNull(notStated.get(k)).build(),
          Objects.requireNonNull(unreported.get(k)).build()));
    }
    return new Implementation(level, summaries.buildOrThrow(),
        new CompletionSummary(measures, byCompletion.build(), completionNotStated.build(),
            unassessed.build()));
  }
}
