package io.github.ogpkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonDepthTest {

  /**
   * A value nesting {@code depth} levels: objects and arrays in turn around a string, an object
   * innermost.
   */
  static JsonValue nested(int depth, String leaf) {
    JsonValue v = JsonString.of(leaf);
    for (int level = 1; level <= depth; level++) {
      v = level % 2 == 1 ? JsonObject.builder().put("k", v).build() : JsonArray.of(v);
    }
    return v;
  }

  @Test
  void scalarsNestZeroLevelsAndContainersOneMoreThanTheirDeepestValue() {
    assertThat(JsonTree.depth(JsonString.of("x"))).isZero();
    assertThat(JsonTree.depth(JsonObject.EMPTY)).isEqualTo(1);
    assertThat(JsonTree.depth(JsonArray.EMPTY)).isEqualTo(1);
    assertThat(JsonTree.depth(JsonObject.builder().put("a", "b").build())).isEqualTo(1);
    JsonObject mixed = JsonObject.builder().put("flat", JsonNumber.of(1))
        .put("deep", JsonArray.of(JsonArray.of(JsonObject.EMPTY))).build();
    assertThat(JsonTree.depth(mixed)).isEqualTo(4);
  }

  @Test
  void valuesMayNestAsDeepAsTheLimit() {
    assertThat(JsonTree.depth(nested(JsonValue.MAX_DEPTH, "x"))).isEqualTo(500);
  }

  @Test
  void anArrayNestingDeeperIsRefusedNamingTheLimit() {
    JsonValue deepest = nested(JsonValue.MAX_DEPTH, "x");
    assertThatIllegalArgumentException().isThrownBy(() -> JsonArray.of(deepest))
        .withMessage("a JSON array nests 501 levels deep; JSON values nest at most 500 levels"
            + " (JsonValue.MAX_DEPTH)");
    assertThatIllegalArgumentException().isThrownBy(() -> new JsonArray(List.of(deepest)))
        .withMessageStartingWith("a JSON array nests 501 levels deep");
  }

  @Test
  void anObjectNestingDeeperIsRefusedNamingTheLimit() {
    JsonValue deepest = nested(JsonValue.MAX_DEPTH, "x");
    assertThatIllegalArgumentException().isThrownBy(() -> JsonObject.of(Map.of("k", deepest)))
        .withMessage("a JSON object nests 501 levels deep; JSON values nest at most 500 levels"
            + " (JsonValue.MAX_DEPTH)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JsonObject.EMPTY.with("k", deepest))
        .withMessageStartingWith("a JSON object nests 501 levels deep");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JsonObject.builder().put("k", deepest).build())
        .withMessageStartingWith("a JSON object nests 501 levels deep");
  }

  @Test
  void theDeepestValueHasJsonTextEqualityAndAHashCode() {
    JsonValue a = nested(JsonValue.MAX_DEPTH, "x");
    JsonValue b = nested(JsonValue.MAX_DEPTH, "x");
    JsonValue c = nested(JsonValue.MAX_DEPTH, "y");

    assertThat(a.toJson()).isEqualTo("[{\"k\":".repeat(250) + "\"x\"" + "}]".repeat(250));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a).hasToString(a.toJson());
  }

  @Test
  void equalityIsThatOfTheValuesWhateverHowTheyWereMade() {
    JsonArray made = JsonArray.of(JsonNumber.of(1), JsonObject.builder().put("a", "b").build());
    JsonArray copied = new JsonArray(new ArrayList<>(made.values()));
    assertThat(copied).isEqualTo(made).hasSameHashCodeAs(made);
    assertThat(made.values()).isEqualTo(List.of(JsonNumber.of(1),
        JsonObject.builder().put("a", "b").build())).hasSameHashCodeAs(copied.values());
    assertThat(JsonArray.of(JsonNumber.of(1))).isNotEqualTo(JsonArray.of(JsonNumber.of(2)))
        .isNotEqualTo(JsonArray.of(JsonNumber.of(1), JsonNumber.of(1)))
        .isNotEqualTo(JsonObject.EMPTY);
    assertThat(JsonObject.builder().put("a", "b").build())
        .isNotEqualTo(JsonObject.builder().put("b", "b").build())
        .isNotEqualTo(JsonObject.builder().put("a", "c").build())
        .isEqualTo(JsonObject.of(Map.of("a", JsonString.of("b"))));
    Set<JsonValue> set = new HashSet<>(Arrays.asList(made, copied, JsonArray.EMPTY));
    assertThat(set).hasSize(2);
  }

  @Test
  void emptyContainersAndScalarsWriteTheirText() {
    JsonObject o = JsonObject.builder().put("a", JsonArray.EMPTY).put("b", JsonObject.EMPTY)
        .put("c", JsonNull.INSTANCE).put("d", JsonBoolean.TRUE).build();
    assertThat(o.toJson()).isEqualTo("{\"a\":[],\"b\":{},\"c\":null,\"d\":true}");
    assertThat(JsonArray.EMPTY.toJson()).isEqualTo("[]");
    assertThat(JsonObject.EMPTY.toJson()).isEqualTo("{}");
  }

  @Test
  void aNullElementIsRefusedNamingItsIndex() {
    assertThatNullPointerException()
        .isThrownBy(() -> JsonArray.of(JsonNumber.of(1), null))
        .withMessage("element 1 of a JSON array is null");
  }

  @Test
  void theDeepestValueNeedsNoMoreThanASmallThreadStack() throws InterruptedException {
    JsonValue a = nested(JsonValue.MAX_DEPTH, "x");
    JsonValue b = nested(JsonValue.MAX_DEPTH, "x");
    List<Throwable> failures = new ArrayList<>();
    Thread deep = new Thread(null, () -> {
      try {
        a.toJson();
        a.toString();
        a.equals(b);
        a.hashCode();
        JsonObject.of(Map.of("k", JsonString.of("x"))).equals(b);
      } catch (Throwable t) {
        failures.add(t);
      }
    }, "deep", 256 * 1024);
    deep.start();
    deep.join();
    assertThat(failures).isEmpty();
  }
}
