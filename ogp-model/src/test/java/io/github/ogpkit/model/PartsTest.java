package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The lists of sub-measures and subsections, which know how tall their parts stand: as lists they
 * behave as {@link List#copyOf}'s do, and the height they know is the height a walk finds.
 */
class PartsTest {

  private static Measure leaf(String number) {
    return Measure.builder().number(number).title("en", "M " + number).build();
  }

  @Test
  void aListOfMeasuresIsAnUnmodifiableCopyEqualToAnyListOfTheSameMeasures() {
    List<Measure> given = new ArrayList<>(List.of(leaf("1.1"), leaf("1.2")));
    Measure m = Measure.builder().number("1").title("en", "Top").measures(given).build();
    given.clear();

    List<Measure> held = m.measures();
    List<Measure> same = List.of(leaf("1.1"), leaf("1.2"));
    assertThat(held).containsExactlyElementsOf(same).isEqualTo(same).hasSameHashCodeAs(same)
        .hasToString(same.toString());
    assertThat(same).isEqualTo(held);
    assertThatThrownBy(() -> held.add(leaf("1.3")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> held.set(0, leaf("1.3")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> held.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(held::clear).isInstanceOf(UnsupportedOperationException.class);
    Iterator<Measure> it = held.iterator();
    it.next();
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    it.next();
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> held.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    Object[] array = held.toArray();
    array[0] = null;
    assertThat(held.get(0)).isEqualTo(leaf("1.1"));
    List<Measure> seen = new ArrayList<>();
    held.forEach(seen::add);
    assertThat(seen).isEqualTo(same);
  }

  @Test
  void aNullMeasureOrSectionIsNamedByItsPosition() {
    List<Measure> withNull = Arrays.asList(leaf("1.1"), null);
    assertThatNullPointerException().isThrownBy(() -> Parts.measures(withNull, "measures"))
        .withMessage("measures[1] is null");
    assertThatNullPointerException().isThrownBy(() -> Parts.sections(null, "sections"))
        .withMessage("sections");
  }

  @Test
  void theHeightKnownIsTheHeightAWalkFinds() {
    Measure two = Measure.builder().number("1.1").title("en", "Two").measure(leaf("1.1.1"))
        .build();
    Measure three = Measure.builder().number("1.2").title("en", "Three").measure(two).build();
    assertThat(Parts.height(List.of())).isZero();
    assertThat(Parts.height(two.measures())).isEqualTo(1);
    assertThat(Parts.height(three.measures())).isEqualTo(2);
    Section inner = Section.builder().number("1.1").title("en", "Inner").measure(three).build();
    Section outer = Section.builder().number("1").title("en", "Outer").section(inner)
        .measure(leaf("1.5")).build();
    // inner is 1 + three's 3 levels = 4: outer's subsections hold a part 4 tall.
    assertThat(Parts.height(outer.sections())).isEqualTo(4);
    assertThat(Parts.height(outer.measures())).isEqualTo(1);
    // The same answers from lists this class did not make, walked.
    assertThat(Parts.height(new ArrayList<>(outer.sections()))).isEqualTo(4);
    assertThat(Parts.height(new ArrayList<>(List.of(three, leaf("2"))))).isEqualTo(3);
  }

  @Test
  void aListOfPartsIsNotCopiedAgain() {
    Measure m = Measure.builder().number("1").title("en", "Top").measure(leaf("1.1")).build();
    assertThat(Parts.measures(m.measures(), "measures")).isSameAs(m.measures());
    Measure again = new Measure(m.number(), m.code(), m.ogpId(), m.title(), m.description(),
        m.problem(), m.statusQuo(), m.objective(), m.expectedResults(), m.ogpValues(),
        m.policyAreas(), m.indicators(), m.institutions(), m.timeFrame(), m.timeFramePrinted(),
        m.links(), m.measures(), m.extensions());
    assertThat(again.measures()).isSameAs(m.measures());
    assertThat(again).isEqualTo(m).hasSameHashCodeAs(m);
  }

  @Test
  void aCollectionThatHandsOutItsOwnArrayIsCopiedAgain() {
    Measure[] own = {leaf("1.1"), leaf("1.2")};
    // toArray gives the array the collection keeps, as a collection is allowed to.
    Collection<Measure> leaky = new AbstractCollection<>() {
      @Override
      public Object[] toArray() {
        return own;
      }

      @Override
      public Iterator<Measure> iterator() {
        return Arrays.asList(own).iterator();
      }

      @Override
      public int size() {
        return own.length;
      }
    };
    List<Measure> held = Parts.measures(leaky, "measures");
    own[0] = leaf("9");
    assertThat(held).containsExactly(leaf("1.1"), leaf("1.2"));
    // An ArrayList's subclass may do the same: only the JDK's own lists are trusted.
    List<Measure> sub = new ArrayList<>(List.of(leaf("1.1"))) {
      @Override
      public Object[] toArray() {
        return own;
      }
    };
    own[0] = leaf("1.1");
    List<Measure> fromSub = Parts.measures(sub, "measures");
    own[0] = leaf("9");
    assertThat(fromSub).containsExactly(leaf("1.1"), leaf("1.2"));
  }

  @Test
  void theJdksListsAreCopiedOnceAndStayApartFromTheirSource() {
    List<Measure> one = List.of(leaf("1.1"));
    List<Measure> many = List.of(leaf("1.1"), leaf("1.2"), leaf("1.3"));
    assertThat(Parts.measures(one, "measures")).isEqualTo(one).isNotSameAs(one);
    assertThat(Parts.measures(many, "measures")).isEqualTo(many).isNotSameAs(many);
    ArrayList<Measure> given = new ArrayList<>(many);
    List<Measure> held = Parts.measures(given, "measures");
    given.set(0, leaf("9"));
    assertThat(held).isEqualTo(many);
  }
}
