package io.github.ogpkit.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.io.DocumentReader;
import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Real plans, transcribed from their published documents into the canonical JSON format, for
 * tests of anything that handles plans.
 *
 * <table>
 * <caption>The fixtures</caption>
 * <tr><th>id</th><th>what</th></tr>
 * <tr><td>{@value #AZ_OGP_NAP_2016_2018_AS_PUBLISHED}</td><td>Azerbaijan's OGP National Action
 * Plan 2016-2018, in Azerbaijani, exactly as printed, numbering faults included (59 measures)</td></tr>
 * <tr><td>{@value #AZ_OGP_NAP_2016_2018}</td><td>the same plan with its numbering corrected,
 * each renumbered item's printed number as its {@code code}, and OGP's commitment ids
 * (AZ0038-AZ0050) as the sections' {@code ogpId}</td></tr>
 * <tr><td>{@value #AZ_HUMAN_RIGHTS_PROGRAM_2012_2015}</td><td>Azerbaijan's National Program for
 * Action on Human Rights 2012-2015, in English (71 measures, 4 provisions)</td></tr>
 * <tr><td>{@value #CA_OGP_NAP_2022_2024}</td><td>Canada's fifth national action plan 2022-2024:
 * commitments C03-C05 (CA0076-CA0078) with problem, status quo, lead departments, milestones and
 * their dated activities; deadlines such as "By March 2023"; activities printed "Ongoing" or
 * "Annually" have no time frame</td></tr>
 * <tr><td>{@value #AR_MENDOZA_OGP_LOCAL_2021_2022}</td><td>the first OGP Local action plan of the
 * City of Mendoza, Argentina, 2021-2022, in Spanish: three commitments, their actions and
 * stages</td></tr>
 * <tr><td>{@value #US_OGP_NAP_2022_2024}</td><td>the United States' fifth national action plan:
 * commitments US0113, US0116 and US0118 with all their sub-commitments, none of which prints a
 * date</td></tr>
 * <tr><td>{@value #KE_OGP_NAP_2020_2022}</td><td>Kenya's fourth action plan 2020-2022: commitments
 * KE0027, KE0029 and KE0031 on OGP's template, with lead and supporting actors of government,
 * civil society, academia and media (their milestones are not in the sources found)</td></tr>
 * <tr><td>{@value #EC_OGP_NAP_2019_2022}</td><td>Ecuador's first action plan 2019-2022, in
 * Spanish: commitments EC0001, EC0006 and EC0010 on OGP's commitment template (its 2019 form),
 * for tests of what that template holds: milestones with start and end dates, lead
 * ({@code EXECUTOR}) and supporting actors, OGP values</td></tr>
 * </table>
 *
 * <p>Beside the plans, real monitoring documents (format 1.1, MONITORING.md), transcribed from
 * their public sources; each is about one of the plans above, except the member, which names its
 * plans in {@code actionPlans}:
 *
 * <table>
 * <caption>The monitoring fixtures</caption>
 * <tr><th>id</th><th>type</th><th>what</th></tr>
 * <tr><td>{@value #AZERBAIJAN}</td><td>member</td><td>Azerbaijan: joined 2011, inactive from
 * 4 May 2016 (extended 28 June 2017), suspended from 5 December 2018, permanently suspended on
 * 17 August 2023 (a decision); action plans 2012-2015, 2016-2018 and 2020-2022</td></tr>
 * <tr><td>{@code us-ogp-nap-2022-2024-tracker-2023-08}</td><td>progress-report</td><td>the U.S.
 * commitment tracker's August 2023 update: progress on all 14 sub-commitments, no
 * statuses</td></tr>
 * <tr><td>{@code us-ogp-nap-2022-2024-tracker-2024-02}</td><td>progress-report</td><td>its
 * February 2024 update (as of 2 April 2024): 7 complete, 1 not started, 6 "In Progress" left
 * without a status</td></tr>
 * <tr><td>{@code us-ogp-nap-2022-2024-irm-action-plan-review}</td><td>irm-assessment</td><td>the
 * IRM's Action Plan Review 2022-2024: US0113 and US0116 verifiable and promising, US0118 not
 * promising</td></tr>
 * <tr><td>{@code ca-ogp-nap-2022-2024-tracker-2023-06} … {@code -2024-06}</td>
 * <td>progress-report</td><td>five quarterly updates of Canada's tracker (June 2023 to June
 * 2024), each with the one status its stored record page shows</td></tr>
 * <tr><td>{@code ca-ogp-nap-2022-2024-irm-action-plan-review}</td><td>irm-assessment</td><td>the
 * IRM's Action Plan Review 2022-2024: CA0076-CA0078 verifiable</td></tr>
 * <tr><td>{@code ke-ogp-nap-2020-2022-irm-action-plan-review}</td><td>irm-assessment</td><td>the
 * IRM's Action Plan Review 2020-2022: KE0027 and KE0029 promising, KE0029 and KE0031
 * verifiable</td></tr>
 * <tr><td>{@code ke-ogp-nap-2020-2022-irm-results-report}</td><td>irm-assessment</td><td>the
 * IRM's Results Report 2020-2022: completion and "did it open government?"</td></tr>
 * </table>
 *
 * <pre>{@code
 * Plan plan = OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018);
 * byte[] json = OgpFixtures.json("az-human-rights-program-2012-2015");
 * Dataset us = OgpFixtures.dataset(OgpFixtures.US_OGP_NAP_2022_2024); // plan + its 3 documents
 * us.latestStatus("us-ogp-nap-2022-2024", OutlineNumber.parse("1.1.1"));
 * Member azerbaijan = OgpFixtures.member(OgpFixtures.AZERBAIJAN);
 * }</pre>
 *
 * <p>Loading is cached and thread-safe; plans are immutable, and {@link #json(String)} returns a
 * fresh copy each time. The Azerbaijani fixtures' {@code extensions} name their source documents
 * and the transcription decisions; the others' {@code links} (rel {@code SOURCE}) name their
 * sources, and a notes file beside each ({@code fixtures/<id>.notes.md} in this jar,
 * {@code examples/plans/} in the repository) records every transcription decision and the
 * warnings the plan gets, with the reason for each. Each monitoring fixture has such a notes file
 * too ({@code fixtures/monitoring/<id>.<type>.notes.md}, with a {@code README.md} summing them
 * up), and links (rel {@code SOURCE}, {@code TRACKER}, {@code IRM_REPORT}) to its sources. This
 * class needs neither AssertJ nor JUnit.
 */
@API(status = STABLE, since = "0.1")
public final class OgpFixtures {

  /** Azerbaijan's OGP National Action Plan 2016-2018 as published, numbering faults included. */
  public static final String AZ_OGP_NAP_2016_2018_AS_PUBLISHED =
      "az-ogp-nap-2016-2018-as-published";
  /** Azerbaijan's OGP National Action Plan 2016-2018 with its numbering corrected. */
  public static final String AZ_OGP_NAP_2016_2018 = "az-ogp-nap-2016-2018";
  /** Azerbaijan's National Program for Action on Human Rights 2012-2015. */
  public static final String AZ_HUMAN_RIGHTS_PROGRAM_2012_2015 =
      "az-human-rights-program-2012-2015";

  /** Canada's fifth OGP national action plan 2022-2024, commitments C03-C05. */
  @API(status = STABLE, since = "0.2")
  public static final String CA_OGP_NAP_2022_2024 = "ca-ogp-nap-2022-2024";
  /** The City of Mendoza's first OGP Local action plan 2021-2022. */
  @API(status = STABLE, since = "0.2")
  public static final String AR_MENDOZA_OGP_LOCAL_2021_2022 = "ar-mendoza-ogp-local-2021-2022";
  /** The United States' fifth OGP national action plan, commitments US0113, US0116, US0118. */
  @API(status = STABLE, since = "0.2")
  public static final String US_OGP_NAP_2022_2024 = "us-ogp-nap-2022-2024";
  /** Kenya's fourth OGP action plan 2020-2022, commitments KE0027, KE0029, KE0031. */
  @API(status = STABLE, since = "0.2")
  public static final String KE_OGP_NAP_2020_2022 = "ke-ogp-nap-2020-2022";
  /**
   * Ecuador's first OGP action plan 2019-2022, commitments EC0001, EC0006, EC0010: the OGP
   * commitment template: milestones, lead and supporting actors, OGP values.
   */
  @API(status = STABLE, since = "0.2")
  public static final String EC_OGP_NAP_2019_2022 = "ec-ogp-nap-2019-2022";

  private static final List<String> IDS = List.of(AZ_OGP_NAP_2016_2018_AS_PUBLISHED,
      AZ_OGP_NAP_2016_2018, AZ_HUMAN_RIGHTS_PROGRAM_2012_2015, CA_OGP_NAP_2022_2024,
      AR_MENDOZA_OGP_LOCAL_2021_2022, US_OGP_NAP_2022_2024, KE_OGP_NAP_2020_2022,
      EC_OGP_NAP_2019_2022);

  /** Azerbaijan as an OGP member: its status history, decisions and action plans. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final String AZERBAIJAN = "azerbaijan";

  /** The monitoring fixtures: id to the type in their resource's name, in table order. */
  private static final Map<String, String> MONITORING = monitoring(
      AZERBAIJAN, "member",
      "us-ogp-nap-2022-2024-tracker-2023-08", "progress-report",
      "us-ogp-nap-2022-2024-tracker-2024-02", "progress-report",
      "us-ogp-nap-2022-2024-irm-action-plan-review", "irm-assessment",
      "ca-ogp-nap-2022-2024-tracker-2023-06", "progress-report",
      "ca-ogp-nap-2022-2024-tracker-2023-09", "progress-report",
      "ca-ogp-nap-2022-2024-tracker-2023-12", "progress-report",
      "ca-ogp-nap-2022-2024-tracker-2024-03", "progress-report",
      "ca-ogp-nap-2022-2024-tracker-2024-06", "progress-report",
      "ca-ogp-nap-2022-2024-irm-action-plan-review", "irm-assessment",
      "ke-ogp-nap-2020-2022-irm-action-plan-review", "irm-assessment",
      "ke-ogp-nap-2020-2022-irm-results-report", "irm-assessment");
  private static final List<String> MONITORING_IDS = List.copyOf(MONITORING.keySet());

  private static final Map<String, byte[]> JSON = new ConcurrentHashMap<>();
  private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();
  private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();
  private static final Map<String, Dataset> DATASETS = new ConcurrentHashMap<>();
  /** The key of {@link #dataset()} in {@link #DATASETS}: not a plan id (ids have no spaces). */
  private static final String ALL = " all";

  private OgpFixtures() {}

  /**
   * Returns the ids of all plan fixtures; the monitoring fixtures are
   * {@link #monitoringIds()}.
   *
   * @return the ids, immutable
   */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * Describes all plan fixtures, in {@link #ids()} order.
   *
   * @return the descriptions, immutable
   */
  public static List<FixtureInfo> list() {
    return IDS.stream().map(id -> {
      Plan p = plan(id);
      String firstLanguage = p.languages().isEmpty() ? "en" : p.languages().get(0);
      return new FixtureInfo(id, p.kind(), p.country(), p.period(), p.allMeasures().size(),
          p.title().getOrFallback(firstLanguage, "en"));
    }).toList();
  }

  /**
   * Returns a fixture as a plan.
   *
   * @param id the fixture's id, not null
   * @return the plan, not null
   * @throws IllegalArgumentException naming the known ids if the id is unknown
   */
  public static Plan plan(String id) {
    check(id);
    return PLANS.computeIfAbsent(id, OgpFixtures::load);
  }

  /**
   * Returns a fixture, a plan or a monitoring document, as canonical JSON (UTF-8).
   *
   * @param id the fixture's id, one of {@link #ids()} or {@link #monitoringIds()}, not null
   * @return a new array holding the bytes, not null
   * @throws IllegalArgumentException naming the known ids if the id is unknown
   */
  public static byte[] json(String id) {
    Objects.requireNonNull(id, "id");
    if (!MONITORING.containsKey(id)) {
      check(id);
    }
    return bytes(id).clone();
  }

  /**
   * Returns the ids of the monitoring fixtures (a member, progress reports, IRM assessments), in
   * the order of the class's table. Each is also the id of its document.
   *
   * @return the ids, immutable
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static List<String> monitoringIds() {
    return MONITORING_IDS;
  }

  /**
   * Returns a fixture as a document: a plan (one of {@link #ids()}) or a monitoring document
   * (one of {@link #monitoringIds()}), read by ogp-io's {@link DocumentReader}.
   *
   * @param id the fixture's id, not null
   * @return the document, not null
   * @throws IllegalArgumentException naming the known ids if the id is unknown
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static Document document(String id) {
    Objects.requireNonNull(id, "id");
    if (MONITORING.containsKey(id)) {
      return DOCUMENTS.computeIfAbsent(id, OgpFixtures::loadDocument);
    }
    if (IDS.contains(id)) {
      return plan(id);
    }
    throw new IllegalArgumentException("unknown fixture \"" + id + "\"; the fixtures are "
        + String.join(", ", IDS) + ", " + String.join(", ", MONITORING_IDS));
  }

  /**
   * Returns a monitoring fixture that is a member.
   *
   * @param id the member's id, such as {@value #AZERBAIJAN}, not null
   * @return the member, not null
   * @throws IllegalArgumentException naming the members if the id is not one
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static Member member(String id) {
    Objects.requireNonNull(id, "id");
    if (!"member".equals(MONITORING.get(id))) {
      throw new IllegalArgumentException("unknown member fixture \"" + id
          + "\"; the members are " + String.join(", ", typed("member")));
    }
    return (Member) document(id);
  }

  /**
   * Returns, in one call, a plan fixture together with everything the monitoring fixtures say
   * about it: the plan, then each member whose {@code actionPlans} name it, then each progress
   * report and IRM assessment whose {@code plan} is its id, in {@link #monitoringIds()} order.
   * A plan no monitoring fixture is about gives a dataset of the plan alone.
   *
   * <pre>{@code
   * Dataset us = OgpFixtures.dataset(OgpFixtures.US_OGP_NAP_2022_2024);
   * us.assessments(OgpFixtures.US_OGP_NAP_2022_2024, OutlineNumber.parse("1.1"));
   * OgpValidator.standard().validate(OgpFixtures.dataset(OgpFixtures.AZ_OGP_NAP_2016_2018));
   * }</pre>
   *
   * @param planId the plan fixture's id, one of {@link #ids()}, not null
   * @return the dataset, not null, the same instance on each call
   * @throws IllegalArgumentException naming the known ids if the id is not a plan fixture's
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static Dataset dataset(String planId) {
    check(planId);
    return DATASETS.computeIfAbsent(planId, OgpFixtures::loadDataset);
  }

  /**
   * Returns every fixture as one dataset: all plans, in {@link #ids()} order, then all monitoring
   * documents, in {@link #monitoringIds()} order. No two fixtures of one type share an id, so
   * {@link Dataset#of(java.util.Collection)} takes them all; a monitoring document whose plan is
   * not a fixture (such as Azerbaijan's 2012-2015 plan, named by the member) refers to nothing.
   *
   * @return the dataset, not null, the same instance on each call
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static Dataset dataset() {
    return DATASETS.computeIfAbsent(ALL, k -> Dataset.of(Stream.concat(IDS.stream(),
        MONITORING_IDS.stream()).map(OgpFixtures::document).toList()));
  }

  private static Dataset loadDataset(String planId) {
    List<Document> documents = new ArrayList<>();
    documents.add(plan(planId));
    for (String id : MONITORING_IDS) {
      Document d = document(id);
      if (d instanceof Member m
          && m.actionPlans().stream().anyMatch(r -> r.plan().equals(planId))) {
        documents.add(m);
      }
    }
    for (String id : MONITORING_IDS) {
      Document d = document(id);
      if (d instanceof ProgressReport r && r.plan().equals(planId)
          || d instanceof IrmAssessment a && a.plan().equals(planId)) {
        documents.add(d);
      }
    }
    return Dataset.of(documents);
  }

  private static List<String> typed(String type) {
    return MONITORING_IDS.stream().filter(id -> MONITORING.get(id).equals(type)).toList();
  }

  private static Map<String, String> monitoring(String... idsAndTypes) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < idsAndTypes.length; i += 2) {
      m.put(idsAndTypes[i], idsAndTypes[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  private static void check(String id) {
    Objects.requireNonNull(id, "id");
    if (!IDS.contains(id)) {
      throw new IllegalArgumentException(
          "unknown fixture \"" + id + "\"; the fixtures are " + String.join(", ", IDS));
    }
  }

  private static Plan load(String id) {
    return PlanReader.standard().readPlan(bytes(id));
  }

  private static Document loadDocument(String id) {
    return DocumentReader.standard()
        .readDocument(new String(bytes(id), StandardCharsets.UTF_8));
  }

  private static byte[] bytes(String id) {
    return JSON.computeIfAbsent(id, OgpFixtures::resource);
  }

  private static byte[] resource(String id) {
    String type = MONITORING.get(id);
    String path = type == null ? "fixtures/" + id + ".json"
        : "fixtures/monitoring/" + id + "." + type + ".json";
    try (InputStream in = OgpFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("fixture resource " + path + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture resource " + path, e);
    }
  }
}
