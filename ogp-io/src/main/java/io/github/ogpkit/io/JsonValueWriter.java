package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.io.internal.CanonicalJson;
import io.github.ogpkit.io.internal.FormatWriter;
import io.github.ogpkit.model.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes a JSON value in the canonical layout of the format (two-space indentation, {@code \n},
 * final newline, numbers and strings as documents write them), an object's members in the order
 * the value keeps them (ascending code units, as {@code extensions} are written). For output that
 * is not a document or a report, such as the command line's {@code ogp status --format json}.
 *
 * <pre>{@code
 * String text = JsonValueWriter.canonical().write(JsonObject.builder().put("n", 1).build());
 * }</pre>
 *
 * <p>Stateless and safe for use by many threads.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class JsonValueWriter {

  private static final JsonValueWriter CANONICAL = new JsonValueWriter();

  private JsonValueWriter() {}

  /**
   * Returns the writer.
   *
   * @return the writer, not null
   */
  public static JsonValueWriter canonical() {
    return CANONICAL;
  }

  /**
   * Writes a value.
   *
   * @param value the value, not null
   * @return the text, ending with a newline, not null
   */
  public String write(JsonValue value) {
    Objects.requireNonNull(value, "value");
    return new String(CanonicalJson.write(gen -> FormatWriter.CANONICAL.json(value, gen)),
        StandardCharsets.UTF_8);
  }
}
