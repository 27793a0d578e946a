package org.claimtrack.ingest.dedup;

/**
 * A multimap from 64-bit band keys to document numbers, with open addressing in two flat arrays:
 * 13 bytes per entry, at most half full, instead of a boxed map's 60 or more. Not thread-safe: the
 * index guards it.
 */
final class BandTable {
  private long[] keys = new long[64];
  private int[] docs = new int[64];
  private boolean[] used = new boolean[64];
  private int size;

  void put(long key, int doc) {
    if ((size + 1) * 2 > keys.length) grow();
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (used[i]) i = (i + 1) & mask;
    keys[i] = key;
    docs[i] = doc;
    used[i] = true;
    size++;
  }

  /** Calls {@code f} with every document stored under {@code key}. */
  void forEach(long key, java.util.function.IntConsumer f) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) f.accept(docs[i]);
    }
  }

  int size() {
    return size;
  }

  private static int slot(long key, int mask) {
    return (int) MinHash.mix(key) & mask;
  }

  private void grow() {
    long[] k = keys;
    int[] d = docs;
    boolean[] u = used;
    keys = new long[k.length * 2];
    docs = new int[k.length * 2];
    used = new boolean[k.length * 2];
    size = 0;
    for (int i = 0; i < k.length; i++) {
      if (u[i]) put(k[i], d[i]);
    }
  }
}
