package io.github.ogpkit.testing.generator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The choices a {@link Generator} makes: random from a seed, or replayed, and bounded by a size.
 *
 * <pre>{@code
 * Source source = Source.random(42, 30);
 * int sections = source.between(1, Math.max(1, source.scale(5)));   // at size 30, 1 or 2
 * boolean described = source.chance(25);
 * }</pre>
 *
 * <p>Every choice comes from {@link #nextInt(int)} or {@link #nextLong(long)}, and is recorded,
 * so that {@link Property} can replay a failing value's choices with some removed or made
 * smaller and find a smaller value that fails too. A generator should therefore make the choice
 * 0 its simplest option (no element, the first alternative, the smallest number): the helpers
 * here do ({@link #chance(int)} is false for 0, {@link #between(int, int)} gives its minimum).
 * A source replaying choices gives 0 once they run out.
 *
 * <p>The same seed and size always give the same choices. A source is not thread-safe; use one
 * per value generated.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Source {

  /**
   * The size at which a generator makes the whole range it documents: {@link #scale(int)} gives
   * its argument unchanged from this size on. Sizes below make smaller values; 0 the smallest.
   */
  public static final int FULL_SIZE = 100;

  private enum Mode { RANDOM, REPLAY, SMALLEST, LARGEST }

  private final Mode mode;
  private final long seed;
  private final int size;
  private final @Nullable SplittableRandom random;
  private final long @Nullable [] replayed;
  private long[] choices = new long[32];
  private int count;

  private Source(Mode mode, long seed, int size, @Nullable SplittableRandom random,
      long @Nullable [] replayed) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative, was " + size);
    }
    this.mode = mode;
    this.seed = seed;
    this.size = size;
    this.random = random;
    this.replayed = replayed;
  }

  /**
   * Returns a source of random choices.
   *
   * @param seed the seed: the same seed and size give the same choices
   * @param size 0 or more; {@link #FULL_SIZE} for the generators' whole range
   * @return a new source, not null
   */
  public static Source random(long seed, int size) {
    return new Source(Mode.RANDOM, seed, size, new SplittableRandom(seed), null);
  }

  /** A source that replays the given choices, then gives 0. */
  static Source replay(long[] choices, int size) {
    return new Source(Mode.REPLAY, 0, size, null, choices.clone());
  }

  /** A source whose every choice is the smallest: the generator's simplest value. */
  static Source smallest(int size) {
    return new Source(Mode.SMALLEST, 0, size, null, null);
  }

  /** A source whose every choice is the largest: the generator's largest value. */
  static Source largest(int size) {
    return new Source(Mode.LARGEST, 0, size, null, null);
  }

  /** Whether the choices come from a seed. */
  boolean isRandom() {
    return mode == Mode.RANDOM;
  }

  /** The seed of a random source. */
  long seed() {
    return seed;
  }

  /**
   * Returns the size: generators bound counts and lengths by it.
   *
   * @return 0 or more
   */
  public int size() {
    return size;
  }

  /**
   * Scales a count to the size: {@code full} at {@link #FULL_SIZE} and above, proportionally
   * less (rounded up) below it, 0 at size 0.
   *
   * @param full the count at full size, 0 or more
   * @return a count from 0 to {@code full}
   */
  public int scale(int full) {
    if (full < 0) {
      throw new IllegalArgumentException("full must not be negative, was " + full);
    }
    long scaled = ((long) full * Math.min(size, FULL_SIZE) + FULL_SIZE - 1) / FULL_SIZE;
    return (int) scaled;
  }

  /**
   * Makes one choice from 0 (included) to {@code bound} (excluded). From a seed, this is
   * {@link SplittableRandom#nextInt(int)} of a random generator with that seed.
   *
   * @param bound at least 1
   * @return the choice
   */
  public int nextInt(int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("bound must be at least 1, was " + bound);
    }
    return (int) record(bound, mode == Mode.RANDOM ? random.nextInt(bound) : 0);
  }

  /**
   * Makes one choice from 0 (included) to {@code bound} (excluded).
   *
   * @param bound at least 1
   * @return the choice
   */
  public long nextLong(long bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("bound must be at least 1, was " + bound);
    }
    return record(bound, mode == Mode.RANDOM ? random.nextLong(bound) : 0);
  }

  private long record(long bound, long randomChoice) {
    long choice = switch (mode) {
      case RANDOM -> randomChoice;
      case SMALLEST -> 0;
      case LARGEST -> bound - 1;
      case REPLAY -> {
        long replay = count < replayed.length ? replayed[count] : 0;
        yield replay < bound ? replay : replay % bound;
      }
    };
    if (count == choices.length) {
      choices = Arrays.copyOf(choices, count * 2);
    }
    choices[count++] = choice;
    return choice;
  }

  /** The choices made so far. */
  long[] choices() {
    return Arrays.copyOf(choices, count);
  }

  /**
   * Chooses a number from {@code min} to {@code max}, both included; the choice 0 gives
   * {@code min}.
   *
   * @param min the smallest
   * @param max the largest, at least {@code min}
   * @return the number
   */
  public int between(int min, int max) {
    return (int) betweenLong(min, max);
  }

  /**
   * Chooses a number from {@code min} to {@code max}, both included, whose range is smaller
   * than {@link Long#MAX_VALUE}.
   *
   * @param min the smallest
   * @param max the largest, at least {@code min}
   * @return the number
   */
  public long betweenLong(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("max must be at least min " + min + ", was " + max);
    }
    long range = max - min + 1;
    if (range <= 0) {
      throw new IllegalArgumentException("the range " + min + " to " + max + " is too large");
    }
    return min + (range <= Integer.MAX_VALUE ? nextInt((int) range) : nextLong(range));
  }

  /**
   * Chooses a number from {@code min} to {@code max} as {@link #between(int, int)} does, except
   * that one time in eight it is one of the two ends, which uniform choices seldom reach.
   *
   * @param min the smallest
   * @param max the largest, at least {@code min}
   * @return the number
   */
  public int betweenOrEdge(int min, int max) {
    int edge = nextInt(16);
    return edge == 14 ? min : edge == 15 ? max : between(min, max);
  }

  /**
   * Chooses true with the given probability; the choice 0 gives false.
   *
   * @param percent from 0 to 100
   * @return the choice
   */
  public boolean chance(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be from 0 to 100, was " + percent);
    }
    return nextInt(100) >= 100 - percent;
  }

  /**
   * Chooses one element; the choice 0 gives the first.
   *
   * @param <T> the type of the elements
   * @param values the values, not empty
   * @return one of them
   */
  public <T> T pick(List<T> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty");
    }
    return values.get(nextInt(values.size()));
  }

  /**
   * Chooses one of the given values; the choice 0 gives the first.
   *
   * @param <T> the type of the values
   * @param values the values, at least one
   * @return one of them
   */
  @SafeVarargs
  public final <T> T oneOf(T... values) {
    return pick(Arrays.asList(values));
  }

  /**
   * Chooses one character of a string; the choice 0 gives the first.
   *
   * @param characters the characters to choose from, not empty
   * @return one of them
   */
  public char pickChar(String characters) {
    if (characters.isEmpty()) {
      throw new IllegalArgumentException("characters must not be empty");
    }
    return characters.charAt(nextInt(characters.length()));
  }
}
