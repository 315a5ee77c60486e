package io.github.ogpkit.testing;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
 * <pre>{@code
 * Plan plan = OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018);
 * byte[] json = OgpFixtures.json("az-human-rights-program-2012-2015");
 * }</pre>
 *
 * <p>Loading is cached and thread-safe; plans are immutable, and {@link #json(String)} returns a
 * fresh copy each time. The Azerbaijani fixtures' {@code extensions} name their source documents
 * and the transcription decisions; the others' {@code links} (rel {@code SOURCE}) name their
 * sources, and a notes file beside each ({@code fixtures/<id>.notes.md} in this jar,
 * {@code examples/plans/} in the repository) records every transcription decision and the
 * warnings the plan gets, with the reason for each. This class needs neither AssertJ nor JUnit.
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

  private static final Map<String, byte[]> JSON = new ConcurrentHashMap<>();
  private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();

  private OgpFixtures() {}

  /**
   * Returns the ids of all fixtures.
   *
   * @return the ids, immutable
   */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * Describes all fixtures, in {@link #ids()} order.
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
   * Returns a fixture as canonical JSON (UTF-8).
   *
   * @param id the fixture's id, not null
   * @return a new array holding the bytes, not null
   * @throws IllegalArgumentException naming the known ids if the id is unknown
   */
  public static byte[] json(String id) {
    check(id);
    return JSON.computeIfAbsent(id, OgpFixtures::resource).clone();
  }

  private static void check(String id) {
    Objects.requireNonNull(id, "id");
    if (!IDS.contains(id)) {
      throw new IllegalArgumentException(
          "unknown fixture \"" + id + "\"; the fixtures are " + String.join(", ", IDS));
    }
  }

  private static Plan load(String id) {
    byte[] bytes = JSON.computeIfAbsent(id, OgpFixtures::resource);
    return PlanReader.standard().readPlan(bytes);
  }

  private static byte[] resource(String id) {
    String path = "fixtures/" + id + ".json";
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
