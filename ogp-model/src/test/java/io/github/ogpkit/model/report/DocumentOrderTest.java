package io.github.ogpkit.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.json.JsonPointer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentOrderTest {

  private static List<String> sorted(String... pointers) {
    List<JsonPointer> list = new ArrayList<>();
    for (String p : pointers) {
      list.add(JsonPointer.parse(p));
    }
    Collections.shuffle(list, new java.util.Random(7));
    list.sort(DocumentOrder.comparator());
    return list.stream().map(JsonPointer::toString).toList();
  }

  private static List<String> sorted(DocumentType type, String... pointers) {
    List<JsonPointer> list = new ArrayList<>();
    for (String p : pointers) {
      list.add(JsonPointer.parse(p));
    }
    Collections.shuffle(list, new java.util.Random(7));
    list.sort(DocumentOrder.comparator(type));
    return list.stream().map(JsonPointer::toString).toList();
  }

  @Test
  void eachDocumentTypeIsOrderedByItsOwnCanonicalOrder() {
    assertThat(sorted(DocumentType.PROGRESS_REPORT, "/entries/0/summary", "/asOf",
        "/entries/0/status", "/reporter/name", "/reporter/kind", "/type", "/extensions"))
        .containsExactly("/type", "/reporter/kind", "/reporter/name", "/asOf",
            "/entries/0/status", "/entries/0/summary", "/extensions");
    assertThat(sorted(DocumentType.IRM_ASSESSMENT, "/entries/1/starred", "/entries/0/summary",
        "/published", "/product", "/entries/1/specificity"))
        .containsExactly("/product", "/published", "/entries/0/summary",
            "/entries/1/specificity", "/entries/1/starred");
    assertThat(sorted(DocumentType.MEMBER, "/actionPlans/0/period", "/statusHistory/0/from",
        "/joined", "/name", "/decisions/0/date", "/statusHistory/0/status"))
        .containsExactly("/name", "/joined", "/statusHistory/0/status", "/statusHistory/0/from",
            "/decisions/0/date", "/actionPlans/0/period");
    assertThat(DocumentOrder.comparator(DocumentType.PLAN)).isSameAs(DocumentOrder.comparator());
  }

  @Test
  void followsTheCanonicalPropertyOrderOfEachObject() {
    assertThat(sorted("/sections", "/extensions", "/id", "/schemaVersion", "/institutions/0/kind",
        "/period", "", "/title/en", "/languages/1", "/languages/0", "/adoption/date",
        "/adoption/instrument", "/preamble"))
        .containsExactly("", "/schemaVersion", "/id", "/title/en", "/languages/0",
            "/languages/1", "/period", "/adoption/instrument", "/adoption/date", "/preamble",
            "/institutions/0/kind", "/sections", "/extensions");
  }

  @Test
  void ordersMeasurePropertiesAndNestedArraysByIndex() {
    assertThat(sorted("/sections/0/measures/10/number", "/sections/0/measures/2/timeFrame",
        "/sections/0/measures/2/institutions/1", "/sections/0/measures/2/number",
        "/sections/0/measures/2", "/sections/0/measures/2/measures/0/title",
        "/sections/0/measures/2/indicators/0/target/value", "/sections/0/sections/0/number",
        "/sections/0/provisions/0/text", "/sections/0/number", "/sections/1"))
        .containsExactly("/sections/0/number", "/sections/0/measures/2",
            "/sections/0/measures/2/number", "/sections/0/measures/2/indicators/0/target/value",
            "/sections/0/measures/2/institutions/1", "/sections/0/measures/2/timeFrame",
            "/sections/0/measures/2/measures/0/title", "/sections/0/measures/10/number",
            "/sections/0/sections/0/number", "/sections/0/provisions/0/text", "/sections/1");
  }

  @Test
  void putsUnknownPropertiesAfterKnownOnesAndKeysInAscendingOrder() {
    assertThat(sorted("/sections/0/zzz", "/sections/0/extensions", "/sections/0/aaa",
        "/sections/0/title/en", "/sections/0/title/az"))
        .containsExactly("/sections/0/title/az", "/sections/0/title/en",
            "/sections/0/extensions", "/sections/0/aaa", "/sections/0/zzz");
  }

  @Test
  void institutionsAndAssignmentsUseTheirOwnOrders() {
    assertThat(sorted("/institutions/0/parent", "/institutions/0/collective",
        "/institutions/0/id", "/sections/0/measures/0/institutions/0/role",
        "/sections/0/measures/0/institutions/0/institution"))
        .containsExactly("/institutions/0/id", "/institutions/0/collective",
            "/institutions/0/parent", "/sections/0/measures/0/institutions/0/institution",
            "/sections/0/measures/0/institutions/0/role");
  }
}
