package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sets of enum constants a model object holds (a measure's OGP values): unmodifiable, in
 * declaration order, and the same in behaviour whether empty or not.
 */
class EnumSetsTest {

  @Test
  void anEmptySetAndAFullOneBehaveAlike() {
    Set<OgpValue> empty = Builders.enumSet(List.of(), OgpValue.class, "ogpValues");
    Set<OgpValue> full = Builders.enumSet(
        List.of(OgpValue.TECHNOLOGY_AND_INNOVATION, OgpValue.ACCESS_TO_INFORMATION),
        OgpValue.class, "ogpValues");
    for (Set<OgpValue> set : List.of(empty, full)) {
      assertThat(set.contains(null)).isFalse();
      assertThatThrownBy(() -> set.add(OgpValue.CIVIC_PARTICIPATION))
          .isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(empty).isEqualTo(Set.of()).hasSameHashCodeAs(Set.of()).isEmpty();
    assertThat(full).containsExactly(OgpValue.ACCESS_TO_INFORMATION,
        OgpValue.TECHNOLOGY_AND_INNOVATION).isEqualTo(EnumSet.of(
        OgpValue.TECHNOLOGY_AND_INNOVATION, OgpValue.ACCESS_TO_INFORMATION));
  }

  @Test
  void aSetOfAMeasureDoesNotChangeWithTheCollectionItWasMadeOf() {
    EnumSet<OgpValue> given = EnumSet.noneOf(OgpValue.class);
    Set<OgpValue> empty = Builders.enumSet(given, OgpValue.class, "ogpValues");
    given.add(OgpValue.CIVIC_PARTICIPATION);
    assertThat(empty).isEmpty();
    Set<OgpValue> one = Builders.enumSet(given, OgpValue.class, "ogpValues");
    given.clear();
    assertThat(one).containsExactly(OgpValue.CIVIC_PARTICIPATION);
  }

  @Test
  void aNullCollectionOrElementIsNamed() {
    assertThatNullPointerException()
        .isThrownBy(() -> Builders.enumSet(null, OgpValue.class, "ogpValues"))
        .withMessage("ogpValues");
    assertThatNullPointerException()
        .isThrownBy(() -> Builders.enumSet(Arrays.asList((OgpValue) null), OgpValue.class,
            "ogpValues"))
        .withMessage("ogpValues holds null");
  }
}
