package io.github.ogpkit.model.internal.format;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The values a reader bound for one object of the format, by property index, until the object
 * is built with {@link ObjectType#build(Values)}. Not thread-safe; one per object read. Internal.
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
