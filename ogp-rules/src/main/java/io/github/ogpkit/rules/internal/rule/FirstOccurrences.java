package io.github.ogpkit.rules.internal.rule;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The first value recorded for each key, for the rules that report every later occurrence of a
 * key naming the first (numbers, names, titles): {@code putIfAbsent} only. Keys are compared by
 * an {@link Equivalence}, which may be coarser than {@code equals} (names that normalize alike).
 *
 * <p>The rules keep an entry for every part of a plan: a {@code HashMap} allocated an entry object
 * for each (and the names a key object), a third of all that a validation allocated, and on large
 * plans every insertion read memory in several places. Here the entries are appended to two
 * arrays in order, and an open-addressing table (linear probing) holds for each entry its hash and
 * its index in one {@code long}: an insertion reads one slot of the table, keys are compared only
 * on equal hashes, and growing reads only the table. One walk, one thread.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
final class FirstOccurrences<K, V> {

  /**
   * How keys hash and compare: equivalent keys must hash alike.
   *
   * @param hash the hash of a key
   * @param same whether two keys are the same key
   * @param <K> the type of keys
   */
  record Equivalence<K>(ToIntFunction<? super K> hash, BiPredicate<? super K, ? super K> same) {}

  /** Keys compared by {@code equals}. */
  static final Equivalence<Object> EQUALS = new Equivalence<>(Object::hashCode, Object::equals);

  private final Equivalence<? super K> equivalence;
  // An empty slot is 0; a full one is the key's hash in the high half and its index + 1 in the
  // low half.
  private long[] slots;
  private Object[] keys;
  private Object[] values;
  private int size;

  /**
   * Makes an empty table.
   *
   * @param equivalence how keys compare
   * @param expected the number of keys expected; more may be added
   */
  FirstOccurrences(Equivalence<? super K> equivalence, int expected) {
    this.equivalence = Objects.requireNonNull(equivalence, "equivalence");
    int entries = Math.max(8, Math.min(expected, 1 << 28));
    int capacity = 16;
    while (capacity < entries * 3 / 2) {
      capacity <<= 1;
    }
    slots = new long[capacity];
    keys = new Object[entries];
    values = new Object[entries];
  }

  /**
   * Records a value for a key, unless the key has one.
   *
   * @param key the key, not null
   * @param value the value, not null
   * @return the value recorded first for the key, or null if there was none
   */
  @SuppressWarnings("unchecked")
  @Nullable V putIfAbsent(K key, V value) {
    int hash = equivalence.hash().applyAsInt(key);
    int mask = slots.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == 0) {
        if (size == keys.length) {
          keys = Arrays.copyOf(keys, size * 2);
          values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        size++;
        slots[i] = slot(hash, size);
        // At most two thirds full, so that probes stay short.
        if (size * 3 > slots.length * 2) {
          grow();
        }
        return null;
      }
      if ((int) (slot >>> 32) == hash) {
        int index = (int) slot - 1;
        if (equivalence.same().test((K) keys[index], key)) {
          return (V) values[index];
        }
      }
    }
  }

  private static long slot(int hash, int indexPlusOne) {
    return (long) hash << 32 | indexPlusOne;
  }

  /** Mixes the bits of a hash, as linear probing needs: many hashes differ in few bits. */
  private static int spread(int hash) {
    int h = hash * 0x9e3779b9;
    return h ^ h >>> 16;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long slot : old) {
      if (slot != 0) {
        int i = spread((int) (slot >>> 32)) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = slot;
      }
    }
  }
}
