package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.TextLocation;
import org.junit.jupiter.api.Test;

/**
 * What the model refuses to hold (two tags of one language in a text, sections and measures
 * deeper than {@link Plan#MAX_NESTING}) is a finding of the reader, never an exception.
 */
class WhatTheModelCannotHoldTest {

  @Test
  void aTextWithTwoTagsOfOneLanguageIsADuplicateKeyNamingTheFirst() {
    ReadResult r = PlanReader.standard().read(
        Fixtures.withLine(6, "  \"title\": {\"en\": \"Sample\", \"EN\": \"Other\"},"));
    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("duplicate-key");
      assertThat(f.path()).hasToString("/title/EN");
      assertThat(f.message()).isEqualTo("key \"EN\" names the language of \"en\" again "
          + "(language tags compare without case); first at line 6, column 13");
    });
  }

  /** The valid fixture with other sections (lines 15 to 33 replaced). */
  private static String withSections(String sections) {
    String[] lines = Fixtures.valid().split("\n", -1);
    return String.join("\n", java.util.Arrays.copyOfRange(lines, 0, 14)) + "\n  \"sections\": "
        + sections + ",\n" + String.join("\n", java.util.Arrays.copyOfRange(lines, 33,
            lines.length));
  }

  /** A section holding measures nested {@code levels} deep, each with its time frame. */
  private static String nestedMeasures(int levels) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    String number = "1";
    for (int level = 1; level <= levels; level++) {
      number += ".1";
      open.append("{\"number\": \"").append(number).append("\", \"title\": {\"en\": \"M\"}, ")
          .append("\"timeFrame\": \"2020\", \"measures\": [");
      close.insert(0, "]}");
    }
    return "{\"number\": \"1\", \"title\": {\"en\": \"S\"}, \"measures\": [" + open + close + "]}";
  }

  @Test
  void measuresDeeperThanTheModelAllowsAreInvalidValueAndNotBuilt() {
    PlanReader deep = PlanReader.builder().maxNestingDepth(ReadLimits.DEEPEST_NESTING).build();
    String doc = withSections("[" + nestedMeasures(Plan.MAX_NESTING + 5) + "]");
    ReadResult r = deep.read(doc);
    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("invalid-value");
      assertThat(f.message()).isEqualTo("this measure is at level 101; sections and measures "
          + "nest at most 100 levels (Plan.MAX_NESTING)");
      assertThat(f.path().tokens()).hasSize(2 + 2 * 100);
      assertThat(f.location()).get().extracting(TextLocation::line).isNotNull();
    });
  }

  @Test
  void measuresNestedToTheLimitAreRead() {
    PlanReader deep = PlanReader.builder().maxNestingDepth(ReadLimits.DEEPEST_NESTING).build();
    String doc = withSections("[" + nestedMeasures(Plan.MAX_NESTING - 1) + "]");
    ReadResult r = deep.read(doc);
    assertThat(r.findings()).extracting(Finding::rule).doesNotContain("invalid-value");
    assertThat(r.plan()).get().extracting(p -> p.allMeasures().size())
        .isEqualTo(Plan.MAX_NESTING - 1);
  }

  /**
   * Only sections and measures count levels: the indicators and assignments of a measure at the
   * deepest level are read like any other.
   */
  @Test
  void theObjectsOfAMeasureAtTheDeepestLevelAreRead() {
    PlanReader deep = PlanReader.builder().maxNestingDepth(ReadLimits.DEEPEST_NESTING).build();
    String deepest = "\"timeFrame\": \"2020\", \"measures\": []";
    String doc = withSections("[" + nestedMeasures(Plan.MAX_NESTING - 1) + "]")
        .replace(deepest + "}", "\"timeFrame\": \"2020\", \"indicators\": [{\"text\": "
            + "{\"en\": \"I\"}, \"target\": {\"value\": 1}}], \"institutions\": "
            + "[{\"institution\": \"moj\", \"role\": \"EXECUTOR\"}]}");
    assertThat(doc).contains("\"indicators\"");
    ReadResult r = deep.read(doc);
    assertThat(r.findings()).isEmpty();
    assertThat(r.plan()).get().extracting(p -> p.allMeasures().size())
        .isEqualTo(Plan.MAX_NESTING - 1);
  }
}
