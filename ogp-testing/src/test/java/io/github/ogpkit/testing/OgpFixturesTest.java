package io.github.ogpkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OgpFixturesTest {

  @Test
  void listsEveryFixtureWithItsFacts() {
    assertThat(OgpFixtures.list())
        .extracting(FixtureInfo::id, FixtureInfo::kind, FixtureInfo::country,
            f -> f.period().toString(), FixtureInfo::measureCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("az-ogp-nap-2016-2018-as-published",
                PlanKind.OGP_ACTION_PLAN, "AZ", "2016/2018", 59),
            org.assertj.core.groups.Tuple.tuple("az-ogp-nap-2016-2018", PlanKind.OGP_ACTION_PLAN,
                "AZ", "2016/2018", 59),
            org.assertj.core.groups.Tuple.tuple("az-human-rights-program-2012-2015",
                PlanKind.NATIONAL_PROGRAM, "AZ", "2012/2015", 71),
            org.assertj.core.groups.Tuple.tuple("ca-ogp-nap-2022-2024",
                PlanKind.OGP_ACTION_PLAN, "CA", "2022/2024", 81),
            org.assertj.core.groups.Tuple.tuple("ar-mendoza-ogp-local-2021-2022",
                PlanKind.OGP_LOCAL_ACTION_PLAN, "AR", "2021/2022", 36),
            org.assertj.core.groups.Tuple.tuple("us-ogp-nap-2022-2024",
                PlanKind.OGP_ACTION_PLAN, "US", "2022-12/2024-12", 17),
            org.assertj.core.groups.Tuple.tuple("ke-ogp-nap-2020-2022",
                PlanKind.OGP_ACTION_PLAN, "KE", "2020/2022", 3),
            org.assertj.core.groups.Tuple.tuple("ec-ogp-nap-2019-2022",
                PlanKind.OGP_ACTION_PLAN, "EC", "2019/2022", 20));
  }

  @Test
  void theBundledJsonIsCanonical() {
    for (String id : OgpFixtures.ids()) {
      assertThat(PlanWriter.canonical().writeBytes(OgpFixtures.plan(id)))
          .as(id).isEqualTo(OgpFixtures.json(id));
    }
  }

  @Test
  void anUnknownIdNamesTheKnownOnes() {
    assertThatThrownBy(() -> OgpFixtures.plan("az-ogp-nap-2012-2015"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown fixture \"az-ogp-nap-2012-2015\"; the fixtures are "
            + "az-ogp-nap-2016-2018-as-published, az-ogp-nap-2016-2018, "
            + "az-human-rights-program-2012-2015, ca-ogp-nap-2022-2024, "
            + "ar-mendoza-ogp-local-2021-2022, us-ogp-nap-2022-2024, ke-ogp-nap-2020-2022, "
            + "ec-ogp-nap-2019-2022");
    assertThatThrownBy(() -> OgpFixtures.json("x")).hasMessageContaining("the fixtures are");
  }

  @Test
  void plansAreCachedAndJsonIsAFreshCopy() {
    assertThat(OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018))
        .isSameAs(OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018));
    byte[] first = OgpFixtures.json(OgpFixtures.AZ_OGP_NAP_2016_2018);
    first[0] = 'x';
    assertThat(OgpFixtures.json(OgpFixtures.AZ_OGP_NAP_2016_2018)[0]).isEqualTo((byte) '{');
  }

  @Test
  void loadingIsThreadSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Plan>> tasks = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String id = OgpFixtures.ids().get(i % OgpFixtures.ids().size());
        tasks.add(() -> OgpFixtures.plan(id));
      }
      List<Future<Plan>> results = pool.invokeAll(tasks);
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get())
            .isSameAs(OgpFixtures.plan(OgpFixtures.ids().get(i % OgpFixtures.ids().size())));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
