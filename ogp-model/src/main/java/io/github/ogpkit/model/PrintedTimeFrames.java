package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A lenient reader for time frames as real plans print them, for people who transcribe documents.
 *
 * <table>
 * <caption>Printed forms and what they become</caption>
 * <tr><th>printed</th><th>time frame</th></tr>
 * <tr><td>{@code 2016-2018}, {@code 2016 – 2018}, {@code 2016-2018-ci illər}</td><td>{@code 2016/2018}</td></tr>
 * <tr><td>{@code 2016}, {@code 2016-cı il}, {@code 2012.}</td><td>{@code 2016}</td></tr>
 * <tr><td>{@code March 2012}, {@code mart 2012}</td><td>{@code 2012-03}</td></tr>
 * <tr><td>{@code March-April 2012}, {@code mart-aprel 2012}</td><td>{@code 2012-03/2012-04}</td></tr>
 * <tr><td>{@code March 2012-April 2013}</td><td>{@code 2012-03/2013-04}</td></tr>
 * <tr><td>"this activity shall be implemented permanently", {@code permanently}, {@code daimi}</td><td>{@code permanent}</td></tr>
 * <tr><td>anything in the format's own notation ({@code 2016/2018})</td><td>as {@link TimeFrame#parse}</td></tr>
 * </table>
 *
 * <p>Month names are English or Azerbaijani; case, surrounding white space, a trailing full stop
 * and a leading {@code Time-limit:} are ignored. Do not use this to read the JSON format: its
 * time frames are strict, and {@link TimeFrame#parse(CharSequence)} is the reader for them.
 */
@API(status = STABLE, since = "0.1")
public final class PrintedTimeFrames {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
      Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
      Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
      Map.entry("november", 11), Map.entry("december", 12),
      Map.entry("yanvar", 1), Map.entry("fevral", 2), Map.entry("mart", 3),
      Map.entry("aprel", 4), Map.entry("iyun", 6), Map.entry("iyul", 7),
      Map.entry("avqust", 8), Map.entry("sentyabr", 9), Map.entry("oktyabr", 10),
      Map.entry("noyabr", 11), Map.entry("dekabr", 12));

  private static final String DASH = "\\s*[-\u2010\u2011\u2012\u2013\u2014]\\s*";
  private static final String YEAR_SUFFIX = "(?:-(?:ci|cı|cu|cü)(?:\\s+(?:il|illər|ildə|illərdə))?)?";
  private static final Pattern YEARS =
      Pattern.compile("(\\d{4})(?:" + DASH + "(\\d{4}))?" + YEAR_SUFFIX);
  private static final Pattern MONTHS_ONE_YEAR =
      Pattern.compile("(\\p{L}+)(?:" + DASH + "(\\p{L}+))?\\s+(\\d{4})" + YEAR_SUFFIX);
  private static final Pattern MONTHS_TWO_YEARS =
      Pattern.compile("(\\p{L}+)\\s+(\\d{4})" + DASH + "(\\p{L}+)\\s+(\\d{4})");
  private static final Pattern PERMANENT = Pattern.compile(
      "(?:this activity shall be implemented\\s+)?permanent(?:ly)?|daimi|daim|mütəmadi");
  // The shape of the format's own notation: text of this shape that TimeFrame.parse refuses has a
  // value out of range, which its message names; text of any other shape is none of the forms.
  private static final Pattern NOTATION =
      Pattern.compile("\\d{4}(?:-\\d{2})?(?:/\\d{4}(?:-\\d{2})?)?");

  /** What a reader of a failed text is told this class reads. */
  private static final String FORMS = "expected a year (2016, 2016-cı il), years (2016-2018,"
      + " 2016 – 2018, 2016-2018-ci illər), a month (March 2012, mart 2012), months"
      + " (March-April 2012, March 2012-April 2013), permanently (daimi), or the format's own"
      + " notation (2016/2018, 2012-03)";

  private PrintedTimeFrames() {}

  /**
   * Reads a printed time frame.
   *
   * @param printed the printed text, not null
   * @return the time frame, not null
   * @throws ValueParseException if the text is none of the printed forms, naming the text and
   *     the forms, or names a month, year or interval that does not exist
   */
  public static TimeFrame parse(CharSequence printed) {
    Objects.requireNonNull(printed, "printed");
    String text = normalize(printed.toString());
    if (PERMANENT.matcher(text).matches()) {
      return TimeFrame.permanent();
    }
    try {
      TimeFrame read = readPrinted(text, printed);
      if (read != null) {
        return read;
      }
    } catch (ValueParseException e) {
      // An unknown month name, already naming the printed text.
      throw e;
    } catch (IllegalArgumentException e) {
      // A year out of range, a month that does not exist, an end before the start.
      throw unreadable(printed, e.getMessage());
    }
    if (!NOTATION.matcher(text).matches()) {
      throw unreadable(printed, FORMS);
    }
    try {
      return TimeFrame.parse(text);
    } catch (ValueParseException e) {
      // The format's notation with a value out of range: its message names the value.
      throw unreadable(printed, e.getMessage());
    }
  }

  /** Reads the printed forms with years and month names, or returns null for other text. */
  private static @Nullable TimeFrame readPrinted(String text, CharSequence printed) {
    Matcher m = YEARS.matcher(text);
    if (m.matches()) {
      int start = Integer.parseInt(m.group(1));
      return m.group(2) == null ? TimeFrame.ofYear(start)
          : TimeFrame.ofYears(start, Integer.parseInt(m.group(2)));
    }
    m = MONTHS_ONE_YEAR.matcher(text);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(3));
      YearMonth first = YearMonth.of(year, month(m.group(1), printed));
      if (m.group(2) == null) {
        return TimeFrame.ofMonth(first);
      }
      return TimeFrame.ofMonths(first, YearMonth.of(year, month(m.group(2), printed)));
    }
    m = MONTHS_TWO_YEARS.matcher(text);
    if (m.matches()) {
      return TimeFrame.ofMonths(
          YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1), printed)),
          YearMonth.of(Integer.parseInt(m.group(4)), month(m.group(3), printed)));
    }
    return null;
  }

  private static String normalize(String printed) {
    String text = printed.strip().replace('\u00a0', ' ').replaceAll("\\s+", " ");
    // Azerbaijani dotted capital I lower-cases to i + combining dot under Locale.ROOT.
    text = text.replace('\u0130', 'i').toLowerCase(Locale.ROOT);
    if (text.startsWith("time-limit:")) {
      text = text.substring("time-limit:".length()).strip();
    }
    while (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    return text;
  }

  private static int month(String name, CharSequence printed) {
    Integer month = MONTHS.get(name);
    if (month == null) {
      throw unreadable(printed, ValueParseException.quote(name) + " is not a month name in"
          + " English or Azerbaijani");
    }
    return month;
  }

  private static ValueParseException unreadable(CharSequence printed, String why) {
    return new ValueParseException("cannot read the printed time frame "
        + ValueParseException.quote(printed) + ": " + why, printed, 0);
  }
}
