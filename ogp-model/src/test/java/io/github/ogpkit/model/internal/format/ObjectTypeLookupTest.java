package io.github.ogpkit.model.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reader's lookups in the format's description: a property is found by name from whatever
 * index the reader expects next, and values used again for a later object start empty.
 */
class ObjectTypeLookupTest {

  @Test
  void everyPropertyIsFoundByNameFromEveryExpectedIndex() {
    for (ObjectType<?> type : List.of(Format.PLAN, Format.ADOPTION, Format.INSTITUTION,
        Format.SECTION, Format.MEASURE, Format.ASSIGNMENT, Format.INDICATOR, Format.QUANTITY,
        Format.PROVISION)) {
      List<? extends Property<?, ?>> properties = type.properties();
      for (Property<?, ?> p : properties) {
        for (int from = -2; from <= properties.size() + 2; from++) {
          assertThat(type.property(p.name(), from)).as("%s.%s from %d", type, p.name(), from)
              .isSameAs(p);
        }
      }
    }
  }

  @Test
  void everyTypeHasANumberOfItsOwnAndTheNumbersAreSmall() {
    Set<Integer> numbers = new HashSet<>();
    for (ObjectType<?> type : Format.TYPES) {
      assertThat(numbers.add(type.number())).as("%s's number %d", type, type.number()).isTrue();
    }
    // Readers keep an array indexed by these numbers.
    assertThat(numbers).allMatch(n -> n >= 0 && n < 256);
  }

  @Test
  void aNameTheTypeDoesNotDefineIsNotFoundFromAnyIndex() {
    for (int from = -1; from <= Format.MEASURE.properties().size(); from++) {
      assertThat(Format.MEASURE.property("timeframe", from)).isNull();
      assertThat(Format.MEASURE.property("", from)).isNull();
    }
  }

  @Test
  void theConditionalMaskHoldsThePropertiesRequiredUnlessAnArrayIsNotEmpty() {
    Property<?, ?> sections = Format.PLAN.property("sections");
    assertThat(Format.PLAN.conditionalMask()).isEqualTo(1L << sections.index());
    assertThat(Format.PLAN.requiredMask() & Format.PLAN.conditionalMask()).isZero();
    assertThat(Format.MEASURE.conditionalMask()).isZero();
    assertThat(Format.SECTION.conditionalMask()).isZero();
  }

  @Test
  void valuesUsedAgainAreEmptyWhereTheyWereSetAndTheRestStayEmpty() {
    Values values = Format.MEASURE.newValues();
    Property<?, ?> title = Format.MEASURE.property("title");
    Property<?, ?> description = Format.MEASURE.property("description");
    values.set(title, "a");
    values.set(description, "b");
    long set = 1L << title.index() | 1L << description.index();

    Values again = Format.MEASURE.reuse(values, set);

    assertThat(again).isSameAs(values);
    for (int i = 0; i < Format.MEASURE.properties().size(); i++) {
      assertThat(again.get(i)).as("value %d", i).isNull();
    }
  }

  @Test
  void valuesTooSmallForATypeAreNotUsedAgain() {
    Values small = Format.QUANTITY.newValues();
    Values fresh = Format.PLAN.reuse(small, -1L);
    assertThat(fresh).isNotSameAs(small);
    assertThat(Format.PLAN.reuse(null, 0L)).isNotNull();
  }
}
