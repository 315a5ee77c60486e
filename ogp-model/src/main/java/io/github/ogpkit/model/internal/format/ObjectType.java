package io.github.ogpkit.model.internal.format;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.internal.format.Property.Presence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One object type of the format (the plan, a section, a measure...): its properties in canonical
 * order, how messages name its objects, and how the model object is built from bound values.
 * Immutable once its class is initialized; see {@link Format}. Internal.
 *
 * @param <O> the model type
 */
@API(status = INTERNAL, since = "0.1")
public final class ObjectType<O> {

  // Numbers the types in the order they are made, for readers' arrays per type.
  private static final AtomicInteger COUNT = new AtomicInteger();

  private final String noun;
  private final String article;
  private final List<Property<O, ?>> properties;
  // The same, for lookups by index without the list's wrapper.
  private final Property<?, ?>[] byIndex;
  private final Map<String, Property<O, ?>> byName;
  private final Function<Values, O> build;
  private final long required;
  private final long conditional;
  // Per property required unless any of others is present: its bit and theirs.
  private final long[] alternativeGroups;
  private final boolean nests;
  private final int number;

  private ObjectType(String noun, String article, List<Property<O, ?>> properties,
      Function<Values, O> build, boolean nests) {
    if (properties.size() > Long.SIZE) {
      throw new IllegalStateException(noun + " has more properties than a mask holds");
    }
    this.noun = noun;
    this.article = article;
    this.properties = Collections.unmodifiableList(new ArrayList<>(properties));
    this.byIndex = properties.toArray(new Property<?, ?>[0]);
    Map<String, Property<O, ?>> map = new HashMap<>();
    long mask = 0;
    long maybe = 0;
    List<Long> groups = new ArrayList<>();
    for (int i = 0; i < byIndex.length; i++) {
      Property<O, ?> p = properties.get(i);
      if (p.index() != i) {
        throw new IllegalStateException(noun + "." + p.name() + " has index " + p.index()
            + " at position " + i);
      }
      if (map.put(p.name(), p) != null) {
        throw new IllegalStateException(noun + " defines " + p.name() + " twice");
      }
      if (p.presence() == Presence.REQUIRED) {
        mask |= 1L << p.index();
      }
      if (p.presence() == Presence.REQUIRED_UNLESS_NON_EMPTY) {
        maybe |= 1L << p.index();
        if (properties.stream().noneMatch(q -> q.name().equals(p.unlessName())
            && q.kind() == ValueKind.ARRAY)) {
          throw new IllegalStateException(noun + "." + p.name() + " names no array property "
              + p.unlessName());
        }
      }
      if (p.presence() == Presence.REQUIRED_UNLESS_ANY) {
        long group = 1L << p.index();
        for (String other : p.alternatives()) {
          Property<O, ?> q = properties.stream().filter(x -> x.name().equals(other)).findFirst()
              .orElseThrow(() -> new IllegalStateException(noun + "." + p.name()
                  + " names no property " + other));
          group |= 1L << q.index();
        }
        groups.add(group);
      }
    }
    this.alternativeGroups = groups.stream().mapToLong(Long::longValue).toArray();
    this.byName = map;
    this.build = build;
    this.required = mask;
    this.conditional = maybe;
    this.nests = nests;
    this.number = COUNT.getAndIncrement();
  }

  /**
   * A number of this type, distinct from every other type's and small (0, 1, 2, ... in the order
   * the types are made): a reader keeps something per type in an array by it.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Tells whether objects of this type count towards the nesting the model allows
   * ({@code Plan.MAX_NESTING}): sections and measures.
   *
   * @return true for sections and measures
   */
  public boolean nests() {
    return nests;
  }

  /**
   * Starts the properties of a type. Declare each property as a constant with the builder's
   * methods, in canonical order (static initializers run in textual order), then call
   * {@link Builder#type}.
   *
   * @param <O> the model type
   * @return the builder
   */
  public static <O> Builder<O> builder() {
    return new Builder<>();
  }

  /**
   * Returns the properties in canonical order.
   *
   * @return the properties, unmodifiable
   */
  public List<Property<O, ?>> properties() {
    return properties;
  }

  /**
   * Returns the names of the properties in canonical order.
   *
   * @return the names
   */
  public List<String> names() {
    return properties.stream().map(Property::name).toList();
  }

  /**
   * Finds a property by name.
   *
   * @param name the name in a document
   * @return the property, or null if the type defines no such property
   */
  public @Nullable Property<O, ?> property(String name) {
    return byName.get(name);
  }

  /**
   * Finds a property by name, trying first the properties from an expected index on: a document
   * in canonical order names the properties of an object in the order of their indexes, some
   * left out, and comparing a few short names is cheaper than a lookup in a map.
   *
   * @param name the name in a document
   * @param from the index of the property expected next (after the last one found); any int
   * @return the property, or null if the type defines no such property
   */
  @SuppressWarnings("unchecked")
  public @Nullable Property<O, ?> property(String name, int from) {
    for (int i = Math.max(from, 0); i < byIndex.length; i++) {
      Property<?, ?> p = byIndex[i];
      if (p.name().equals(name)) {
        return (Property<O, ?>) p;
      }
    }
    return byName.get(name);
  }

  /**
   * Returns the properties that are always required, one bit per property index.
   *
   * @return the bit mask
   */
  public long requiredMask() {
    return required;
  }

  /**
   * Returns the properties required unless an array of the object is not empty
   * ({@link Presence#REQUIRED_UNLESS_NON_EMPTY}), one bit per property index.
   *
   * @return the bit mask
   */
  public long conditionalMask() {
    return conditional;
  }

  /**
   * Tells whether an object, of which the properties whose bits are set were present, has at
   * least one of each group of alternatives ({@link Presence#REQUIRED_UNLESS_ANY}).
   *
   * @param present one bit per property index present
   * @return true if no such property is missing
   */
  public boolean hasAlternatives(long present) {
    for (long group : alternativeGroups) {
      if ((present & group) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the property whose value names an object of this type in messages.
   *
   * @return the labelling property, or null if objects of this type are named by kind only
   */
  public @Nullable Property<O, ?> label() {
    for (Property<O, ?> p : properties) {
      if (p.isLabel()) {
        return p;
      }
    }
    return null;
  }

  /**
   * Names an object of this type for messages: {@code measure 1.2} when its label is known,
   * otherwise {@code a measure}, {@code an indicator}, {@code the plan}.
   *
   * @param label the label as read, already made safe for a message, or null
   * @return the words
   */
  public String what(@Nullable String label) {
    return label != null ? noun + " " + label : article + " " + noun;
  }

  /**
   * Returns the noun for objects of this type, such as {@code measure}.
   *
   * @return the noun
   */
  public String noun() {
    return noun;
  }

  /**
   * Creates empty values for one object of this type.
   *
   * @return the values
   */
  public Values newValues() {
    return new Values(properties.size());
  }

  /**
   * Empty values for one object of this type, made of values used before when they are large
   * enough: a reader reads one object at a time at each level, and a new array per object was a
   * fifth of what reading allocated. Only the values that were set are cleared: those of the
   * properties whose bits are in a mask.
   *
   * @param old values of an object already built, of any type, or null
   * @param set one bit per property index: every index {@link Values#set} was called with since
   *     the values were last emptied
   * @return {@code old} emptied, or new values
   */
  public Values reuse(@Nullable Values old, long set) {
    if (old != null && old.fits(properties.size())) {
      old.clear(set);
      return old;
    }
    return newValues();
  }

  /**
   * Builds the model object from the values bound for it; call only when none of them had an
   * error, so that every required value is there.
   *
   * @param values the values
   * @return the object
   */
  public O build(Values values) {
    return build.apply(values);
  }

  @Override
  public String toString() {
    return noun;
  }

  /**
   * Declares the properties of one object type, in canonical order.
   *
   * @param <O> the model type
   */
  @API(status = INTERNAL, since = "0.1")
  public static final class Builder<O> {
    private final List<Property<O, ?>> properties = new ArrayList<>();
    private String since = Format.FIRST_VERSION;
    private boolean nests;
    private boolean built;

    private Builder() {}

    /**
     * Says that objects of the type count towards the nesting the model allows.
     *
     * @return this builder
     */
    public Builder<O> nests() {
      this.nests = true;
      return this;
    }

    /**
     * Says which format version introduced the properties declared after this call; until it is
     * called, {@link Format#FIRST_VERSION}.
     *
     * @param version the version, such as {@code 1.1}
     * @return this builder
     */
    public Builder<O> since(String version) {
      this.since = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Declares a required property.
     *
     * @param <V> the value type
     * @param name the name
     * @param kind the kind of value
     * @param getter takes the value from the model
     * @return the property
     */
    public <V> Property<O, V> required(String name, ValueKind kind, Function<O, V> getter) {
      return add(name, kind, Presence.REQUIRED, getter, null, null, false, false, null, null,
          null);
    }

    /**
     * Declares a required property whose value names its object in messages.
     *
     * @param <V> the value type
     * @param name the name
     * @param kind the kind of value
     * @param getter takes the value from the model
     * @return the property
     */
    public <V> Property<O, V> label(String name, ValueKind kind, Function<O, V> getter) {
      return add(name, kind, Presence.REQUIRED, getter, null, null, false, true, null, null,
          null);
    }

    /**
     * Declares an optional property, held as an {@code Optional} by the model.
     *
     * @param <V> the value type
     * @param name the name
     * @param kind the kind of value
     * @param getter takes the {@code Optional} from the model
     * @return the property
     */
    public <V> Property<O, V> optional(String name, ValueKind kind,
        Function<O, java.util.Optional<V>> getter) {
      return add(name, kind, Presence.OPTIONAL, getter, null, null, false, false, null, null,
          null);
    }

    /**
     * Declares a required property holding the name of a constant of an enum.
     *
     * @param <E> the enum
     * @param name the name
     * @param type the enum's class
     * @param getter takes the value from the model
     * @return the property
     */
    public <E extends Enum<E>> Property<O, E> enumeration(String name, Class<E> type,
        Function<O, E> getter) {
      return add(name, ValueKind.ENUM, Presence.REQUIRED, getter, null,
          List.of(type.getEnumConstants()), false, false, null, null, null);
    }

    /**
     * Declares an optional property holding the name of a constant of an enum, held as an
     * {@code Optional} by the model.
     *
     * @param <E> the enum
     * @param name the name
     * @param type the enum's class
     * @param getter takes the {@code Optional} from the model
     * @return the property
     */
    public <E extends Enum<E>> Property<O, E> optionalEnumeration(String name, Class<E> type,
        Function<O, java.util.Optional<E>> getter) {
      return add(name, ValueKind.ENUM, Presence.OPTIONAL, getter, null,
          List.of(type.getEnumConstants()), false, false, null, null, null);
    }

    /**
     * Declares a required object property of another type.
     *
     * @param <V> the model type of the value
     * @param name the name
     * @param type the value's type, supplied lazily so that types may refer to each other
     * @param getter takes the value from the model
     * @return the property
     */
    public <V> Property<O, V> requiredObject(String name, Supplier<ObjectType<V>> type,
        Function<O, V> getter) {
      return add(name, ValueKind.OBJECT, Presence.REQUIRED, getter, type::get, null, false,
          false, null, null, null);
    }

    /**
     * Declares an optional property that an object needs unless it has one of some other
     * properties, declared before or after it ({@link Presence#REQUIRED_UNLESS_ANY}). An
     * optional boolean of this kind keeps {@code false}: the model holds it as an
     * {@code Optional}.
     *
     * @param <V> the value type
     * @param name the name
     * @param kind the kind of value
     * @param alternatives the names of the other properties, any of which makes it optional
     * @param why why one of them is required, for messages, starting with a space
     * @param getter takes the {@code Optional} from the model
     * @return the property
     */
    public <V> Property<O, V> requiredUnlessAny(String name, ValueKind kind,
        List<String> alternatives, String why, Function<O, java.util.Optional<V>> getter) {
      return add(name, kind, Presence.REQUIRED_UNLESS_ANY, getter, null, null, false, false,
          null, why, null, alternatives);
    }

    /**
     * Declares an optional enum property that an object needs unless it has one of some other
     * properties ({@link Presence#REQUIRED_UNLESS_ANY}).
     *
     * @param <E> the enum
     * @param name the name
     * @param type the enum's class
     * @param alternatives the names of the other properties, any of which makes it optional
     * @param why why one of them is required, for messages, starting with a space
     * @param getter takes the {@code Optional} from the model
     * @return the property
     */
    public <E extends Enum<E>> Property<O, E> enumerationRequiredUnlessAny(String name,
        Class<E> type, List<String> alternatives, String why,
        Function<O, java.util.Optional<E>> getter) {
      return add(name, ValueKind.ENUM, Presence.REQUIRED_UNLESS_ANY, getter, null,
          List.of(type.getEnumConstants()), false, false, null, why, null, alternatives);
    }

    /**
     * Declares an optional boolean that the model holds as {@code false} when absent, and that
     * the writer leaves out when false.
     *
     * @param name the name
     * @param getter takes the value from the model
     * @return the property
     */
    public Property<O, Boolean> flag(String name, Function<O, Boolean> getter) {
      return add(name, ValueKind.BOOLEAN, Presence.OPTIONAL, getter, null, null, false, false,
          null, null, Boolean.FALSE);
    }

    /**
     * Declares an optional object property of another type.
     *
     * @param <V> the model type of the value
     * @param name the name
     * @param type the value's type, supplied lazily so that types may refer to each other
     * @param getter takes the {@code Optional} from the model
     * @return the property
     */
    public <V> Property<O, V> object(String name, Supplier<ObjectType<V>> type,
        Function<O, java.util.Optional<V>> getter) {
      return add(name, ValueKind.OBJECT, Presence.OPTIONAL, getter, type::get, null, false,
          false, null, null, null);
    }

    /**
     * Declares a required array of objects of another type.
     *
     * @param <V> the model type of the elements
     * @param name the name
     * @param type the elements' type, supplied lazily
     * @param nonEmpty whether the array needs at least one element
     * @param getter takes the list from the model
     * @return the property
     */
    public <V> Property<O, List<V>> requiredArray(String name, Supplier<ObjectType<V>> type,
        boolean nonEmpty, Function<O, List<V>> getter) {
      return add(name, ValueKind.ARRAY, Presence.REQUIRED, getter, type::get, null, nonEmpty,
          false, null, null, List.of());
    }

    /**
     * Declares an optional array of objects of another type, held as an empty list when absent
     * and left out by the writer when empty.
     *
     * @param <V> the model type of the elements
     * @param name the name
     * @param type the elements' type, supplied lazily
     * @param getter takes the list from the model
     * @return the property
     */
    public <V> Property<O, List<V>> array(String name, Supplier<ObjectType<V>> type,
        Function<O, List<V>> getter) {
      return add(name, ValueKind.ARRAY, Presence.OPTIONAL, getter, type::get, null, false, false,
          null, null, List.of());
    }

    /**
     * Declares an optional array of distinct enum constants, held as a set (empty when absent)
     * and left out by the writer when empty.
     *
     * @param <E> the enum
     * @param name the name
     * @param type the enum's class
     * @param getter takes the set from the model
     * @return the property
     */
    public <E extends Enum<E>> Property<O, java.util.Set<E>> enumSet(String name, Class<E> type,
        Function<O, java.util.Set<E>> getter) {
      return add(name, ValueKind.ENUM_SET, Presence.OPTIONAL, getter, null,
          List.of(type.getEnumConstants()), false, false, null, null, java.util.Set.of());
    }

    /**
     * Declares an optional array of distinct identifiers, held as a list in the order read (empty
     * when absent) and left out by the writer when empty.
     *
     * @param name the name
     * @param getter takes the list from the model
     * @return the property
     */
    public Property<O, List<String>> identifiers(String name, Function<O, List<String>> getter) {
      return add(name, ValueKind.IDENTIFIERS, Presence.OPTIONAL, getter, null, null, false, false,
          null, null, List.of());
    }

    /**
     * Declares an array of objects of another type that is required, and must not be empty,
     * unless another array property of the same object is present and not empty; held as an
     * empty list when absent.
     *
     * @param <V> the model type of the elements
     * @param name the name
     * @param type the elements' type, supplied lazily
     * @param unless the name of the other array property
     * @param why why it is required, for messages, starting with a space
     * @param getter takes the list from the model
     * @return the property
     */
    public <V> Property<O, List<V>> arrayRequiredUnless(String name,
        Supplier<ObjectType<V>> type, String unless, String why, Function<O, List<V>> getter) {
      return add(name, ValueKind.ARRAY, Presence.REQUIRED_UNLESS_NON_EMPTY, getter, type::get,
          null, false, false, unless, why, List.of());
    }

    /**
     * Declares an optional property that is required unless an array property of the same
     * object is present and not empty.
     *
     * @param <V> the value type
     * @param name the name
     * @param kind the kind of value
     * @param unless the name of the array property that makes it optional
     * @param why why it is required, for messages, starting with a space
     * @param getter takes the {@code Optional} from the model
     * @return the property
     */
    public <V> Property<O, V> requiredUnless(String name, ValueKind kind, String unless,
        String why, Function<O, java.util.Optional<V>> getter) {
      return add(name, kind, Presence.REQUIRED_UNLESS_NON_EMPTY, getter, null, null, false,
          false, unless, why, null);
    }

    /**
     * Declares the {@code extensions} property: any JSON object, empty when absent, left out by
     * the writer when empty.
     *
     * @param getter takes the extensions from the model
     * @param empty the empty extensions
     * @return the property
     */
    public Property<O, Object> extensions(Function<O, ?> getter, Object empty) {
      return add("extensions", ValueKind.EXTENSIONS, Presence.OPTIONAL, getter, null, null,
          false, false, null, null, empty);
    }

    private <V> Property<O, V> add(String name, ValueKind kind, Presence presence,
        Function<O, ?> getter, @Nullable Supplier<ObjectType<?>> element,
        @Nullable List<? extends Enum<?>> constants, boolean nonEmpty, boolean label,
        @Nullable String unless, @Nullable String why, @Nullable Object absent) {
      return add(name, kind, presence, getter, element, constants, nonEmpty, label, unless, why,
          absent, List.of());
    }

    private <V> Property<O, V> add(String name, ValueKind kind, Presence presence,
        Function<O, ?> getter, @Nullable Supplier<ObjectType<?>> element,
        @Nullable List<? extends Enum<?>> constants, boolean nonEmpty, boolean label,
        @Nullable String unless, @Nullable String why, @Nullable Object absent,
        List<String> alternatives) {
      if (built) {
        throw new IllegalStateException("the type is already built");
      }
      Property<O, V> p = new Property<>(name, kind, presence, properties.size(), since, getter,
          element, constants, nonEmpty, label, unless, why, absent, alternatives);
      properties.add(p);
      return p;
    }

    /**
     * Ends the declaration.
     *
     * @param noun names objects of the type in messages, such as {@code measure}
     * @param article the article used when no label is known: {@code a}, {@code an} or
     *     {@code the}
     * @param build makes the model object from bound values
     * @return the type
     */
    public ObjectType<O> type(String noun, String article, Function<Values, O> build) {
      built = true;
      return new ObjectType<>(noun, article, properties, build, nests);
    }
  }
}
