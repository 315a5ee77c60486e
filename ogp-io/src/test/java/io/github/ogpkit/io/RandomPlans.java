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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Valid plans built from one seed, the same parts as {@link PlanArbitraries} but cheap enough to
 * make ten thousand in seconds (jqwik's combinators cost milliseconds per plan). The seed comes
 * from jqwik, which reports it when a property fails.
 */
final class RandomPlans {
  private static final String AZERBAIJANI = "əğıöüçşİƏĞIÖÜÇŞi";
  private static final String MIXED = "əƏıİöÖüÜğĞşŞçÇ\"\\/\n\t\u2028\u0001 aZ09";
  private static final String[] LANGUAGES = {"az", "en", "ru", "az-Cyrl", "en-GB"};

  private final SplittableRandom random;

  private RandomPlans(long seed) {
    this.random = new SplittableRandom(seed);
  }

  static Plan plan(long seed) {
    return new RandomPlans(seed).plan();
  }

  private int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  /** Non-blank text: a letter, then characters from every plane, Azerbaijani or mixed. */
  String text() {
    StringBuilder b = new StringBuilder("x");
    int n = between(0, 10);
    int kind = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      if (kind == 0) {
        int c = random.nextInt(Character.MAX_CODE_POINT + 1 - 2048);
        b.appendCodePoint(c >= Character.MIN_SURROGATE ? c + 2048 : c);
      } else if (kind == 1) {
        b.append(AZERBAIJANI.charAt(random.nextInt(AZERBAIJANI.length())));
      } else {
        b.append(MIXED.charAt(random.nextInt(MIXED.length())));
      }
    }
    return b.toString();
  }

  LocalizedText localized() {
    Map<String, String> texts = new LinkedHashMap<>();
    int n = between(1, 3);
    for (int i = 0; i < n; i++) {
      texts.put(LANGUAGES[random.nextInt(LANGUAGES.length)], text());
    }
    return LocalizedText.of(texts);
  }

  String identifier() {
    StringBuilder b = new StringBuilder();
    int parts = between(1, 3);
    for (int p = 0; p < parts; p++) {
      b.append(p == 0 ? "" : "-");
      int n = between(1, 6);
      for (int i = 0; i < n; i++) {
        b.append("abc019".charAt(random.nextInt(6)));
      }
    }
    return b.toString();
  }

  /** Up to 300 digits with scales from -400 to 400, or a small one. */
  BigDecimal decimal() {
    if (chance(50)) {
      return BigDecimal.valueOf(random.nextLong(-1_000_000, 1_000_000), between(-3, 6));
    }
    StringBuilder digits = new StringBuilder(chance(50) ? "-" : "");
    int n = between(1, 300);
    for (int i = 0; i < n; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return new BigDecimal(new BigInteger(digits.toString()), between(-400, 400));
  }

  JsonValue json(int depth) {
    int pick = random.nextInt(depth == 0 ? 6 : 8);
    return switch (pick) {
      case 0, 1 -> JsonString.of(text());
      case 2, 3 -> JsonNumber.of(decimal());
      case 4 -> chance(50) ? JsonBoolean.of(chance(50)) : JsonNull.INSTANCE;
      case 5 -> JsonString.of(chance(50) ? "\ud800\udc00" : "a\udbff\udfffb");
      case 6 -> {
        List<JsonValue> values = new ArrayList<>();
        int n = between(0, 3);
        for (int i = 0; i < n; i++) {
          values.add(json(depth - 1));
        }
        yield JsonArray.of(values);
      }
      default -> extensions(depth - 1);
    };
  }

  JsonObject extensions(int depth) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    int n = between(0, 3);
    for (int i = 0; i < n; i++) {
      members.put(text(), json(depth));
    }
    return JsonObject.of(members);
  }

  TimeFrame timeFrame(boolean permanentAllowed) {
    if (permanentAllowed && chance(10)) {
      return TimeFrame.permanent();
    }
    int year = between(1900, 2998);
    int month = between(1, 12);
    int months = between(0, 30);
    return switch (random.nextInt(4)) {
      case 0 -> TimeFrame.ofYear(year);
      case 1 -> TimeFrame.ofYears(year, Math.min(2999, year + months / 12));
      case 2 -> TimeFrame.ofMonth(YearMonth.of(year, month));
      default -> {
        YearMonth start = YearMonth.of(year, month);
        YearMonth end = start.plusMonths(months);
        yield TimeFrame.ofMonths(start, end.isAfter(YearMonth.of(2999, 12))
            ? YearMonth.of(2999, 12) : end);
      }
    };
  }

  Quantity quantity() {
    Quantity q = Quantity.of(decimal());
    q = chance(50) ? q.withUnit(text()) : q;
    return chance(50) ? q.withYear(between(1900, 2999)) : q;
  }

  <T> Optional<T> maybe(java.util.function.Supplier<T> value) {
    return chance(50) ? Optional.of(value.get()) : Optional.empty();
  }

  Measure measure(OutlineNumber number, int depth) {
    List<Measure> subs = depth == 0 ? List.of() : children(number, between(0, 2), depth);
    List<Indicator> indicators = new ArrayList<>();
    for (int i = between(0, 2); i > 0; i--) {
      indicators.add(new Indicator(localized(), maybe(this::quantity), maybe(this::quantity)));
    }
    List<Assignment> assignments = new ArrayList<>();
    for (int i = between(0, 2); i > 0; i--) {
      assignments.add(new Assignment(identifier(), Role.values()[random.nextInt(
          Role.values().length)]));
    }
    TimeFrame frame = timeFrame(true);
    return new Measure(number, localized(), maybe(this::localized), indicators, assignments,
        chance(50) && !subs.isEmpty() ? Optional.empty() : Optional.of(frame), subs,
        extensions(2));
  }

  List<Measure> children(OutlineNumber parent, int n, int depth) {
    List<Measure> children = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      children.add(measure(parent.child(i), depth - 1));
    }
    return children;
  }

  Section section(int n) {
    OutlineNumber number = OutlineNumber.of(n);
    boolean withParts = chance(50);
    LocalizedText title = localized();
    return new Section(number, title, maybe(this::localized), children(number, between(0, 2), 2),
        withParts ? List.of(Section.builder().number(number.child(9)).title(title).build())
            : List.of(),
        withParts ? List.of(new Provision(number.child(10), localized())) : List.of(),
        extensions(1));
  }

  Plan plan() {
    List<String> languages = new ArrayList<>(List.of("az", "en", "ru", "az-Cyrl"));
    java.util.Collections.shuffle(languages, new java.util.Random(random.nextLong()));
    List<Institution> institutions = new ArrayList<>();
    for (int i = between(0, 3); i > 0; i--) {
      institutions.add(new Institution(identifier(), localized(),
          InstitutionKind.values()[random.nextInt(InstitutionKind.values().length)],
          chance(50), maybe(this::identifier), extensions(2)));
    }
    List<Section> sections = new ArrayList<>();
    for (int i = 1; i <= between(1, 2); i++) {
      sections.add(section(i));
    }
    Optional<Adoption> adoption = maybe(() -> new Adoption(localized(),
        maybe(() -> LocalDate.of(1900, 1, 1).plusDays(between(0, 400_000))),
        maybe(this::text)));
    return new Plan(identifier(), PlanKind.values()[random.nextInt(PlanKind.values().length)],
        new String[] {"AZ", "GE", "DE"}[random.nextInt(3)], localized(),
        List.copyOf(languages.subList(0, between(1, 3))), timeFrame(false), adoption,
        maybe(this::localized), institutions, sections, extensions(3));
  }
}
