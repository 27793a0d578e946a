package org.claimtrack.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-token phrases ("at least", "km/h", "U.S. dollars", "°C") matched against {@link Tokens}.
 * A phrase is written as text and split into tokens the same way as the input; where the written
 * phrase has a space, the input needs whitespace (within {@link Tokens#near}); where it has none,
 * the input tokens must be glued. Matching returns the longest phrase starting at a token and is
 * bounded by the longest phrase, so it is constant-time per position.
 */
final class PhraseTable<V> {

  record Hit<V>(V value, int end) {}

  static final class Phrase<V> {
    final String[] parts;
    final boolean[] spaceBefore;
    final boolean caseSensitive;
    final V value;

    Phrase(String[] parts, boolean[] spaceBefore, boolean caseSensitive, V value) {
      this.parts = parts;
      this.spaceBefore = spaceBefore;
      this.caseSensitive = caseSensitive;
      this.value = value;
    }
  }

  private final WordTable<List<Phrase<V>>> byFirst;

  private PhraseTable(WordTable<List<Phrase<V>>> byFirst) {
    this.byFirst = byFirst;
  }

  /** Collects phrases; {@code caseSensitive} phrases must match the input's case exactly. */
  static final class Builder<V> {
    private final Map<String, List<Phrase<V>>> map = new HashMap<>();

    Builder<V> add(String phrase, boolean caseSensitive, V value) {
      Tokens t = Tokens.of(phrase, 0, phrase.length());
      if (t.n == 0) {
        throw new IllegalArgumentException("empty phrase");
      }
      String[] parts = new String[t.n];
      boolean[] space = new boolean[t.n];
      for (int i = 0; i < t.n; i++) {
        parts[i] = caseSensitive ? t.str(i) : t.lower(i);
        space[i] = i > 0 && !t.glued(i);
      }
      map.computeIfAbsent(parts[0].toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
          .add(new Phrase<>(parts, space, caseSensitive, value));
      return this;
    }

    /** Adds each of {@code phrases} as case-sensitive with the same value. */
    Builder<V> exact(V value, String... phrases) {
      for (String p : phrases) {
        add(p, true, value);
      }
      return this;
    }

    /**
     * The table. Phrases starting with the same word are tried longest first; among phrases of
     * the same length, case-sensitive ones first, then in text order, so that the order in which
     * they were added (a word list's map order) never matters.
     */
    PhraseTable<V> build() {
      for (List<Phrase<V>> l : map.values()) {
        l.sort(Comparator.comparingInt((Phrase<V> p) -> -p.parts.length)
            .thenComparing(p -> !p.caseSensitive)
            .thenComparing(p -> String.join(" ", p.parts)));
      }
      return new PhraseTable<>(WordTable.ignoringCase(map));
    }
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** The first tokens of all phrases, in lower case. */
  java.util.List<String> firstParts() {
    return byFirst.keys();
  }

  /** The longest phrase starting at token i, or null. */
  Hit<V> match(Tokens t, int i) {
    if (i < 0 || i >= t.n) {
      return null;
    }
    List<Phrase<V>> cands = t.get(byFirst, i);
    if (cands == null) {
      return null;
    }
    for (Phrase<V> p : cands) {
      if (matches(p, t, i)) {
        return new Hit<>(p.value, i + p.parts.length);
      }
    }
    return null;
  }

  private static <V> boolean matches(Phrase<V> p, Tokens t, int i) {
    if (i + p.parts.length > t.n) {
      return false;
    }
    for (int j = 0; j < p.parts.length; j++) {
      int k = i + j;
      if (j > 0) {
        if (p.spaceBefore[j] ? !t.spaced(k) : !t.glued(k)) {
          return false;
        }
      }
      if (p.caseSensitive ? !t.isExactly(k, p.parts[j]) : !t.is(k, p.parts[j])) {
        return false;
      }
    }
    return true;
  }
}
