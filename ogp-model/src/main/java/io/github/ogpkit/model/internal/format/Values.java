package io.github.ogpkit.model.internal.format;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The values a reader bound for one object of the format, by property index, until the object
 * is built with {@link ObjectType#build(Values)}. Not thread-safe; one object at a time, and a
 * reader may use the same values again for a later object ({@link ObjectType#reuse(Values, long)}):
 * building copies out what it needs. Internal.
 */
@API(status = INTERNAL, since = "0.1")
public final class Values {
  private final @Nullable Object[] values;

  /**
   * Creates empty values for an object type.
   *
   * @param size the number of properties of the type
   */
  Values(int size) {
    this.values = new Object[size];
  }

  /** Whether these values can hold the properties of a type with this many. */
  boolean fits(int size) {
    return values.length >= size;
  }

  /**
   * Forgets the values at the indexes whose bits are set in a mask (all, for -1).
   *
   * @param set one bit per index
   */
  void clear(long set) {
    if (set == -1L) {
      Arrays.fill(values, null);
      return;
    }
    for (long bits = set; bits != 0; bits &= bits - 1) {
      int i = Long.numberOfTrailingZeros(bits);
      if (i < values.length) {
        values[i] = null;
      }
    }
  }

  /**
   * Sets the value of a property.
   *
   * @param property the property
   * @param value the bound value, or null if it could not be bound
   */
  public void set(Property<?, ?> property, @Nullable Object value) {
    values[property.index()] = value;
  }

  /**
   * Returns the value of a property.
   *
   * @param index the property's index
   * @return the value, or null
   */
  @Nullable Object get(int index) {
    return values[index];
  }
}
