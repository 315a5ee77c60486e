package io.github.ogpkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical JSON text of strings, numbers and objects: which characters are escaped and how,
 * and where numbers switch from plain digits to an exponent.
 */
class CanonicalJsonTextTest {

  @Test
  void controlCharactersAreEscapedShortWhereJsonHasAShortForm() {
    assertThat(JsonString.of("\"\\\n\r\t\b\f").toJson())
        .isEqualTo("\"\\\"\\\\\\n\\r\\t\\b\\f\"");
    assertThat(JsonString.of("\u0000\u001f\u0020\u007f").toJson())
        .isEqualTo("\"\\u0000\\u001f \u007f\"");
  }

  @Test
  void pairedSurrogatesAreKeptAndUnpairedOnesEscaped() {
    assertThat(JsonString.of("a\ud83d\ude00b").toJson()).isEqualTo("\"a\ud83d\ude00b\"");
    assertThat(JsonString.of("\ud83d").toJson()).isEqualTo("\"\\ud83d\"");
    assertThat(JsonString.of("\ud83dx").toJson()).isEqualTo("\"\\ud83dx\"");
    assertThat(JsonString.of("\ude00\ud83d").toJson()).isEqualTo("\"\\ude00\\ud83d\"");
    assertThat(JsonString.of("x\ude00").toJson()).isEqualTo("\"x\\ude00\"");
  }

  @Test
  void numbersArePlainUpToOneHundredPaddingZeros() {
    assertThat(JsonNumber.toJson(new BigDecimal("1.5"))).isEqualTo("1.5");
    assertThat(JsonNumber.toJson(new BigDecimal("0.00"))).isEqualTo("0.00");
    assertThat(JsonNumber.toJson(new BigDecimal("1E+3"))).isEqualTo("1E+3");
    // Scale 101, precision 1: exactly 100 padding zeros is still plain.
    BigDecimal hundred = BigDecimal.ONE.movePointLeft(101);
    assertThat(JsonNumber.toJson(hundred)).isEqualTo("0." + "0".repeat(100) + "1");
    BigDecimal beyond = BigDecimal.ONE.movePointLeft(102);
    assertThat(JsonNumber.toJson(beyond)).isEqualTo("1E-102");
    // The same scale with more digits needs fewer zeros.
    BigDecimal longer = new BigDecimal("12").movePointLeft(102);
    assertThat(JsonNumber.toJson(longer)).isEqualTo("0." + "0".repeat(100) + "12");
  }

  @Test
  void objectsCompareByMembers() {
    JsonObject a = JsonObject.builder().put("k", "v").build();
    JsonObject same = JsonObject.of(Map.of("k", JsonString.of("v")));
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(JsonObject.builder().put("k", "w").build());
    assertThat(a.hashCode()).isEqualTo(a.members().hashCode());
    assertThat(a.isEmpty()).isFalse();
    assertThat(JsonObject.EMPTY.isEmpty()).isTrue();
    assertThat(a).hasToString("{\"k\":\"v\"}");
  }

  @Test
  void nullIsWrittenAsNull() {
    assertThat(JsonNull.INSTANCE.toJson()).isEqualTo("null");
    assertThat(JsonNull.INSTANCE).hasToString("null");
  }
}
