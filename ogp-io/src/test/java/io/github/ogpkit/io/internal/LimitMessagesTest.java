package io.github.ogpkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.TextLocation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * A limit Jackson enforces is reported in ogpkit's words, naming the {@code ReadLimits} setting,
 * whichever limit it is; a limit whose words ogpkit does not know is quoted, short. The document
 * length is checked before Jackson reads, and new limits may come with a newer Jackson, so both
 * are shown here with Jackson's exception itself.
 */
class LimitMessagesTest {

  private static Finding reported(String jacksonMessage) {
    byte[] doc = "{}".getBytes(StandardCharsets.UTF_8);
    FindingList findings = new FindingList(10);
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), doc)) {
      ReadEngine.syntax(findings, new StreamConstraintsException(jacksonMessage), parser,
          Locator.forText(doc, doc.length), doc, doc.length, "");
    }
    return findings.complete(targets -> Map.of()).get(0);
  }

  @Test
  void jacksonsDocumentLengthLimitIsNamedAsTheReadersByteLimit() {
    Finding f = reported("Document length (2000001) exceeds the maximum allowed (2000000, from "
        + "`StreamReadConstraints.getMaxDocumentLength()`)");
    assertThat(f.rule()).isEqualTo("json-syntax");
    assertThat(f.message()).isEqualTo(
        "a document longer than the limit of 2,000,000 bytes (maxDocumentBytes)");
    assertThat(f.location()).contains(TextLocation.of(1, 1));
  }

  @Test
  void aLimitOgpkitDoesNotKnowIsQuotedAsJacksonNamesIt() {
    assertThat(reported("Token count (1001) exceeds the maximum allowed (1000)").message())
        .isEqualTo("Token count (1001) exceeds the maximum allowed (1000)");
  }
}
