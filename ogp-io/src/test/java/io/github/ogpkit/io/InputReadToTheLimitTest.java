package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.report.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams and readers are read up to the document length limit and one byte or character past
 * it, never further, however the input delivers its data; a document exactly at the limit reads,
 * one longer is refused. An input that cannot be read throws, naming what was read.
 */
class InputReadToTheLimitTest {

  private static final String DOC = Fixtures.valid();
  private static final int LENGTH = DOC.getBytes(StandardCharsets.UTF_8).length;
  private static final PlanReader EXACT = PlanReader.builder().maxDocumentBytes(LENGTH).build();

  /** A stream that hands over at most one byte a call, as a slow connection might. */
  private static final class Trickle extends ByteArrayInputStream {
    Trickle(String text) {
      super(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, 1));
    }
  }

  /** A reader that hands over one character a call. */
  private static final class TrickleReader extends StringReader {
    TrickleReader(String text) {
      super(text);
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, 1));
    }
  }

  /** A reader that hands over one character first and then all that is asked for. */
  private static final class SlowStartReader extends StringReader {
    private boolean started;

    SlowStartReader(String text) {
      super(text);
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      int n = super.read(b, off, started ? len : Math.min(len, 1));
      started = true;
      return n;
    }
  }

  private static void assertTooLong(ReadResult r, long limit) {
    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("json-syntax");
      assertThat(f.message()).contains(
          String.format(Locale.ROOT, "limit of %,d bytes (maxDocumentBytes)", limit));
    });
  }

  @Test
  void aReaderIsReadToOneCharacterPastTheLimitAndNoFurtherHoweverItDeliversThem() throws IOException {
    assertThat(EXACT.read(new StringReader(DOC)).findings()).isEmpty();

    Reader longer = new StringReader(DOC + "ab");
    assertTooLong(EXACT.read(longer), LENGTH);
    assertThat(longer.read()).isEqualTo('b');

    assertThat(EXACT.read(new TrickleReader(DOC)).findings()).isEmpty();
    Reader trickling = new TrickleReader(DOC + "ab");
    assertTooLong(EXACT.read(trickling), LENGTH);
    assertThat(trickling.read()).isEqualTo('b');
    Reader slowStart = new SlowStartReader(DOC + "ab");
    assertTooLong(EXACT.read(slowStart), LENGTH);
    assertThat(slowStart.read()).isEqualTo('b');
  }

  @Test
  void aStreamIsReadToOneBytePastTheLimitAndNoFurtherHoweverItDeliversTheBytes()
      throws IOException {
    assertThat(EXACT.read(new Trickle(DOC)).findings()).isEmpty();
    assertThat(EXACT.read(new ByteArrayInputStream(DOC.getBytes(StandardCharsets.UTF_8))).plan())
        .isPresent();

    InputStream longer = new Trickle(DOC + "ab");
    assertTooLong(EXACT.read(longer), LENGTH);
    assertThat(longer.read()).isEqualTo('b');
  }

  @Test
  void theSmallestLimitReadsStreamsAndReadersToo() {
    PlanReader one = PlanReader.builder().maxDocumentBytes(1).build();
    assertTooLong(one.read(new ByteArrayInputStream(new byte[] {'{', '}'})), 1);
    assertTooLong(one.read(new Trickle("{}")), 1);
    assertTooLong(one.read(new StringReader("{}")), 1);
    assertThat(one.read(new ByteArrayInputStream(new byte[] {'1'})).findings())
        .extracting(Finding::message)
        .containsExactly("the document is the number 1, not a JSON object");
  }

  /** The first buffer holds 64 KiB; a longer document grows it up to the limit and one byte. */
  @Test
  void aStreamLongerThanTheFirstBufferIsReadToTheLimit() {
    int limit = 100_000;
    PlanReader reader = PlanReader.builder().maxDocumentBytes(limit).build();
    String atLimit = DOC + " ".repeat(limit - LENGTH);
    ReadResult r = reader.read(new ByteArrayInputStream(atLimit.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.findings()).isEmpty();
    assertThat(r.plan()).isPresent();
    assertTooLong(reader.read(
        new ByteArrayInputStream((atLimit + " ").getBytes(StandardCharsets.UTF_8))), limit);
  }

  @Test
  void aStreamThatFailsThrowsNamingThePlanAndTheCause() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("the disk is gone");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("the disk is gone");
      }
    };
    assertThatThrownBy(() -> PlanReader.standard().read(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read the plan: the disk is gone")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aFileThatOpensButCannotBeReadThrowsNamingTheFile(@TempDir Path dir) {
    // A directory opens as a stream on Linux and macOS and fails at the first read.
    assertThatThrownBy(() -> PlanReader.standard().read(dir))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot read " + dir + ": ");
  }
}
