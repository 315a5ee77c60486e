package io.github.ogpkit.io;

import io.github.ogpkit.model.Adoption;
import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Quantity;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonBoolean;
import io.github.ogpkit.model.json.JsonNull;
import io.github.ogpkit.model.json.JsonNumber;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.model.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random valid plans using every optional part, for the round-trip properties. */
final class PlanArbitraries {
  private PlanArbitraries() {}

  /** Text with Azerbaijani letters, astral-plane characters, quotes, controls and spaces. */
  static Arbitrary<String> text() {
    Arbitrary<String> mixed = Arbitraries.strings()
        .withChars("əƏıİöÖüÜğĞşŞçÇ\"\\/\n\t\u2028\u0001 aZ09")
        .withChars('\u0400', '\u04ff')
        .withCharRange('\u4e00', '\u4e10')
        .ofMinLength(0).ofMaxLength(12);
    Arbitrary<String> azerbaijani = Arbitraries.strings().withChars("əğıöüçşİƏĞIÖÜÇŞi ")
        .ofMinLength(0).ofMaxLength(12);
    return Arbitraries.oneOf(mixed, azerbaijani, anyPlane())
        .map(s -> "x" + s + "\uD83D\uDE00\uD835\uDC00");
  }

  /**
   * Text of Unicode scalar values from every plane, 0 to 16: assigned or not, noncharacters and
   * private use included, surrogate code points excluded (they are not characters).
   */
  static Arbitrary<String> anyPlane() {
    // Every code point but the 2,048 surrogates, mapped past them: mostly astral, as most
    // code points are.
    Arbitrary<Integer> codePoint = Arbitraries.integers()
        .between(0, Character.MAX_CODE_POINT - 2048)
        .map(c -> c >= Character.MIN_SURROGATE ? c + 2048 : c);
    return codePoint.list().ofMinSize(0).ofMaxSize(8).map(cps -> {
      StringBuilder b = new StringBuilder();
      cps.forEach(b::appendCodePoint);
      return b.toString();
    });
  }

  /**
   * Numbers as extensions may hold them: up to 300 digits, scales from -400 to 400 (so both
   * {@code 1E+400} and 400 decimal places), and the edge values 0, -0.0 as 0.0, 1E-999.
   */
  static Arbitrary<BigDecimal> bigDecimal() {
    Arbitrary<BigDecimal> big = Combinators.combine(
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(300),
        Arbitraries.of("", "-"), Arbitraries.integers().between(-400, 400))
        .as((digits, sign, scale) -> new BigDecimal(new BigInteger(sign + digits), scale));
    return Arbitraries.oneOf(big, decimal(), Arbitraries.of(BigDecimal.ZERO,
        new BigDecimal("0.0"), new BigDecimal("1E-999"), new BigDecimal("-1E+999"),
        new BigDecimal(Long.MAX_VALUE).add(BigDecimal.ONE), new BigDecimal("0.1")));
  }

  static Arbitrary<LocalizedText> localized() {
    return Arbitraries.maps(Arbitraries.of("az", "en", "ru", "az-Cyrl", "en-GB"), text())
        .ofMinSize(1).ofMaxSize(3).map(LocalizedText::of);
  }

  static Arbitrary<String> identifier() {
    return Arbitraries.strings().withChars("abc019").ofMinLength(1).ofMaxLength(6).list()
        .ofMinSize(1).ofMaxSize(3).map(parts -> String.join("-", parts));
  }

  static Arbitrary<BigDecimal> decimal() {
    return Combinators.combine(
        Arbitraries.bigIntegers().between(new BigInteger("-1" + "0".repeat(30)),
            new BigInteger("1" + "0".repeat(30))),
        Arbitraries.integers().between(-5, 12))
        .as(BigDecimal::new);
  }

  static Arbitrary<JsonValue> json(int depth) {
    Arbitrary<JsonValue> scalar = Arbitraries.oneOf(
        text().map(JsonString::of), bigDecimal().map(JsonNumber::of),
        // Pairs at the edges of the surrogate ranges.
        Arbitraries.of("\ud800\udc00", "a\udbff\udfffb").map(JsonString::of),
        Arbitraries.of(JsonBoolean.TRUE, JsonBoolean.FALSE, JsonNull.INSTANCE));
    if (depth == 0) {
      return scalar;
    }
    return Arbitraries.oneOf(scalar,
        json(depth - 1).list().ofMaxSize(3).map(JsonArray::of),
        extensions(depth - 1).map(o -> o));
  }

  static Arbitrary<JsonObject> extensions(int depth) {
    return Arbitraries.maps(text(), json(depth)).ofMaxSize(3).map(JsonObject::of);
  }

  static Arbitrary<TimeFrame> timeFrame(boolean permanentAllowed) {
    Arbitrary<TimeFrame> bounded = Combinators.combine(
        Arbitraries.integers().between(1900, 2998), Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 3))
        .as((year, month, months, shape) -> switch (shape) {
          case 0 -> TimeFrame.ofYear(year);
          case 1 -> TimeFrame.ofYears(year, Math.min(2999, year + months / 12));
          case 2 -> TimeFrame.ofMonth(YearMonth.of(year, month));
          // The end is capped at the last month a time frame may name.
          default -> TimeFrame.ofMonths(YearMonth.of(year, month), min(
              YearMonth.of(year, month).plusMonths(months), YearMonth.of(2999, 12)));
        });
    return permanentAllowed ? Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, bounded),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(TimeFrame.permanent()))) : bounded;
  }

  private static YearMonth min(YearMonth a, YearMonth b) {
    return a.isBefore(b) ? a : b;
  }

  static Arbitrary<Quantity> quantity() {
    return Combinators.combine(decimal(), text().injectNull(0.5),
        Arbitraries.integers().between(1900, 2999).injectNull(0.5))
        .as((v, unit, year) -> {
          Quantity q = Quantity.of(v);
          q = unit == null ? q : q.withUnit(unit);
          return year == null ? q : q.withYear(year);
        });
  }

  static Arbitrary<Indicator> indicator() {
    return Combinators.combine(localized(), quantity().optional(), quantity().optional())
        .as(Indicator::new);
  }

  static Arbitrary<Assignment> assignment() {
    return Combinators.combine(identifier(), Arbitraries.of(Role.class)).as(Assignment::new);
  }

  static Arbitrary<Measure> measure(OutlineNumber number, int depth) {
    Arbitrary<List<Measure>> subs = depth == 0 ? Arbitraries.just(List.of())
        : Arbitraries.integers().between(0, 2).flatMap(n -> children(number, n, depth));
    return Combinators.combine(localized(), localized().optional(),
        indicator().list().ofMaxSize(2), assignment().list().ofMaxSize(2),
        timeFrame(true), subs, extensions(2), Arbitraries.of(true, false))
        .as((title, description, indicators, institutions, timeFrame, measures, ext, omit) ->
            new Measure(number, title, description, indicators, institutions,
                omit && !measures.isEmpty() ? Optional.empty() : Optional.of(timeFrame),
                measures, ext));
  }

  private static Arbitrary<List<Measure>> children(OutlineNumber parent, int n, int depth) {
    if (n == 0) {
      return Arbitraries.just(List.of());
    }
    if (n == 1) {
      return measure(parent.child(1), depth - 1).map(List::of);
    }
    return Combinators.combine(measure(parent.child(1), depth - 1),
        measure(parent.child(2), depth - 1)).as(List::of);
  }

  static Arbitrary<Section> section(int n) {
    OutlineNumber number = OutlineNumber.of(n);
    return Combinators.combine(localized(), localized().optional(),
        Arbitraries.integers().between(0, 2).flatMap(k -> children(number, k, 2)),
        Arbitraries.of(true, false), extensions(1), localized())
        .as((title, description, measures, withParts, ext, provisionText) ->
            new Section(number, title, description, measures,
                withParts ? List.of(Section.builder().number(number.child(9)).title(title)
                    .build()) : List.of(),
                withParts ? List.of(new Provision(number.child(10), provisionText)) : List.of(),
                ext));
  }

  static Arbitrary<Institution> institution() {
    return Combinators.combine(identifier(), localized(), Arbitraries.of(InstitutionKind.class),
        Arbitraries.of(true, false), identifier().optional(), extensions(2))
        .as(Institution::new);
  }

  static Arbitrary<Adoption> adoption() {
    return Combinators.combine(localized(),
        Arbitraries.integers().between(0, 400_000).map(d -> LocalDate.of(1900, 1, 1)
            .plusDays(d)).optional(), text().optional())
        .as(Adoption::new);
  }

  static Arbitrary<Plan> plans() {
    Arbitrary<List<String>> languages = Arbitraries.of("az", "en", "ru", "az-Cyrl").list()
        .uniqueElements().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<Section>> sections = Arbitraries.integers().between(1, 2)
        .flatMap(n -> n == 1 ? section(1).map(List::of)
            : Combinators.combine(section(1), section(2)).as(List::of));
    return Combinators.combine(identifier(), Arbitraries.of(PlanKind.class),
        Arbitraries.of("AZ", "GE", "DE"), localized(), languages, timeFrame(false),
        adoption().optional(), localized().optional())
        .flatAs((id, kind, country, title, langs, period, adoption, preamble) ->
            Combinators.combine(institution().list().ofMaxSize(3), sections, extensions(3))
                .as((institutions, secs, ext) -> new Plan(id, kind, country, title, langs,
                    period, adoption, preamble, institutions, secs, ext)));
  }

}
