package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.Option;
import io.github.ogpkit.cli.Arguments.UsageException;
import io.github.ogpkit.io.ReadLimits;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --max-bytes SIZE} and {@code --max-values N}, which {@code validate} and {@code format}
 * take to read documents beyond the reader's default limits (or to hold them to less). They map
 * onto {@link ReadLimits}; what is not given keeps the library's default, read from
 * {@link ReadLimits#defaults()} and never repeated here, and the library checks the ranges.
 *
 * <p>A size is a whole number of bytes, or a whole number with a unit: {@code KB}, {@code MB},
 * {@code GB} count in thousands, {@code KiB}, {@code MiB}, {@code GiB} in 1024s, {@code B} is
 * bytes; units in any case, a space before the unit allowed ({@code 100MB}, {@code 50 MiB}).
 */
final class LimitOptions {

  /** The longest document, as a size. */
  static final Option MAX_BYTES = Option.value("--max-bytes", "SIZE");
  /** The most values in a document. */
  static final Option MAX_VALUES = Option.value("--max-values", "N");

  private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*([A-Za-z]*)");
  // Each unit with its factor; the binary units last, from the smallest.
  private static final List<String> UNITS = List.of("B", "KB", "MB", "GB", "KiB", "MiB", "GiB");
  private static final long[] FACTORS = {1, 1000, 1000_000, 1000_000_000, 1L << 10, 1L << 20,
      1L << 30};
  private static final int FIRST_BINARY = UNITS.indexOf("KiB");

  private LimitOptions() {}

  /**
   * Returns the limits the options give, the library's defaults for the rest.
   *
   * @param given the arguments read
   * @return the limits, not null
   * @throws UsageException if a value is not a size or a number, or out of the library's range
   */
  static ReadLimits limits(Given given) throws UsageException {
    ReadLimits limits = ReadLimits.defaults();
    limits = change(limits, given, MAX_BYTES, (l, v) -> l.withMaxDocumentBytes(parseSize(v)));
    if (!given.values().containsKey(MAX_VALUES.name())
        && limits.maxDocumentBytes() > ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES) {
      // A larger document may hold more values: raised with it, so that no canonical document
      // within --max-bytes is refused for its values (ReadLimits.valuesFor).
      limits = limits.withMaxValues(ReadLimits.valuesFor(limits.maxDocumentBytes()));
    }
    limits = change(limits, given, MAX_VALUES, (l, v) -> l.withMaxValues(parseCount(v)));
    return limits;
  }

  /** Changing one limit to a value given. */
  @FunctionalInterface
  private interface Change {
    ReadLimits apply(ReadLimits limits, String value) throws UsageException;
  }

  private static ReadLimits change(ReadLimits limits, Given given, Option option, Change change)
      throws UsageException {
    String value = given.values().get(option.name());
    if (value == null) {
      return limits;
    }
    try {
      return change.apply(limits, value);
    } catch (IllegalArgumentException e) {
      // The library checks the range and says what it is.
      throw outOfRange(option, value, e.getMessage());
    }
  }

  /**
   * The help lines of both options, with the library's defaults, laid out as the lines around
   * them in the commands' help.
   *
   * @return the lines, each ending with a newline
   */
  static String help() {
    ReadLimits defaults = ReadLimits.defaults();
    return String.format(Locale.ROOT, """
              --max-bytes=SIZE     Read documents of up to SIZE: bytes, or with a unit,
                                     KB, MB, GB (of 1000) or KiB, MiB, GiB (of 1024):
                                     100MB, 50MiB. Default: %s.
              --max-values=N       Read documents of up to N JSON values (each object,
                                     array, string, number, boolean and null counts
                                     one). Default: %d, or as many as a canonical
                                     document of --max-bytes can hold when larger.
        """, describe(defaults.maxDocumentBytes()), defaults.maxValues());
  }

  /** A size as help shows it: in the largest binary unit that divides it, and in bytes. */
  static String describe(long bytes) {
    for (int i = UNITS.size() - 1; i >= FIRST_BINARY; i--) {
      if (bytes % FACTORS[i] == 0) {
        return (bytes / FACTORS[i]) + UNITS.get(i) + " (" + bytes + " bytes)";
      }
    }
    return bytes + " bytes";
  }

  private static long parseSize(String text) throws UsageException {
    Matcher m = SIZE.matcher(text.strip());
    if (m.matches()) {
      String unit = m.group(2).isEmpty() ? "B" : m.group(2);
      for (int i = 0; i < UNITS.size(); i++) {
        if (UNITS.get(i).equalsIgnoreCase(unit)) {
          try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), FACTORS[i]);
          } catch (ArithmeticException e) {
            throw outOfRange(MAX_BYTES, text, "far too large");
          }
        }
      }
    }
    throw new UsageException("Invalid value for option '" + MAX_BYTES.name() + "': expected a "
        + "size in bytes, KB, MB, GB, KiB, MiB or GiB (such as 100MB or 50MiB) but was '"
        + text + "'");
  }

  private static int parseCount(String text) throws UsageException {
    if (!text.matches("\\d{1,18}")) {
      throw new UsageException("Invalid value for option '" + MAX_VALUES.name() + "': expected "
          + "a whole number (such as 5000000) but was '" + text + "'");
    }
    long count = Long.parseLong(text);
    if (count > Integer.MAX_VALUE) {
      throw outOfRange(MAX_VALUES, text, "at most " + Integer.MAX_VALUE);
    }
    return (int) count;
  }

  private static UsageException outOfRange(Option option, String value, String why) {
    return new UsageException("Invalid value for option '" + option.name() + "': '" + value
        + "' is out of range (" + why + ")");
  }
}
