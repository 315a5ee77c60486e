package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonBoolean;
import io.github.ogpkit.model.json.JsonNull;
import io.github.ogpkit.model.json.JsonNumber;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Any JSON value in the canonical layout. */
class JsonValueWriterTest {

  @Test
  void writesInTheCanonicalLayoutMembersInAscendingOrder() {
    JsonObject value = JsonObject.builder()
        .put("plan", "us-2022")
        .put("asOf", JsonArray.of(JsonNumber.of(1), JsonNumber.of(new BigDecimal("2.50")),
            JsonBoolean.TRUE, JsonNull.INSTANCE, JsonString.of("– ə \"q\"")))
        .put("empty", JsonObject.EMPTY)
        .build();

    assertThat(JsonValueWriter.canonical().write(value)).isEqualTo("""
        {
          "asOf": [
            1,
            2.50,
            true,
            null,
            "– ə \\"q\\""
          ],
          "empty": {},
          "plan": "us-2022"
        }
        """);
    assertThat(JsonValueWriter.canonical().write(JsonArray.EMPTY)).isEqualTo("[]\n");
  }

  @Test
  void nullIsRefused() {
    assertThatNullPointerException().isThrownBy(() -> JsonValueWriter.canonical().write(null));
  }
}
