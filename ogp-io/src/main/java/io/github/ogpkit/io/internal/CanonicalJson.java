package io.github.ogpkit.io.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.OutputStream;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultIndenter;
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

  private static final DefaultPrettyPrinter LAYOUT;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private CanonicalJson() {}

  /**
   * Writes one value in the canonical layout, followed by a newline.
   *
   * @param body writes the value's tokens
   * @return the UTF-8 bytes
   */
  public static byte[] write(Consumer<JsonGenerator> body) {
    // Jackson's segmented buffer: growing it copies nothing, unlike a ByteArrayOutputStream,
    // which doubles and copies its array on the way to a large document.
    try (ByteArrayBuilder out = new ByteArrayBuilder()) {
      write(body, out);
      return out.toByteArray();
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
