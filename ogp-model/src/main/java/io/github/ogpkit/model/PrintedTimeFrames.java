package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * <tr><td>{@code 2016}, {@code 2016-cı il}, {@code 2016-cı ildə}, {@code 2012.}</td>
 *     <td>{@code 2016}</td></tr>
 * <tr><td>{@code 2016-2018}, {@code 2016 – 2018}, {@code 2016 to 2018},
 *     {@code 2016-2018-ci illər}</td><td>{@code 2016/2018}</td></tr>
 * <tr><td>{@code Q4 2022}, {@code 2022 Q4}, {@code 2022-ci ilin IV rübü},
 *     {@code 2022-ci ilin 4-cü rübü}, {@code 2022-ci il, IV rüb}, {@code IV rüb 2022}</td>
 *     <td>{@code 2022-Q4}</td></tr>
 * <tr><td>{@code Q1-Q2 2023}, {@code 2023-cü ilin I-II rübləri}</td>
 *     <td>{@code 2023-Q1/2023-Q2}</td></tr>
 * <tr><td>{@code Q3 2022 – Q2 2023}, {@code 2022-ci ilin III rübü – 2023-cü ilin II rübü}</td>
 *     <td>{@code 2022-Q3/2023-Q2}</td></tr>
 * <tr><td>{@code March 2012}, {@code Mar. 2012}, {@code mart 2012},
 *     {@code 2012-ci ilin mart ayı}, {@code 2012-ci ilin martı}</td><td>{@code 2012-03}</td></tr>
 * <tr><td>{@code March-April 2012}, {@code mart-aprel 2012},
 *     {@code 2012-ci ilin mart-aprel ayları}</td><td>{@code 2012-03/2012-04}</td></tr>
 * <tr><td>{@code March 2012-April 2013}, {@code March 2012 to April 2013}</td>
 *     <td>{@code 2012-03/2013-04}</td></tr>
 * <tr><td>{@code 30 June 2015}, {@code 30th of June 2015}, {@code June 30, 2015} (month first
 *     as in the United States), {@code 30 iyun 2015}, {@code 30 iyun 2015-ci il},
 *     {@code 2015-ci il 30 iyun}</td><td>{@code 2015-06-30}</td></tr>
 * <tr><td>{@code 30 June 2015 – 30 June 2017}, {@code 30 iyun 2015 – 30 iyun 2017}</td>
 *     <td>{@code 2015-06-30/2017-06-30}</td></tr>
 * <tr><td>{@code 1 March – 30 June 2015}, {@code March 1 – June 30, 2015}</td>
 *     <td>{@code 2015-03-01/2015-06-30}</td></tr>
 * <tr><td>{@code January 2023 – 30 June 2024} (any two of the above)</td>
 *     <td>{@code 2023-01/2024-06-30}</td></tr>
 * <tr><td>{@code By December 2023}, {@code Until December 2023}, {@code Till December 2023},
 *     {@code No later than December 2023}, {@code dekabr 2023-cü ilədək},
 *     {@code 2023-cü ilin dekabr ayınadək}, {@code 2023-cü ilin dekabrına qədər}</td>
 *     <td>{@code ../2023-12}</td></tr>
 * <tr><td>{@code By 2023}, {@code 2023-cü ilədək}, {@code 2023-cü ilə qədər},
 *     {@code 2023-dək}</td><td>{@code ../2023}</td></tr>
 * <tr><td>{@code by 30 June 2024}, {@code by June 30, 2024}, {@code 30 iyun 2024-cü ilədək}</td>
 *     <td>{@code ../2024-06-30}</td></tr>
 * <tr><td>{@code From September 2022}, {@code Since September 2022},
 *     {@code Starting September 2022}, {@code September 2022 onwards},
 *     {@code September 2022 – ongoing}, {@code Ongoing since September 2022},
 *     {@code sentyabr 2022-ci ildən}, {@code 2022-ci ilin sentyabr ayından etibarən}</td>
 *     <td>{@code 2022-09/..}</td></tr>
 * <tr><td>{@code Since 2022}, {@code 2022-ci ildən bəri}, {@code 2022-ci ildən başlayaraq}</td>
 *     <td>{@code 2022/..}</td></tr>
 * <tr><td>{@code From January 2023 to June 2024}, {@code 2023-cü ilin yanvarından 2024-cü ilin
 *     iyununadək}</td><td>{@code 2023-01/2024-06}</td></tr>
 * <tr><td>"this activity shall be implemented permanently", {@code permanently}, {@code daimi}</td>
 *     <td>{@code permanent}</td></tr>
 * <tr><td>anything in the format's own notation ({@code 2016/2018}, {@code 2022-Q4},
 *     {@code 2023-06-30}, {@code ../2023-12}, {@code 2022-09/..})</td>
 *     <td>as {@link TimeFrame#parse}</td></tr>
 * </table>
 *
 * <p>Month names are English (in full or shortened: {@code Dec}, {@code Sept.}) or Azerbaijani;
 * Azerbaijani month names and the words {@code il}, {@code ay} and {@code rüb} are read in the
 * cases a date is printed in (nominative, possessive, dative before {@code -dək}, {@code -dak},
 * {@code -dax}, {@code qədər} or {@code kimi}, ablative, locative), leniently about vowel harmony.
 * Case, surrounding white space, a trailing full stop and a leading {@code Time-limit:} are
 * ignored, white space of any kind (also no-break and thin spaces) is one space, and no result
 * depends on the default locale.
 *
 * <p>A start with no end ({@code From}, {@code Since}, {@code Starting}, {@code Beginning},
 * {@code onwards}, {@code – ongoing}, the Azerbaijani ablative with or without {@code etibarən},
 * {@code başlayaraq} or {@code bəri}) becomes an open end, {@code START/..}: the text states no
 * end, and one is not made up. A deadline ({@code By}, {@code Until}, {@code Till},
 * {@code No later than}, {@code -dək}, {@code qədər}) becomes {@code ../END}; {@code Before} is not
 * read, since it excludes the time point it names.
 *
 * <p>Not read, and answered with {@link ValueParseException}: what names no time point of the
 * format ("Annually", "Ongoing", "Continuous", "Quarterly"); seasons ("fall 2022", "2022-ci ilin
 * payızı"), whose months depend on the hemisphere and the plan; "the end of" a year or month
 * ("by the end of 2023", "2023-cü ilin sonunadək"), which may mean its last day, month or
 * quarter; days written with numbers only ({@code 30.06.2015}, {@code 06/30/2015}), whose order
 * of day and month cannot be told; and values that do not exist ("Q5 2022", "30 February 2023",
 * "2022-2021", whose start is after its end). The message names the text and, for text of none
 * of the forms, the forms this class reads.
 *
 * <p>There is deliberately no variant that returns {@code Optional} instead of throwing: like
 * {@link TimeFrame#parse} and the {@code java.time} parsers, this class has one way to read a
 * text, and its exception says why a text is not a time frame, which is what a transcriber needs
 * next. Catch {@link ValueParseException} to treat such text as printed only.
 *
 * <p>Do not use this to read the JSON format: its time frames are strict, and
 * {@link TimeFrame#parse(CharSequence)} is the reader for them.
 */
@API(status = STABLE, since = "0.1")
public final class PrintedTimeFrames {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
      Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
      Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
      Map.entry("november", 11), Map.entry("december", 12),
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
      Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
      Map.entry("yanvar", 1), Map.entry("fevral", 2), Map.entry("mart", 3),
      Map.entry("aprel", 4), Map.entry("iyun", 6), Map.entry("iyul", 7),
      Map.entry("avqust", 8), Map.entry("sentyabr", 9), Map.entry("oktyabr", 10),
      Map.entry("noyabr", 11), Map.entry("dekabr", 12));

  // Words are looked up with dotless ı as i (fold): capitals lose the difference under
  // Locale.ROOT (AYI lower-cases to ayi), which is the only case folding that does not depend on
  // the default locale.

  /** Seasons in English and Azerbaijani (yaz: spring, yay: summer, payız: autumn, qış: winter). */
  private static final Set<String> SEASONS =
      Set.of("spring", "summer", "fall", "autumn", "winter", "yaz", "yay", "payiz", "qiş");

  /** Azerbaijani nouns of dates in the nominative or with the possessive suffix, folded. */
  private static final Set<String> STEMS =
      Set.of("il", "illər", "ay", "ayi", "aylar", "aylari", "rüb", "rübü", "rüblər", "rübləri");

  // Azerbaijani case endings of a date's last word, longest first, leniently about vowel harmony:
  // the dative before -dək and qədər (ilə, ayına, iyuna, 2023-ə; a year in digits may have none),
  // the ablative (ildən, ayından, sentyabrdan), the locative (ildə, ayında, rübündə).
  private static final List<String> DATIVE = List.of("nə", "na", "yə", "ya", "ə", "a", "");
  private static final List<String> ABLATIVE = List.of("ndən", "ndan", "dən", "dan");
  private static final List<String> LOCATIVE = List.of("ndə", "nda", "də", "da");
  /** A year in digits before its case ending, perhaps with the hyphen that joins them. */
  private static final Pattern YEAR_STEM = Pattern.compile("(\\d{4})-?");

  private static final String DASH = "\\s*[-\u2010\u2011\u2012\u2013\u2014]\\s*";
  private static final Pattern DASH_ONCE = Pattern.compile(DASH);
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\h]+");
  /** Between the two ends of a range. */
  private static final Pattern SEPARATOR = Pattern.compile(DASH + "| (?:to|until|till) ");
  /** The Azerbaijani ordinal suffix of a number: 2016-cı, 2023-cü, 4-cü. */
  private static final String ORD = "-c[iıuü]";
  /** A year: 2016, 2016-cı, 2016-cı il, or 2018-ci illər closing a range of years. */
  private static final String YEAR = "(\\d{4})(?:" + ORD + "(?: il| illər)?)?";
  private static final String MONTH = "(\\p{L}+)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  /** The number of an Azerbaijani quarter: iv, 4, 4-cü. */
  private static final String AZ_QUARTER = "(\\p{L}+|\\d(?:" + ORD + ")?)";

  // Time points printed with their year.
  private static final Pattern P_NOTATION = Pattern.compile("\\d{4}-(?:q\\d|\\d{2}(?:-\\d{2})?)");
  private static final Pattern P_YEAR = Pattern.compile(YEAR);
  private static final Pattern P_MONTH = Pattern.compile(MONTH + " " + YEAR);
  private static final Pattern P_DAY = Pattern.compile(DAY + " (?:of )?" + MONTH + ",? " + YEAR);
  private static final Pattern P_US_DAY = Pattern.compile(MONTH + " " + DAY + ",? " + YEAR);
  private static final Pattern P_QUARTER = Pattern.compile("q(\\d),? " + YEAR);
  private static final Pattern P_YEAR_QUARTER = Pattern.compile("(\\d{4}),? q(\\d)");
  private static final Pattern P_AZ_DAY =
      Pattern.compile("(\\d{4})" + ORD + " il,? " + DAY + " " + MONTH);
  private static final Pattern P_AZ_QUARTER =
      Pattern.compile("(\\d{4})" + ORD + " il,? " + AZ_QUARTER + " rüb");
  private static final Pattern P_AZ_QUARTER_FIRST =
      Pattern.compile(AZ_QUARTER + " rüb,? " + YEAR);
  /** "2023-cü ilin ...": of the year 2023, followed by a month, a day or a quarter. */
  private static final Pattern P_AZ_GENITIVE = Pattern.compile("(\\d{4})" + ORD + " ilin (.+)");
  // What follows the genitive year.
  private static final Pattern G_MONTH = Pattern.compile(MONTH + "(?: ay[ıi])?");
  private static final Pattern G_DAY = Pattern.compile(DAY + " " + MONTH);
  private static final Pattern G_QUARTER = Pattern.compile(AZ_QUARTER + " rübü");

  // Time points printed without their year, which the other end of a range gives: "March" in
  // "March-April 2012", "Q1" in "Q1-Q2 2023", "1 March" in "1 March – 30 June 2015".
  private static final Pattern Y_QUARTER = Pattern.compile("q(\\d)");
  private static final Pattern Y_AZ_QUARTER = Pattern.compile(AZ_QUARTER);
  private static final Pattern Y_DAY = Pattern.compile(DAY + " (?:of )?" + MONTH);
  private static final Pattern Y_US_DAY = Pattern.compile(MONTH + " " + DAY);
  private static final Pattern Y_MONTH = Pattern.compile(MONTH);

  // Deadlines and open ends.
  private static final Pattern EN_UNTIL =
      Pattern.compile("(?:by|until|till|not later than|no later than) (.+)");
  private static final Pattern EN_FROM = Pattern.compile("(?:(?:ongoing|continuous(?:ly)?) )?"
      + "(from|since|starting(?: from| in)?|beginning(?: from| in)?) (.+?)( onwards?)?");
  private static final Pattern EN_ONWARDS = Pattern.compile("(.+?) onwards?");
  private static final Pattern EN_ONGOING =
      Pattern.compile("(.+?)" + DASH + "(?:ongoing|continuous|present)");
  private static final Pattern AZ_UNTIL =
      Pattern.compile("(.+?)(?:-?d[əa][kx]| q[əa]d[əa]r| kimi)");
  private static final Pattern AZ_FROM =
      Pattern.compile("(.+?)(?: (?:etibarən|başlayaraq|bəri))?");

  private static final Pattern PERMANENT = Pattern.compile(
      "(?:this activity shall be implemented\\s+)?permanent(?:ly)?|daimi|daim|mütəmadi");
  // The shape of the format's own notation: text of this shape is read by TimeFrame.parse, whose
  // message names a value out of range; text of any other shape is read as printed.
  private static final String NOTATION_END = "(?:\\.\\.|\\d{4}(?:-q\\d|-\\d{2}(?:-\\d{2})?)?)";
  private static final Pattern NOTATION =
      Pattern.compile(NOTATION_END + "(?:/" + NOTATION_END + ")?");
  /** "The end of" a period, in English or Azerbaijani (sonu, sonuna, sonunadək, son). */
  private static final Pattern END_OF = Pattern.compile("(?:^| )(?:end|son|sonu\\p{L}*)(?: |$)");

  /**
   * The longest text read as printed. Printed time frames are short; the bound keeps the work of
   * trying every dash of a text as the middle of a range small.
   */
  private static final int MAX_LENGTH = 100;

  /** What a reader of a failed text is told this class reads. */
  private static final String FORMS = "expected a year (2016, 2016-cı il), years (2016-2018,"
      + " 2016-2018-ci illər), a quarter (Q4 2022, 2022-ci ilin IV rübü), a month (March 2012,"
      + " mart 2012), a day (30 June 2015, June 30, 2015, 30 iyun 2015), a range of those"
      + " (March-April 2012, Q1-Q2 2023, 30 June 2015 – 30 June 2017), a deadline (by December"
      + " 2023, dekabr 2023-cü ilədək), a start with no end (from September 2022, since 2022,"
      + " 2022-ci ildən etibarən), permanently (daimi), or the format's own notation (2016/2018,"
      + " 2022-Q4, 2023-06-30, ../2023-12, 2022-09/..)";

  private PrintedTimeFrames() {}

  /**
   * Reads a printed time frame.
   *
   * @param printed the printed text, not null
   * @return the time frame, not null
   * @throws ValueParseException if the text is none of the printed forms, naming the text and
   *     the forms, or names a day, month, quarter, year or interval that does not exist, naming
   *     it
   */
  public static TimeFrame parse(CharSequence printed) {
    Objects.requireNonNull(printed, "printed");
    String text = normalize(printed.toString());
    if (PERMANENT.matcher(text).matches()) {
      return TimeFrame.permanent();
    }
    if (NOTATION.matcher(text).matches()) {
      try {
        return TimeFrame.parse(text.replace('q', 'Q'));
      } catch (ValueParseException e) {
        // The format's notation with a value out of range: its message names the value.
        throw unreadable(printed, e.getMessage());
      }
    }
    if (text.length() > MAX_LENGTH) {
      throw unreadable(printed, FORMS);
    }
    if (END_OF.matcher(text).find()) {
      throw unreadable(printed, "the end of a year or month is not read, since it may mean its"
          + " last day, month or quarter: write the time frame meant; " + FORMS);
    }
    try {
      TimeFrame read = readPrinted(text, printed);
      if (read != null) {
        return read;
      }
    } catch (ValueParseException e) {
      // A month, quarter or day that does not exist, already naming the printed text.
      throw e;
    } catch (IllegalArgumentException e) {
      // A year out of range, an end before the start.
      throw unreadable(printed, e.getMessage());
    }
    throw unreadable(printed, FORMS);
  }

  /**
   * Reads the printed forms, or returns null for text of none of them.
   *
   * @throws IllegalArgumentException for text of a form with a value that does not exist
   */
  private static @Nullable TimeFrame readPrinted(String text, CharSequence printed) {
    TimeFrame read = deadlineOrStart(text, printed);
    if (read == null) {
      read = azDeadline(text, printed);
    }
    if (read == null) {
      read = azGenitiveRange(text, printed);
    }
    if (read == null) {
      TimePoint point = point(text, printed);
      read = point == null ? null : TimeFrame.of(point);
    }
    if (read == null) {
      read = azStart(text, printed);
    }
    return read != null ? read : range(text, printed);
  }

  /** By, until, till; from, since, starting, onwards, – ongoing. */
  private static @Nullable TimeFrame deadlineOrStart(String text, CharSequence printed) {
    Matcher m = EN_UNTIL.matcher(text);
    if (m.matches()) {
      TimePoint end = point(m.group(1), printed);
      return end == null ? null : TimeFrame.until(end);
    }
    m = EN_FROM.matcher(text);
    if (m.matches()) {
      // "From January 2023 to June 2024" is a range; "since" and "onwards" never close one.
      if (m.group(3) == null && !m.group(1).equals("since")) {
        TimeFrame range = range(m.group(2), printed);
        if (range != null) {
          return range;
        }
      }
      return from(m.group(2), printed);
    }
    m = EN_ONWARDS.matcher(text);
    if (m.matches()) {
      return from(m.group(1), printed);
    }
    m = EN_ONGOING.matcher(text);
    return m.matches() ? from(m.group(1), printed) : null;
  }

  private static @Nullable TimeFrame from(String text, CharSequence printed) {
    TimePoint start = point(text, printed);
    return start == null ? null : TimeFrame.from(start);
  }

  /**
   * An Azerbaijani deadline: a date in the dative before {@code -dək} or {@code qədər}
   * ("2023-cü ilədək"), or a range from a date in the ablative to one in the dative ("2022-ci
   * ildən 2023-cü ilə qədər").
   */
  private static @Nullable TimeFrame azDeadline(String text, CharSequence printed) {
    Matcher m = AZ_UNTIL.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String dated = m.group(1);
    for (int space = dated.indexOf(' '); space >= 0; space = dated.indexOf(' ', space + 1)) {
      String from = withoutCase(dated.substring(0, space), ABLATIVE);
      String to = from == null ? null : withoutCase(dated.substring(space + 1), DATIVE);
      TimePoint start = to == null ? null : point(from, printed);
      TimePoint end = start == null ? null : point(to, printed);
      if (end != null) {
        return TimeFrame.of(start, end);
      }
    }
    String nominative = withoutCase(dated, DATIVE);
    TimePoint end = nominative == null ? null : point(nominative, printed);
    return end == null ? null : TimeFrame.until(end);
  }

  /**
   * An Azerbaijani start with no end: a date in the ablative ("2022-ci ildən"), on its own or
   * followed by {@code etibarən}, {@code başlayaraq} or {@code bəri}.
   */
  private static @Nullable TimeFrame azStart(String text, CharSequence printed) {
    Matcher m = AZ_FROM.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String nominative = withoutCase(m.group(1), ABLATIVE);
    return nominative == null ? null : from(nominative, printed);
  }

  /** "2023-cü ilin I-II rübləri", "2012-ci ilin mart-aprel ayları": two ends of one year. */
  private static @Nullable TimeFrame azGenitiveRange(String text, CharSequence printed) {
    Matcher m = P_AZ_GENITIVE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String ends = m.group(2);
    boolean quarters = false;
    for (String tail : List.of(" rübləri", " rüblər", " aylari", " aylar")) {
      if (fold(ends).endsWith(tail)) {
        ends = ends.substring(0, ends.length() - tail.length());
        quarters = tail.startsWith(" r");
        break;
      }
    }
    Matcher dash = DASH_ONCE.matcher(ends);
    if (!dash.find()) {
      return null;
    }
    String first = ends.substring(0, dash.start());
    String last = ends.substring(dash.end());
    Printed start = quarters ? azQuarter(first, printed) : yearless(first, printed);
    Printed end = start == null ? null
        : quarters ? azQuarter(last, printed) : yearless(last, printed);
    if (end == null) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    return TimeFrame.of(start.at(year, printed), end.at(year, printed));
  }

  /**
   * Two ends with a dash or {@code to} between them, the first perhaps without its year: each
   * dash is tried as the middle, since dashes also join a year to its suffix ("2016-cı").
   */
  private static @Nullable TimeFrame range(String text, CharSequence printed) {
    IllegalArgumentException failed = null;
    Matcher separator = SEPARATOR.matcher(text);
    while (separator.find()) {
      try {
        TimeFrame read = range(text.substring(0, separator.start()),
            text.substring(separator.end()), printed);
        if (read != null) {
          return read;
        }
      } catch (IllegalArgumentException e) {
        // Both sides are dates, one of them not a real one, unless another dash reads.
        failed = failed == null ? e : failed;
      }
    }
    if (failed != null) {
      throw failed;
    }
    return null;
  }

  private static @Nullable TimeFrame range(String first, String last, CharSequence printed) {
    TimePoint end = point(last, printed);
    if (end == null) {
      return null;
    }
    Printed start = printedPoint(first, printed);
    if (start == null) {
      start = yearless(first, printed);
    }
    if (start == null) {
      return null;
    }
    return TimeFrame.of(start.at(start.year() == NO_YEAR ? end.year() : start.year(), printed),
        end);
  }

  /** Reads one time point printed with its year, or returns null for other text. */
  private static @Nullable TimePoint point(String text, CharSequence printed) {
    Printed point = printedPoint(text, printed);
    if (point == null) {
      // 2016-cı ildə, 2022-ci ilin IV rübündə, 2023-cü ilin dekabr ayında: "in".
      String nominative = withoutCase(text, LOCATIVE);
      point = nominative == null ? null : printedPoint(nominative, printed);
    }
    return point == null ? null : point.at(point.year(), printed);
  }

  private static @Nullable Printed printedPoint(String text, CharSequence printed) {
    if (P_NOTATION.matcher(text).matches()) {
      try {
        return Printed.of(TimePoint.parse(text.replace('q', 'Q')));
      } catch (ValueParseException e) {
        throw unreadable(printed, e.getMessage());
      }
    }
    Matcher m = P_YEAR.matcher(text);
    if (m.matches()) {
      return new Printed(TimePoint.Precision.YEAR, year(m.group(1)), 0, 0);
    }
    m = P_MONTH.matcher(text);
    if (m.matches()) {
      return Printed.month(year(m.group(2)), month(m.group(1), printed));
    }
    m = P_DAY.matcher(text);
    if (m.matches()) {
      return Printed.day(year(m.group(3)), month(m.group(2), printed), m.group(1));
    }
    m = P_US_DAY.matcher(text);
    if (m.matches()) {
      return Printed.day(year(m.group(3)), month(m.group(1), printed), m.group(2));
    }
    m = P_QUARTER.matcher(text);
    if (m.matches()) {
      return Printed.quarter(year(m.group(2)), quarter(m.group(1), printed));
    }
    m = P_YEAR_QUARTER.matcher(text);
    if (m.matches()) {
      return Printed.quarter(year(m.group(1)), quarter(m.group(2), printed));
    }
    m = P_AZ_DAY.matcher(text);
    if (m.matches()) {
      return Printed.day(year(m.group(1)), month(m.group(3), printed), m.group(2));
    }
    m = P_AZ_QUARTER.matcher(text);
    if (m.matches()) {
      return Printed.quarter(year(m.group(1)), quarter(m.group(2), printed));
    }
    m = P_AZ_QUARTER_FIRST.matcher(text);
    if (m.matches()) {
      return Printed.quarter(year(m.group(2)), quarter(m.group(1), printed));
    }
    m = P_AZ_GENITIVE.matcher(text);
    return m.matches() ? ofYear(year(m.group(1)), m.group(2), printed) : null;
  }

  /** What follows "2023-cü ilin": "dekabr ayı", "dekabrı", "30 iyunu", "IV rübü". */
  private static @Nullable Printed ofYear(int year, String text, CharSequence printed) {
    Matcher m = G_QUARTER.matcher(text);
    if (m.matches()) {
      return Printed.quarter(year, quarter(m.group(1), printed));
    }
    m = G_DAY.matcher(text);
    if (m.matches()) {
      return Printed.day(year, month(m.group(2), printed), m.group(1));
    }
    m = G_MONTH.matcher(text);
    return m.matches() ? Printed.month(year, month(m.group(1), printed)) : null;
  }

  /** Reads a time point printed without its year, or returns null for other text. */
  private static @Nullable Printed yearless(String text, CharSequence printed) {
    Matcher m = Y_QUARTER.matcher(text);
    if (m.matches()) {
      return Printed.quarter(NO_YEAR, quarter(m.group(1), printed));
    }
    m = Y_DAY.matcher(text);
    if (m.matches()) {
      return Printed.day(NO_YEAR, month(m.group(2), printed), m.group(1));
    }
    m = Y_US_DAY.matcher(text);
    if (m.matches()) {
      return Printed.day(NO_YEAR, month(m.group(1), printed), m.group(2));
    }
    m = Y_MONTH.matcher(text);
    return m.matches() ? Printed.month(NO_YEAR, month(m.group(1), printed)) : null;
  }

  /** A quarter of a genitive range: "I" or "4-cü" (rübləri follows). */
  private static @Nullable Printed azQuarter(String text, CharSequence printed) {
    Matcher m = Y_AZ_QUARTER.matcher(text);
    return m.matches() ? Printed.quarter(NO_YEAR, quarter(m.group(1), printed)) : null;
  }

  /**
   * Returns the text with its last word in the nominative, when that word is an Azerbaijani word
   * of dates (or a year in digits) in the case of the endings given; otherwise null.
   */
  private static @Nullable String withoutCase(String text, List<String> endings) {
    int space = text.lastIndexOf(' ');
    String word = text.substring(space + 1);
    for (String ending : endings) {
      if (word.length() > ending.length() && word.endsWith(ending)) {
        String stem = word.substring(0, word.length() - ending.length());
        Matcher year = YEAR_STEM.matcher(stem);
        if (year.matches()) {
          // 2023-ə, 2023-dən, 2023-dək: a year in digits, its suffix after a hyphen.
          return text.substring(0, space + 1) + year.group(1);
        }
        if (STEMS.contains(fold(stem)) || monthNumber(stem) != null) {
          return text.substring(0, space + 1) + stem;
        }
      }
    }
    return null;
  }

  private static String normalize(String printed) {
    // Any white space, also no-break and thin spaces of typeset documents, as one space.
    String text = WHITE_SPACE.matcher(printed).replaceAll(" ").strip();
    // Azerbaijani dotted capital I lower-cases to i + combining dot under Locale.ROOT.
    text = text.replace('\u0130', 'i').toLowerCase(Locale.ROOT);
    if (text.startsWith("time-limit:")) {
      text = text.substring("time-limit:".length()).strip();
    }
    // Trailing full stops, but not the open end of the notation (2022-09/..).
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '.'
        && !(end >= 3 && text.charAt(end - 3) == '/' && text.charAt(end - 2) == '.')) {
      end--;
    }
    return text.substring(0, end).strip();
  }

  private static int year(String digits) {
    return Integer.parseInt(digits);
  }

  /** A month by its name, its shortened name, or its Azerbaijani possessive (dekabrı, iyunu). */
  private static int month(String name, CharSequence printed) {
    Integer month = monthNumber(name);
    if (month != null) {
      return month;
    }
    String folded = fold(name);
    String season = SEASONS.contains(folded) ? name
        : SEASONS.contains(folded.substring(0, folded.length() - 1))
            ? name.substring(0, name.length() - 1) : null;
    if (season != null) {
      throw unreadable(printed, ValueParseException.quote(season) + " is a season, not a month:"
          + " seasons are not read, since their months depend on the hemisphere and the plan");
    }
    throw unreadable(printed, ValueParseException.quote(name) + " is not a month name in"
        + " English or Azerbaijani");
  }

  private static @Nullable Integer monthNumber(String name) {
    String folded = fold(name);
    Integer month = MONTHS.get(folded);
    int last = folded.length() - 1;
    if (month == null && last >= 3 && (folded.charAt(last) == 'i' || folded.charAt(last) == 'u')) {
      // The possessive: dekabrı, apreli, iyunu.
      month = MONTHS.get(folded.substring(0, last));
    }
    return month;
  }

  /** Dotless ı as i, for looking words up. */
  private static String fold(String word) {
    return word.replace('ı', 'i');
  }

  /** A quarter: a digit (Q4, 4-cü), a Roman numeral (IV) or an Azerbaijani ordinal (dördüncü). */
  private static int quarter(String number, CharSequence printed) {
    // 4-cü: the digit before the ordinal suffix.
    String n = number.length() > 1 && number.charAt(1) == '-' ? number.substring(0, 1)
        : fold(number);
    int quarter = switch (n) {
      case "1", "i", "birinci" -> 1;
      case "2", "ii", "ikinci" -> 2;
      case "3", "iii", "üçüncü" -> 3;
      case "4", "iv", "dördüncü" -> 4;
      default -> 0;
    };
    if (quarter == 0) {
      String shown = n.length() == 1 && Character.isDigit(n.charAt(0)) ? "Q" + n : n;
      throw unreadable(printed, ValueParseException.quote(shown.toUpperCase(Locale.ROOT))
          + " is not a quarter; quarters are Q1 to Q4 (I to IV)");
    }
    return quarter;
  }

  private static ValueParseException unreadable(CharSequence printed, String why) {
    return new ValueParseException("cannot read the printed time frame "
        + ValueParseException.quote(printed) + ": " + why, printed, 0);
  }

  /** The year of a time point printed without one (a printed year of 0000 is a year). */
  private static final int NO_YEAR = -1;

  /**
   * A time point as printed: its year is {@link #NO_YEAR} when the other end of a range gives it
   * ("March" in "March-April 2012"); {@code part} is the month or the quarter; {@code day} as
   * printed.
   */
  private record Printed(TimePoint.Precision precision, int year, int part, int day) {

    static Printed of(TimePoint point) {
      int month = point.firstDay().getMonthValue();
      return new Printed(point.precision(), point.year(),
          point.precision() == TimePoint.Precision.QUARTER ? (month + 2) / 3 : month,
          point.firstDay().getDayOfMonth());
    }

    static Printed month(int year, int month) {
      return new Printed(TimePoint.Precision.MONTH, year, month, 0);
    }

    static Printed quarter(int year, int quarter) {
      return new Printed(TimePoint.Precision.QUARTER, year, quarter, 0);
    }

    static Printed day(int year, int month, String day) {
      return new Printed(TimePoint.Precision.DAY, year, month, Integer.parseInt(day));
    }

    /**
     * The time point in a year.
     *
     * @throws IllegalArgumentException if the year is out of range
     * @throws ValueParseException if the day does not exist in its month
     */
    TimePoint at(int inYear, CharSequence printed) {
      return switch (precision) {
        case YEAR -> TimePoint.ofYear(inYear);
        case QUARTER -> TimePoint.ofQuarter(inYear, part);
        case MONTH -> TimePoint.ofMonth(YearMonth.of(inYear, part));
        case DAY -> {
          YearMonth month = YearMonth.of(inYear, part);
          if (day < 1 || day > month.lengthOfMonth()) {
            throw unreadable(printed, "there is no day " + day + " in " + TimePoint.ofMonth(month)
                + ", which has " + month.lengthOfMonth() + " days");
          }
          yield TimePoint.ofDay(month.atDay(day));
        }
      };
    }
  }
}
