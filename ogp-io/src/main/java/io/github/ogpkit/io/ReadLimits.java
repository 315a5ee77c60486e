package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The limits a {@link PlanReader} puts on a document before and while parsing it. A document
 * beyond any of them gets a {@code json-syntax} finding instead of being read.
 *
 * <table>
 * <caption>Limits and defaults</caption>
 * <tr><th>limit</th><th>default</th></tr>
 * <tr><td>{@link #maxDocumentBytes()}: length of the document in UTF-8 bytes</td><td>50 MiB
 *     (52,428,800)</td></tr>
 * <tr><td>{@link #maxNestingDepth()}: objects and arrays inside each other, the root object
 *     counting 1</td><td>64</td></tr>
 * <tr><td>{@link #maxStringLength()}: one string value, in characters</td><td>1 MiB
 *     (1,048,576)</td></tr>
 * <tr><td>{@link #maxNumberLength()}: one number, in characters</td><td>1,000</td></tr>
 * <tr><td>{@link #maxPropertyNameLength()}: one property name, in characters</td><td>10,000
 *     </td></tr>
 * <tr><td>{@link #maxValues()}: values in the document (objects, arrays, strings, numbers,
 *     booleans and nulls, the root included)</td><td>8,738,133: every canonical document within
 *     the default length limit</td></tr>
 * <tr><td>{@link #maxFindings()}: findings listed; the rest are counted in one summary
 *     finding</td><td>1,000</td></tr>
 * </table>
 *
 * <p>The limits are consistent with each other: no document in canonical form (as
 * {@link PlanWriter} writes it, or any layout with one value a line) that is within the default
 * length limit is refused for its number of values. A document with many tiny values packed on
 * one line ({@code [0,0,0,...]}) can still reach the value limit first; that limit bounds the
 * memory such a document takes. When raising the length limit for canonical documents, raise the
 * value limit with it: {@link #valuesFor(long)}.
 *
 * <p>The first six refuse a document: reading stops with a {@code json-syntax} finding that
 * names the limit. {@code maxFindings} refuses nothing: it keeps the report small when a
 * document has very many problems, and the summary finding counts, by rule, the findings it does
 * not list (it is as severe as the most severe of them, so a plan binds or not exactly as
 * without the limit).
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxDocumentBytes(5_000_000);
 * PlanReader reader = PlanReader.builder().limits(limits).build();
 * }</pre>
 *
 * @param maxDocumentBytes the longest document, in bytes, 1 to 2,000,000,000
 * @param maxNestingDepth the deepest nesting, 1 to 500
 * @param maxStringLength the longest string value, at least 1
 * @param maxNumberLength the longest number, at least 1
 * @param maxPropertyNameLength the longest property name, at least 1
 * @param maxValues the most values in a document, at least 1
 * @param maxFindings the most findings listed one by one, at least 1
 */
@API(status = STABLE, since = "0.1")
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength,
    int maxNumberLength, int maxPropertyNameLength, int maxValues, int maxFindings) {

  /** The default document length limit: 50 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;
  /** The default nesting limit: 64. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** The default string length limit: 1 MiB of characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
  /** The default number length limit: 1,000 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;
  /** The default property name length limit: 10,000 characters. */
  public static final int DEFAULT_MAX_PROPERTY_NAME_LENGTH = 10_000;
  /**
   * The default limit on values in a document: 8,738,133, the most values a canonical document of
   * the default length can have ({@link #valuesFor(long)}).
   */
  public static final int DEFAULT_MAX_VALUES = valuesFor(DEFAULT_MAX_DOCUMENT_BYTES);
  /** The default limit on findings listed: 1,000. */
  public static final int DEFAULT_MAX_FINDINGS = 1000;

  /** The largest document length limit: documents are held in memory as one array. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final long LARGEST_DOCUMENT_BYTES = 2_000_000_000L;
  /**
   * The largest nesting limit: 500. Reading, validating and writing the deepest document this
   * allows works on a thread stack of 256 KB.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static final int DEEPEST_NESTING = 500;

  /**
   * Creates limits, checking their ranges.
   *
   * @param maxDocumentBytes the longest document, in bytes
   * @param maxNestingDepth the deepest nesting
   * @param maxStringLength the longest string value
   * @param maxNumberLength the longest number
   * @param maxPropertyNameLength the longest property name
   * @param maxValues the most values
   * @param maxFindings the most findings listed
   * @throws IllegalArgumentException if a limit is out of range, naming it and its value
   */
  public ReadLimits {
    if (maxDocumentBytes < 1 || maxDocumentBytes > LARGEST_DOCUMENT_BYTES) {
      throw new IllegalArgumentException("maxDocumentBytes must be 1 to " + LARGEST_DOCUMENT_BYTES
          + ", was " + maxDocumentBytes);
    }
    if (maxNestingDepth < 1 || maxNestingDepth > DEEPEST_NESTING) {
      throw new IllegalArgumentException("maxNestingDepth must be 1 to " + DEEPEST_NESTING
          + ", was " + maxNestingDepth);
    }
    positive("maxStringLength", maxStringLength);
    positive("maxNumberLength", maxNumberLength);
    positive("maxPropertyNameLength", maxPropertyNameLength);
    positive("maxValues", maxValues);
    positive("maxFindings", maxFindings);
  }

  /**
   * Returns the most values a document of some length can have when it is laid out with one value
   * a line, as the canonical form is: every value but the root takes a line of at least six bytes
   * (indentation, the value, a line end), the root at least four. A {@code maxValues} of this for
   * a {@code maxDocumentBytes} refuses no such document for its number of values.
   *
   * @param documentBytes the length limit, 1 to {@link #LARGEST_DOCUMENT_BYTES}
   * @return the value limit
   * @throws IllegalArgumentException if the length is out of range
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static int valuesFor(long documentBytes) {
    if (documentBytes < 1 || documentBytes > LARGEST_DOCUMENT_BYTES) {
      throw new IllegalArgumentException("documentBytes must be 1 to " + LARGEST_DOCUMENT_BYTES
          + ", was " + documentBytes);
    }
    return (int) ((documentBytes + 2) / 6);
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults, not null
   */
  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_NESTING_DEPTH,
        DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_PROPERTY_NAME_LENGTH,
        DEFAULT_MAX_VALUES, DEFAULT_MAX_FINDINGS);
  }

  /**
   * Returns a copy with another document length limit. This instance is immutable and unaffected.
   *
   * @param bytes the limit in bytes
   * @return the limits, not null
   */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength,
        maxPropertyNameLength, maxValues, maxFindings);
  }

  /**
   * Returns a copy with another nesting limit. This instance is immutable and unaffected.
   *
   * @param depth the limit
   * @return the limits, not null
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength,
        maxPropertyNameLength, maxValues, maxFindings);
  }

  /**
   * Returns a copy with another string length limit. This instance is immutable and unaffected.
   *
   * @param length the limit in characters
   * @return the limits, not null
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength,
        maxPropertyNameLength, maxValues, maxFindings);
  }

  /**
   * Returns a copy with another number length limit. This instance is immutable and unaffected.
   *
   * @param length the limit in characters
   * @return the limits, not null
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, length,
        maxPropertyNameLength, maxValues, maxFindings);
  }

  /**
   * Returns a copy with another property name length limit. This instance is immutable and
   * unaffected.
   *
   * @param length the limit in characters
   * @return the limits, not null
   */
  public ReadLimits withMaxPropertyNameLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength,
        length, maxValues, maxFindings);
  }

  /**
   * Returns a copy with another limit on the number of values. This instance is immutable and
   * unaffected.
   *
   * @param values the limit
   * @return the limits, not null
   */
  public ReadLimits withMaxValues(int values) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength,
        maxPropertyNameLength, values, maxFindings);
  }

  /**
   * Returns a copy with another limit on the findings listed. This instance is immutable and
   * unaffected.
   *
   * @param findings the limit
   * @return the limits, not null
   */
  public ReadLimits withMaxFindings(int findings) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength,
        maxPropertyNameLength, maxValues, findings);
  }
}
