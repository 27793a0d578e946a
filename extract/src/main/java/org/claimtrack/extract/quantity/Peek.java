package org.claimtrack.extract.quantity;

import org.claimtrack.extract.quantity.NumberWord.Type;

/** Lookahead and lookbehind questions several productions ask about the tokens around a number. */
final class Peek {
  private Peek() {}

  /** True when a scale word ("million", "hundred") or a unit follows near token k (U1-U3, W1). */
  static boolean unitOrScale(Tokens t, int k) {
    if (!t.near(k)) {
      return false;
    }
    NumberWord w = t.get(Vocabulary.NUMBER_WORDS, k);
    if (w != null && (w.type() == Type.SCALE || w.type() == Type.HUNDRED)) {
      return true;
    }
    return Units.SUFFIX.match(t, k) != null;
  }

  /** True when a currency word or code starts at k ("dollars", "EUR"). */
  static boolean currencyWord(Tokens t, int k) {
    PhraseTable.Hit<Units.Unit> h = Units.SUFFIX.match(t, k);
    return h != null && h.value().currency();
  }

  /** True when a currency mark ends right before token s ("$", "£", "US$", "EUR "). */
  static boolean currencyBefore(Tokens t, int s) {
    for (int b = Math.max(0, s - 4); b < s; b++) {
      PhraseTable.Hit<Units.Unit> h = Units.CURRENCY_PREFIX.match(t, b);
      if (h != null && h.end() == s && t.near(s)) {
        return true;
      }
    }
    return false;
  }

  /** True when a plural noun or a count noun follows near token k ("2000 people", "500 troops"). */
  static boolean countNoun(Tokens t, int k) {
    return t.near(k) && (Vocabulary.pluralNoun(t, k) || t.get(Vocabulary.COUNT_NOUNS, k) != null);
  }

  /** The number word at k, or null. */
  static NumberWord word(Tokens t, int k) {
    return t.isWord(k) ? t.get(Vocabulary.NUMBER_WORDS, k) : null;
  }

  /** The type of the number word at k, or null. */
  static Type type(Tokens t, int k) {
    NumberWord w = word(t, k);
    return w == null ? null : w.type();
  }

  /** Index of the token after a hyphen joining number words at k ("twenty-one", "fifty - two"). */
  static int hyphenAt(Tokens t, int k) {
    if (t.isSymIn(k, "-‐‑–") && t.isWord(k + 1)
        && (t.glued(k) && t.glued(k + 1) || t.spaced(k) && t.spaced(k + 1))) {
      return k + 1;
    }
    return -1;
  }
}
