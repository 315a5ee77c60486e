package io.github.ogpkit.io.internal;

import io.github.ogpkit.io.internal.FindingList.Entry;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.internal.format.ObjectType;
import io.github.ogpkit.model.internal.format.Property;
import io.github.ogpkit.model.internal.format.Property.Presence;
import io.github.ogpkit.model.internal.format.ValueKind;
import io.github.ogpkit.model.internal.format.Values;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Binds the objects of the format, as the format's description ({@code Format}) says: each
 * property is looked up in its object type, read by its kind, and checked for presence when the
 * object ends; an object is built only if nothing in it was an error. Arrays of objects and
 * objects in objects are read here too; plain values by the {@link ValueReader}.
 */
class ObjectBinder {

  final Cursor cursor;
  final ValueReader values;
  // The objects being read, outermost first; the slots above openCount are kept to be used
  // again: an Open and its values per object read were a third of what reading allocated.
  private Open[] open = new Open[8];
  private int openCount;
  private Severity unknownSeverity = Severity.ERROR;
  // The number of elements of the array read last, or -1 if the value was no array.
  private int lastArraySize;
  // How many sections and measures the one being read is in, itself included.
  private int nesting;
  // Per object type (by its number), the strings Jackson gave for its properties' names, by index.
  private @Nullable String[] @Nullable [] namesFound = new String[32][];

  ObjectBinder(Cursor cursor) {
    this.cursor = cursor;
    this.values = new ValueReader(cursor);
  }

  /** Reports properties the format does not define as warnings instead of errors. */
  void unknownAsWarnings() {
    unknownSeverity = Severity.WARNING;
    values.newerMinor();
  }

  /**
   * One object being read: what it has seen of its type's properties and the values bound, and
   * the findings that wait for its name (its number or id may come after them). Used again, by
   * {@link #reset}, for a later object at the same level once this one is read.
   */
  static final class Open {
    ObjectType<?> type;
    // The names of the type's properties as Jackson gave them, by index (namesFound).
    @Nullable String[] names;
    Values values;
    long errorsBefore;
    int at;
    // The index of the property expected next: the one after the last read, as in canonical order.
    int next;
    long seen;
    long nulls;
    // Array properties read as arrays with no element: a measure with "measures": [] has none.
    long empty;
    private @Nullable Map<Integer, TextLocation> nullAt;
    private @Nullable Set<String> others;
    private @Nullable List<Function<String, String>> waitingMessages;
    private @Nullable List<Entry> waiting;
    // The number or id as read, to name the object in messages; made into words only then.
    private @Nullable String label;

    Open(ObjectType<?> type, long errorsBefore, int at, @Nullable String[] names) {
      this.type = type;
      this.names = names;
      this.values = type.newValues();
      this.errorsBefore = errorsBefore;
      this.at = at;
    }

    /** Makes this the state of a new object, as the constructor would. */
    void reset(ObjectType<?> type, long errorsBefore, int at) {
      this.type = type;
      // Only the values of properties seen were set.
      this.values = type.reuse(values, seen);
      this.errorsBefore = errorsBefore;
      this.at = at;
      next = 0;
      seen = 0;
      nulls = 0;
      empty = 0;
      nullAt = null;
      others = null;
      waitingMessages = null;
      waiting = null;
      label = null;
    }

    String what() {
      return type.what(label != null && !label.isBlank() ? Text.excerpt(label) : null);
    }

    boolean present(Property<?, ?> p) {
      return (seen & bit(p)) != 0;
    }
  }

  private static long bit(Property<?, ?> p) {
    return 1L << p.index();
  }

  /**
   * Finds the property to read for a name in an object; null for one the format does not define,
   * or for any property of an object that is not checked. Overridden for the root.
   *
   * @param o the object
   * @param name the name
   * @return the property, or null
   */
  @Nullable Property<?, ?> propertyToRead(Open o, String name) {
    // Jackson gives every occurrence of a name as one string (its symbol table's): a name found
    // once is then known by reference, without comparing its characters with each property's
    // name again (about 2% of reading 1,000 measures). Another string of the same name, should
    // Jackson make one, is looked up by its characters, as the first was.
    @Nullable String[] known = o.names;
    for (int i = Math.max(o.next, 0); i < known.length; i++) {
      if (known[i] == name) {
        return o.type.properties().get(i);
      }
    }
    Property<?, ?> p = o.type.property(name, o.next);
    if (p != null) {
      known[p.index()] = name;
    }
    return p;
  }

  /** The names found so far for each property of a type, by index, in this reading. */
  private @Nullable String[] namesFound(ObjectType<?> type) {
    int number = type.number();
    if (number >= namesFound.length) {
      namesFound = Arrays.copyOf(namesFound, number + 8);
    }
    @Nullable String[] names = namesFound[number];
    if (names == null) {
      names = new String[type.properties().size()];
      namesFound[number] = names;
    }
    return names;
  }

  /** Whether an object is checked and bound; false only when it is not to be checked. */
  boolean checked(Open o) {
    return true;
  }

  /**
   * Reads an object value of a type; wrong-type for anything else. A section or measure deeper
   * than the model allows ({@link Plan#MAX_NESTING}) is invalid-value and skipped, so that reading
   * never descends further than a plan can be built.
   */
  final <T> @Nullable T object(ObjectType<T> type) {
    if (cursor.token() != JsonToken.START_OBJECT) {
      cursor.wrongType("an object");
      return null;
    }
    if (!type.nests()) {
      return read(type);
    }
    if (nesting == Plan.MAX_NESTING) {
      cursor.error(Findings.INVALID_VALUE, "this " + type.noun() + " is at level "
          + (nesting + 1) + "; sections and measures nest at most " + Plan.MAX_NESTING
          + " levels (Plan.MAX_NESTING)");
      cursor.skip();
      return null;
    }
    nesting++;
    try {
      return read(type);
    } finally {
      nesting--;
    }
  }

  /** Reads an object; the parser is on its START_OBJECT, counted. */
  final <T> @Nullable T read(ObjectType<T> type) {
    Open o = push(type);
    String name;
    while ((name = cursor.nextName()) != null) {
      Property<?, ?> p = propertyToRead(o, name);
      if (p != null && (o.seen & bit(p)) == 0) {
        o.seen |= bit(p);
        o.next = p.index() + 1;
        cursor.push(name);
        // A null is reported when its object ends, as absent ones are; an object that is not
        // checked does not end checked, so there its properties read a null as any wrong type.
        if (cursor.next() == JsonToken.VALUE_NULL && checked(o)) {
          o.nulls |= bit(p);
          if (o.nullAt == null) {
            o.nullAt = new HashMap<>();
          }
          o.nullAt.put(p.index(), cursor.here());
        } else {
          property(o, p);
        }
        cursor.pop();
      } else if (p != null) {
        cursor.duplicate(name);
      } else {
        if (o.others == null) {
          o.others = new HashSet<>();
        }
        if (!o.others.add(name)) {
          cursor.duplicate(name);
        } else {
          if (checked(o)) {
            unknown(o, name);
          }
          cursor.push(name);
          cursor.next();
          cursor.skip();
          cursor.pop();
        }
      }
    }
    if (cursor.token() != JsonToken.END_OBJECT) {
      throw new IllegalStateException("the parser ended an object with " + cursor.token());
    }
    boolean checked = checked(o);
    if (checked) {
      end(o);
    }
    T built = checked && cursor.findings().errors() == o.errorsBefore ? type.build(o.values)
        : null;
    openCount--;
    nameWaiting(o);
    return built;
  }

  /** The state of a new object at the next level, made of the last one there if any. */
  private Open push(ObjectType<?> type) {
    long errorsBefore = cursor.findings().errors();
    if (openCount == open.length) {
      open = Arrays.copyOf(open, openCount * 2);
    }
    Open o = open[openCount];
    if (o == null) {
      o = new Open(type, errorsBefore, cursor.depth(), namesFound(type));
      open[openCount] = o;
    } else {
      if (o.type != type) {
        o.names = namesFound(type);
      }
      o.reset(type, errorsBefore, cursor.depth());
    }
    openCount++;
    return o;
  }

  /** Reads the value of a defined property; the cursor is on its first token, not null. */
  void property(Open o, Property<?, ?> p) {
    if (p.isLabel() && cursor.token() == JsonToken.VALUE_STRING) {
      o.label = cursor.text();
    }
    Object value;
    if (p.kind() == ValueKind.OBJECT) {
      value = object(p.element());
    } else if (p.kind() == ValueKind.ARRAY) {
      value = array(p.element(), p.nonEmpty());
      if (lastArraySize == 0) {
        o.empty |= bit(p);
      }
    } else {
      value = values.read(p);
    }
    o.values.set(p, value);
  }

  /** Reads an array of objects of a type; wrong-type, and an empty list, for anything else. */
  private <T> List<T> array(ObjectType<T> type, boolean nonEmpty) {
    if (cursor.token() != JsonToken.START_ARRAY) {
      cursor.wrongType("an array");
      lastArraySize = -1;
      return List.of();
    }
    // Most lists of a plan hold one element (an indicator, an assignment): no ArrayList for them.
    T single = null;
    List<T> out = null;
    int i = 0;
    while (true) {
      cursor.push(i);
      JsonToken t = cursor.next();
      if (t == JsonToken.END_ARRAY) {
        cursor.pop();
        break;
      }
      if (t == JsonToken.VALUE_NULL) {
        cursor.wrongType("an object");
      } else {
        T value = object(type);
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
      cursor.pop();
      i++;
    }
    lastArraySize = i;
    if (nonEmpty && i == 0) {
      JsonPointer p = cursor.pointer();
      cursor.findings().addAt(Findings.REQUIRED, Severity.ERROR, p, LocatePass.valueAt(p),
          Cursor.label(p) + " is empty; it needs at least one");
    }
    return out != null ? out : single != null ? List.of(single) : List.of();
  }

  /** The findings of absent and null properties, known when an object ends. */
  private void end(Open o) {
    // Most objects have every required property and no null: nothing to report. A property
    // required unless another array has elements is missing when absent or an empty array.
    if (o.nulls == 0 && (~o.seen & o.type.requiredMask()) == 0
        && (~(o.seen & ~o.empty) & o.type.conditionalMask()) == 0
        && o.type.hasAlternatives(o.seen & ~o.nulls)) {
      return;
    }
    JsonPointer path = null;
    // An index loop: an iterator per object read was a tenth of the reader's allocation.
    List<? extends Property<?, ?>> properties = o.type.properties();
    for (int i = 0; i < properties.size(); i++) {
      Property<?, ?> p = properties.get(i);
      long bit = bit(p);
      boolean isNull = (o.nulls & bit) != 0;
      boolean required = isRequired(o, p);
      // An empty array stands for an absent one where another array could have stood for it.
      boolean emptyInstead = p.presence() == Presence.REQUIRED_UNLESS_NON_EMPTY
          && (o.empty & bit) != 0;
      if ((o.seen & bit) != 0 && !isNull && !(emptyInstead && required)
          || !required && !isNull) {
        continue;
      }
      if (path == null) {
        path = cursor.pointer(o.at);
      }
      String name = p.name();
      String why = required ? p.why() : "";
      JsonPointer at = path.append(name);
      if (emptyInstead) {
        report(o, Findings.REQUIRED, at, null, LocatePass.valueAt(path),
            what -> "\"" + name + "\" of " + what + " is empty, and so is \"" + p.unlessName()
                + "\"" + why);
      } else if (!isNull) {
        report(o, Findings.REQUIRED, at, null, LocatePass.valueAt(path),
            what -> what + " lacks the required property \"" + name + "\"" + why);
      } else if (required) {
        report(o, Findings.REQUIRED, at, o.nullAt.get(p.index()), null,
            what -> "the required property \"" + name + "\" of " + what + " is null" + why);
      } else {
        report(o, Findings.WRONG_TYPE, at, o.nullAt.get(p.index()), null,
            what -> "the optional property \"" + name + "\" of " + what
                + " is null; leave it out instead");
      }
    }
  }

  /**
   * Whether an absent or null property is required. A property required unless an array is not
   * empty is required when that array is absent or read as empty; when the array is no array at
   * all, its own finding says so, and a second one would be noise.
   */
  private static boolean isRequired(Open o, Property<?, ?> p) {
    if (p.presence() == Presence.REQUIRED_UNLESS_NON_EMPTY) {
      Property<?, ?> unless = o.type.property(p.unlessName());
      return !o.present(unless) || (o.empty & bit(unless)) != 0;
    }
    if (p.presence() == Presence.REQUIRED_UNLESS_ANY) {
      // Required when none of the group is there with a value; a null is its own finding.
      for (String name : p.alternatives()) {
        Property<?, ?> other = o.type.property(name);
        if (o.present(other) && (o.nulls & bit(other)) == 0) {
          return false;
        }
      }
      return (o.nulls & bit(p)) == 0;
    }
    return p.presence() == Presence.REQUIRED;
  }

  private void unknown(Open o, String name) {
    String suggestion = Text.suggest(name, o.type.names());
    report(o, Findings.UNKNOWN_PROPERTY, cursor.pointer().append(name), cursor.here(), null,
        what -> "unknown property " + Text.quote(name) + " in " + what
            + (suggestion != null ? "; did you mean \"" + suggestion + "\"?"
                : "; data outside the format belongs in \"extensions\""));
  }

  /** Adds an object-level finding whose message names the object, once its name is known. */
  private void report(Open o, String rule, JsonPointer path, @Nullable TextLocation location,
      FindingList.@Nullable Target locateAt, Function<String, String> message) {
    Severity severity = rule.equals(Findings.UNKNOWN_PROPERTY) ? unknownSeverity : Severity.ERROR;
    Entry e = cursor.findings().addWaiting(rule, severity, path, location, locateAt);
    if (e != null) {
      if (o.waiting == null) {
        o.waiting = new ArrayList<>();
        o.waitingMessages = new ArrayList<>();
      }
      o.waiting.add(e);
      o.waitingMessages.add(message);
    }
  }

  private static void nameWaiting(Open o) {
    if (o.waiting != null) {
      String what = o.what();
      for (int i = 0; i < o.waiting.size(); i++) {
        o.waiting.get(i).message(o.waitingMessages.get(i).apply(what));
      }
      o.waiting = null;
    }
  }

  /** Names the objects left open when reading ends early, as far as they were read. */
  final void nameOpenObjects() {
    for (int i = openCount - 1; i >= 0; i--) {
      nameWaiting(open[i]);
    }
    openCount = 0;
  }
}
