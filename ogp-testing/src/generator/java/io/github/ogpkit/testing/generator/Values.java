package io.github.ogpkit.testing.generator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Quantity;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.TimePoint;
import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonBoolean;
import io.github.ogpkit.model.json.JsonNull;
import io.github.ogpkit.model.json.JsonNumber;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.model.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Generators of the model's value types and of extension values.
 *
 * <pre>{@code
 * Property.forAll(Values.timeFrames())
 *     .check(t -> assertThat(TimeFrame.parse(t.toString())).isEqualTo(t));
 * }</pre>
 *
 * <p>Counts and lengths are at full size ({@link Source#FULL_SIZE}) and scale down with the size;
 * ranges of numbers and years do not.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Values {

  /** Language tags of localized texts: more than a plan lists, and with subtags. */
  public static final List<String> LANGUAGES = List.of("az", "en", "ru", "az-Cyrl", "en-GB");

  /** Numbers at the edges of what a JSON number in a plan can be. */
  public static final List<BigDecimal> EDGE_DECIMALS = List.of(BigDecimal.ZERO,
      new BigDecimal("0.0"), new BigDecimal("1E-999"), new BigDecimal("-1E+999"),
      BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE), new BigDecimal("0.1"));

  private Values() {}

  /**
   * Time frames of any years ({@link TimeFrame#MIN_YEAR} to {@link TimeFrame#MAX_YEAR}):
   * {@code permanent} one time in 21, otherwise written with years, months or both.
   *
   * @return the generator, not null
   */
  public static Generator<TimeFrame> timeFrames() {
    return timeFrames(TimeFrame.MIN_YEAR, TimeFrame.MAX_YEAR);
  }

  /**
   * Time frames within the given years: {@code permanent} one time in 21, an open start
   * ({@code ../END}) or an open end ({@code START/..}) one time in 21 each, bounded frames
   * ({@link #boundedTimeFrames}) otherwise. A few neighbouring years make pairs that often contain
   * one another.
   *
   * @param fromYear the first year, at least {@link TimeFrame#MIN_YEAR}
   * @param toYear the last year, at most {@link TimeFrame#MAX_YEAR}
   * @return the generator, not null
   */
  public static Generator<TimeFrame> timeFrames(int fromYear, int toYear) {
    Generator<TimeFrame> bounded = boundedTimeFrames(fromYear, toYear);
    Generator<TimePoint> points = timePoints(fromYear, toYear);
    return source -> switch (source.nextInt(21)) {
      case 20 -> TimeFrame.permanent();
      case 19 -> TimeFrame.until(points.next(source));
      case 18 -> TimeFrame.from(points.next(source));
      default -> bounded.next(source);
    };
  }

  /**
   * Time frames within the given years with a start and an end, never {@code permanent}: each end
   * a year, a quarter, a month or a day (format 1.1), the start not beginning after the end ends;
   * the years at the ends of the range come often, and so do frames of one time point.
   *
   * @param fromYear the first year, at least {@link TimeFrame#MIN_YEAR}
   * @param toYear the last year, at most {@link TimeFrame#MAX_YEAR}
   * @return the generator, not null
   */
  public static Generator<TimeFrame> boundedTimeFrames(int fromYear, int toYear) {
    Generator<TimePoint> points = timePoints(fromYear, toYear);
    return source -> {
      TimePoint a = points.next(source);
      if (source.nextInt(4) == 0) {
        return TimeFrame.of(a);
      }
      TimePoint b = points.next(source);
      // In order of first days, the first cannot begin after the second ends.
      return a.compareTo(b) <= 0 ? TimeFrame.of(a, b) : TimeFrame.of(b, a);
    };
  }

  /**
   * Time points within the given years: years, quarters, months and days, in about equal
   * shares; the years at the ends of the range come often.
   *
   * @param fromYear the first year, at least {@link TimeFrame#MIN_YEAR}
   * @param toYear the last year, at most {@link TimeFrame#MAX_YEAR}
   * @return the generator, not null
   */
  public static Generator<TimePoint> timePoints(int fromYear, int toYear) {
    if (fromYear < TimeFrame.MIN_YEAR || toYear > TimeFrame.MAX_YEAR || toYear < fromYear) {
      throw new IllegalArgumentException("years must be within " + TimeFrame.MIN_YEAR + " and "
          + TimeFrame.MAX_YEAR + ", in order: " + fromYear + ", " + toYear);
    }
    return source -> {
      int year = source.betweenOrEdge(fromYear, toYear);
      return switch (source.nextInt(4)) {
        case 0 -> TimePoint.ofYear(year);
        case 1 -> TimePoint.ofQuarter(year, source.between(1, 4));
        case 2 -> TimePoint.ofMonth(YearMonth.of(year, source.between(1, 12)));
        default -> {
          YearMonth month = YearMonth.of(year, source.betweenOrEdge(1, 12));
          yield TimePoint.ofDay(month.atDay(source.betweenOrEdge(1, month.lengthOfMonth())));
        }
      };
    };
  }

  /**
   * Outline numbers of 1 to {@code maxDepth} components (scaled to the size), each from 1 to
   * {@code maxComponent}, the ends often.
   *
   * @param maxDepth the most components, at least 1
   * @param maxComponent the largest component, at least 1
   * @return the generator, not null
   */
  public static Generator<OutlineNumber> outlineNumbers(int maxDepth, int maxComponent) {
    if (maxDepth < 1 || maxComponent < 1) {
      throw new IllegalArgumentException("maxDepth and maxComponent must be at least 1, were "
          + maxDepth + " and " + maxComponent);
    }
    return source -> {
      int[] components = new int[source.between(1, Math.max(1, source.scale(maxDepth)))];
      for (int i = 0; i < components.length; i++) {
        components[i] = source.betweenOrEdge(1, maxComponent);
      }
      return OutlineNumber.of(components);
    };
  }

  /**
   * Numbers as extensions may hold them: small ones, 30-digit ones, up to 300 digits with
   * scales from -400 to 400 (so both {@code 1E+400} and 400 decimal places; digits and scale
   * scale with the size), and the {@link #EDGE_DECIMALS}.
   *
   * @return the generator, not null
   */
  public static Generator<BigDecimal> decimals() {
    return source -> switch (source.nextInt(8)) {
      case 0, 1, 2 -> BigDecimal.valueOf(source.betweenLong(-1_000_000, 1_000_000),
          source.between(-3, 6));
      case 3, 4 -> new BigDecimal(digits(source, 30), source.between(-5, 12));
      case 5, 6 -> new BigDecimal(digits(source, 300),
          source.between(-source.scale(400), source.scale(400)));
      default -> source.pick(EDGE_DECIMALS);
    };
  }

  private static BigInteger digits(Source source, int max) {
    StringBuilder digits = new StringBuilder(source.chance(50) ? "-" : "");
    for (int n = source.between(1, Math.max(1, source.scale(max))); n > 0; n--) {
      digits.append((char) ('0' + source.nextInt(10)));
    }
    return new BigInteger(digits.toString());
  }

  /**
   * Identifiers: one to three parts of one to six characters of {@code abc019}, joined by
   * hyphens.
   *
   * @return the generator, not null
   */
  public static Generator<String> identifiers() {
    return source -> {
      StringBuilder b = new StringBuilder();
      for (int p = source.between(1, Math.max(1, source.scale(3))); p > 0; p--) {
        b.append(b.length() == 0 ? "" : "-");
        for (int n = source.between(1, Math.max(1, source.scale(6))); n > 0; n--) {
          b.append(source.pickChar("abc019"));
        }
      }
      return b.toString();
    };
  }

  /**
   * Localized texts of one to three of the {@link #LANGUAGES}, each a {@link Texts#text()}.
   *
   * @return the generator, not null
   */
  public static Generator<LocalizedText> localizedTexts() {
    Generator<String> text = Texts.text();
    return source -> {
      Map<String, String> texts = new LinkedHashMap<>();
      for (int n = source.between(1, Math.max(1, source.scale(3))); n > 0; n--) {
        texts.put(source.pick(LANGUAGES), text.next(source));
      }
      return LocalizedText.of(texts);
    };
  }

  /**
   * Quantities: a {@link #decimals() number}, as often as not a unit (a
   * {@link Texts#text()}) and a year.
   *
   * @return the generator, not null
   */
  public static Generator<Quantity> quantities() {
    Generator<String> text = Texts.text();
    return source -> {
      Quantity q = Quantity.of(decimals().next(source));
      q = source.chance(50) ? q.withUnit(text.next(source)) : q;
      return source.chance(50) ? q.withYear(source.between(TimeFrame.MIN_YEAR,
          TimeFrame.MAX_YEAR)) : q;
    };
  }

  /**
   * Any JSON value, objects and arrays nested up to {@code depth} levels: strings
   * ({@link Texts#text()} and surrogate pairs at the edges of the surrogate ranges),
   * {@link #decimals() numbers}, booleans and null.
   *
   * @param depth the most levels of arrays and objects, 0 for scalars only
   * @return the generator, not null
   */
  public static Generator<JsonValue> json(int depth) {
    Generator<String> text = Texts.text();
    Generator<BigDecimal> decimals = decimals();
    return source -> switch (source.nextInt(depth == 0 ? 6 : 8)) {
      case 0, 1 -> JsonString.of(text.next(source));
      case 2, 3 -> JsonNumber.of(decimals.next(source));
      case 4 -> source.chance(50) ? JsonBoolean.of(source.chance(50)) : JsonNull.INSTANCE;
      case 5 -> JsonString.of(source.chance(50) ? "\ud800\udc00" : "a\udbff\udfffb");
      case 6 -> {
        List<JsonValue> values = new ArrayList<>();
        for (int n = source.between(0, source.scale(3)); n > 0; n--) {
          values.add(json(depth - 1).next(source));
        }
        yield JsonArray.of(values);
      }
      default -> extensions(depth - 1).next(source);
    };
  }

  /**
   * Extensions: objects of up to three members whose keys are {@link Texts#text()} and whose
   * values are {@link #json(int) any JSON value} nested up to {@code depth} levels.
   *
   * @param depth the most levels of arrays and objects inside the members
   * @return the generator, not null
   */
  public static Generator<JsonObject> extensions(int depth) {
    Generator<String> text = Texts.text();
    return source -> {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      for (int n = source.between(0, source.scale(3)); n > 0; n--) {
        members.put(text.next(source), json(depth).next(source));
      }
      return JsonObject.of(members);
    };
  }
}
