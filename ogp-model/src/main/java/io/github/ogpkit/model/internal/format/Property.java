package io.github.ogpkit.model.internal.format;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One property of an object type of the format: its name, the kind of its value, whether it is
 * required, the format version that introduced it, and how its value is taken from the model.
 * Made only by {@link ObjectType.Builder}; see {@link Format}. Internal.
 *
 * @param <O> the model type of the object that has the property
 * @param <V> the type of the bound value: the element list for arrays, the plain value (never an
 *     {@code Optional}) for optional properties
 */
@API(status = INTERNAL, since = "0.1")
public final class Property<O, V> {

  /** How a property's presence is checked. */
  @API(status = INTERNAL, since = "0.1")
  public enum Presence {
    /** The property must be present and not null. */
    REQUIRED,
    /** The property may be left out; it must not be null. */
    OPTIONAL,
    /**
     * The property is required unless another property of the object, an array, is present and
     * not empty (a plan's sections, unless it has top-level measures); an array property so
     * required must not be empty either.
     */
    REQUIRED_UNLESS_NON_EMPTY,
    /**
     * The property is required unless one of some other properties of the object is present
     * (a progress entry's status, unless it has {@code onSchedule} or a {@code summary}): an
     * object needs at least one of them, and the finding is at this one. Since 1.1.
     */
    REQUIRED_UNLESS_ANY
  }

  private final String name;
  private final ValueKind kind;
  private final Presence presence;
  private final int index;
  private final String since;
  private final Function<O, ?> getter;
  private final @Nullable Supplier<ObjectType<?>> element;
  // The element type once asked for: types refer to each other, so it cannot be resolved when
  // the property is made. A race only resolves it twice to the same immutable type.
  private @Nullable ObjectType<?> resolved;
  private final @Nullable List<? extends Enum<?>> constants;
  private final boolean nonEmpty;
  private final boolean label;
  private final @Nullable String unless;
  private final @Nullable String why;
  private final @Nullable Object absent;
  private final List<String> alternatives;

  Property(String name, ValueKind kind, Presence presence, int index, String since,
      Function<O, ?> getter, @Nullable Supplier<ObjectType<?>> element,
      @Nullable List<? extends Enum<?>> constants, boolean nonEmpty, boolean label,
      @Nullable String unless, @Nullable String why, @Nullable Object absent,
      List<String> alternatives) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.presence = Objects.requireNonNull(presence, "presence");
    this.index = index;
    this.since = Objects.requireNonNull(since, "since");
    this.getter = Objects.requireNonNull(getter, "getter");
    this.element = element;
    this.constants = constants;
    this.nonEmpty = nonEmpty;
    this.label = label;
    this.unless = unless;
    this.why = why;
    this.absent = absent;
    this.alternatives = List.copyOf(alternatives);
  }

  /**
   * Returns the other properties of the object whose presence makes a
   * {@link Presence#REQUIRED_UNLESS_ANY} property optional.
   *
   * @return their names, in canonical order; empty for other presences
   */
  public List<String> alternatives() {
    return alternatives;
  }

  /**
   * Returns the property's name in the JSON format.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the kind of the property's value.
   *
   * @return the kind
   */
  public ValueKind kind() {
    return kind;
  }

  /**
   * Returns how the property's presence is checked.
   *
   * @return the presence
   */
  public Presence presence() {
    return presence;
  }

  /**
   * Returns the position of the property in its object type's canonical order, from 0.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * Returns the format version that introduced the property, such as {@code 1.0}.
   *
   * @return the version
   */
  public String since() {
    return since;
  }

  /**
   * Returns the type of the object, or of the array's elements, for {@link ValueKind#OBJECT} and
   * {@link ValueKind#ARRAY}.
   *
   * @return the element type
   * @throws IllegalStateException for other kinds
   */
  public ObjectType<?> element() {
    if (element == null) {
      throw new IllegalStateException(name + " is of kind " + kind + ", which has no element type");
    }
    ObjectType<?> type = resolved;
    if (type == null) {
      type = element.get();
      resolved = type;
    }
    return type;
  }

  /**
   * Returns the constants of an {@link ValueKind#ENUM} or {@link ValueKind#ENUM_SET} property, in
   * declaration order.
   *
   * @return the constants
   * @throws IllegalStateException for other kinds
   */
  public List<? extends Enum<?>> constants() {
    if (constants == null) {
      throw new IllegalStateException(name + " is of kind " + kind + ", which has no constants");
    }
    return constants;
  }

  /**
   * Tells whether an array property must have at least one element.
   *
   * @return true if an empty array is a finding
   */
  public boolean nonEmpty() {
    return nonEmpty;
  }

  /**
   * Tells whether the property's value names its object in messages ({@code measure 1.2},
   * {@code institution ministry-of-justice}).
   *
   * @return true for the labelling property of its type
   */
  public boolean isLabel() {
    return label;
  }

  /**
   * Returns the name of the array property of the same object whose non-empty presence makes a
   * {@link Presence#REQUIRED_UNLESS_NON_EMPTY} property optional.
   *
   * @return the other property's name
   * @throws IllegalStateException for other presences
   */
  public String unlessName() {
    if (unless == null) {
      throw new IllegalStateException(name + " is " + presence);
    }
    return unless;
  }

  /**
   * Returns why a conditionally required property is required, for messages, such as
   * {@code " (only a measure with sub-measures may omit it)"}; empty for other properties.
   *
   * @return the reason, starting with a space, or empty
   */
  public String why() {
    return why == null ? "" : why;
  }

  /**
   * Returns the value the model holds when the property is absent from a document: an empty
   * list, empty extensions, {@code false}; null for properties whose absence the model holds as
   * an empty {@code Optional}, or that are required.
   *
   * @return the value for an absent property, or null
   */
  public @Nullable Object absent() {
    return absent;
  }

  /**
   * Takes the property's value from an object of the model, for writing: the value itself, an
   * {@code Optional} of it for an optional property, or the list of an array property.
   *
   * @param object the object
   * @return the value as the model holds it
   */
  public Object get(O object) {
    return getter.apply(object);
  }

  /**
   * Takes the bound value of this property from the values read for its object.
   *
   * @param values the values read
   * @return the value, or {@link #absent()} if there was none
   */
  @SuppressWarnings("unchecked")
  public @Nullable V of(Values values) {
    Object v = values.get(index);
    return (V) (v != null ? v : absent);
  }

  @Override
  public String toString() {
    return name;
  }
}
