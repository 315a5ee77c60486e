package io.github.ogpkit.io.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.OutputStream;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The canonical layout of ogpkit's JSON output, as a configuration of Jackson's generator: two
 * spaces a level, one member or element a line, {@code "name": value}, {@code {}} and {@code []}
 * when empty, {@code \n} line ends, UTF-8 with only {@code "}, {@code \}, the control
 * characters and unpaired surrogates escaped (lower-case hex), and a final newline. Plans and
 * reports are both written this way. Internal.
 */
@API(status = INTERNAL, since = "0.1")
public final class CanonicalJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE, JsonWriteFeature.ESCAPE_NON_ASCII,
          JsonWriteFeature.ESCAPE_FORWARD_SLASHES, JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
      .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES,
          JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private static final Layout LAYOUT = new Layout();

  private CanonicalJson() {}

  /**
   * Jackson's pretty printer set to the canonical layout ({@code "name": value}, {@code {}} and
   * {@code []} when empty, one member or element a line), writing its separators and line starts
   * as ready UTF-8 bytes rather than as characters for the generator to encode, which took a
   * quarter of the time of writing a plan: canonical JSON has a separator and a line start for
   * every value.
   */
  private static final class Layout extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private static final DefaultPrettyPrinter.Indenter LINES = new LineIndenter();
    private static final SerializableString NAME_VALUE = new SerializedString(": ");
    private static final SerializableString COMMA = new SerializedString(",");

    Layout() {
      super(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""));
      _objectIndenter = LINES;
      _arrayIndenter = LINES;
    }

    private Layout(Layout base) {
      super(base);
    }

    @Override
    public Layout createInstance() {
      return new Layout(this);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
      g.writeRaw(NAME_VALUE);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
      g.writeRaw(COMMA);
      _objectIndenter.writeIndentation(g, _nesting);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
      g.writeRaw(COMMA);
      _arrayIndenter.writeIndentation(g, _nesting);
    }
  }

  /**
   * A line end and two spaces a level, as Jackson's {@code DefaultIndenter("  ", "\n")} writes
   * them, but as ready UTF-8 bytes.
   */
  private static final class LineIndenter implements DefaultPrettyPrinter.Indenter {
    // Levels up to this many are written in one piece; deeper ones in several.
    private static final int LEVELS = 64;
    private static final SerializableString[] LINES = new SerializableString[LEVELS + 1];
    private static final SerializableString SPACES;

    static {
      for (int level = 0; level <= LEVELS; level++) {
        LINES[level] = new SerializedString("\n" + "  ".repeat(level));
      }
      SPACES = new SerializedString("  ".repeat(LEVELS));
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) {
      if (level <= LEVELS) {
        g.writeRaw(LINES[level]);
        return;
      }
      g.writeRaw(LINES[LEVELS]);
      int rest = level - LEVELS;
      for (; rest > LEVELS; rest -= LEVELS) {
        g.writeRaw(SPACES);
      }
      g.writeRaw(LINES[rest].getValue(), 1, 2 * rest);
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }

  /**
   * Writes one value in the canonical layout, followed by a newline.
   *
   * @param body writes the value's tokens
   * @return the UTF-8 bytes
   */
  public static byte[] write(Consumer<JsonGenerator> body) {
    // Jackson's segmented buffer: growing it copies nothing, unlike a ByteArrayOutputStream,
    // which doubles and copies its array on the way to a large document. Its first segment
    // comes from the factory's recycled buffers and goes back there, as in Jackson's own
    // writeValueAsBytes.
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
      write(body, out);
      return out.getClearAndRelease();
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes one value in the canonical layout to a stream, followed by a newline. The stream is
   * flushed, not closed.
   *
   * @param body writes the value's tokens
   * @param out the stream
   */
  public static void write(Consumer<JsonGenerator> body, OutputStream out) {
    // A pretty printer keeps the nesting it is at: one per document.
    PrettyPrinter layout = LAYOUT.createInstance();
    ObjectWriteContext context = new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return layout;
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
    try (JsonGenerator gen = FACTORY.createGenerator(context, out)) {
      body.accept(gen);
      gen.writeRaw('\n');
    }
  }
}
