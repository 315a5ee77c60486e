package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.internal.Excerpt;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown when text cannot be parsed as one of the model's value types ({@link TimeFrame},
 * {@link OutlineNumber}, {@link LocalizedText} tags, {@link Quantity},
 * {@link io.github.ogpkit.model.json.JsonPointer}).
 *
 * <p>The message names the text and says what is wrong with it; {@link #text()} and
 * {@link #errorIndex()} give the same information to programs, like
 * {@link java.time.format.DateTimeParseException} does for java.time.
 */
@API(status = STABLE, since = "0.1")
public final class ValueParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final int errorIndex;

  /**
   * Creates an exception.
   *
   * @param message what is wrong, naming the text, not null
   * @param text the text that was parsed, not null
   * @param errorIndex the index in {@code text} where the problem is, 0 when it is the whole text
   */
  public ValueParseException(String message, CharSequence text, int errorIndex) {
    super(Objects.requireNonNull(message, "message"));
    this.text = Objects.requireNonNull(text, "text").toString();
    this.errorIndex = errorIndex;
  }

  /**
   * Returns the text that could not be parsed.
   *
   * @return the text, not null
   */
  public String text() {
    return text;
  }

  /**
   * Returns the index in {@link #text()} where the problem was found.
   *
   * @return the index, 0 when the text as a whole is wrong
   */
  public int errorIndex() {
    return errorIndex;
  }

  /** Quotes text for a message: at most 60 characters, escaped as every message escapes values. */
  static String quote(CharSequence text) {
    return Excerpt.quote(text, 60);
  }
}
