package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.Plan;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes plans in the one canonical form of the format: UTF-8, two-space indentation, every
 * non-empty object and array with one member or element a line, properties in the order of the
 * format's tables, keys of texts and {@code extensions} in ascending order of UTF-16 code units,
 * empty optional arrays, empty {@code extensions} and a false {@code collective} left out, time
 * frames in their shortest form, numbers exactly with their scale, {@code \n} line ends and a
 * final newline. Equal plans give identical bytes, and writing what was read from canonical
 * output reproduces it byte for byte.
 *
 * <pre>{@code
 * String json = PlanWriter.canonical().write(plan);
 * }</pre>
 *
 * <p>Strings escape {@code "}, {@code \}, the control characters U+0000 to U+001F and unpaired
 * surrogates; every other character, non-ASCII included, is written as itself in UTF-8.
 *
 * <p>The writer is stateless and safe for use by many threads. It writes what the plan holds,
 * valid or not: validate first if only valid plans may leave. {@link DocumentWriter} writes
 * documents of every type the same way; this writer is the same for plans.
 */
@API(status = STABLE, since = "0.1")
public final class PlanWriter {

  private static final PlanWriter CANONICAL = new PlanWriter();

  private PlanWriter() {}

  /**
   * Returns the canonical writer.
   *
   * @return the writer, not null
   */
  public static PlanWriter canonical() {
    return CANONICAL;
  }

  /**
   * Writes a plan as text.
   *
   * @param plan the plan, not null
   * @return the canonical text, ending with a newline, not null
   */
  public String write(Plan plan) {
    return DocumentWriter.canonical().write(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * Writes a plan as UTF-8 bytes.
   *
   * @param plan the plan, not null
   * @return the canonical bytes, not null
   */
  public byte[] writeBytes(Plan plan) {
    return DocumentWriter.canonical().writeBytes(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * Writes a plan to a stream as UTF-8. The stream is flushed, not closed.
   *
   * @param plan the plan, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if writing fails
   */
  public void write(Plan plan, OutputStream out) {
    DocumentWriter.canonical().write(Objects.requireNonNull(plan, "plan"), out);
  }

  /**
   * Writes a plan to a character stream. The writer is flushed, not closed; encoding the
   * characters as UTF-8 is the caller's part.
   *
   * @param plan the plan, not null
   * @param out the writer, not null
   * @throws UncheckedIOException if writing fails
   */
  public void write(Plan plan, Writer out) {
    DocumentWriter.canonical().write(Objects.requireNonNull(plan, "plan"), out);
  }
}
