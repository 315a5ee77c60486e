package io.github.ogpkit.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanPart;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report's own guards: which addresses become links, ids, and where a pointer leads. */
class InternalsTest {

  @Test
  void onlyAbsoluteHttpAndHttpsAddressesWithAHostAreLinks() {
    assertThat(Pages.safeHref(URI.create("https://www.opengovpartnership.org/members/azerbaijan/")))
        .isEqualTo("https://www.opengovpartnership.org/members/azerbaijan/");
    assertThat(Pages.safeHref(URI.create("HTTP://example.org/a?b=1&c=2")))
        .isEqualTo("HTTP://example.org/a?b=1&c=2");
    assertThat(Pages.safeHref(URI.create("javascript:alert(1)"))).isEmpty();
    assertThat(Pages.safeHref(URI.create("JavaScript://example.org/%0Aalert(1)"))).isEmpty();
    assertThat(Pages.safeHref(URI.create("data:text/html,%3Cb%3E"))).isEmpty();
    assertThat(Pages.safeHref(URI.create("vbscript:x"))).isEmpty();
    assertThat(Pages.safeHref(URI.create("//example.org/"))).isEmpty();
    assertThat(Pages.safeHref(URI.create("/relative"))).isEmpty();
    assertThat(Pages.safeHref(URI.create("https:opaque"))).isEmpty();
    assertThat(Pages.safeHref(URI.create("https:///no-host"))).isEmpty();
  }

  @Test
  void aPointerLeadsToTheDeepestSectionOrMeasureItPassesThrough() {
    Plan plan = OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018);
    Anchors anchors = new Anchors(plan);
    PlanPart part = Anchors.partAt(plan, List.of("sections", "3", "sections", "1", "measures",
        "0", "institutions", "0")).orElseThrow();
    assertThat(anchors.id(part)).isEqualTo("m-4.2.1");
    assertThat(anchors.id(Anchors.partAt(plan, List.of("sections", "1")).orElseThrow()))
        .isEqualTo("s-2");
    assertThat(Anchors.partAt(plan, List.of("period"))).isEmpty();
    assertThat(Anchors.partAt(plan, List.of("sections", "999", "measures", "0"))).isEmpty();
    assertThat(Anchors.partAt(plan, List.of("sections", "x"))).isEmpty();
    Measure first = plan.allMeasures().get(0);
    assertThat(anchors.measureByNumber(first.number().toString()))
        .hasValue("m-" + first.number());
    assertThat(anchors.measureByNumber("99.99")).isEmpty();
  }

  @Test
  void labelsAreEnglishUnlessTheLanguageIsAzerbaijaniAndHaveTheSameKeys() {
    assertThat(Labels.of(Locale.forLanguageTag("az-Latn-AZ")).language()).isEqualTo("az");
    assertThat(Labels.of(Locale.forLanguageTag("ar-SA")).language()).isEqualTo("en");
    assertThat(Labels.of(Locale.ROOT).get("findings.heading")).isEqualTo("Findings");
    assertThat(Labels.of(Locale.forLanguageTag("az")).format("findings.summary", "1", "2", "3"))
        .isEqualTo("1 xəta, 2 xəbərdarlıq, 3 qeyd");
    for (String key : List.of("role.EXECUTOR", "memberStatus.SUSPENDED", "progress.COMPLETE",
        "completion.NO_EVIDENCE", "reporter.CIVIL_SOCIETY", "severity.INFO")) {
      assertThat(Labels.of(Locale.forLanguageTag("az")).get(key))
          .isNotEqualTo(key).isNotBlank();
    }
  }

  @Test
  void bothLabelFilesHaveTheSameKeys() throws IOException {
    assertThat(load("labels_az.properties").stringPropertyNames())
        .isEqualTo(load("labels.properties").stringPropertyNames());
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
