package io.github.ogpkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueTest {

  @Test
  void numbersKeepTheirExactValueAndScale() {
    assertThat(JsonNumber.of(new BigDecimal("1.0"))).isNotEqualTo(JsonNumber.of(1));
    assertThat(JsonNumber.of(new BigDecimal("1.0")).toJson()).isEqualTo("1.0");
    assertThat(JsonNumber.of(new BigDecimal("123456789012345678901234567890")).toJson())
        .isEqualTo("123456789012345678901234567890");
    assertThat(JsonNumber.of(new BigDecimal("1E+3")).toJson()).isEqualTo("1E+3");
    assertThat(new BigDecimal(JsonNumber.of(new BigDecimal("1E+3")).toJson()))
        .isEqualTo(new BigDecimal("1E+3"));
  }

  @Test
  void objectsKeepKeysInUtf16OrderAndIgnoreInsertionOrder() {
    Map<String, JsonValue> m = new HashMap<>();
    m.put("b", JsonBoolean.TRUE);
    m.put("a", JsonNull.INSTANCE);
    m.put("\uD83D\uDE00", JsonString.of("astral"));
    m.put("\uFFFF", JsonString.of("bmp"));
    JsonObject o = JsonObject.of(m);
    // UTF-16 order puts the surrogate pair (0xD83D) before U+FFFF.
    assertThat(o.members().keySet()).containsExactly("a", "b", "\uD83D\uDE00", "\uFFFF");
    assertThat(o).isEqualTo(JsonObject.builder().put("\uFFFF", "bmp").put("b", true)
        .put("a", JsonNull.INSTANCE).put("\uD83D\uDE00", "astral").build());
  }

  @Test
  void toJsonWritesCompactEscapedText() {
    JsonObject o = JsonObject.builder()
        .put("list", JsonArray.of(JsonNumber.of(1), JsonString.of("a\"b\\c\n\u0001")))
        .put("ok", false)
        .build();
    assertThat(o.toJson()).isEqualTo("{\"list\":[1,\"a\\\"b\\\\c\\n\\u0001\"],\"ok\":false}");
    assertThat(o).hasToString(o.toJson());
  }

  @Test
  void collectionsAreCopiedAndImmutable() {
    java.util.ArrayList<JsonValue> list = new java.util.ArrayList<>(List.of(JsonNumber.of(1)));
    JsonArray a = JsonArray.of(list);
    list.add(JsonNumber.of(2));
    assertThat(a.values()).hasSize(1);
    assertThatThrownBy(() -> a.values().add(JsonNull.INSTANCE))
        .isInstanceOf(UnsupportedOperationException.class);
    JsonObject o = JsonObject.builder().put("k", "v").build();
    assertThatThrownBy(() -> o.members().put("x", JsonNull.INSTANCE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void objectAccessors() {
    JsonObject o = JsonObject.builder().put("id", "AZ0038").put("n", BigDecimal.TEN).build();
    assertThat(o.getString("id")).contains("AZ0038");
    assertThat(o.getString("n")).isEmpty();
    assertThat(o.get("missing")).isEmpty();
    assertThat(o.with("id", JsonString.of("AZ0038"))).isSameAs(o);
    assertThat(o.with("x", JsonBoolean.TRUE).members()).hasSize(3);
    assertThat(JsonObject.of(Map.of())).isSameAs(JsonObject.EMPTY);
  }

  @Test
  void nullsAreRejectedNamingTheKey() {
    Map<String, JsonValue> m = new HashMap<>();
    m.put("k", null);
    assertThatThrownBy(() -> JsonObject.of(m)).isInstanceOf(NullPointerException.class)
        .hasMessage("the value of key \"k\" is null");
  }
}
