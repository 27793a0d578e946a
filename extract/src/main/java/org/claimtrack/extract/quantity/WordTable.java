package org.claimtrack.extract.quantity;

import java.util.Map;

/**
 * An immutable open-addressing hash table from words to values that looks a word up directly in
 * a region of a {@link CharSequence}, without allocating. Keys are stored in lower case; a table
 * is either case-insensitive (the text is lower-cased while hashing) or case-sensitive.
 */
final class WordTable<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;
  private final boolean ignoreCase;

  private WordTable(Map<String, V> map, boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
    int cap = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1;
    keys = new String[cap];
    values = new Object[cap];
    mask = cap - 1;
    for (Map.Entry<String, V> e : map.entrySet()) {
      String k = ignoreCase ? e.getKey().toLowerCase(java.util.Locale.ROOT) : e.getKey();
      int h = hash(k, 0, k.length()) & mask;
      while (keys[h] != null && !keys[h].equals(k)) {
        h = (h + 1) & mask;
      }
      keys[h] = k;
      values[h] = e.getValue();
    }
  }

  static <V> WordTable<V> ignoringCase(Map<String, V> map) {
    return new WordTable<>(map, true);
  }

  static <V> WordTable<V> caseSensitive(Map<String, V> map) {
    return new WordTable<>(map, false);
  }

  private int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      h = 31 * h + (ignoreCase ? Character.toLowerCase(c) : c);
    }
    return h ^ (h >>> 16);
  }

  @SuppressWarnings("unchecked")
  V get(CharSequence s, int from, int to) {
    int len = to - from;
    if (len <= 0 || len > 40) {
      return null;
    }
    int h = hash(s, from, to) & mask;
    while (true) {
      String k = keys[h];
      if (k == null) {
        return null;
      }
      if (k.length() == len && matches(k, s, from)) {
        return (V) values[h];
      }
      h = (h + 1) & mask;
    }
  }

  /** The keys (lower case when the table ignores case). */
  java.util.List<String> keys() {
    java.util.List<String> l = new java.util.ArrayList<>();
    for (String k : keys) {
      if (k != null) {
        l.add(k);
      }
    }
    return l;
  }

  private boolean matches(String k, CharSequence s, int from) {
    for (int i = 0; i < k.length(); i++) {
      char c = s.charAt(from + i);
      if ((ignoreCase ? Character.toLowerCase(c) : c) != k.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
