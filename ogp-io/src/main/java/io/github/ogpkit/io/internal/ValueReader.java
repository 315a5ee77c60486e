package io.github.ogpkit.io.internal;


import io.github.ogpkit.model.Link;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.PartialDate;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.ValueParseException;
import io.github.ogpkit.model.constraints.Syntax;
import io.github.ogpkit.model.internal.Blank;
import io.github.ogpkit.model.internal.format.Property;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Reads the format's plain values (everything but its objects and arrays of objects) at the
 * cursor: checks each against its kind's syntax, reports what is wrong as a finding at the value,
 * and returns the model's value, or null when there is none to bind.
 */
final class ValueReader {

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final BigInteger MIN_YEAR = BigInteger.valueOf(TimeFrame.MIN_YEAR);
  private static final BigInteger MAX_YEAR = BigInteger.valueOf(TimeFrame.MAX_YEAR);

  private static final Pattern OGP_ID = Pattern.compile(Measure.OGP_ID_PATTERN);

  private final Cursor cursor;
  // A document of a newer 1.x minor may name a profile this reader does not know.
  private boolean newerMinor;
  // The tags and texts of the text being read (text()).
  private String[] textTags = new String[2];
  private String[] textTexts = new String[2];
  // The last two language tags of texts found well-formed, as the parser gave them.
  private @Nullable String wellFormedTag;
  private @Nullable String otherWellFormedTag;

  ValueReader(Cursor cursor) {
    this.cursor = cursor;
  }

  /** Reports a profile this reader does not know as a warning, and drops it. */
  void newerMinor() {
    newerMinor = true;
  }

  /**
   * Reads the value of a property of a plain kind; the cursor is on its first token, not null.
   *
   * @param p the property
   * @return the bound value, or null
   */
  @Nullable Object read(Property<?, ?> p) {
    return switch (p.kind()) {
      case IDENTIFIER -> identifier();
      case COUNTRY -> country();
      case STRING -> nonBlankString();
      case TEXT -> text();
      case LANGUAGES -> languages();
      case TIME_FRAME -> timeFrame();
      case PERIOD -> period();
      case NUMBER -> number();
      case DATE -> date();
      case PARTIAL_DATE -> parsed(PartialDate::parse);
      case ENUM -> enumValue(p.constants());
      case BOOLEAN -> bool();
      case DECIMAL -> decimalValue();
      case YEAR -> year();
      case EXTENSIONS -> extensions();
      case PROFILE -> profile();
      case OGP_ID -> ogpId();
      case CODE -> code();
      case URI -> uri();
      case POSITIVE_INTEGER -> positiveInteger();
      case LANGUAGE -> language();
      case ENUM_SET -> enumSet(p.constants());
      case IDENTIFIERS -> identifiers();
      default -> throw new IllegalStateException(p.kind() + " is not a plain value");
    };
  }

  private @Nullable String identifier() {
    String s = cursor.string();
    if (s == null) {
      return null;
    }
    if (!Syntax.isIdentifier(s)) {
      cursor.error(Findings.INVALID_VALUE, Cursor.label(cursor.pointer()) + " " + Text.quote(s)
          + " is not an identifier: lower-case letters and digits, in words joined by single "
          + "hyphens, at most 100 characters (for example ministry-of-justice)");
      return null;
    }
    return s;
  }

  private @Nullable String profile() {
    String s = cursor.string();
    if (s == null || Plan.PROFILES.contains(s)) {
      return s;
    }
    String message = "profile " + Text.quote(s) + " is not a profile of this reader; expected "
        + String.join(", ", Plan.PROFILES);
    if (newerMinor) {
      cursor.findings().add(Findings.INVALID_VALUE, Severity.WARNING, cursor.pointer(),
          cursor.here(), message + "; the plan's kind decides the profile");
    } else {
      cursor.error(Findings.INVALID_VALUE, message);
    }
    return null;
  }

  private @Nullable String ogpId() {
    String s = cursor.string();
    if (s != null && !OGP_ID.matcher(s).matches()) {
      cursor.error(Findings.INVALID_VALUE, Cursor.label(cursor.pointer()) + " " + Text.quote(s)
          + " is not an OGP commitment id: two to ten upper-case letters and one to six digits,"
          + " such as KE0036");
      return null;
    }
    return s;
  }

  private @Nullable String code() {
    String s = nonBlankString();
    int length = s == null ? 0 : s.codePointCount(0, s.length());
    if (length > Measure.CODE_MAX) {
      cursor.error(Findings.INVALID_VALUE, Cursor.label(cursor.pointer()) + " " + Text.quote(s)
          + " has " + length + " characters; a code has at most " + Measure.CODE_MAX);
      return null;
    }
    return s;
  }

  private java.net.@Nullable URI uri() {
    return parsed(Link::parseHref);
  }

  /**
   * Reads a string value with a parser of the model, reporting its refusal as invalid-value at
   * the value, in the parser's words.
   */
  private <T> @Nullable T parsed(Function<String, T> parse) {
    String s = cursor.string();
    if (s == null) {
      return null;
    }
    try {
      return parse.apply(s);
    } catch (ValueParseException e) {
      cursor.error(Findings.INVALID_VALUE,
          Cursor.label(cursor.pointer()) + ": " + Text.scrub(e.getMessage(), 300));
      return null;
    }
  }

  private @Nullable Integer positiveInteger() {
    if (cursor.token() != JsonToken.VALUE_NUMBER_INT) {
      cursor.wrongType("an integer");
      return null;
    }
    String text = cursor.text();
    BigInteger n = new BigInteger(text);
    if (n.signum() <= 0 || n.bitLength() > 31) {
      cursor.error(Findings.INVALID_VALUE, Cursor.label(cursor.pointer()) + " "
          + Text.excerpt(text) + " is out of range; it is a whole number from 1 to "
          + Integer.MAX_VALUE);
      return null;
    }
    return n.intValue();
  }

  /** One language tag: an adoption's language, or one of the plan's languages. */
  private @Nullable String language() {
    String tag = cursor.string();
    if (tag != null && !Syntax.isLanguageTag(tag)) {
      cursor.error(Findings.INVALID_VALUE, "language tag " + Text.quote(tag)
          + " is not a well-formed BCP 47 tag (for example az, en, az-Cyrl)");
      return null;
    }
    return tag;
  }

  /** An array of distinct enum constants, as a set in declaration order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private @Nullable Set<?> enumSet(List<? extends Enum<?>> constants) {
    Distinct<Enum<?>> read = distinct("an array of names", () -> enumValue(constants),
        e -> Text.quote(e.name()));
    if (read == null) {
      return null;
    }
    EnumSet set = EnumSet.noneOf((Class) constants.get(0).getDeclaringClass());
    set.addAll(read.values());
    return Collections.unmodifiableSet(set);
  }

  /** An array of distinct identifiers, in the order read. */
  private @Nullable List<String> identifiers() {
    Distinct<String> read = distinct("an array of identifiers", this::identifier, Text::quote);
    return read == null ? null : List.copyOf(read.values());
  }

  /**
   * The values of an array read, each once, and how many elements the array had.
   *
   * @param <T> the values' type
   */
  private record Distinct<T>(List<T> values, int elements) {}

  /**
   * Reads an array of plain values that must differ: each element by a reader that reports its
   * own problems (and gives null then), a repeated one as invalid-value at the repetition, naming
   * where it was first. Wrong-type, and null, for anything but an array.
   *
   * @param expected what the value should be, for the wrong-type message
   * @param element reads the element the cursor is on
   * @param named names a value in messages
   */
  private <T> @Nullable Distinct<T> distinct(String expected, Supplier<@Nullable T> element,
      Function<T, String> named) {
    if (cursor.token() != JsonToken.START_ARRAY) {
      cursor.wrongType(expected);
      return null;
    }
    List<T> out = new ArrayList<>(4);
    Map<T, Integer> seen = null;
    int i = 0;
    while (true) {
      cursor.push(i);
      if (cursor.next() == JsonToken.END_ARRAY) {
        cursor.pop();
        break;
      }
      T value = element.get();
      if (value != null) {
        if (seen == null) {
          seen = new HashMap<>();
        }
        Integer first = seen.putIfAbsent(value, i);
        if (first != null) {
          cursor.error(Findings.INVALID_VALUE, named.apply(value) + " is listed twice; first at "
              + cursor.pointer().parent().orElseThrow().append(first));
        } else {
          out.add(value);
        }
      }
      cursor.pop();
      i++;
    }
    return new Distinct<>(out, i);
  }

  private @Nullable String country() {
    String s = cursor.string();
    if (s == null) {
      return null;
    }
    if (!Syntax.isCountryCode(s)) {
      cursor.error(Findings.INVALID_VALUE, "country " + Text.quote(s)
          + " is not an upper-case ISO 3166-1 alpha-2 code, such as AZ");
      return null;
    }
    return s;
  }

  private @Nullable String nonBlankString() {
    String s = cursor.string();
    if (s != null && Blank.isBlank(s)) {
      cursor.error(Findings.INVALID_VALUE, Cursor.label(cursor.pointer())
          + " is blank; leave it out or give a value");
      return null;
    }
    return s;
  }

  private @Nullable Boolean bool() {
    JsonToken t = cursor.token();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    cursor.wrongType("true or false");
    return null;
  }

  private @Nullable Enum<?> enumValue(List<? extends Enum<?>> constants) {
    String s = cursor.string();
    if (s == null) {
      return null;
    }
    for (int i = 0; i < constants.size(); i++) {
      Enum<?> e = constants.get(i);
      if (e.name().equals(s)) {
        return e;
      }
    }
    String hint = constants.stream().map(Enum::name).filter(s::equalsIgnoreCase)
        .findFirst().map(name -> "; did you mean " + name + "? (values are upper case)")
        .orElseGet(() -> "; expected one of " + constants.stream().map(Enum::name)
            .collect(Collectors.joining(", ")));
    cursor.error(Findings.INVALID_VALUE,
        Cursor.label(cursor.pointer()) + " " + Text.quote(s) + " is not a known value" + hint);
    return null;
  }

  private @Nullable TimeFrame timeFrame() {
    return parsed(TimeFrame::parse);
  }

  private @Nullable TimeFrame period() {
    TextLocation at = cursor.token() == JsonToken.VALUE_STRING ? cursor.here() : null;
    TimeFrame period = timeFrame();
    if (period != null && !period.isBounded()) {
      cursor.findings().add(Findings.INVALID_VALUE, Severity.ERROR, cursor.pointer(), at,
          period.isPermanent()
              ? "period must not be permanent; a plan has a bounded period, such as 2016/2018"
              : "period " + period + " has an open " + (period.startPoint().isEmpty() ? "start"
                  : "end") + "; a plan's period states its start and its end, such as "
                  + "2016/2018 or 2022-07/2024-06");
      return null;
    }
    return period;
  }

  private @Nullable OutlineNumber number() {
    return parsed(OutlineNumber::parse);
  }

  private @Nullable LocalDate date() {
    String s = cursor.string();
    if (s == null) {
      return null;
    }
    String what = Cursor.label(cursor.pointer()) + " " + Text.quote(s);
    if (DATE.matcher(s).matches()) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeException e) {
        cursor.error(Findings.INVALID_VALUE, what + " is not a real date");
        return null;
      }
    }
    cursor.error(Findings.INVALID_VALUE, what + " is not a date in the form YYYY-MM-DD");
    return null;
  }

  private @Nullable BigDecimal decimalValue() {
    JsonToken t = cursor.token();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      cursor.wrongType("a number");
      return null;
    }
    return decimal();
  }

  /** The number the parser is on, exactly; invalid-value if it cannot be kept exactly. */
  private @Nullable BigDecimal decimal() {
    String text = cursor.text();
    try {
      BigDecimal d = new BigDecimal(text);
      // JDKs disagree on an exponent that lands exactly on Integer.MIN_VALUE (17 rejects it,
      // 25 accepts it); such a scale cannot be negated either, so it is refused everywhere.
      if (d.scale() == Integer.MIN_VALUE) {
        throw new NumberFormatException("scale out of range");
      }
      return d;
    } catch (NumberFormatException e) {
      cursor.error(Findings.INVALID_VALUE, "the number " + Text.excerpt(text)
          + " is not a finite decimal number that can be kept exactly");
      return null;
    }
  }

  private @Nullable Integer year() {
    if (cursor.token() != JsonToken.VALUE_NUMBER_INT) {
      cursor.wrongType("an integer");
      return null;
    }
    String text = cursor.text();
    BigInteger y = new BigInteger(text);
    if (y.compareTo(MIN_YEAR) < 0 || y.compareTo(MAX_YEAR) > 0) {
      cursor.error(Findings.INVALID_VALUE, "year " + Text.excerpt(text)
          + " is out of range; years are " + MIN_YEAR + " to " + MAX_YEAR);
      return null;
    }
    return y.intValue();
  }

  private @Nullable List<String> languages() {
    Distinct<String> read = distinct("an array of language tags", this::language,
        tag -> "language " + Text.quote(tag));
    if (read == null) {
      return null;
    }
    if (read.elements() == 0) {
      JsonPointer p = cursor.pointer();
      cursor.findings().addAt(Findings.REQUIRED, Severity.ERROR, p, LocatePass.valueAt(p),
          "languages is empty; name at least the language the plan was adopted in");
      return null;
    }
    return read.values();
  }

  private @Nullable LocalizedText text() {
    if (cursor.token() != JsonToken.START_OBJECT) {
      cursor.wrongType("an object from language tag to text");
      return null;
    }
    FindingList findings = cursor.findings();
    long before = findings.errors();
    // The reader's own arrays, used again for every text (texts do not nest): the model copies
    // what it keeps.
    String[] tags = textTags;
    String[] texts = textTexts;
    int n = 0;
    String tag;
    while ((tag = cursor.nextName()) != null) {
      String first = null;
      for (int i = 0; i < n; i++) {
        if (tags[i].equalsIgnoreCase(tag)) {
          first = tags[i];
          break;
        }
      }
      if (first != null) {
        sameTag(tag, first);
        continue;
      }
      // Jackson gives every occurrence of a name as one string: a tag found well-formed before
      // is known by reference, without checking it again in every text.
      if (tag != wellFormedTag && tag != otherWellFormedTag) {
        if (Syntax.isLanguageTag(tag)) {
          otherWellFormedTag = wellFormedTag;
          wellFormedTag = tag;
        } else {
          badTag(tag);
        }
      }
      if (n == tags.length) {
        tags = textTags = Arrays.copyOf(tags, n * 2);
        texts = textTexts = Arrays.copyOf(texts, n * 2);
      }
      tags[n] = tag;
      cursor.push(tag);
      JsonToken t = cursor.next();
      String s = null;
      if (t == JsonToken.VALUE_NULL) {
        noText(tag, "null");
      } else {
        s = cursor.string();
        if (s != null && Blank.isBlank(s)) {
          noText(tag, "blank");
          s = null;
        }
      }
      cursor.pop();
      texts[n++] = s;
    }
    if (n == 0) {
      noLanguage();
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

  // The findings of texts, out of text() so that it stays small enough to be compiled whole.

  private void sameTag(String tag, String first) {
    if (first.equals(tag)) {
      cursor.duplicate(tag);
    } else {
      cursor.sameLanguage(tag, first);
    }
  }

  private void badTag(String tag) {
    JsonPointer p = cursor.pointer();
    cursor.findings().add(Findings.INVALID_VALUE, Severity.ERROR, p.append(tag), cursor.here(),
        "language tag " + Text.quote(tag) + " of " + Cursor.label(p)
            + " is not a well-formed BCP 47 tag (for example az, en, az-Cyrl)");
  }

  private void noText(String tag, String what) {
    JsonPointer p = cursor.pointer();
    cursor.error(Findings.REQUIRED, "the " + Text.quote(tag) + " text of "
        + Cursor.label(p.parent().orElseThrow()) + " is " + what);
  }

  private void noLanguage() {
    JsonPointer p = cursor.pointer();
    cursor.findings().addAt(Findings.REQUIRED, Severity.ERROR, p, LocatePass.valueAt(p),
        Cursor.label(p) + " has no text; give it in at least one language, such as "
            + "{\"en\": \"...\"}");
  }

  private @Nullable JsonObject extensions() {
    if (cursor.token() != JsonToken.START_OBJECT) {
      cursor.wrongType("an object");
      return JsonObject.EMPTY;
    }
    JsonValue v = json();
    return v instanceof JsonObject object ? object : JsonObject.EMPTY;
  }

  /**
   * Reads any JSON value, for extensions; null if a string or number in it cannot be bound. The
   * objects and arrays it is in are kept on a stack of its own, not the thread's, so that the
   * deepest value the limits allow is read on a small thread stack.
   */
  private @Nullable JsonValue json() {
    JsonToken t = cursor.token();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return scalar(t);
    }
    ArrayList<Open> stack = new ArrayList<>();
    stack.add(new Open(t == JsonToken.START_OBJECT));
    while (true) {
      Open o = stack.get(stack.size() - 1);
      JsonToken value;
      if (o.members != null) {
        String name = cursor.nextName();
        if (name == null) {
          value = null;
        } else if (!o.seen.add(name)) {
          cursor.duplicate(name);
          continue;
        } else {
          cursor.push(name);
          if (cursor.unicode(name) == null) {
            o.ok = false;
          }
          o.name = name;
          value = cursor.next();
        }
      } else {
        cursor.push(o.elements.size() + o.lost);
        value = cursor.next();
        if (value == JsonToken.END_ARRAY) {
          cursor.pop();
          value = null;
        }
      }
      JsonValue done;
      if (value == null) {
        // The container ended.
        stack.remove(stack.size() - 1);
        done = !o.ok ? null : o.members != null ? JsonObject.of(o.members)
            : JsonArray.of(o.elements);
        if (stack.isEmpty()) {
          return done;
        }
        o = stack.get(stack.size() - 1);
      } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        stack.add(new Open(value == JsonToken.START_OBJECT));
        continue;
      } else {
        done = scalar(value);
      }
      // A value of the container o is complete: keep it, and leave its place in the path.
      if (done == null) {
        o.ok = false;
        if (o.members == null) {
          o.lost++;
        }
      } else if (o.members != null) {
        o.members.put(o.name, done);
      } else {
        o.elements.add(done);
      }
      cursor.pop();
    }
  }

  /** An object or array of an extension being read. */
  private static final class Open {
    final @Nullable Map<String, JsonValue> members;
    final @Nullable Set<String> seen;
    final @Nullable List<JsonValue> elements;
    // Elements that could not be bound, so that indexes in the path stay those of the document.
    int lost;
    @Nullable String name;
    boolean ok = true;

    Open(boolean object) {
      members = object ? new LinkedHashMap<>() : null;
      seen = object ? new HashSet<>() : null;
      elements = object ? null : new ArrayList<>();
    }
  }

  /** A string, number or literal of an extension; null if it cannot be bound. */
  private @Nullable JsonValue scalar(JsonToken t) {
    switch (t) {
      case VALUE_STRING -> {
        String text = cursor.string();
        return text == null ? null : JsonString.of(text);
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
}
