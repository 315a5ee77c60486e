package io.github.ogpkit.benchmarks;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.IrmProduct;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberStatus;
import io.github.ogpkit.model.MemberType;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.OpenGovernmentResult;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanRef;
import io.github.ogpkit.model.PotentialImpact;
import io.github.ogpkit.model.ProgressEntry;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.Reporter;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.Specificity;
import io.github.ogpkit.model.StatusChange;
import io.github.ogpkit.testing.SyntheticPlans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring inputs of {@link MonitoringBenchmark} (issue 15), built in code from a seed: the
 * same sizes always give equal documents. Plans are {@link SyntheticPlans} with an OGP id on
 * every measure ({@code AZ1}, {@code AZ2}, ... in document order), so that entries can name a
 * measure by number, by OGP id or by both.
 */
public final class MonitoringInputs {

  /** The seed of every input. */
  static final long SEED = 15;
  /** The plans of a many-document dataset. */
  static final int PLANS = 5;
  /** The measures of each of those plans. */
  static final int MEASURES_PER_PLAN = 50;
  /** The entries of each progress report and IRM assessment of a many-document dataset. */
  static final int ENTRIES_PER_DOCUMENT = 10;

  private static final ProgressStatus[] STATUSES = ProgressStatus.values();
  private static final OgpValue[] VALUES = OgpValue.values();
  /** The first day a report may describe a 2016/2018 plan and the last (two years after). */
  private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(2020, 12, 31).toEpochDay()
      - FIRST_DAY.toEpochDay());

  private MonitoringInputs() {}

  /**
   * Returns a synthetic plan with an OGP id on every measure.
   *
   * @param id the plan's id
   * @param measures the number of measures
   * @param seed the plan's seed
   * @return the plan, not null
   */
  public static Plan plan(String id, int measures, long seed) {
    Plan p = SyntheticPlans.builder().measures(measures).seed(seed).build();
    int[] next = {1};
    List<Measure> top = new ArrayList<>();
    for (Measure m : p.measures()) {
      top.add(withOgpIds(m, next));
    }
    List<Section> sections = new ArrayList<>();
    for (Section s : p.sections()) {
      sections.add(withOgpIds(s, next));
    }
    return p.toBuilder().id(id).measures(top).sections(sections).build();
  }

  private static Section withOgpIds(Section s, int[] next) {
    List<Measure> measures = new ArrayList<>();
    for (Measure m : s.measures()) {
      measures.add(withOgpIds(m, next));
    }
    List<Section> sections = new ArrayList<>();
    for (Section sub : s.sections()) {
      sections.add(withOgpIds(sub, next));
    }
    return s.toBuilder().measures(measures).sections(sections).build();
  }

  private static Measure withOgpIds(Measure m, int[] next) {
    int n = next[0]++;
    String ogpId = "AZ" + n;
    List<Measure> subs = new ArrayList<>();
    for (Measure sub : m.measures()) {
      subs.add(withOgpIds(sub, next));
    }
    // A measure with an OGP id claims OGP values (rule ogp-values-missing).
    return m.toBuilder().ogpId(ogpId).ogpValues(VALUES[n % VALUES.length]).measures(subs)
        .build();
  }

  /**
   * Returns a government progress report on a plan with one entry for each of its first
   * {@code entries} measures: by number (half), by OGP id (a quarter) or by both, with statuses
   * as {@link #documents} gives them on 2017-06-30 (mostly {@code LIMITED}; every status
   * appears, and an entry without one has a summary).
   *
   * @param plan the plan, with at least {@code entries} measures
   * @param entries the number of entries
   * @return the report, not null
   */
  public static ProgressReport report(Plan plan, int entries) {
    List<Measure> measures = plan.allMeasures();
    if (measures.size() < entries) {
      throw new IllegalArgumentException(plan.id() + " has " + measures.size()
          + " measures, fewer than " + entries + " entries");
    }
    SplittableRandom random = new SplittableRandom(SEED);
    List<Measure> named = measures.subList(0, entries);
    return report(plan.id(), plan.id() + "-report", ReporterKind.GOVERNMENT,
        LocalDate.of(2017, 6, 30), named, random);
  }

  private static ProgressReport report(String plan, String id, ReporterKind kind,
      LocalDate asOf, List<Measure> named, SplittableRandom random) {
    List<ProgressEntry> entries = new ArrayList<>(named.size());
    for (Measure m : named) {
      ProgressEntry.Builder e = ProgressEntry.builder();
      int how = random.nextInt(4);
      if (how != 1) {
        e.measure(m.number());
      }
      if (how != 0 && how != 2) {
        e.ogpId(m.ogpId().orElseThrow());
      }
      ProgressStatus status = status(asOf, random);
      if (status != null) {
        e.status(status);
      }
      // An entry without a status says something else (rule required).
      if (status == null || random.nextInt(3) == 0) {
        e.summary("en", "Progress on " + m.number() + " as of " + asOf);
      }
      entries.add(e.build());
    }
    return ProgressReport.builder().id(id).plan(plan)
        .reporter(Reporter.of(kind, "en", kind == ReporterKind.GOVERNMENT
            ? "Government of Azerbaijan" : "Civil society coalition"))
        .asOf(asOf).languages("en").entries(entries).build();
  }

  /**
   * Returns a dataset's documents: {@value #PLANS} plans of {@value #MEASURES_PER_PLAN} measures,
   * one member, and the rest progress reports and IRM assessments of {@value
   * #ENTRIES_PER_DOCUMENT} entries each about a plan taken in turn: one in ten an IRM assessment
   * (a design report or an end-of-term report), the others progress reports of a government and
   * of civil society in turn, each on a day drawn from the plan's period and the two years after.
   *
   * @param documents the number of documents, at least {@value #PLANS} + 1
   * @return the documents, not null
   */
  public static List<Document> documents(int documents) {
    if (documents < PLANS + 1) {
      throw new IllegalArgumentException("at least " + (PLANS + 1) + " documents");
    }
    SplittableRandom random = new SplittableRandom(SEED);
    List<Document> all = new ArrayList<>(documents);
    List<Plan> plans = new ArrayList<>();
    for (int p = 0; p < PLANS; p++) {
      Plan plan = plan("az-synthetic-" + (p + 1), MEASURES_PER_PLAN, SEED + p);
      plans.add(plan);
      all.add(plan);
    }
    all.add(Member.builder().id("azerbaijan").name("en", "Azerbaijan")
        .memberType(MemberType.NATIONAL).country("AZ").joined("2011")
        .statusChange(StatusChange.of(MemberStatus.ACTIVE, "2011"))
        .actionPlan(PlanRef.of(plans.get(0).id(), "2016/2018")).build());
    for (int i = 0; all.size() < documents; i++) {
      Plan plan = plans.get(i % PLANS);
      List<Measure> named = pick(plan.allMeasures(), random);
      if (i % 10 == 9) {
        all.add(assessment(plan.id(), plan.id() + "-irm-" + i, named, random));
      } else {
        LocalDate asOf = FIRST_DAY.plusDays(random.nextInt(DAYS + 1));
        ReporterKind kind = i % 2 == 0 ? ReporterKind.GOVERNMENT : ReporterKind.CIVIL_SOCIETY;
        all.add(report(plan.id(), plan.id() + "-report-" + i, kind, asOf, named, random));
      }
    }
    return all;
  }

  /**
   * Returns a status that mostly grows with the day (not started in the plan's first year,
   * complete in the two years after it), so that a part's reports mostly agree: one entry in 20
   * states none, one in 20 is withdrawn or without evidence, and one in 10 is any of the four
   * steps, which is where {@code status-regression} finds something.
   */
  private static @Nullable ProgressStatus status(LocalDate asOf, SplittableRandom random) {
    int r = random.nextInt(20);
    if (r == 0) {
      return null;
    }
    if (r == 1) {
      return random.nextBoolean() ? ProgressStatus.WITHDRAWN : ProgressStatus.NO_EVIDENCE;
    }
    if (r <= 3) {
      return STATUSES[random.nextInt(4)];
    }
    long day = asOf.toEpochDay() - FIRST_DAY.toEpochDay();
    return STATUSES[(int) Math.max(0, Math.min(3, day * 4 / (DAYS + 1)))];
  }

  private static List<Measure> pick(List<Measure> measures, SplittableRandom random) {
    // Consecutive measures from a random start: distinct within one document.
    int start = random.nextInt(measures.size());
    List<Measure> named = new ArrayList<>(ENTRIES_PER_DOCUMENT);
    for (int k = 0; k < ENTRIES_PER_DOCUMENT; k++) {
      named.add(measures.get((start + k) % measures.size()));
    }
    return named;
  }

  private static IrmAssessment assessment(String plan, String id, List<Measure> named,
      SplittableRandom random) {
    boolean design = random.nextBoolean();
    List<Assessment> entries = new ArrayList<>(named.size());
    for (Measure m : named) {
      Assessment.Builder e = Assessment.builder().measure(m.number());
      if (random.nextBoolean()) {
        e.ogpId(m.ogpId().orElseThrow());
      }
      e.specificity(Specificity.values()[random.nextInt(Specificity.values().length)]);
      if (design) {
        e.potentialImpact(
            PotentialImpact.values()[random.nextInt(PotentialImpact.values().length)]);
      } else {
        e.completion(IrmCompletion.values()[random.nextInt(IrmCompletion.values().length)]);
        e.didItOpenGovernment(OpenGovernmentResult.values()[
            random.nextInt(OpenGovernmentResult.values().length)]);
      }
      entries.add(e.build());
    }
    return IrmAssessment.builder().id(id).plan(plan)
        .product(design ? IrmProduct.DESIGN_REPORT : IrmProduct.END_OF_TERM_REPORT)
        .published(design ? "2017" : "2019").languages("en").entries(entries).build();
  }
}
