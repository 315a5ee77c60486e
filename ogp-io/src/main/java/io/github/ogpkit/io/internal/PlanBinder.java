package io.github.ogpkit.io.internal;

import io.github.ogpkit.io.internal.Node.ArrayNode;
import io.github.ogpkit.io.internal.Node.BooleanNode;
import io.github.ogpkit.io.internal.Node.Member;
import io.github.ogpkit.io.internal.Node.NullNode;
import io.github.ogpkit.io.internal.Node.NumberNode;
import io.github.ogpkit.io.internal.Node.ObjectNode;
import io.github.ogpkit.io.internal.Node.StringNode;
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
import io.github.ogpkit.model.ValueParseException;
import io.github.ogpkit.model.constraints.Syntax;
import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonBoolean;
import io.github.ogpkit.model.json.JsonNull;
import io.github.ogpkit.model.json.JsonNumber;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.model.json.JsonValue;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds a located tree to the model, checking every property against the format and collecting
 * a finding for each problem; the plan is built only when there is no error. Internal.
 */
public final class PlanBinder {

  /** The plan's properties in canonical order. */
  public static final List<String> PLAN = List.of("schemaVersion", "id", "kind", "country",
      "title", "languages", "period", "adoption", "preamble", "institutions", "sections",
      "extensions");
  /** The adoption's properties in canonical order. */
  public static final List<String> ADOPTION = List.of("instrument", "date", "reference");
  /** An institution's properties in canonical order. */
  public static final List<String> INSTITUTION = List.of("id", "name", "kind", "collective",
      "parent", "extensions");
  /** A section's properties in canonical order. */
  public static final List<String> SECTION = List.of("number", "title", "description",
      "measures", "sections", "provisions", "extensions");
  /** A measure's properties in canonical order. */
  public static final List<String> MEASURE = List.of("number", "title", "description",
      "indicators", "institutions", "timeFrame", "measures", "extensions");
  /** An assignment's properties in canonical order. */
  public static final List<String> ASSIGNMENT = List.of("institution", "role");
  /** An indicator's properties in canonical order. */
  public static final List<String> INDICATOR = List.of("text", "baseline", "target");
  /** A quantity's properties in canonical order. */
  public static final List<String> QUANTITY = List.of("value", "unit", "year");
  /** A provision's properties in canonical order. */
  public static final List<String> PROVISION = List.of("number", "text");

  /** The version this reader implements. */
  public static final String SCHEMA_VERSION = "1.0";

  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final BigInteger MIN_YEAR = BigInteger.valueOf(TimeFrame.MIN_YEAR);
  private static final BigInteger MAX_YEAR = BigInteger.valueOf(TimeFrame.MAX_YEAR);

  private final FindingList findings;
  private Severity unknownSeverity = Severity.ERROR;
  private long errors;

  private PlanBinder(FindingList findings) {
    this.findings = findings;
  }

  /**
   * Binds a document's root object.
   *
   * @param root the root object
   * @param findings where findings are added
   * @return the plan, or null if any error was found (in this call or before it)
   */
  public static Plan bind(ObjectNode root, FindingList findings) {
    PlanBinder binder = new PlanBinder(findings);
    // Counted by the list, not from its elements: errors beyond the findings limit still count.
    binder.errors = findings.errors();
    Plan plan = binder.plan(root);
    return binder.errors == 0 ? plan : null;
  }

  // ---------------------------------------------------------------- objects

  private Plan plan(ObjectNode o) {
    JsonPointer p = JsonPointer.root();
    String what = "the plan";
    if (!schemaVersion(o, p)) {
      return null;
    }
    checkProperties(o, p, PLAN, what);
    long before = errors;
    String id = identifier(required(o, p, "id", what), p.append("id"));
    PlanKind kind = enumValue(PlanKind.class, required(o, p, "kind", what), p.append("kind"));
    String country = country(required(o, p, "country", what), p.append("country"));
    LocalizedText title = text(required(o, p, "title", what), p.append("title"));
    List<String> languages = languages(required(o, p, "languages", what), p.append("languages"));
    TimeFrame period = timeFrame(required(o, p, "period", what), p.append("period"));
    if (period != null && period.isPermanent()) {
      error(Findings.INVALID_VALUE, p.append("period"), o.get("period").value().location(),
          "period must not be permanent; a plan has a bounded period, such as 2016/2018");
    }
    Adoption adoption = object(optional(o, p, "adoption", what), p.append("adoption"),
        this::adoption);
    LocalizedText preamble = text(optional(o, p, "preamble", what), p.append("preamble"));
    List<Institution> institutions = list(required(o, p, "institutions", what),
        p.append("institutions"), false, (n, q) -> object(n, q, this::institution));
    List<Section> sections = list(required(o, p, "sections", what), p.append("sections"), true,
        (n, q) -> object(n, q, this::section));
    JsonObject extensions = extensions(o, p, what);
    if (errors != before) {
      return null;
    }
    return new Plan(id, kind, country, title, languages, period, Optional.ofNullable(adoption),
        Optional.ofNullable(preamble), institutions, sections, extensions);
  }

  /** Checks the version; false if the document is of another major version and not bound. */
  private boolean schemaVersion(ObjectNode o, JsonPointer root) {
    JsonPointer p = root.append("schemaVersion");
    String v = string(required(o, root, "schemaVersion", "the plan"), p);
    if (v == null) {
      return true;
    }
    TextLocation at = o.get("schemaVersion").value().location();
    Matcher m = VERSION.matcher(v);
    if (!m.matches()) {
      error(Findings.INVALID_VALUE, p, at, "schemaVersion " + Text.quote(v)
          + " is not MAJOR.MINOR; this reader reads version " + SCHEMA_VERSION);
      return true;
    }
    if (!m.group(1).equals("1")) {
      error(Findings.SCHEMA_VERSION, p, at, "schemaVersion " + v + " is of major version "
          + m.group(1) + "; this reader reads version " + SCHEMA_VERSION
          + " (and newer 1.x), so the rest of the document is not checked");
      return false;
    }
    if (!m.group(2).equals("0")) {
      add(Findings.of(Findings.SCHEMA_VERSION, Severity.WARNING, p, at, "schemaVersion " + v
          + " is newer than " + SCHEMA_VERSION + ", the version this reader knows; properties it "
          + "does not know are reported as warnings and not kept"));
      unknownSeverity = Severity.WARNING;
    }
    return true;
  }

  private Adoption adoption(ObjectNode o, JsonPointer p) {
    String what = "the adoption";
    checkProperties(o, p, ADOPTION, what);
    long before = errors;
    LocalizedText instrument = text(required(o, p, "instrument", what), p.append("instrument"));
    LocalDate date = date(optional(o, p, "date", what), p.append("date"));
    String reference = optionalText(optional(o, p, "reference", what), p.append("reference"));
    if (errors != before) {
      return null;
    }
    return new Adoption(instrument, Optional.ofNullable(date), Optional.ofNullable(reference));
  }

  private Institution institution(ObjectNode o, JsonPointer p) {
    String what = label(o, "id", "institution");
    checkProperties(o, p, INSTITUTION, what);
    long before = errors;
    String id = identifier(required(o, p, "id", what), p.append("id"));
    LocalizedText name = text(required(o, p, "name", what), p.append("name"));
    InstitutionKind kind = enumValue(InstitutionKind.class, required(o, p, "kind", what),
        p.append("kind"));
    Boolean collective = bool(optional(o, p, "collective", what), p.append("collective"));
    String parent = identifier(optional(o, p, "parent", what), p.append("parent"));
    JsonObject extensions = extensions(o, p, what);
    if (errors != before) {
      return null;
    }
    return new Institution(id, name, kind, Boolean.TRUE.equals(collective),
        Optional.ofNullable(parent), extensions);
  }

  private Section section(ObjectNode o, JsonPointer p) {
    String what = label(o, "number", "section");
    checkProperties(o, p, SECTION, what);
    long before = errors;
    OutlineNumber number = number(required(o, p, "number", what), p.append("number"));
    LocalizedText title = text(required(o, p, "title", what), p.append("title"));
    LocalizedText description = text(optional(o, p, "description", what),
        p.append("description"));
    List<Measure> measures = list(optional(o, p, "measures", what), p.append("measures"), false,
        (n, q) -> object(n, q, this::measure));
    List<Section> sections = list(optional(o, p, "sections", what), p.append("sections"), false,
        (n, q) -> object(n, q, this::section));
    List<Provision> provisions = list(optional(o, p, "provisions", what),
        p.append("provisions"), false, (n, q) -> object(n, q, this::provision));
    JsonObject extensions = extensions(o, p, what);
    if (errors != before) {
      return null;
    }
    return new Section(number, title, Optional.ofNullable(description), measures, sections,
        provisions, extensions);
  }

  private Measure measure(ObjectNode o, JsonPointer p) {
    String what = label(o, "number", "measure");
    checkProperties(o, p, MEASURE, what);
    long before = errors;
    OutlineNumber number = number(required(o, p, "number", what), p.append("number"));
    LocalizedText title = text(required(o, p, "title", what), p.append("title"));
    LocalizedText description = text(optional(o, p, "description", what),
        p.append("description"));
    List<Indicator> indicators = list(optional(o, p, "indicators", what),
        p.append("indicators"), false, (n, q) -> object(n, q, this::indicator));
    List<Assignment> institutions = list(optional(o, p, "institutions", what),
        p.append("institutions"), false, (n, q) -> object(n, q, this::assignment));
    Member subs = o.get("measures");
    // Only a measure known to have sub-measures may omit its time frame; when "measures" is not
    // an array its own finding says so, and a second one about the time frame would be noise.
    boolean mayOmit = subs != null && (!(subs.value() instanceof ArrayNode a)
        || !a.elements().isEmpty());
    Node tf = mayOmit ? optional(o, p, "timeFrame", what)
        : required(o, p, "timeFrame", what, " (only a measure with sub-measures may omit it)");
    TimeFrame timeFrame = timeFrame(tf, p.append("timeFrame"));
    List<Measure> measures = list(optional(o, p, "measures", what), p.append("measures"), false,
        (n, q) -> object(n, q, this::measure));
    JsonObject extensions = extensions(o, p, what);
    if (errors != before) {
      return null;
    }
    return new Measure(number, title, Optional.ofNullable(description), indicators,
        institutions, Optional.ofNullable(timeFrame), measures, extensions);
  }

  private Assignment assignment(ObjectNode o, JsonPointer p) {
    String what = "an assignment";
    checkProperties(o, p, ASSIGNMENT, what);
    long before = errors;
    String institution = identifier(required(o, p, "institution", what),
        p.append("institution"));
    Role role = enumValue(Role.class, required(o, p, "role", what), p.append("role"));
    if (errors != before) {
      return null;
    }
    return new Assignment(institution, role);
  }

  private Indicator indicator(ObjectNode o, JsonPointer p) {
    String what = "an indicator";
    checkProperties(o, p, INDICATOR, what);
    long before = errors;
    LocalizedText text = text(required(o, p, "text", what), p.append("text"));
    Quantity baseline = object(optional(o, p, "baseline", what), p.append("baseline"),
        this::quantity);
    Quantity target = object(optional(o, p, "target", what), p.append("target"),
        this::quantity);
    if (errors != before) {
      return null;
    }
    return new Indicator(text, Optional.ofNullable(baseline), Optional.ofNullable(target));
  }

  private Quantity quantity(ObjectNode o, JsonPointer p) {
    String what = "a quantity";
    checkProperties(o, p, QUANTITY, what);
    long before = errors;
    BigDecimal value = decimal(required(o, p, "value", what), p.append("value"));
    String unit = optionalText(optional(o, p, "unit", what), p.append("unit"));
    Integer year = year(optional(o, p, "year", what), p.append("year"));
    if (errors != before) {
      return null;
    }
    Quantity q = Quantity.of(value);
    if (unit != null) {
      q = q.withUnit(unit);
    }
    return year != null ? q.withYear(year) : q;
  }

  private Provision provision(ObjectNode o, JsonPointer p) {
    String what = label(o, "number", "provision");
    checkProperties(o, p, PROVISION, what);
    long before = errors;
    OutlineNumber number = number(required(o, p, "number", what), p.append("number"));
    LocalizedText text = text(required(o, p, "text", what), p.append("text"));
    if (errors != before) {
      return null;
    }
    return new Provision(number, text);
  }

  private JsonObject extensions(ObjectNode o, JsonPointer p, String what) {
    Node n = optional(o, p, "extensions", what);
    if (n == null) {
      return JsonObject.EMPTY;
    }
    if (!(n instanceof ObjectNode)) {
      wrongType(n, p.append("extensions"), "an object");
      return JsonObject.EMPTY;
    }
    JsonValue v = json(n, p.append("extensions"));
    return v instanceof JsonObject object ? object : JsonObject.EMPTY;
  }

  // ---------------------------------------------------------------- properties

  private void checkProperties(ObjectNode o, JsonPointer p, List<String> defined, String what) {
    for (Member m : o.members().values()) {
      if (!defined.contains(m.name())) {
        String suggestion = Text.suggest(m.name(), defined);
        add(Findings.of(Findings.UNKNOWN_PROPERTY, unknownSeverity, p.append(m.name()),
            m.nameLocation(), "unknown property " + Text.quote(m.name()) + " in " + what
                + (suggestion != null ? "; did you mean \"" + suggestion + "\"?"
                    : "; data outside the format belongs in \"extensions\"")));
      }
    }
  }

  private Node required(ObjectNode o, JsonPointer p, String name, String what) {
    return required(o, p, name, what, "");
  }

  private Node required(ObjectNode o, JsonPointer p, String name, String what, String why) {
    Member m = o.get(name);
    if (m == null) {
      error(Findings.REQUIRED, p.append(name), o.location(),
          what + " lacks the required property \"" + name + "\"" + why);
      return null;
    }
    if (m.value() instanceof NullNode) {
      error(Findings.REQUIRED, p.append(name), m.value().location(),
          "the required property \"" + name + "\" of " + what + " is null" + why);
      return null;
    }
    return m.value();
  }

  private Node optional(ObjectNode o, JsonPointer p, String name, String what) {
    Member m = o.get(name);
    if (m == null) {
      return null;
    }
    if (m.value() instanceof NullNode) {
      error(Findings.WRONG_TYPE, p.append(name), m.value().location(),
          "the optional property \"" + name + "\" of " + what
              + " is null; leave it out instead");
      return null;
    }
    return m.value();
  }

  // ---------------------------------------------------------------- values

  private <T> T object(Node n, JsonPointer p, BiFunction<ObjectNode, JsonPointer, T> binder) {
    if (n == null) {
      return null;
    }
    if (n instanceof ObjectNode o) {
      return binder.apply(o, p);
    }
    wrongType(n, p, "an object");
    return null;
  }

  private <T> List<T> list(Node n, JsonPointer p, boolean nonEmpty,
      BiFunction<Node, JsonPointer, T> element) {
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof ArrayNode a)) {
      wrongType(n, p, "an array");
      return List.of();
    }
    if (nonEmpty && a.elements().isEmpty()) {
      error(Findings.REQUIRED, p, a.location(), label(p) + " is empty; it needs at least one");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < a.elements().size(); i++) {
      Node e = a.elements().get(i);
      JsonPointer q = p.append(i);
      if (e instanceof NullNode) {
        wrongType(e, q, "an object");
        continue;
      }
      T value = element.apply(e, q);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  private List<String> languages(Node n, JsonPointer p) {
    if (n == null) {
      return null;
    }
    if (!(n instanceof ArrayNode a)) {
      wrongType(n, p, "an array of language tags");
      return null;
    }
    if (a.elements().isEmpty()) {
      error(Findings.REQUIRED, p, a.location(),
          "languages is empty; name at least the language the plan was adopted in");
      return null;
    }
    List<String> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < a.elements().size(); i++) {
      Node e = a.elements().get(i);
      JsonPointer q = p.append(i);
      String tag = string(e, q);
      if (tag == null) {
        continue;
      }
      if (!Syntax.isLanguageTag(tag)) {
        error(Findings.INVALID_VALUE, q, e.location(), "language tag " + Text.quote(tag)
            + " is not a well-formed BCP 47 tag (for example az, en, az-Cyrl)");
        continue;
      }
      Integer first = seen.putIfAbsent(tag, i);
      if (first != null) {
        error(Findings.INVALID_VALUE, q, e.location(), "language " + Text.quote(tag)
            + " is listed twice; first at " + p.append(first));
        continue;
      }
      out.add(tag);
    }
    return out;
  }

  private LocalizedText text(Node n, JsonPointer p) {
    if (n == null) {
      return null;
    }
    if (!(n instanceof ObjectNode o)) {
      wrongType(n, p, "an object from language tag to text");
      return null;
    }
    if (o.members().isEmpty()) {
      error(Findings.REQUIRED, p, o.location(),
          label(p) + " has no text; give it in at least one language, such as {\"en\": \"...\"}");
      return null;
    }
    long before = errors;
    Map<String, String> texts = new LinkedHashMap<>();
    for (Member m : o.members().values()) {
      JsonPointer q = p.append(m.name());
      if (!Syntax.isLanguageTag(m.name())) {
        error(Findings.INVALID_VALUE, q, m.nameLocation(), "language tag " + Text.quote(m.name())
            + " of " + label(p) + " is not a well-formed BCP 47 tag (for example az, en, az-Cyrl)");
      }
      if (m.value() instanceof NullNode) {
        error(Findings.REQUIRED, q, m.value().location(),
            "the " + Text.quote(m.name()) + " text of " + label(p) + " is null");
        continue;
      }
      String s = string(m.value(), q);
      if (s == null) {
        continue;
      }
      if (s.isBlank()) {
        error(Findings.REQUIRED, q, m.value().location(),
            "the " + Text.quote(m.name()) + " text of " + label(p) + " is blank");
        continue;
      }
      texts.put(m.name(), s);
    }
    return errors == before ? LocalizedText.of(texts) : null;
  }

  private String string(Node n, JsonPointer p) {
    if (n == null) {
      return null;
    }
    if (n instanceof StringNode s) {
      return s.value();
    }
    wrongType(n, p, "a string");
    return null;
  }

  private String optionalText(Node n, JsonPointer p) {
    String s = string(n, p);
    if (s != null && s.isBlank()) {
      error(Findings.INVALID_VALUE, p, n.location(),
          label(p) + " is blank; leave it out or give a value");
      return null;
    }
    return s;
  }

  private Boolean bool(Node n, JsonPointer p) {
    if (n == null) {
      return null;
    }
    if (n instanceof BooleanNode b) {
      return b.value();
    }
    wrongType(n, p, "true or false");
    return null;
  }

  private String identifier(Node n, JsonPointer p) {
    String s = string(n, p);
    if (s == null) {
      return null;
    }
    if (!Syntax.isIdentifier(s)) {
      error(Findings.INVALID_VALUE, p, n.location(), label(p) + " " + Text.quote(s)
          + " is not an identifier: lower-case letters and digits, in words joined by single "
          + "hyphens, at most 100 characters (for example ministry-of-justice)");
      return null;
    }
    return s;
  }

  private String country(Node n, JsonPointer p) {
    String s = string(n, p);
    if (s == null) {
      return null;
    }
    if (!Syntax.isCountryCode(s)) {
      error(Findings.INVALID_VALUE, p, n.location(), "country " + Text.quote(s)
          + " is not an upper-case ISO 3166-1 alpha-2 code, such as AZ");
      return null;
    }
    return s;
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, Node n, JsonPointer p) {
    String s = string(n, p);
    if (s == null) {
      return null;
    }
    E[] constants = type.getEnumConstants();
    for (E e : constants) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    String hint = Arrays.stream(constants).map(Enum::name).filter(s::equalsIgnoreCase)
        .findFirst().map(name -> "; did you mean " + name + "? (values are upper case)")
        .orElseGet(() -> "; expected one of " + Arrays.stream(constants).map(Enum::name)
            .collect(Collectors.joining(", ")));
    error(Findings.INVALID_VALUE, p, n.location(),
        label(p) + " " + Text.quote(s) + " is not a known value" + hint);
    return null;
  }

  private TimeFrame timeFrame(Node n, JsonPointer p) {
    String s = string(n, p);
    if (s == null) {
      return null;
    }
    try {
      return TimeFrame.parse(s);
    } catch (ValueParseException e) {
      error(Findings.INVALID_VALUE, p, n.location(),
          label(p) + ": " + Text.scrub(e.getMessage(), 300));
      return null;
    }
  }

  private OutlineNumber number(Node n, JsonPointer p) {
    String s = string(n, p);
    if (s == null) {
      return null;
    }
    try {
      return OutlineNumber.parse(s);
    } catch (ValueParseException e) {
      error(Findings.INVALID_VALUE, p, n.location(),
          label(p) + ": " + Text.scrub(e.getMessage(), 300));
      return null;
    }
  }

  private LocalDate date(Node n, JsonPointer p) {
    String s = string(n, p);
    if (s == null) {
      return null;
    }
    if (DATE.matcher(s).matches()) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeException e) {
        error(Findings.INVALID_VALUE, p, n.location(),
            label(p) + " " + Text.quote(s) + " is not a real date");
        return null;
      }
    }
    error(Findings.INVALID_VALUE, p, n.location(),
        label(p) + " " + Text.quote(s) + " is not a date in the form YYYY-MM-DD");
    return null;
  }

  private BigDecimal decimal(Node n, JsonPointer p) {
    if (n == null) {
      return null;
    }
    if (!(n instanceof NumberNode num)) {
      wrongType(n, p, "a number");
      return null;
    }
    return decimal(num, p);
  }

  private BigDecimal decimal(NumberNode num, JsonPointer p) {
    try {
      BigDecimal d = new BigDecimal(num.text());
      // JDKs disagree on an exponent that lands exactly on Integer.MIN_VALUE (17 rejects it,
      // 25 accepts it); such a scale cannot be negated either, so it is refused everywhere.
      if (d.scale() == Integer.MIN_VALUE) {
        throw new NumberFormatException("scale out of range");
      }
      return d;
    } catch (NumberFormatException e) {
      error(Findings.INVALID_VALUE, p, num.location(), "the number " + Text.excerpt(num.text())
          + " is not a finite decimal number that can be kept exactly");
      return null;
    }
  }

  private Integer year(Node n, JsonPointer p) {
    if (n == null) {
      return null;
    }
    if (!(n instanceof NumberNode num) || !num.integral()) {
      wrongType(n, p, "an integer");
      return null;
    }
    BigInteger y = new BigInteger(num.text());
    if (y.compareTo(MIN_YEAR) < 0 || y.compareTo(MAX_YEAR) > 0) {
      error(Findings.INVALID_VALUE, p, n.location(), "year " + Text.excerpt(num.text())
          + " is out of range; years are " + MIN_YEAR + " to " + MAX_YEAR);
      return null;
    }
    return y.intValue();
  }

  private JsonValue json(Node n, JsonPointer p) {
    if (n instanceof ObjectNode o) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      boolean ok = true;
      for (Member m : o.members().values()) {
        JsonValue v = json(m.value(), p.append(m.name()));
        if (v == null) {
          ok = false;
        } else {
          members.put(m.name(), v);
        }
      }
      return ok ? JsonObject.of(members) : null;
    }
    if (n instanceof ArrayNode a) {
      List<JsonValue> values = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < a.elements().size(); i++) {
        JsonValue v = json(a.elements().get(i), p.append(i));
        if (v == null) {
          ok = false;
        } else {
          values.add(v);
        }
      }
      return ok ? JsonArray.of(values) : null;
    }
    if (n instanceof StringNode s) {
      return JsonString.of(s.value());
    }
    if (n instanceof NumberNode num) {
      BigDecimal d = decimal(num, p);
      return d == null ? null : JsonNumber.of(d);
    }
    if (n instanceof BooleanNode b) {
      return JsonBoolean.of(b.value());
    }
    return JsonNull.INSTANCE;
  }

  // ---------------------------------------------------------------- findings

  private void wrongType(Node n, JsonPointer p, String expected) {
    error(Findings.WRONG_TYPE, p, n.location(),
        label(p) + " must be " + expected + ", found " + n.describe());
  }

  private void error(String rule, JsonPointer p, TextLocation at, String message) {
    add(Findings.error(rule, p, at, message));
  }

  private void add(Finding f) {
    if (f.severity() == Severity.ERROR) {
      errors++;
    }
    findings.add(f);
  }

  /** Names a property for messages: {@code timeFrame}, {@code languages[1]}, {@code title.en}. */
  private static String label(JsonPointer p) {
    List<String> t = p.tokens();
    if (t.isEmpty()) {
      return "the document";
    }
    String last = Text.excerpt(t.get(t.size() - 1));
    if (t.size() >= 2 && !last.isEmpty() && last.chars().allMatch(Character::isDigit)) {
      return Text.excerpt(t.get(t.size() - 2)) + "[" + last + "]";
    }
    return last;
  }

  /** Names an object for messages by its number or id when that is readable. */
  private static String label(ObjectNode o, String key, String kind) {
    Member m = o.get(key);
    if (m != null && m.value() instanceof StringNode s && !s.value().isBlank()) {
      return kind + " " + Text.excerpt(s.value());
    }
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }
}
