package io.github.ogpkit.model.internal;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.json.JsonValue;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every message of the model that names a value given to it shows it through Excerpt. */
class EscapedMessagesTest {

  private static final String HOSTILE = "x\u001b[31m\n\u202e";
  private static final String SHOWN = "\"x\\u001b[31m\\u000a\\u202e\"";

  @Test
  void valuesInMessagesAreQuotedAndEscaped() {
    assertThatIllegalArgumentException().isThrownBy(() -> Severity.fromName(HOSTILE))
        .withMessage("unknown severity " + SHOWN + "; expected error, warning or info");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Finding.of(HOSTILE, Severity.ERROR, JsonPointer.root(), "m"))
        .withMessage("rule id " + SHOWN + " is not kebab case");
    Map<String, JsonValue> members = new HashMap<>();
    members.put(HOSTILE, null);
    assertThatNullPointerException().isThrownBy(() -> JsonObject.of(members))
        .withMessage("the value of key " + SHOWN + " is null");
    Map<String, String> texts = new HashMap<>();
    texts.put(HOSTILE, null);
    assertThatNullPointerException().isThrownBy(() -> LocalizedText.of(texts))
        .withMessage("the text for language " + SHOWN + " is null");
  }
}
