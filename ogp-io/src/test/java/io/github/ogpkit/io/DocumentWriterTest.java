package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** DocumentWriter's outputs agree, and a failing output names the document's type. */
class DocumentWriterTest {

  private static final Document MEMBER =
      DocumentReader.standard().readDocument(MonitoringSamples.member());

  @Test
  void streamsWritersStringsAndBytesGetTheSameCanonicalText() {
    DocumentWriter w = DocumentWriter.canonical();
    String text = w.write(MEMBER);
    assertThat(text).endsWith("}\n");
    assertThat(w.writeBytes(MEMBER)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(MEMBER, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    StringWriter chars = new StringWriter();
    w.write(MEMBER, chars);
    assertThat(chars).hasToString(text);
  }

  @Test
  void aFailingOutputIsAnUncheckedIoExceptionNamingTheType() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> DocumentWriter.canonical().write(MEMBER, full))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write the member: disk full");
    Writer closed = new StringWriter() {
      @Override
      public void write(String s) {
        throw new UncheckedIOException(new IOException("closed"));
      }
    };
    assertThatThrownBy(() -> DocumentWriter.canonical().write(MEMBER, closed))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void aPlanIsWrittenAsPlanWriterWritesIt() {
    var plan = PlanReader.standard().readPlan(Fixtures.valid());
    assertThat(DocumentWriter.canonical().write(plan))
        .isEqualTo(PlanWriter.canonical().write(plan))
        .doesNotContain("\"type\"");
  }
}
