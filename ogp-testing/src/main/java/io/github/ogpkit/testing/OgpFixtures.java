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
 * </table>
 *
 * <pre>{@code
 * Plan plan = OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018);
 * byte[] json = OgpFixtures.json("az-human-rights-program-2012-2015");
 * }</pre>
 *
 * <p>Loading is cached and thread-safe; plans are immutable, and {@link #json(String)} returns a
 * fresh copy each time. Each fixture's {@code extensions} name its source document and the
 * transcription decisions. This class needs neither AssertJ nor JUnit.
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

  private static final List<String> IDS = List.of(AZ_OGP_NAP_2016_2018_AS_PUBLISHED,
      AZ_OGP_NAP_2016_2018, AZ_HUMAN_RIGHTS_PROGRAM_2012_2015);

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
