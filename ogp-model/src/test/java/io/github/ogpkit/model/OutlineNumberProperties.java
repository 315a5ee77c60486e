package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.testing.generator.Generator;
import io.github.ogpkit.testing.generator.Property;
import io.github.ogpkit.testing.generator.Values;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineNumberProperties {

  @Test
  void printThenParseGivesTheSameNumber() {
    int max = Integer.MAX_VALUE;
    Property.forAll(Values.outlineNumbers(6, max))
        .examples(OutlineNumber.of(1), OutlineNumber.of(max),
            OutlineNumber.of(max, max, max, max, max, max), OutlineNumber.of(1, 1, 1, 1, 1, 1))
        .check(n -> {
          assertThat(OutlineNumber.parse(n.toString())).isEqualTo(n);
          assertThat(OutlineNumber.parse(n.toString()).toString()).isEqualTo(n.toString());
        });
  }

  private record WithChild(OutlineNumber number, int child) {}

  @Test
  void childIsChildOfItsParentAndSortsAfterIt() {
    Generator<OutlineNumber> numbers = Values.outlineNumbers(5, 1000);
    Property.forAll(source -> new WithChild(numbers.next(source), source.betweenOrEdge(1, 1000)))
        .check(c -> {
          OutlineNumber n = c.number();
          OutlineNumber child = n.child(c.child());
          assertThat(child.isChildOf(n)).isTrue();
          assertThat(child.parent()).contains(n);
          assertThat(child).isGreaterThan(n);
        });
  }

  private record Components(int a, int b) {}

  @Test
  void orderAgreesWithNumericComponents() {
    Property.forAll(source -> new Components(source.betweenOrEdge(1, 10_000),
            source.betweenOrEdge(1, 10_000)))
        .check(c -> assertThat(Integer.signum(OutlineNumber.of(1, c.a())
            .compareTo(OutlineNumber.of(1, c.b()))))
            .isEqualTo(Integer.signum(Integer.compare(c.a(), c.b()))));
  }

  private record Numbers(OutlineNumber x, OutlineNumber y) {}

  @Test
  void startsWithAgreesWithTheComponents() {
    Generator<OutlineNumber> numbers = Values.outlineNumbers(4, 3);
    Property.forAll(source -> new Numbers(numbers.next(source), numbers.next(source)))
        .check(n -> {
          List<Integer> a = n.x().components();
          List<Integer> b = n.y().components();
          assertThat(n.x().startsWith(n.y()))
              .isEqualTo(b.size() <= a.size() && a.subList(0, b.size()).equals(b));
          assertThat(n.x().isChildOf(n.y()))
              .isEqualTo(b.size() + 1 == a.size() && a.subList(0, b.size()).equals(b));
        });
  }
}
