package io.github.ogpkit.io.internal;

import io.github.ogpkit.io.internal.FindingList.Entry;
import io.github.ogpkit.io.internal.FindingList.Target;
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
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds a document to the model straight from the parser's tokens, in one pass: every property
 * is checked against the format as it is read, every problem becomes a finding, and each object
 * is built when it ends, only if nothing in it was an error. No tree of the document is made and
 * no location is kept for values that have no finding (see {@link FindingList} for the findings
 * that are completed later). Internal.
 *
 * <p>One binder reads one document; it is not thread-safe.
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
  // values() copies its array on every call.
  private static final PlanKind[] PLAN_KINDS = PlanKind.values();
  private static final InstitutionKind[] INSTITUTION_KINDS = InstitutionKind.values();
  private static final Role[] ROLES = Role.values();

  /** Thrown, after its finding is added, when a limit ends reading. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** The field index of a property the format does not define. */
  private static final int UNKNOWN = -1;
  /** The field index of a property of a document of another major version: not checked. */
  private static final int NOT_CHECKED = -2;

  private final JsonParser parser;
  private final Locator locator;
  private final FindingList findings;
  private final long maxValues;
  private final Supplier<String> versionAhead;
  private final ArrayDeque<Obj<?>> open = new ArrayDeque<>();
  // The path of the value being read: a property name, or null for an array index.
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;
  private long values;
  // The number of elements of the array list() read last, or -1 if the value was no array.
  private int lastListSize;
  private Severity unknownSeverity = Severity.ERROR;
  private boolean versionDecided;
  private boolean otherMajor;

  /**
   * Creates a binder for one document.
   *
   * @param parser the parser, on the root object's first token
   * @param locator turns the parser's locations into lines and columns
   * @param findings where findings are added
   * @param maxValues the most values (objects, arrays, strings, numbers, literals) accepted
   * @param versionAhead finds the root's {@code schemaVersion} string when it is not the first
   *     property, by reading ahead; returns null when there is none
   */
  public PlanBinder(JsonParser parser, Locator locator, FindingList findings, long maxValues,
      Supplier<String> versionAhead) {
    this.parser = parser;
    this.locator = locator;
    this.findings = findings;
    this.maxValues = maxValues;
    this.versionAhead = versionAhead;
  }

  /**
   * Reads the root object. A problem of the JSON text (Jackson's exception) or a limit
   * ({@link Stop}) ends reading and propagates after the messages of the findings waiting for
   * their objects' names are completed; the caller reports it.
   *
   * @return the plan, or null if any error was found
   */
  public Plan plan() {
    try {
      count();
      Plan plan = object(new PlanObj());
      return findings.errors() == 0 ? plan : null;
    } catch (RuntimeException e) {
      // The objects left open are named as far as they were read.
      while (!open.isEmpty()) {
        open.pop().nameWaiting();
      }
      throw e;
    }
  }

  /**
   * Counts a value, and ends reading past the limit on values.
   */
  private void count() {
    if (++values > maxValues) {
      findings.add(Findings.JSON_SYNTAX, Severity.ERROR, JsonPointer.root(), here(),
          String.format(java.util.Locale.ROOT, "more values than the limit of %,d (maxValues); "
              + "objects, arrays, strings, numbers, booleans and nulls each count one", maxValues));
      throw new Stop();
    }
  }

  // ---------------------------------------------------------------- paths and locations

  private void push(String name) {
    grow();
    names[depth++] = name;
  }

  private void push(int index) {
    grow();
    names[depth] = null;
    indexes[depth++] = index;
  }

  private void pop() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }

  /** The path of the value being read; made only for findings. */
  private JsonPointer pointer() {
    JsonPointer p = JsonPointer.root();
    for (int i = 0; i < depth; i++) {
      p = names[i] != null ? p.append(names[i]) : p.append(indexes[i]);
    }
    return p;
  }

  private TextLocation here() {
    return locator.at(parser.currentTokenLocation());
  }

  /** Moves to the next value, counting it; the end of an array is no value. */
  private JsonToken next() {
    JsonToken t = parser.nextToken();
    if (t != JsonToken.END_ARRAY) {
      count();
    }
    return t;
  }

  // ---------------------------------------------------------------- objects

  /**
   * An object of the format being read: which properties it defines, which it has seen, and what
   * it has read of them. One instance per object of the document.
   */
  private abstract class Obj<T> {
    private final List<String> defined;
    private final int required;
    private final long errorsBefore = findings.errors();
    private final int at = depth;
    int seen;
    private int nulls;
    private Map<Integer, TextLocation> nullAt;
    private Set<String> others;
    private List<Function<String, String>> waitingMessages;
    private List<Entry> waiting;
    // The number or id as read, to name the object in messages; made into words only then.
    String label;

    Obj(List<String> defined, int required) {
      this.defined = defined;
      this.required = required;
    }

    /** The index of a defined property, or {@link #UNKNOWN}. */
    abstract int field(String name);

    /**
     * The index of a property to read, {@link #UNKNOWN} for one the format does not define, or
     * {@link #NOT_CHECKED} for one not to check at all.
     */
    int fieldToRead(String name) {
      return field(name);
    }

    /** Whether the object is checked and bound; false only when it is not to be checked. */
    boolean checked() {
      return true;
    }

    /** Reads the value of a defined property; the parser is on its first token. */
    abstract void read(int field);

    /** Builds the object; called only when nothing in it was an error. */
    abstract T build();

    /** Says what the object is in messages: "the plan", "measure 1.2", "an indicator". */
    abstract String what();

    /** Whether an absent or null property is required; by default as given at construction. */
    boolean isRequired(int field) {
      return (required & (1 << field)) != 0;
    }

    /** Why a property is required, for its message. */
    String why(int field) {
      return "";
    }

    /** Adds an object-level finding whose message names the object, once its name is known. */
    void report(String rule, Severity severity, JsonPointer path, TextLocation location,
        Target locateAt, Function<String, String> message) {
      Entry e = findings.addWaiting(rule, severity, path, location, locateAt);
      if (e != null) {
        if (waiting == null) {
          waiting = new ArrayList<>();
          waitingMessages = new ArrayList<>();
        }
        waiting.add(e);
        waitingMessages.add(message);
      }
    }

    void nameWaiting() {
      if (waiting != null) {
        String what = what();
        for (int i = 0; i < waiting.size(); i++) {
          waiting.get(i).message(waitingMessages.get(i).apply(what));
        }
        waiting = null;
      }
    }

    boolean has(int field) {
      return (seen & ~nulls & (1 << field)) != 0;
    }

    boolean present(int field) {
      return (seen & (1 << field)) != 0;
    }

    JsonPointer path() {
      JsonPointer p = JsonPointer.root();
      for (int i = 0; i < at; i++) {
        p = names[i] != null ? p.append(names[i]) : p.append(indexes[i]);
      }
      return p;
    }
  }

  /** Reads an object; the parser is on its START_OBJECT, counted. */
  private <T> T object(Obj<T> o) {
    open.push(o);
    String name;
    // nextName() is Jackson's quick path from one property to the next.
    while ((name = parser.nextName()) != null) {
      int field = o.fieldToRead(name);
      if (field >= 0 && (o.seen & (1 << field)) == 0) {
        o.seen |= 1 << field;
        push(name);
        if (next() == JsonToken.VALUE_NULL) {
          o.nulls |= 1 << field;
          if (o.nullAt == null) {
            o.nullAt = new HashMap<>();
          }
          o.nullAt.put(field, here());
        } else {
          o.read(field);
        }
        pop();
      } else if (field >= 0) {
        duplicate(name);
      } else {
        if (o.others == null) {
          o.others = new HashSet<>();
        }
        if (!o.others.add(name)) {
          duplicate(name);
        } else {
          if (field == UNKNOWN) {
            unknown(o, name);
          }
          push(name);
          next();
          skip();
          pop();
        }
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw new IllegalStateException("the parser ended an object with "
          + parser.currentToken());
    }
    if (o.checked()) {
      end(o);
    }
    T built = findings.errors() == o.errorsBefore && o.checked() ? o.build() : null;
    open.pop();
    o.nameWaiting();
    return built;
  }

  /** The findings of absent and null properties, known when an object ends. */
  private void end(Obj<?> o) {
    JsonPointer path = null;
    for (int field = 0; field < o.defined.size(); field++) {
      boolean isNull = (o.nulls & (1 << field)) != 0;
      if ((o.seen & (1 << field)) != 0 && !isNull || !o.isRequired(field) && !isNull) {
        continue;
      }
      if (path == null) {
        path = o.path();
      }
      String name = o.defined.get(field);
      String why = o.why(field);
      JsonPointer at = path.append(name);
      if (!isNull) {
        o.report(Findings.REQUIRED, Severity.ERROR, at, null, LocatePass.valueAt(path),
            what -> what + " lacks the required property \"" + name + "\"" + why);
      } else if (o.isRequired(field)) {
        o.report(Findings.REQUIRED, Severity.ERROR, at, o.nullAt.get(field), null,
            what -> "the required property \"" + name + "\" of " + what + " is null" + why);
      } else {
        o.report(Findings.WRONG_TYPE, Severity.ERROR, at, o.nullAt.get(field), null,
            what -> "the optional property \"" + name + "\" of " + what
                + " is null; leave it out instead");
      }
    }
  }

  private void unknown(Obj<?> o, String name) {
    String suggestion = Text.suggest(name, o.defined);
    o.report(Findings.UNKNOWN_PROPERTY, unknownSeverity, pointer().append(name), here(), null,
        what -> "unknown property " + Text.quote(name) + " in " + what
            + (suggestion != null ? "; did you mean \"" + suggestion + "\"?"
                : "; data outside the format belongs in \"extensions\""));
  }

  /** Reports a key that appears again (the parser is on it) and skips its value. */
  private void duplicate(String name) {
    JsonPointer path = pointer().append(name);
    findings.addNaming(Findings.DUPLICATE_KEY, path, here(), new Target(path, true),
        first -> "key " + Text.quote(name) + " appears again; first at line " + first.line()
            + ", column " + first.column());
    push(name);
    next();
    skip();
    pop();
  }

  /**
   * Reads past a value that is not bound (an unknown property, a duplicate, a value of the wrong
   * type), still reporting duplicate keys in it and counting its values.
   */
  private void skip() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Set<String> seen = null;
      String name;
      while ((name = parser.nextName()) != null) {
        if (seen == null) {
          seen = new HashSet<>();
        }
        if (!seen.add(name)) {
          duplicate(name);
          continue;
        }
        push(name);
        next();
        skip();
        pop();
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      while (true) {
        push(i++);
        if (next() == JsonToken.END_ARRAY) {
          pop();
          break;
        }
        skip();
        pop();
      }
    }
  }

  // ---------------------------------------------------------------- the plan and its parts

  private final class PlanObj extends Obj<Plan> {
    private String id;
    private PlanKind kind;
    private String country;
    private LocalizedText title;
    private List<String> languages;
    private TimeFrame period;
    private Adoption adoption;
    private LocalizedText preamble;
    private List<Institution> institutions = List.of();
    private List<Section> sections = List.of();
    private JsonObject extensions = JsonObject.EMPTY;

    PlanObj() {
      // Required: schemaVersion, id, kind, country, title, languages, period, institutions,
      // sections.
      super(PLAN, 0b0110_0111_1111);
    }

    @Override
    int field(String name) {
      return switch (name) {
        case "schemaVersion" -> 0;
        case "id" -> 1;
        case "kind" -> 2;
        case "country" -> 3;
        case "title" -> 4;
        case "languages" -> 5;
        case "period" -> 6;
        case "adoption" -> 7;
        case "preamble" -> 8;
        case "institutions" -> 9;
        case "sections" -> 10;
        case "extensions" -> 11;
        default -> UNKNOWN;
      };
    }

    @Override
    void read(int field) {
      switch (field) {
        case 0 -> schemaVersion();
        case 1 -> id = identifier();
        case 2 -> kind = enumValue(PLAN_KINDS);
        case 3 -> country = country();
        case 4 -> title = text();
        case 5 -> languages = languages();
        case 6 -> {
          TextLocation at = parser.currentToken() == JsonToken.VALUE_STRING ? here() : null;
          period = timeFrame();
          if (period != null && period.isPermanent()) {
            findings.add(Findings.INVALID_VALUE, Severity.ERROR, pointer(), at,
                "period must not be permanent; a plan has a bounded period, such as 2016/2018");
          }
        }
        case 7 -> adoption = object(AdoptionObj::new);
        case 8 -> preamble = text();
        case 9 -> institutions = list(false, () -> object(InstitutionObj::new));
        case 10 -> sections = list(true, () -> object(SectionObj::new));
        default -> extensions = extensions();
      }
    }

    @Override
    int fieldToRead(String name) {
      int field = field(name);
      if (field != 0) {
        // The version says how everything else is read: when another property comes first,
        // the version is read ahead.
        if (!versionDecided) {
          versionAhead();
        }
        if (otherMajor) {
          return NOT_CHECKED;
        }
      }
      return field;
    }

    @Override
    boolean checked() {
      return !otherMajor;
    }

    @Override
    Plan build() {
      return new Plan(id, kind, country, title, languages, period, Optional.ofNullable(adoption),
          Optional.ofNullable(preamble), institutions, sections, extensions);
    }

    @Override
    String what() {
      return "the plan";
    }
  }

  /** Reads the version, deciding how the rest is read if that was not decided ahead. */
  private void schemaVersion() {
    String v = string();
    if (v == null) {
      return;
    }
    TextLocation at = here();
    JsonPointer p = pointer();
    Matcher m = VERSION.matcher(v);
    if (!m.matches()) {
      findings.add(Findings.INVALID_VALUE, Severity.ERROR, p, at, "schemaVersion "
          + Text.quote(v) + " is not MAJOR.MINOR; this reader reads version " + SCHEMA_VERSION);
    } else if (!m.group(1).equals("1")) {
      findings.add(Findings.SCHEMA_VERSION, Severity.ERROR, p, at, "schemaVersion " + v
          + " is of major version " + m.group(1) + "; this reader reads version "
          + SCHEMA_VERSION + " (and newer 1.x), so the rest of the document is not checked");
    } else if (!m.group(2).equals("0")) {
      findings.add(Findings.SCHEMA_VERSION, Severity.WARNING, p, at, "schemaVersion " + v
          + " is newer than " + SCHEMA_VERSION + ", the version this reader knows; properties it "
          + "does not know are reported as warnings and not kept");
    }
    if (!versionDecided) {
      decide(v);
    }
  }

  /** Reads the version ahead, when another property comes before it. */
  private void versionAhead() {
    decide(versionAhead.get());
  }

  private void decide(String version) {
    versionDecided = true;
    Matcher m = version == null ? null : VERSION.matcher(version);
    if (m != null && m.matches()) {
      if (!m.group(1).equals("1")) {
        otherMajor = true;
      } else if (!m.group(2).equals("0")) {
        unknownSeverity = Severity.WARNING;
      }
    }
  }

  private final class AdoptionObj extends Obj<Adoption> {
    private LocalizedText instrument;
    private LocalDate date;
    private String reference;

    AdoptionObj() {
      super(ADOPTION, 0b001);
    }

    @Override
    int field(String name) {
      return switch (name) {
        case "instrument" -> 0;
        case "date" -> 1;
        case "reference" -> 2;
        default -> UNKNOWN;
      };
    }

    @Override
    void read(int field) {
      switch (field) {
        case 0 -> instrument = text();
        case 1 -> date = date();
        default -> reference = optionalText();
      }
    }

    @Override
    Adoption build() {
      return new Adoption(instrument, Optional.ofNullable(date), Optional.ofNullable(reference));
    }

    @Override
    String what() {
      return "the adoption";
    }
  }

  private final class InstitutionObj extends Obj<Institution> {
    private String id;
    private LocalizedText name;
    private InstitutionKind kind;
    private boolean collective;
    private String parent;
    private JsonObject extensions = JsonObject.EMPTY;

    InstitutionObj() {
      super(INSTITUTION, 0b00_0111);
    }

    @Override
    int field(String name) {
      return switch (name) {
        case "id" -> 0;
        case "name" -> 1;
        case "kind" -> 2;
        case "collective" -> 3;
        case "parent" -> 4;
        case "extensions" -> 5;
        default -> UNKNOWN;
      };
    }

    @Override
    void read(int field) {
      switch (field) {
        case 0 -> {
          label = labelValue();
          id = identifier();
        }
        case 1 -> name = text();
        case 2 -> kind = enumValue(INSTITUTION_KINDS);
        case 3 -> collective = Boolean.TRUE.equals(bool());
        case 4 -> parent = identifier();
        default -> extensions = extensions();
      }
    }

    @Override
    Institution build() {
      return new Institution(id, name, kind, collective, Optional.ofNullable(parent),
          extensions);
    }

    @Override
    String what() {
      return PlanBinder.what(label, "institution");
    }
  }

  private final class SectionObj extends Obj<Section> {
    private OutlineNumber number;
    private LocalizedText title;
    private LocalizedText description;
    private List<Measure> measures = List.of();
    private List<Section> sections = List.of();
    private List<Provision> provisions = List.of();
    private JsonObject extensions = JsonObject.EMPTY;

    SectionObj() {
      super(SECTION, 0b000_0011);
    }

    @Override
    int field(String name) {
      return switch (name) {
        case "number" -> 0;
        case "title" -> 1;
        case "description" -> 2;
        case "measures" -> 3;
        case "sections" -> 4;
        case "provisions" -> 5;
        case "extensions" -> 6;
        default -> UNKNOWN;
      };
    }

    @Override
    void read(int field) {
      switch (field) {
        case 0 -> {
          label = labelValue();
          number = number();
        }
        case 1 -> title = text();
        case 2 -> description = text();
        case 3 -> measures = list(false, () -> object(MeasureObj::new));
        case 4 -> sections = list(false, () -> object(SectionObj::new));
        case 5 -> provisions = list(false, () -> object(ProvisionObj::new));
        default -> extensions = extensions();
      }
    }

    @Override
    Section build() {
      return new Section(number, title, Optional.ofNullable(description), measures, sections,
          provisions, extensions);
    }

    @Override
    String what() {
      return PlanBinder.what(label, "section");
    }
  }

  private final class MeasureObj extends Obj<Measure> {
    private static final int TIME_FRAME = 5;
    private static final int MEASURES = 6;
    private OutlineNumber number;
    private LocalizedText title;
    private LocalizedText description;
    private List<Indicator> indicators = List.of();
    private List<Assignment> institutions = List.of();
    private TimeFrame timeFrame;
    private List<Measure> measures = List.of();
    private JsonObject extensions = JsonObject.EMPTY;
    private boolean noSubMeasures;

    MeasureObj() {
      super(MEASURE, 0b0000_0011);
    }

    @Override
    int field(String name) {
      return switch (name) {
        case "number" -> 0;
        case "title" -> 1;
        case "description" -> 2;
        case "indicators" -> 3;
        case "institutions" -> 4;
        case "timeFrame" -> TIME_FRAME;
        case "measures" -> MEASURES;
        case "extensions" -> 7;
        default -> UNKNOWN;
      };
    }

    @Override
    void read(int field) {
      switch (field) {
        case 0 -> {
          label = labelValue();
          number = number();
        }
        case 1 -> title = text();
        case 2 -> description = text();
        case 3 -> indicators = list(false, () -> object(IndicatorObj::new));
        case 4 -> institutions = list(false, () -> object(AssignmentObj::new));
        case TIME_FRAME -> timeFrame = timeFrame();
        case MEASURES -> {
          measures = list(false, () -> object(MeasureObj::new));
          noSubMeasures = lastListSize == 0;
        }
        default -> extensions = extensions();
      }
    }

    // Only a measure known to have sub-measures may omit its time frame; when "measures" is not
    // an array its own finding says so, and a second one about the time frame would be noise.
    @Override
    boolean isRequired(int field) {
      if (field == TIME_FRAME) {
        return !present(MEASURES) || noSubMeasures;
      }
      return super.isRequired(field);
    }

    @Override
    String why(int field) {
      return field == TIME_FRAME && isRequired(field)
          ? " (only a measure with sub-measures may omit it)" : "";
    }

    @Override
    Measure build() {
      return new Measure(number, title, Optional.ofNullable(description), indicators,
          institutions, Optional.ofNullable(timeFrame), measures, extensions);
    }

    @Override
    String what() {
      return PlanBinder.what(label, "measure");
    }
  }

  private final class AssignmentObj extends Obj<Assignment> {
    private String institution;
    private Role role;

    AssignmentObj() {
      super(ASSIGNMENT, 0b11);
    }

    @Override
    int field(String name) {
      return switch (name) {
        case "institution" -> 0;
        case "role" -> 1;
        default -> UNKNOWN;
      };
    }

    @Override
    void read(int field) {
      if (field == 0) {
        institution = identifier();
      } else {
        role = enumValue(ROLES);
      }
    }

    @Override
    Assignment build() {
      return new Assignment(institution, role);
    }

    @Override
    String what() {
      return "an assignment";
    }
  }

  private final class IndicatorObj extends Obj<Indicator> {
    private LocalizedText text;
    private Quantity baseline;
    private Quantity target;

    IndicatorObj() {
      super(INDICATOR, 0b001);
    }

    @Override
    int field(String name) {
      return switch (name) {
        case "text" -> 0;
        case "baseline" -> 1;
        case "target" -> 2;
        default -> UNKNOWN;
      };
    }

    @Override
    void read(int field) {
      switch (field) {
        case 0 -> text = text();
        case 1 -> baseline = object(QuantityObj::new);
        default -> target = object(QuantityObj::new);
      }
    }

    @Override
    Indicator build() {
      return new Indicator(text, Optional.ofNullable(baseline), Optional.ofNullable(target));
    }

    @Override
    String what() {
      return "an indicator";
    }
  }

  private final class QuantityObj extends Obj<Quantity> {
    private BigDecimal value;
    private String unit;
    private Integer year;

    QuantityObj() {
      super(QUANTITY, 0b001);
    }

    @Override
    int field(String name) {
      return switch (name) {
        case "value" -> 0;
        case "unit" -> 1;
        case "year" -> 2;
        default -> UNKNOWN;
      };
    }

    @Override
    void read(int field) {
      switch (field) {
        case 0 -> value = decimalValue();
        case 1 -> unit = optionalText();
        default -> year = year();
      }
    }

    @Override
    Quantity build() {
      Quantity q = Quantity.of(value);
      if (unit != null) {
        q = q.withUnit(unit);
      }
      return year != null ? q.withYear(year) : q;
    }

    @Override
    String what() {
      return "a quantity";
    }
  }

  private final class ProvisionObj extends Obj<Provision> {
    private OutlineNumber number;
    private LocalizedText text;

    ProvisionObj() {
      super(PROVISION, 0b11);
    }

    @Override
    int field(String name) {
      return switch (name) {
        case "number" -> 0;
        case "text" -> 1;
        default -> UNKNOWN;
      };
    }

    @Override
    void read(int field) {
      if (field == 0) {
        label = labelValue();
        number = number();
      } else {
        text = text();
      }
    }

    @Override
    Provision build() {
      return new Provision(number, text);
    }

    @Override
    String what() {
      return PlanBinder.what(label, "provision");
    }
  }

  /** The string the parser is on, which names its object in messages; null for another token. */
  private String labelValue() {
    return parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString() : null;
  }

  /** Names an object for messages by its number or id, or by its kind when that is unreadable. */
  private static String what(String labelValue, String kind) {
    if (labelValue != null && !labelValue.isBlank()) {
      return kind + " " + Text.excerpt(labelValue);
    }
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  // ---------------------------------------------------------------- values

  /** Reads an object value with a binder of its kind; wrong-type for anything else. */
  private <T> T object(Supplier<Obj<T>> kind) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      wrongType("an object");
      return null;
    }
    return object(kind.get());
  }

  private <T> List<T> list(boolean nonEmpty, Supplier<T> element) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      wrongType("an array");
      lastListSize = -1;
      return List.of();
    }
    // Most lists of a plan hold one element (an indicator, an assignment): no ArrayList for them.
    T single = null;
    List<T> out = null;
    int i = 0;
    while (true) {
      push(i);
      JsonToken t = next();
      if (t == JsonToken.END_ARRAY) {
        pop();
        break;
      }
      if (t == JsonToken.VALUE_NULL) {
        wrongType("an object");
      } else {
        T value = element.get();
        if (value != null) {
          if (out != null) {
            out.add(value);
          } else if (single == null) {
            single = value;
          } else {
            out = new ArrayList<>();
            out.add(single);
            out.add(value);
          }
        }
      }
      pop();
      i++;
    }
    lastListSize = i;
    if (nonEmpty && i == 0) {
      JsonPointer p = pointer();
      findings.addAt(Findings.REQUIRED, Severity.ERROR, p, LocatePass.valueAt(p),
          label(p) + " is empty; it needs at least one");
    }
    return out != null ? out : single != null ? List.of(single) : List.of();
  }

  private List<String> languages() {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      wrongType("an array of language tags");
      return null;
    }
    List<String> out = new ArrayList<>(4);
    Map<String, Integer> seen = null;
    int i = 0;
    while (true) {
      push(i);
      if (next() == JsonToken.END_ARRAY) {
        pop();
        break;
      }
      String tag = string();
      if (tag != null) {
        if (!Syntax.isLanguageTag(tag)) {
          findings.add(Findings.INVALID_VALUE, Severity.ERROR, pointer(), here(),
              "language tag " + Text.quote(tag)
                  + " is not a well-formed BCP 47 tag (for example az, en, az-Cyrl)");
        } else {
          if (seen == null) {
            seen = new HashMap<>();
          }
          Integer first = seen.putIfAbsent(tag, i);
          if (first != null) {
            JsonPointer p = pointer();
            findings.add(Findings.INVALID_VALUE, Severity.ERROR, p, here(), "language "
                + Text.quote(tag) + " is listed twice; first at "
                + p.parent().orElseThrow().append(first));
          } else {
            out.add(tag);
          }
        }
      }
      pop();
      i++;
    }
    if (i == 0) {
      JsonPointer p = pointer();
      findings.addAt(Findings.REQUIRED, Severity.ERROR, p, LocatePass.valueAt(p),
          "languages is empty; name at least the language the plan was adopted in");
      return null;
    }
    return out;
  }

  private LocalizedText text() {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      wrongType("an object from language tag to text");
      return null;
    }
    long before = findings.errors();
    String[] tags = null;
    String[] texts = null;
    int n = 0;
    String tag;
    while ((tag = parser.nextName()) != null) {
      boolean again = false;
      for (int i = 0; i < n; i++) {
        if (tags[i].equals(tag)) {
          again = true;
          break;
        }
      }
      if (again) {
        duplicate(tag);
        continue;
      }
      if (!Syntax.isLanguageTag(tag)) {
        JsonPointer p = pointer();
        findings.add(Findings.INVALID_VALUE, Severity.ERROR, p.append(tag), here(),
            "language tag " + Text.quote(tag) + " of " + label(p)
                + " is not a well-formed BCP 47 tag (for example az, en, az-Cyrl)");
      }
      if (tags == null) {
        tags = new String[2];
        texts = new String[2];
      } else if (n == tags.length) {
        tags = Arrays.copyOf(tags, n * 2);
        texts = Arrays.copyOf(texts, n * 2);
      }
      tags[n] = tag;
      push(tag);
      JsonToken t = next();
      String s = null;
      if (t == JsonToken.VALUE_NULL) {
        JsonPointer p = pointer();
        findings.add(Findings.REQUIRED, Severity.ERROR, p, here(), "the " + Text.quote(tag)
            + " text of " + label(p.parent().orElseThrow()) + " is null");
      } else {
        s = string();
        if (s != null && s.isBlank()) {
          JsonPointer p = pointer();
          findings.add(Findings.REQUIRED, Severity.ERROR, p, here(), "the " + Text.quote(tag)
              + " text of " + label(p.parent().orElseThrow()) + " is blank");
          s = null;
        }
      }
      pop();
      texts[n++] = s;
    }
    if (n == 0) {
      JsonPointer p = pointer();
      findings.addAt(Findings.REQUIRED, Severity.ERROR, p, LocatePass.valueAt(p),
          label(p) + " has no text; give it in at least one language, such as "
              + "{\"en\": \"...\"}");
      return null;
    }
    if (findings.errors() != before) {
      return null;
    }
    if (n == 1) {
      return LocalizedText.of(tags[0], texts[0]);
    }
    if (n == 2) {
      return LocalizedText.of(tags[0], texts[0], tags[1], texts[1]);
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      map.put(tags[i], texts[i]);
    }
    return LocalizedText.of(map);
  }

  private String string() {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    wrongType("a string");
    return null;
  }

  private String optionalText() {
    String s = string();
    if (s != null && s.isBlank()) {
      JsonPointer p = pointer();
      findings.add(Findings.INVALID_VALUE, Severity.ERROR, p, here(),
          label(p) + " is blank; leave it out or give a value");
      return null;
    }
    return s;
  }

  private Boolean bool() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    wrongType("true or false");
    return null;
  }

  private String identifier() {
    String s = string();
    if (s == null) {
      return null;
    }
    if (!Syntax.isIdentifier(s)) {
      JsonPointer p = pointer();
      findings.add(Findings.INVALID_VALUE, Severity.ERROR, p, here(), label(p) + " "
          + Text.quote(s) + " is not an identifier: lower-case letters and digits, in words "
          + "joined by single hyphens, at most 100 characters (for example ministry-of-justice)");
      return null;
    }
    return s;
  }

  private String country() {
    String s = string();
    if (s == null) {
      return null;
    }
    if (!Syntax.isCountryCode(s)) {
      findings.add(Findings.INVALID_VALUE, Severity.ERROR, pointer(), here(), "country "
          + Text.quote(s) + " is not an upper-case ISO 3166-1 alpha-2 code, such as AZ");
      return null;
    }
    return s;
  }

  private <E extends Enum<E>> E enumValue(E[] constants) {
    String s = string();
    if (s == null) {
      return null;
    }
    for (E e : constants) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    String hint = Arrays.stream(constants).map(Enum::name).filter(s::equalsIgnoreCase)
        .findFirst().map(name -> "; did you mean " + name + "? (values are upper case)")
        .orElseGet(() -> "; expected one of " + Arrays.stream(constants).map(Enum::name)
            .collect(Collectors.joining(", ")));
    JsonPointer p = pointer();
    findings.add(Findings.INVALID_VALUE, Severity.ERROR, p, here(),
        label(p) + " " + Text.quote(s) + " is not a known value" + hint);
    return null;
  }

  private TimeFrame timeFrame() {
    String s = string();
    if (s == null) {
      return null;
    }
    try {
      return TimeFrame.parse(s);
    } catch (ValueParseException e) {
      JsonPointer p = pointer();
      findings.add(Findings.INVALID_VALUE, Severity.ERROR, p, here(),
          label(p) + ": " + Text.scrub(e.getMessage(), 300));
      return null;
    }
  }

  private OutlineNumber number() {
    String s = string();
    if (s == null) {
      return null;
    }
    try {
      return OutlineNumber.parse(s);
    } catch (ValueParseException e) {
      JsonPointer p = pointer();
      findings.add(Findings.INVALID_VALUE, Severity.ERROR, p, here(),
          label(p) + ": " + Text.scrub(e.getMessage(), 300));
      return null;
    }
  }

  private LocalDate date() {
    String s = string();
    if (s == null) {
      return null;
    }
    JsonPointer p = pointer();
    if (DATE.matcher(s).matches()) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeException e) {
        findings.add(Findings.INVALID_VALUE, Severity.ERROR, p, here(),
            label(p) + " " + Text.quote(s) + " is not a real date");
        return null;
      }
    }
    findings.add(Findings.INVALID_VALUE, Severity.ERROR, p, here(),
        label(p) + " " + Text.quote(s) + " is not a date in the form YYYY-MM-DD");
    return null;
  }

  private BigDecimal decimalValue() {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType("a number");
      return null;
    }
    return decimal();
  }

  /** The number the parser is on, exactly; invalid-value if it cannot be kept exactly. */
  private BigDecimal decimal() {
    String text = parser.getString();
    try {
      BigDecimal d = new BigDecimal(text);
      // JDKs disagree on an exponent that lands exactly on Integer.MIN_VALUE (17 rejects it,
      // 25 accepts it); such a scale cannot be negated either, so it is refused everywhere.
      if (d.scale() == Integer.MIN_VALUE) {
        throw new NumberFormatException("scale out of range");
      }
      return d;
    } catch (NumberFormatException e) {
      findings.add(Findings.INVALID_VALUE, Severity.ERROR, pointer(), here(), "the number "
          + Text.excerpt(text) + " is not a finite decimal number that can be kept exactly");
      return null;
    }
  }

  private Integer year() {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      wrongType("an integer");
      return null;
    }
    String text = parser.getString();
    BigInteger y = new BigInteger(text);
    if (y.compareTo(MIN_YEAR) < 0 || y.compareTo(MAX_YEAR) > 0) {
      findings.add(Findings.INVALID_VALUE, Severity.ERROR, pointer(), here(), "year "
          + Text.excerpt(text) + " is out of range; years are " + MIN_YEAR + " to " + MAX_YEAR);
      return null;
    }
    return y.intValue();
  }

  private JsonObject extensions() {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      wrongType("an object");
      return JsonObject.EMPTY;
    }
    JsonValue v = json();
    return v instanceof JsonObject object ? object : JsonObject.EMPTY;
  }

  /** Reads any JSON value, for extensions; null if a number in it cannot be kept exactly. */
  private JsonValue json() {
    JsonToken t = parser.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        String name;
        while ((name = parser.nextName()) != null) {
          if (!seen.add(name)) {
            duplicate(name);
            continue;
          }
          push(name);
          next();
          JsonValue v = json();
          pop();
          if (v == null) {
            ok = false;
          } else {
            members.put(name, v);
          }
        }
        return ok ? JsonObject.of(members) : null;
      }
      case START_ARRAY -> {
        List<JsonValue> elements = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; ; i++) {
          push(i);
          if (next() == JsonToken.END_ARRAY) {
            pop();
            break;
          }
          JsonValue v = json();
          pop();
          if (v == null) {
            ok = false;
          } else {
            elements.add(v);
          }
        }
        return ok ? JsonArray.of(elements) : null;
      }
      case VALUE_STRING -> {
        return JsonString.of(parser.getString());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        BigDecimal d = decimal();
        return d == null ? null : JsonNumber.of(d);
      }
      case VALUE_TRUE -> {
        return JsonBoolean.of(true);
      }
      case VALUE_FALSE -> {
        return JsonBoolean.of(false);
      }
      default -> {
        return JsonNull.INSTANCE;
      }
    }
  }

  // ---------------------------------------------------------------- findings

  /** Reports the value the parser is on as of the wrong type, and skips it. */
  private void wrongType(String expected) {
    JsonPointer p = pointer();
    findings.add(Findings.WRONG_TYPE, Severity.ERROR, p, here(),
        label(p) + " must be " + expected + ", found " + describe(parser, "the boolean "));
    skip();
  }

  /**
   * Describes the value the parser is on for messages: its JSON type and, for scalars, a short
   * excerpt.
   *
   * @param parser the parser
   * @param booleanPrefix what comes before {@code true} or {@code false}
   * @return the description
   */
  static String describe(JsonParser parser, String booleanPrefix) {
    return switch (parser.currentToken()) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + Text.quote(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Text.excerpt(parser.getString());
      case VALUE_TRUE -> booleanPrefix + "true";
      case VALUE_FALSE -> booleanPrefix + "false";
      case VALUE_NULL -> "null";
      default -> parser.currentToken().toString();
    };
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
}
