package io.github.ogpkit.testing.generator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Checks a property on many generated values, reproducibly, and reports the smallest failing
 * value it can find.
 *
 * <pre>{@code
 * @Test
 * void everyPlanRoundTrips() {
 *   Property.forAll(PlanGenerator.readablePlans())
 *       .tries(10_000)
 *       .check(plan -> assertThat(read(write(plan))).isEqualTo(plan));
 * }
 * }</pre>
 *
 * <p>What a check runs, in this order:
 * <ol>
 *   <li>the {@linkplain #examples(Object[]) examples} given, as they are;</li>
 *   <li>two edge cases of the generator: its smallest value (every choice 0, size 0) and its
 *       largest (every choice the largest, at the maximum size);</li>
 *   <li>{@linkplain #tries(int) tries} random values. Try {@code i} uses the {@code i}-th seed
 *       drawn from the {@linkplain #seed(long) base seed}; odd tries use the maximum size, even
 *       tries sizes that rise from 0 to the maximum and start again, so that small values come
 *       first and large ones are half the tries.</li>
 * </ol>
 *
 * <p>The base seed is fixed ({@link #DEFAULT_SEED} unless set), so every run checks the same
 * values: a build is reproducible and passes or fails whatever ran before it. Three system
 * properties change a run without changing the test:
 * <ul>
 *   <li>{@code -Dogp.property.tries=N} runs N times as many random tries, with seeds that
 *       continue the same sequence (for a long run; 1 unless set);</li>
 *   <li>{@code -Dogp.seed=S} runs only the random value of seed {@code S} (hexadecimal with
 *       {@code 0x}, or decimal), at the size {@code -Dogp.size=N} (the maximum size unless
 *       set): the case a failure reported. Use it with {@code -Dtest=Class#method}.</li>
 * </ul>
 *
 * <p>When a value fails (the check throws an exception or an {@link AssertionError}), the
 * value's seed and size are reported, and the smallest failing value that can be found is
 * reported with them: first the same seed at every smaller size, then the failing value's
 * choices replayed with some of them removed or made smaller (at most {@value #SHRINK_LIMIT}
 * attempts). A smaller value counts only if it fails with the same type of exception. The check
 * then throws an {@link AssertionError} that says all this; its cause is the smallest value's
 * failure.
 *
 * <p>Not thread-safe: configure and check on one thread. The checks themselves run on it too.
 *
 * @param <T> the type of the values checked
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Property<T> {

  /** The system property that runs a single seed: {@value}. */
  public static final String SEED_PROPERTY = "ogp.seed";
  /** The system property that sets the size of the single seed run: {@value}. */
  public static final String SIZE_PROPERTY = "ogp.size";
  /** The system property that multiplies every property's random tries: {@value}. */
  public static final String TRIES_PROPERTY = "ogp.property.tries";
  /** The base seed of every property that sets none. */
  public static final long DEFAULT_SEED = 0x2026_1201L;
  /** At most this many attempts are made to find a smaller failing value. */
  public static final int SHRINK_LIMIT = 2000;
  /** Seeds tried at each smaller size besides the failing one. */
  private static final int SEEDS_PER_SIZE = 4;
  private static final int MAX_DESCRIPTION = 10_000;

  /**
   * A property of one value: returns normally when it holds, throws when it does not.
   *
   * @param <T> the type of the value
   */
  @FunctionalInterface
  @API(status = EXPERIMENTAL, since = "0.2")
  public interface Check<T> {
    /**
     * Checks the value.
     *
     * @param value the generated value
     * @throws Exception when the property does not hold (an {@link AssertionError} does too)
     */
    void accept(T value) throws Exception;
  }

  private final Generator<T> generator;
  private int tries = 1000;
  private int maxSize = Source.FULL_SIZE;
  private long seed = DEFAULT_SEED;
  private List<T> examples = List.of();
  private Function<? super T, String> describer = Property::describe;

  private Property(Generator<T> generator) {
    this.generator = Objects.requireNonNull(generator, "generator");
  }

  /**
   * Starts a property of the values a generator makes.
   *
   * @param <T> the type of the values
   * @param generator the generator, not null
   * @return a property with 1,000 tries up to {@link Source#FULL_SIZE}, not null
   */
  public static <T> Property<T> forAll(Generator<T> generator) {
    return new Property<>(generator);
  }

  /**
   * Sets the number of random values checked; 1,000 unless set.
   *
   * @param tries 0 or more
   * @return this property
   */
  public Property<T> tries(int tries) {
    if (tries < 0) {
      throw new IllegalArgumentException("tries must not be negative, was " + tries);
    }
    this.tries = tries;
    return this;
  }

  /**
   * Sets the largest size of the random values; {@link Source#FULL_SIZE} unless set.
   *
   * @param maxSize 0 or more
   * @return this property
   */
  public Property<T> maxSize(int maxSize) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must not be negative, was " + maxSize);
    }
    this.maxSize = maxSize;
    return this;
  }

  /**
   * Sets the base seed, from which every try's seed is drawn; {@link #DEFAULT_SEED} unless set.
   *
   * @param seed any value
   * @return this property
   */
  public Property<T> seed(long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * Sets values that are checked first, as they are, on every run but a single seed's: the edge
   * cases that random values would seldom reach.
   *
   * @param examples the values
   * @return this property
   */
  @SafeVarargs
  public final Property<T> examples(T... examples) {
    this.examples = Arrays.asList(examples.clone());
    return this;
  }

  /**
   * Sets how a failing value is written in the report; {@code String.valueOf} unless set (byte
   * arrays in hexadecimal, other arrays element by element).
   *
   * @param describer the description of a value, not null
   * @return this property
   */
  public Property<T> describedAs(Function<? super T, String> describer) {
    this.describer = Objects.requireNonNull(describer, "describer");
    return this;
  }

  /**
   * Checks the property on the examples, the edge cases and the random values, or on the single
   * seed that {@code -Dogp.seed} names.
   *
   * @param check the property, not null
   * @return how many values were checked
   * @throws AssertionError if a value fails, describing the smallest failing value found
   */
  public long check(Check<? super T> check) {
    Objects.requireNonNull(check, "check");
    String name = caller();
    String single = System.getProperty(SEED_PROPERTY);
    if (single != null && !single.isBlank()) {
      long caseSeed = parseSeed(single.strip());
      int size = Integer.getInteger(SIZE_PROPERTY, maxSize);
      Run<T> run = run(Source.random(caseSeed, size), check);
      if (run.failure != null) {
        throw report(name, "failed on the seed of -D" + SEED_PROPERTY, run,
            new Shrink(caseSeed, size), check);
      }
      return 1;
    }
    long checked = 0;
    for (int i = 0; i < examples.size(); i++) {
      T example = examples.get(i);
      Throwable failure = failure(() -> check.accept(example));
      if (failure != null) {
        AssertionError error = new AssertionError(name + " failed on example " + (i + 1)
            + " of " + examples.size() + ":\n" + description(example) + "\nIts failure: "
            + failure, failure);
        throw error;
      }
      checked++;
    }
    Run<T> smallest = run(Source.smallest(0), check);
    if (smallest.failure != null) {
      throw report(name, "failed on the generator's smallest value (every choice 0, size 0)",
          smallest, new Shrink(0), check);
    }
    Run<T> largest = run(Source.largest(maxSize), check);
    if (largest.failure != null) {
      throw report(name, "failed on the generator's largest value (every choice the largest,"
          + " size " + maxSize + ")", largest, new Shrink(maxSize), check);
    }
    checked += 2;
    long total = (long) tries * factor();
    SplittableRandom seeds = new SplittableRandom(seed);
    for (long i = 0; i < total; i++) {
      long trySeed = seeds.nextLong();
      int size = sizeOf(i, maxSize);
      Run<T> run = run(Source.random(trySeed, size), check);
      if (run.failure != null) {
        throw report(name, String.format(Locale.ROOT, "failed on try %,d of %,d", i + 1, total),
            run, new Shrink(trySeed, size), check);
      }
      checked++;
    }
    return checked;
  }

  /** The size of try {@code i}: the maximum for odd tries, 0, 1, ... maximum, 0, ... for even. */
  static int sizeOf(long i, int maxSize) {
    return i % 2 == 1 ? maxSize : (int) ((i / 2) % (maxSize + 1L));
  }

  private static int factor() {
    String text = System.getProperty(TRIES_PROPERTY);
    if (text == null || text.isBlank()) {
      return 1;
    }
    int factor;
    try {
      factor = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + TRIES_PROPERTY + " must be a whole number, was "
          + text, e);
    }
    if (factor < 1) {
      throw new IllegalArgumentException("-D" + TRIES_PROPERTY + " must be at least 1, was "
          + factor);
    }
    return factor;
  }

  static long parseSeed(String text) {
    try {
      if (text.startsWith("0x") || text.startsWith("0X")) {
        return Long.parseUnsignedLong(text.substring(2), 16);
      }
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a seed such as"
          + " 0x1f2e3d4c5b6a7988 or -42, was " + text, e);
    }
  }

  static String seedText(long seed) {
    return "0x" + Long.toHexString(seed);
  }

  // ---------------------------------------------------------------------- running and shrinking

  /** A value made from choices, and its failure (null when it passed). */
  private record Run<T>(@Nullable T value, long[] choices, int size, @Nullable Throwable failure) {}

  /** Where a failing value came from: a seed (which can be tried at smaller sizes) or not. */
  private record Shrink(boolean seeded, long seed, int size) {
    Shrink(long seed, int size) {
      this(true, seed, size);
    }

    Shrink(int size) {
      this(false, 0, size);
    }
  }

  private interface Action {
    void run() throws Exception;
  }

  private static @Nullable Throwable failure(Action action) {
    try {
      action.run();
      return null;
    } catch (Exception | AssertionError | StackOverflowError e) {
      return e;
    }
  }

  private Run<T> run(Source source, Check<? super T> check) {
    Object[] value = new Object[1];
    Throwable failure = failure(() -> {
      value[0] = generator.next(source);
      @SuppressWarnings("unchecked")
      T made = (T) value[0];
      check.accept(made);
    });
    @SuppressWarnings("unchecked")
    T made = (T) value[0];
    return new Run<>(made, source.choices(), source.size(), failure);
  }

  private AssertionError report(String name, String where, Run<T> failed, Shrink origin,
      Check<? super T> check) {
    Class<?> kind = failed.failure.getClass();
    int[] attempts = {0};
    int smaller = 0;
    Run<T> best = failed;
    if (origin.seeded) {
      // The same seed at every smaller size, then a few seeds drawn from it: the first failure
      // at the smallest size wins.
      SplittableRandom variants = new SplittableRandom(origin.seed);
      search:
      for (int size = 0; size < origin.size && attempts[0] < SHRINK_LIMIT; size++) {
        for (int variant = 0; variant <= SEEDS_PER_SIZE && attempts[0] < SHRINK_LIMIT;
            variant++) {
          attempts[0]++;
          long variantSeed = variant == 0 ? origin.seed : variants.nextLong();
          Run<T> run = run(Source.random(variantSeed, size), check);
          if (run.failure != null && run.failure.getClass() == kind) {
            best = run;
            smaller++;
            break search;
          }
        }
      }
    }
    boolean improved = true;
    while (improved && attempts[0] < SHRINK_LIMIT) {
      improved = false;
      // Everything after a point made as simple as can be: bisect for the shortest prefix.
      int low = 0;
      int high = best.choices.length;
      while (low < high && attempts[0] < SHRINK_LIMIT) {
        int middle = low + (high - low) / 2;
        Run<T> run = replay(Arrays.copyOf(best.choices, middle), best, kind, check, attempts);
        if (run != null) {
          best = run;
          smaller++;
          improved = true;
          high = Math.min(middle, best.choices.length);
        } else {
          low = middle + 1;
        }
      }
      // Blocks of choices made 0 or removed, the largest first: a count of 0 drops a whole part.
      for (int block = Integer.highestOneBit(Math.max(1, best.choices.length / 2)); block >= 1;
          block /= 2) {
        for (int at = 0; at + block <= best.choices.length && attempts[0] < SHRINK_LIMIT;
            at += block) {
          long[] zeroed = best.choices.clone();
          Arrays.fill(zeroed, at, at + block, 0);
          Run<T> run = Arrays.equals(zeroed, best.choices) ? null
              : replay(zeroed, best, kind, check, attempts);
          if (run == null && attempts[0] < SHRINK_LIMIT) {
            long[] fewer = new long[best.choices.length - block];
            System.arraycopy(best.choices, 0, fewer, 0, at);
            System.arraycopy(best.choices, at + block, fewer, at, fewer.length - at);
            run = replay(fewer, best, kind, check, attempts);
          }
          if (run != null) {
            best = run;
            smaller++;
            improved = true;
          }
        }
      }
      for (int at = 0; at < best.choices.length && attempts[0] < SHRINK_LIMIT; at++) {
        // The smallest choice here that still fails, by bisection: exact where failing is
        // monotonic in the choice, and smaller anyway where it is not.
        long lowest = 0;
        long highest = best.choices[at];
        while (lowest < highest && attempts[0] < SHRINK_LIMIT) {
          long middle = lowest == 0 && highest == best.choices[at] ? 0
              : lowest + (highest - lowest) / 2;
          long[] simpler = best.choices.clone();
          simpler[at] = middle;
          Run<T> run = replay(simpler, best, kind, check, attempts);
          if (run != null) {
            best = run;
            smaller++;
            improved = true;
            highest = middle;
            if (at >= best.choices.length) {
              break;
            }
          } else {
            lowest = middle + 1;
          }
        }
      }
    }
    StringBuilder message = new StringBuilder(name).append(' ').append(where);
    if (origin.seeded) {
      message.append(" (seed ").append(seedText(origin.seed)).append(", size ")
          .append(origin.size).append(").\nRun this case alone with -D").append(SEED_PROPERTY)
          .append('=').append(seedText(origin.seed)).append(" -D").append(SIZE_PROPERTY)
          .append('=').append(origin.size).append(" -Dtest=").append(name);
    }
    message.append(String.format(Locale.ROOT,
        ".\nSmallest failing value found (size %d; %,d shrinking attempts, %,d of them"
            + " smaller):\n",
        best.size, attempts[0], smaller));
    message.append(best.failure == failed.failure && best.value == null ? "(no value: the"
        + " generator failed)" : description(best.value));
    message.append("\nIts failure: ").append(best.failure);
    AssertionError error = new AssertionError(message.toString(), best.failure);
    if (best.failure != failed.failure) {
      error.addSuppressed(failed.failure);
    }
    return error;
  }

  /** Replays the choices; returns the run if it fails alike and is simpler than the best. */
  private @Nullable Run<T> replay(long[] choices, Run<T> best, Class<?> kind,
      Check<? super T> check, int[] attempts) {
    attempts[0]++;
    Run<T> run = run(Source.replay(choices, best.size), check);
    if (run.failure == null || run.failure.getClass() != kind
        || !simpler(run.choices, best.choices)) {
      return null;
    }
    return run;
  }

  /** Shorter, or as long and smaller at the first difference. */
  private static boolean simpler(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    return Arrays.compare(a, b) < 0;
  }

  private String description(T value) {
    String text;
    try {
      text = describer.apply(value);
    } catch (RuntimeException e) {
      text = String.valueOf(value) + " (its description failed: " + e + ")";
    }
    if (text.length() > MAX_DESCRIPTION) {
      return text.substring(0, MAX_DESCRIPTION) + String.format(Locale.ROOT,
          "... (%,d more characters)", text.length() - MAX_DESCRIPTION);
    }
    return text;
  }

  private static String describe(Object value) {
    if (value instanceof byte[] bytes) {
      return "bytes [" + HexFormat.ofDelimiter(" ").formatHex(bytes) + "]";
    }
    if (value instanceof Object[] array) {
      return Arrays.deepToString(array);
    }
    return String.valueOf(value);
  }

  /** The test that called check, as Surefire's -Dtest names it: Class#method. */
  private static String caller() {
    return StackWalker.getInstance().walk(frames -> frames
        .filter(f -> !f.getClassName().equals(Property.class.getName()))
        .findFirst()
        .map(f -> {
          String className = f.getClassName();
          String method = f.getMethodName();
          // A check called from a lambda in a test: lambda$testMethod$0.
          if (method.startsWith("lambda$") && method.lastIndexOf('$') > "lambda$".length()) {
            method = method.substring("lambda$".length(), method.lastIndexOf('$'));
          }
          return className.substring(className.lastIndexOf('.') + 1) + "#" + method;
        })
        .orElse("property"));
  }
}
