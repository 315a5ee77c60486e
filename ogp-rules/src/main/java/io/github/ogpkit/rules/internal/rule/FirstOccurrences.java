package io.github.ogpkit.rules.internal.rule;

import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;

/**
 * The first value recorded for each key, for the rules that report every later occurrence of a
 * key naming the first (numbers, names, titles): {@code putIfAbsent} only. Keys are compared by
 * an {@link Equivalence}, which may be coarser than {@code equals} (names that normalize alike).
 *
 * <p>An open-addressing table with linear probing over parallel arrays, that keeps each key's
 * hash: a probe compares keys only when hashes are equal, and growing reads no key. The rules
 * keep an entry for every part of a plan, and a {@code HashMap} allocated an entry object for each
 * (and the names a key object), a third of all that a validation allocated. One walk, one thread.
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
  private int[] hashes;
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
    int capacity = 16;
    while (capacity < Math.min(expected, 1 << 29) * 3 / 2) {
      capacity <<= 1;
    }
    allocate(capacity);
  }

  private void allocate(int capacity) {
    hashes = new int[capacity];
    keys = new Object[capacity];
    values = new Object[capacity];
  }

  /**
   * Records a value for a key, unless the key has one.
   *
   * @param key the key, not null
   * @param value the value, not null
   * @return the value recorded first for the key, or null if there was none
   */
  @SuppressWarnings("unchecked")
  V putIfAbsent(K key, V value) {
    int hash = equivalence.hash().applyAsInt(key);
    int mask = keys.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      Object k = keys[i];
      if (k == null) {
        hashes[i] = hash;
        keys[i] = key;
        values[i] = value;
        // At most two thirds full, so that probes stay short.
        if (++size * 3 > keys.length * 2) {
          grow();
        }
        return null;
      }
      if (hashes[i] == hash && equivalence.same().test((K) k, key)) {
        return (V) values[i];
      }
    }
  }

  /** Mixes the bits of a hash, as linear probing needs: many hashes differ in few bits. */
  private static int spread(int hash) {
    int h = hash * 0x9e3779b9;
    return h ^ h >>> 16;
  }

  private void grow() {
    int[] oldHashes = hashes;
    Object[] oldKeys = keys;
    Object[] oldValues = values;
    allocate(oldKeys.length * 2);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = spread(oldHashes[j]) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        hashes[i] = oldHashes[j];
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
