package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.io.internal.ReadEngine;
import io.github.ogpkit.io.internal.SourceText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.PlanValidator;
import io.github.ogpkit.model.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads plans from JSON text in the format of FORMAT.md, strictly, reporting every problem with
 * its path, line and column instead of stopping at the first.
 *
 * <pre>{@code
 * PlanReader reader = PlanReader.standard();
 *
 * ReadResult result = reader.read(Path.of("plan.json"));  // plan and findings
 * Plan plan = reader.readPlan(json);                      // or PlanFormatException
 * ValidationReport report = reader.validate(Path.of("plan.json"), validator);
 * }</pre>
 *
 * <p>Input is UTF-8 without a byte order mark; invalid UTF-8 (including overlong forms and
 * encoded surrogates), a byte order mark, comments, trailing commas, {@code NaN}, leading zeros,
 * content after the root object and anything beyond the {@link ReadLimits} are
 * {@code json-syntax} findings. A syntax error ends reading there; every other problem is
 * reported and reading goes on. Columns count UTF-16 code units from 1, so a character outside
 * the Basic Multilingual Plane counts two; a tab counts one.
 *
 * <p>Instances are immutable and safe for use by many threads. Input problems are findings; only
 * a failure to read the input at all (a missing file, an I/O error) throws
 * {@link UncheckedIOException}. Do not use this reader for JSON that is not a plan: it knows
 * only the plan format. A document whose {@code type} is another document type of MONITORING.md
 * ({@code progress-report}, {@code irm-assessment}, {@code member}) is an {@code invalid-value}
 * at {@code /type} and is not checked further; {@link DocumentReader} reads every type.
 */
@API(status = STABLE, since = "0.1")
public final class PlanReader {

  private static final PlanReader STANDARD = new PlanReader(ReadLimits.defaults(), false);

  private final ReadLimits limits;
  private final ReadEngine engine;
  // A DocumentReader's: the type decides how the root is read. A PlanReader reads plans only.
  private final boolean anyType;

  private PlanReader(ReadLimits limits, boolean anyType) {
    this.limits = limits;
    this.engine = new ReadEngine(limits);
    this.anyType = anyType;
  }

  /** The reader of documents of any type with these limits, for {@link DocumentReader}. */
  static PlanReader anyType(ReadLimits limits) {
    return new PlanReader(limits, true);
  }

  private String noun() {
    return anyType ? "document" : "plan";
  }

  /**
   * Returns the reader with the default limits.
   *
   * @return the reader, not null
   */
  public static PlanReader standard() {
    return STANDARD;
  }

  /**
   * Starts configuring a reader.
   *
   * @return a new builder with the default limits, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns this reader's limits.
   *
   * @return the limits, not null
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param bytes the document, not null
   * @return the result, not null
   */
  public ReadResult read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    // The result keeps the text to locate paths later: its own copy, whatever the caller does
    // with the array afterwards.
    return read(bytes.clone(), bytes.length, null);
  }

  /** Reads bytes that only this reader holds, or that are needed only during the call. */
  private ReadResult read(byte[] bytes, int length, @Nullable String source) {
    return result(SourceText.of(bytes, length, limits.maxDocumentBytes()), source);
  }

  /**
   * Reads a document from a stream of UTF-8 bytes. At most one byte more than the document
   * length limit is read; the stream is not closed.
   *
   * @param in the stream, not null
   * @return the result, not null
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReadResult read(InputStream in) {
    Objects.requireNonNull(in, "in");
    return read(in, null);
  }

  /**
   * Reads a document from characters. The length limit applies to the text's length in UTF-8.
   * At most one character more than the limit is read; the reader is not closed.
   *
   * @param reader the characters, not null
   * @return the result, not null
   * @throws UncheckedIOException if the characters cannot be read
   */
  public ReadResult read(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    long max = limits.maxDocumentBytes();
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while (text.length() <= max
          && (n = reader.read(buffer, 0, (int) Math.min(buffer.length, max + 1 - text.length())))
              >= 0) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + noun() + " text: " + e.getMessage(),
          e);
    }
    if (text.length() > max) {
      return result(SourceText.tooLong(max), null);
    }
    return result(SourceText.of(text.toString(), max), null);
  }

  /**
   * Reads a document from a string. The length limit applies to the text's length in UTF-8.
   *
   * @param text the document, not null
   * @return the result, not null
   */
  public ReadResult read(String text) {
    Objects.requireNonNull(text, "text");
    return result(SourceText.of(text, limits.maxDocumentBytes()), null);
  }

  /**
   * Reads a document from a file. The result's report is named after the file
   * ({@link Path#toString()}).
   *
   * @param file the file, not null
   * @return the result, not null
   * @throws UncheckedIOException naming the file if it cannot be opened or read
   */
  public ReadResult read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(noun() + " file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + noun() + " file " + file + ": "
          + e.getMessage(), e);
    }
  }

  private ReadResult read(InputStream in, @Nullable String source) {
    int max = (int) limits.maxDocumentBytes();
    byte[] buffer = new byte[(int) Math.min(max + 1L, 65536)];
    int length = 0;
    try {
      while (length <= max) {
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(max + 1L, buffer.length * 2L));
        }
        int n = in.read(buffer, length, buffer.length - length);
        if (n < 0) {
          break;
        }
        length += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + (source == null ? "the " + noun() : source)
          + ": " + e.getMessage(), e);
    }
    return read(buffer, length, source);
  }

  private ReadResult result(SourceText text, @Nullable String source) {
    ReadEngine.Outcome outcome = engine.read(text, anyType);
    return new ReadResult(outcome.plan(), outcome.document(), outcome.type(),
        outcome.findings(), engine, text.bytes(), text.length(), source);
  }

  /**
   * Reads a plan from UTF-8 bytes, or throws.
   *
   * @param bytes the document, not null
   * @return the plan, not null
   * @throws PlanFormatException carrying every finding if the document does not bind
   */
  public Plan readPlan(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return planOf(read(bytes, bytes.length, null));
  }

  /**
   * Reads a plan from a stream of UTF-8 bytes, or throws.
   *
   * @param in the stream, not null
   * @return the plan, not null
   * @throws PlanFormatException carrying every finding if the document does not bind
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Plan readPlan(InputStream in) {
    return planOf(read(in));
  }

  /**
   * Reads a plan from characters, or throws.
   *
   * @param reader the characters, not null
   * @return the plan, not null
   * @throws PlanFormatException carrying every finding if the document does not bind
   * @throws UncheckedIOException if the characters cannot be read
   */
  public Plan readPlan(Reader reader) {
    return planOf(read(reader));
  }

  /**
   * Reads a plan from a string, or throws.
   *
   * @param text the document, not null
   * @return the plan, not null
   * @throws PlanFormatException carrying every finding if the document does not bind
   */
  public Plan readPlan(String text) {
    return planOf(read(text));
  }

  /**
   * Reads a plan from a file, or throws.
   *
   * @param file the file, not null
   * @return the plan, not null
   * @throws PlanFormatException carrying every finding if the document does not bind
   * @throws UncheckedIOException naming the file if it cannot be opened or read
   */
  public Plan readPlan(Path file) {
    return planOf(read(file));
  }

  private static Plan planOf(ReadResult result) {
    return bound(result, result.plan());
  }

  /** What bound, or the exception carrying every finding of the result. */
  static <T> T bound(ReadResult result, Optional<T> value) {
    return value.orElseThrow(
        () -> new PlanFormatException(result.report().source().orElse(null), result.findings()));
  }

  /**
   * Reads UTF-8 bytes and validates what binds; see {@link ReadResult#validate(PlanValidator)}.
   *
   * @param bytes the document, not null
   * @param validator the validator, not null
   * @return reading and rule findings in one report, not null
   */
  public ValidationReport validate(byte[] bytes, PlanValidator validator) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(validator, "validator");
    // The text is needed only during this call: no copy.
    return read(bytes, bytes.length, null).validate(validator);
  }

  /**
   * Reads a stream and validates what binds; see {@link ReadResult#validate(PlanValidator)}.
   *
   * @param in the stream, not null
   * @param validator the validator, not null
   * @return reading and rule findings in one report, not null
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ValidationReport validate(InputStream in, PlanValidator validator) {
    return read(in).validate(validator);
  }

  /**
   * Reads characters and validates what binds; see {@link ReadResult#validate(PlanValidator)}.
   *
   * @param reader the characters, not null
   * @param validator the validator, not null
   * @return reading and rule findings in one report, not null
   * @throws UncheckedIOException if the characters cannot be read
   */
  public ValidationReport validate(Reader reader, PlanValidator validator) {
    return read(reader).validate(validator);
  }

  /**
   * Reads a string and validates what binds; see {@link ReadResult#validate(PlanValidator)}.
   *
   * @param text the document, not null
   * @param validator the validator, not null
   * @return reading and rule findings in one report, not null
   */
  public ValidationReport validate(String text, PlanValidator validator) {
    return read(text).validate(validator);
  }

  /**
   * Reads a file and validates what binds; see {@link ReadResult#validate(PlanValidator)}. The
   * report is named after the file.
   *
   * @param file the file, not null
   * @param validator the validator, not null
   * @return reading and rule findings in one report, not null
   * @throws UncheckedIOException naming the file if it cannot be opened or read
   */
  public ValidationReport validate(Path file, PlanValidator validator) {
    return read(file).validate(validator);
  }

  /** Configures a {@link PlanReader}. Not thread-safe. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();

    private Builder() {}

    /**
     * Sets all limits.
     *
     * @param limits the limits, not null
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the document length limit.
     *
     * @param bytes the limit in UTF-8 bytes, 1 to 2,000,000,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxDocumentBytes(long bytes) {
      limits = limits.withMaxDocumentBytes(bytes);
      return this;
    }

    /**
     * Sets the nesting limit.
     *
     * @param depth the limit, 1 to 1,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxNestingDepth(int depth) {
      limits = limits.withMaxNestingDepth(depth);
      return this;
    }

    /**
     * Sets the string length limit.
     *
     * @param length the limit in characters, at least 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxStringLength(int length) {
      limits = limits.withMaxStringLength(length);
      return this;
    }

    /**
     * Sets the number length limit.
     *
     * @param length the limit in characters, at least 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxNumberLength(int length) {
      limits = limits.withMaxNumberLength(length);
      return this;
    }

    /**
     * Sets the property name length limit.
     *
     * @param length the limit in characters, at least 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxPropertyNameLength(int length) {
      limits = limits.withMaxPropertyNameLength(length);
      return this;
    }

    /**
     * Sets the limit on the number of values in a document.
     *
     * @param values the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxValues(int values) {
      limits = limits.withMaxValues(values);
      return this;
    }

    /**
     * Sets the limit on the findings listed one by one; the rest are counted in one summary.
     *
     * @param findings the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxFindings(int findings) {
      limits = limits.withMaxFindings(findings);
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader, not null
     */
    public PlanReader build() {
      return new PlanReader(limits, false);
    }
  }
}
