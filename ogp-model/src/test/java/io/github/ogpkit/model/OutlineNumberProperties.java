package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import java.util.List;

class OutlineNumberProperties {

  @Property
  void printThenParseGivesTheSameNumber(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = Integer.MAX_VALUE) Integer> parts) {
    OutlineNumber n = OutlineNumber.of(parts.stream().mapToInt(Integer::intValue).toArray());
    assertThat(OutlineNumber.parse(n.toString())).isEqualTo(n);
    assertThat(OutlineNumber.parse(n.toString()).toString()).isEqualTo(n.toString());
  }

  @Property
  void childIsChildOfItsParentAndSortsAfterIt(
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 1000) Integer> parts,
      @ForAll @IntRange(min = 1, max = 1000) int child) {
    OutlineNumber n = OutlineNumber.of(parts.stream().mapToInt(Integer::intValue).toArray());
    OutlineNumber c = n.child(child);
    assertThat(c.isChildOf(n)).isTrue();
    assertThat(c.parent()).contains(n);
    assertThat(c).isGreaterThan(n);
  }

  @Property
  void orderAgreesWithNumericComponents(@ForAll @IntRange(min = 1, max = 10_000) int a,
      @ForAll @IntRange(min = 1, max = 10_000) int b) {
    assertThat(Integer.signum(OutlineNumber.of(1, a).compareTo(OutlineNumber.of(1, b))))
        .isEqualTo(Integer.signum(Integer.compare(a, b)));
  }

  @Property
  void startsWithAgreesWithTheComponents(
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 3) Integer> a,
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 3) Integer> b) {
    OutlineNumber x = OutlineNumber.of(a.stream().mapToInt(Integer::intValue).toArray());
    OutlineNumber y = OutlineNumber.of(b.stream().mapToInt(Integer::intValue).toArray());
    assertThat(x.startsWith(y))
        .isEqualTo(b.size() <= a.size() && a.subList(0, b.size()).equals(b));
    assertThat(x.isChildOf(y))
        .isEqualTo(b.size() + 1 == a.size() && a.subList(0, b.size()).equals(b));
  }
}
