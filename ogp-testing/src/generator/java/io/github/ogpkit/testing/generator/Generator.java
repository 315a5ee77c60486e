package io.github.ogpkit.testing.generator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Makes values from the choices of a {@link Source}: the same choices give an equal value.
 *
 * <pre>{@code
 * Generator<List<OutlineNumber>> numbers = Values.outlineNumbers(3, 20).list(0, 10);
 * List<OutlineNumber> some = numbers.next(42, Source.FULL_SIZE);
 * }</pre>
 *
 * <p>A generator takes every choice from its source, never from a random generator of its own
 * or from the clock, so that a value can be made again from its seed and {@link Property} can
 * make a failing value smaller by replaying fewer or smaller choices.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.2")
public interface Generator<T> {

  /**
   * Makes a value from the source's choices.
   *
   * @param source the choices, not null
   * @return the value
   */
  T next(Source source);

  /**
   * Makes the value of a seed and a size: {@code next(Source.random(seed, size))}.
   *
   * @param seed the seed
   * @param size 0 or more; {@link Source#FULL_SIZE} for the whole range
   * @return the value
   */
  default T next(long seed, int size) {
    return next(Source.random(seed, size));
  }

  /**
   * Returns a generator of this generator's values transformed.
   *
   * @param <R> the type of the transformed values
   * @param mapper the transformation, not null
   * @return the new generator, not null
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return source -> mapper.apply(next(source));
  }

  /**
   * Returns a generator of lists of this generator's values, of {@code min} to {@code max}
   * elements (the maximum scaled to the size, but never below {@code min}).
   *
   * @param min the fewest elements, 0 or more
   * @param max the most elements at full size, at least {@code min}
   * @return the new generator, not null
   */
  default Generator<List<T>> list(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("need 0 <= min <= max, was " + min + " and " + max);
    }
    return source -> {
      int n = source.between(min, Math.max(min, source.scale(max)));
      List<T> values = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        values.add(next(source));
      }
      return values;
    };
  }

  /**
   * Returns a generator that always gives the same value, using no choice.
   *
   * @param <T> the type of the value
   * @param value the value
   * @return the generator, not null
   */
  static <T> Generator<T> constant(T value) {
    return source -> value;
  }

  /**
   * Returns a generator that makes its value with one of the given generators, chosen with
   * equal probability; the choice 0 takes the first.
   *
   * @param <T> the type of the values
   * @param generators the generators, at least one
   * @return the generator, not null
   */
  @SafeVarargs
  static <T> Generator<T> oneOf(Generator<? extends T>... generators) {
    List<Generator<? extends T>> all = List.of(generators);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("generators must not be empty");
    }
    return source -> source.pick(all).next(source);
  }
}
