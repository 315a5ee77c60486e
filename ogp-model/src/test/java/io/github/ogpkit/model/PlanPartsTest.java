package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonBoolean;
import io.github.ogpkit.model.json.JsonNumber;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.model.report.CheckedPlan;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the parts of a plan tell about themselves, and the small values around them. */
class PlanPartsTest {

  @Test
  void aSectionIsEmptyWithoutMeasuresSubsectionsAndProvisions() {
    Section empty = Section.builder().number("1").title("en", "One").build();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.toBuilder().measure(SamplePlans.measure("1.1", "moj")).build().isEmpty())
        .isFalse();
    assertThat(empty.toBuilder().section(empty.toBuilder().number("1.1").build()).build()
        .isEmpty()).isFalse();
    assertThat(empty.toBuilder().provision(Provision.of("1.1", "en", "Clause")).build()
        .isEmpty()).isFalse();
  }

  @Test
  void allMeasuresAreListedDepthFirst() {
    Plan plan = SamplePlans.nested();
    assertThat(plan.sections().get(0).allMeasures()).extracting(m -> m.number().toString())
        .containsExactly("1.1", "1.1.1", "1.1.2", "1.2");
    assertThat(plan.sections().get(1).allMeasures()).extracting(m -> m.number().toString())
        .containsExactly("2.1.1");
    Measure parent = plan.sections().get(0).measures().get(0);
    assertThat(parent.hasSubMeasures()).isTrue();
    assertThat(parent.measures().get(0).hasSubMeasures()).isFalse();
    assertThat(parent.withAllSubMeasures()).extracting(m -> m.number().toString())
        .containsExactly("1.1", "1.1.1", "1.1.2");
  }

  @Test
  void independentKindsAreThoseOutsideTheExecutive() {
    assertThat(InstitutionKind.LEGISLATURE.isIndependent()).isTrue();
    assertThat(InstitutionKind.MINISTRY.isIndependent()).isFalse();
  }

  @Test
  void pointersAppendIndexesAndCompareByEveryToken() {
    assertThatThrownBy(() -> JsonPointer.root().append(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an array index must not be negative, was -1");
    for (int index : new int[] {0, 1, 63, 64, 65, 255, 256, 1000, 123456}) {
      assertThat(JsonPointer.root().append("a").append(index).toString()).isEqualTo("/a/" + index);
    }
    assertThat(JsonPointer.of()).isEqualTo(JsonPointer.root());
    assertThat(JsonPointer.of("a").isRoot()).isFalse();
    assertThat(JsonPointer.of("a", "b")).isEqualTo(JsonPointer.parse("/a/b"))
        .hasSameHashCodeAs(JsonPointer.parse("/a/b"));
    // "Aa" and "BB" hash alike: equal hashes and sizes, different tokens.
    assertThat(JsonPointer.of("Aa")).isNotEqualTo(JsonPointer.of("BB"));
    assertThat(JsonPointer.of("x", "Aa")).isNotEqualTo(JsonPointer.of("x", "BB"));
    assertThat(JsonPointer.of("Aa", "x")).isNotEqualTo(JsonPointer.of("BB", "x"));
    assertThat(JsonPointer.of("a")).isNotEqualTo("/a");
    assertThat(JsonPointer.of("a").hashCode()).isNotEqualTo(JsonPointer.of("b").hashCode());
  }

  @Test
  void jsonValuesPrintAsJson() {
    assertThat(JsonBoolean.of(true)).hasToString("true");
    assertThat(JsonString.of("a\"b")).hasToString("\"a\\\"b\"");
    assertThat(JsonNumber.of(new BigDecimal("1.50"))).hasToString("1.50");
    assertThat(JsonArray.of(List.of(JsonNumber.of(1), JsonString.of("x"))))
        .hasToString("[1,\"x\"]");
    StringBuilder out = new StringBuilder("x=");
    JsonString.appendJson("a\tb", out);
    assertThat(out).hasToString("x=\"a\\tb\"");
  }

  @Test
  void aCheckedPlanIsItsPlan() throws Throwable {
    Plan plan = SamplePlans.nested();
    CheckedPlan checked = checked(plan);
    assertThat(checked.plan()).isSameAs(plan);
    assertThat(checked).isEqualTo(checked(SamplePlans.nested()))
        .hasSameHashCodeAs(checked(SamplePlans.nested()))
        .isNotEqualTo(checked(SamplePlans.formatSample().toBuilder().id("xx-other").build()))
        .isNotEqualTo(checked(plan, "1.0"))
        .isNotEqualTo(plan);
    assertThat(checked.schemaVersion()).isEqualTo("1.1");
    assertThat(checked(plan, "1.0").schemaVersion()).isEqualTo("1.0");
    assertThat(checked).hasToString("CheckedPlan[" + plan.id() + "]");
  }

  /** Only ogp-io's reader makes CheckedPlans; the test reaches the constructor as it does. */
  private static CheckedPlan checked(Plan plan) throws Throwable {
    return checked(plan, "1.1");
  }

  private static CheckedPlan checked(Plan plan, String version) throws Throwable {
    return (CheckedPlan) MethodHandles.privateLookupIn(CheckedPlan.class, MethodHandles.lookup())
        .findConstructor(CheckedPlan.class,
            MethodType.methodType(void.class, Plan.class, String.class))
        .invoke(plan, version);
  }
}
