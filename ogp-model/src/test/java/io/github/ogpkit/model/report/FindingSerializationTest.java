package io.github.ogpkit.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.json.JsonPointer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class FindingSerializationTest {

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (T) in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aFindingWithALocationIsReadBackEqual() {
    Finding f = Finding.of("number-duplicate", Severity.ERROR,
        JsonPointer.parse("/sections/4/measures/6/number"),
        "number 1.1 is already used at /sections/0/measures/0").withLocation(TextLocation.of(412, 21));

    Finding read = roundTrip(f);

    assertThat(read).isEqualTo(f).isNotSameAs(f);
    assertThat(read.location()).contains(TextLocation.of(412, 21));
    assertThat(read).hasToString(f.toString());
  }

  @Test
  void aFindingWithoutALocationIsReadBackEqual() {
    Finding f = Finding.of("section-empty", Severity.WARNING, JsonPointer.root(),
        "section 1 has no measures, subsections or provisions");

    assertThat(roundTrip(f)).isEqualTo(f);
    assertThat(roundTrip(f).location()).isEmpty();
  }

  @Test
  void aPointerIsReadBackEqualWithItsEscapes() {
    JsonPointer p = JsonPointer.root().append("extensions").append("a/b~c").append(12);

    JsonPointer read = roundTrip(p);

    assertThat(read).isEqualTo(p).hasSameHashCodeAs(p).hasToString("/extensions/a~1b~0c/12");
    assertThat(read.tokens()).containsExactly("extensions", "a/b~c", "12");
    assertThat(read.append("x")).isEqualTo(p.append("x"));
    assertThat(roundTrip(JsonPointer.root())).isEqualTo(JsonPointer.root());
  }

  @Test
  void locationsAndSeveritiesAreReadBackEqual() {
    assertThat(roundTrip(TextLocation.of(3, 9))).isEqualTo(TextLocation.of(3, 9));
    assertThat(roundTrip(Severity.INFO)).isSameAs(Severity.INFO);
  }
}
