package io.github.ogpkit.testing.generator;

import io.github.ogpkit.model.Adoption;
import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Link;
import io.github.ogpkit.model.LinkRel;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Quantity;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/** The plans of {@link PlanGenerator#readablePlans()}: one source's making of one plan. */
final class ReadablePlans {

  static final Generator<Plan> GENERATOR = source -> new ReadablePlans(source).plan();

  private static final List<String> PLAN_LANGUAGES = List.of("az", "en", "ru", "az-Cyrl");
  private static final Generator<String> TEXT = Texts.text();
  private static final Generator<LocalizedText> LOCALIZED = Values.localizedTexts();
  private static final Generator<String> IDENTIFIER = Values.identifiers();
  private static final Generator<Quantity> QUANTITY = Values.quantities();
  private static final Generator<TimeFrame> TIME_FRAME = Values.timeFrames();
  private static final Generator<TimeFrame> PERIOD =
      Values.boundedTimeFrames(TimeFrame.MIN_YEAR, TimeFrame.MAX_YEAR);

  private final Source source;

  private ReadablePlans(Source source) {
    this.source = source;
  }

  private int upTo(int full) {
    return source.between(0, source.scale(full));
  }

  private int oneTo(int full) {
    return source.between(1, Math.max(1, source.scale(full)));
  }

  private <T> Optional<T> maybe(Supplier<T> value) {
    return source.chance(50) ? Optional.of(value.get()) : Optional.empty();
  }

  private LocalizedText localized() {
    return LOCALIZED.next(source);
  }

  private JsonObject extensions(int depth) {
    return Values.extensions(depth).next(source);
  }

  private Measure measure(OutlineNumber number, int depth) {
    List<Measure> subs = depth == 0 ? List.of() : children(number, depth);
    List<Indicator> indicators = new ArrayList<>();
    for (int i = upTo(2); i > 0; i--) {
      indicators.add(new Indicator(localized(), maybe(() -> QUANTITY.next(source)),
          maybe(() -> QUANTITY.next(source))));
    }
    List<Assignment> assignments = new ArrayList<>();
    for (int i = upTo(2); i > 0; i--) {
      assignments.add(new Assignment(IDENTIFIER.next(source), source.pick(List.of(
          Role.values())), source.chance(20) ? extensions(1) : JsonObject.EMPTY));
    }
    TimeFrame frame = TIME_FRAME.next(source);
    // Format 1.1: any measure may lack a time frame (a plan rule, not a reading rule).
    boolean withoutFrame = source.chance(subs.isEmpty() ? 10 : 50);
    Set<OgpValue> values = EnumSet.noneOf(OgpValue.class);
    for (int i = upTo(3); i > 0; i--) {
      values.add(source.pick(List.of(OgpValue.values())));
    }
    return new Measure(number, maybe(this::code), maybe(this::ogpId), localized(),
        maybe(this::localized), maybe(this::localized), maybe(this::localized),
        maybe(this::localized), maybe(this::localized), values, areas(), indicators,
        assignments, withoutFrame ? Optional.empty() : Optional.of(frame),
        maybe(this::localized), links(), subs, extensions(2));
  }

  private String code() {
    String code = TEXT.next(source);
    if (code.codePointCount(0, code.length()) > Measure.CODE_MAX) {
      code = code.substring(0, code.offsetByCodePoints(0, Measure.CODE_MAX));
    }
    return code.isBlank() ? "C" + source.between(0, 999) : code;
  }

  private String ogpId() {
    return ogpId(source);
  }

  /** An OGP commitment id of a country code or a long code, with up to six digits. */
  static String ogpId(Source source) {
    return source.oneOf("AZ", "KE", "US", "CA", "ARGENTINA") + source.between(0, 999_999);
  }

  private List<String> areas() {
    Set<String> areas = new LinkedHashSet<>();
    for (int i = upTo(2); i > 0; i--) {
      areas.add(IDENTIFIER.next(source));
    }
    return List.copyOf(areas);
  }

  private List<Link> links() {
    return links(source);
  }

  /** Up to two links of any relation, with URIs of every accepted form and maybe a title. */
  static List<Link> links(Source source) {
    List<Link> links = new ArrayList<>();
    for (int i = source.between(0, source.scale(2)); i > 0; i--) {
      Link link = Link.of(source.pick(List.of(LinkRel.values())),
          source.oneOf("https://", "http://", "HTTPS://") + source.oneOf("example.org",
              "www.opengovpartnership.org", "xn--80ak6aa92e.com:8080") + "/"
              + IDENTIFIER.next(source) + source.oneOf("", "?a=1&b=%C3%A7", "#top", "/"));
      links.add(source.chance(50) ? link.withTitle(LOCALIZED.next(source)) : link);
    }
    return links;
  }

  private List<Measure> children(OutlineNumber parent, int depth) {
    List<Measure> children = new ArrayList<>();
    for (int i = 1, n = upTo(2); i <= n; i++) {
      children.add(measure(parent.child(i), depth - 1));
    }
    return children;
  }

  private Section section(int n) {
    OutlineNumber number = OutlineNumber.of(n);
    LocalizedText title = localized();
    Optional<LocalizedText> description = maybe(this::localized);
    List<Measure> measures = children(number, 2);
    boolean withParts = source.chance(50);
    return new Section(number, maybe(this::code), maybe(this::ogpId), title, description,
        areas(), links(), measures,
        withParts ? List.of(Section.builder().number(number.child(9)).title(title)
            .description(localized()).build()) : List.of(),
        withParts ? List.of(new Provision(number.child(10), localized())) : List.of(),
        extensions(1));
  }

  private Plan plan() {
    List<String> languages = new ArrayList<>(PLAN_LANGUAGES);
    List<String> planLanguages = new ArrayList<>();
    for (int n = oneTo(3); n > 0; n--) {
      planLanguages.add(languages.remove(source.nextInt(languages.size())));
    }
    List<Institution> institutions = new ArrayList<>();
    for (int i = upTo(3); i > 0; i--) {
      institutions.add(new Institution(IDENTIFIER.next(source), localized(),
          source.pick(List.of(InstitutionKind.values())), source.chance(50),
          maybe(() -> IDENTIFIER.next(source)), extensions(2)));
    }
    // Format 1.1: measures of no section, sections, or both; never neither.
    List<Measure> measures = new ArrayList<>();
    for (int i = 1, n = upTo(2); i <= n; i++) {
      measures.add(measure(OutlineNumber.of(i), 1));
    }
    List<Section> sections = new ArrayList<>();
    for (int i = 1, n = measures.isEmpty() ? oneTo(2) : upTo(2); i <= n; i++) {
      sections.add(section(measures.size() + i));
    }
    Optional<Adoption> adoption = maybe(() -> new Adoption(localized(),
        maybe(() -> LocalDate.of(1900, 1, 1).plusDays(source.between(0, 400_000))),
        maybe(() -> TEXT.next(source)), maybe(() -> source.oneOf("ka", "en", "az-Latn"))));
    return new Plan(IDENTIFIER.next(source), source.pick(List.of(PlanKind.values())),
        maybe(() -> source.pick(Plan.PROFILES)), source.oneOf("AZ", "GE", "DE"),
        maybe(this::localized), localized(), List.copyOf(planLanguages), PERIOD.next(source),
        source.chance(50) ? OptionalInt.of(source.between(1, Integer.MAX_VALUE))
            : OptionalInt.empty(),
        adoption, maybe(this::localized), links(), institutions, measures, sections,
        extensions(3));
  }
}
