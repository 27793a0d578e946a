package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import org.claimtrack.extract.quantity.NumberWord.Type;

/**
 * A whole number at a token, in numerals and/or words (package-info W1-W5, W7): the cardinal
 * grammar ({@link Cardinal}) with its tails ({@link Fractions}), "a hundred", "half a million",
 * "a fifth", word ranks ("first", "twenty-first"), and a sign word ("minus five").
 */
final class WordNumbers {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal QUARTER = new BigDecimal("0.25");
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private WordNumbers() {}

  /** True when token k can start a number (numeral, number word, "a hundred", "minus"). */
  static boolean starts(Tokens t, int k) {
    if (k >= t.n) {
      return false;
    }
    if (Numeral.starts(t, k)) {
      return true;
    }
    NumberWord w = t.get(Vocabulary.NUMBER_WORDS, k);
    if (w != null) {
      return w.type() != Type.POINT && !w.plural() && w.type() != Type.ORDINALS;
    }
    return t.isAnyOf(k, "a", "an", "minus", "negative");
  }

  /** W7 a number at i, with "minus"/"negative" before it; null when none starts at i. */
  static Num at(Tokens t, int i) {
    if (t.isAnyOf(i, "minus", "negative") && t.near(i + 1) && starts(t, i + 1)
        && !t.isAnyOf(i + 1, "minus", "negative")) {
      Num n = unsigned(t, i + 1);
      return n == null || n.kind() != null ? null : n.negated(i);
    }
    return unsigned(t, i);
  }

  private static Num unsigned(Tokens t, int i) {
    if (t.isAnyOf(i, "a", "an")) {
      return article(t, i);
    }
    if (t.isAnyOf(i, "half", "quarter")) {
      return halfOrQuarter(t, i);
    }
    NumberWord w0 = Peek.word(t, i);
    if (w0 != null && (w0.type() == Type.ORDINAL || w0.type() == Type.ORDINALS || w0.plural()
        || w0.type() == Type.POINT || w0.type() == Type.HUNDRED || w0.type() == Type.SCALE
        || w0.type() == Type.DOZEN || w0.type() == Type.HALVES || w0.type() == Type.QUARTERS)) {
      return w0.type() == Type.ORDINAL ? rank(i, i + 1, w0.value()) : null; // X4 "first"
    }
    if (w0 != null && w0.type() == Type.TENS) {
      Num o = compoundRank(t, i);
      if (o != null) {
        return o;
      }
    }
    CardinalState g = Cardinal.from(t, i);
    if (g == null) {
      return null;
    }
    Num lit = g.literal();
    if (lit != null && (lit.kind() != null || g.elements() == 1 && (lit.fraction() || lit.scale() != null))) {
      return lit; // a code, "2 1/2" or "10k": complete as written
    }
    return Fractions.after(t, i, g);
  }

  /** X4 "twenty-first", "thirty-third": a compound rank at the tens word i; or null. */
  private static Num compoundRank(Tokens t, int i) {
    int d = Peek.hyphenAt(t, i + 1);
    if (d < 0) {
      return null;
    }
    NumberWord o = Peek.word(t, d);
    if (o != null && o.type() == Type.ORDINAL && o.value() < 10) {
      return rank(i, d + 1, Peek.word(t, i).value() + o.value());
    }
    return null;
  }

  private static Num rank(int start, int end, long value) {
    return Num.notQuantity(Kind.ORDINAL, start, end, BigDecimal.valueOf(value), true);
  }

  /** W2, W4, W5: "a hundred", "a dozen", "a half", "a quarter million", "a fifth", "a twenty-first". */
  private static Num article(Tokens t, int i) {
    int k = i + 1;
    if (!t.near(k)) {
      return null;
    }
    NumberWord w = Peek.word(t, k);
    if (w == null) {
      return null;
    }
    if ((w.type() == Type.HUNDRED || w.type() == Type.SCALE || w.type() == Type.DOZEN) && !w.plural()) {
      CardinalState g = Cardinal.continueFrom(t, CardinalState.ofArticle(k), k);
      return g == null ? null : Fractions.after(t, i, g);
    }
    if (w.type() == Type.HALF || w.type() == Type.QUARTER) {
      return scaleAfterFraction(t, Num.words(i, k + 1, w.type() == Type.HALF ? HALF : QUARTER, true));
    }
    Fractions.Denominator d = Fractions.denominator(t, k);
    if (d == null || d.plural()) {
      return null;
    }
    int e = d.end();
    boolean free = e >= t.n || !t.near(e) || t.is(e, "of") || t.isSym(e) && !t.isSymIn(e, "-")
        || Peek.type(t, e) == Type.SCALE || Units.SUFFIX.match(t, e) != null;
    if (!free) {
      return null; // "a third term" is a rank
    }
    return scaleAfterFraction(t, Num.words(i, e, BigDecimal.ONE.divide(d.value(), Numeral.MC), true));
  }

  /** W5 "half a million", "half a dozen", "half million", "quarter million", a bare "half". */
  private static Num halfOrQuarter(Tokens t, int i) {
    BigDecimal f = t.is(i, "half") ? HALF : QUARTER;
    int s = i + 1;
    if (t.isAnyOf(s, "a", "an") && t.near(s)) {
      s++;
    }
    if (t.near(s)) {
      NumberWord w = Peek.word(t, s);
      if (w != null && !w.plural() && (w.type() == Type.SCALE || w.type() == Type.DOZEN
          || w.type() == Type.HUNDRED)) {
        BigDecimal m = w.type() == Type.DOZEN ? TWELVE : w.decimal();
        return Num.words(i, s + 1, f.multiply(m), true).withScale(f, m);
      }
    }
    if (!t.is(i, "half")) {
      return null;
    }
    // a bare "half": not "first half", "half-brother", "the half"
    if (Peek.type(t, i - 1) == Type.ORDINAL || t.get(Vocabulary.HALF_NOT_AFTER, i - 1) != null
        || t.isSymIn(i + 1, "-‐") && t.glued(i + 1)
        || t.isSymIn(i - 1, "-‐") && t.glued(i)) {
      return null;
    }
    return Num.words(i, i + 1, f, true).asHalfWord();
  }

  /** W5 "two thirds of a million", "three quarters billion": a fraction times a scale. */
  static Num scaleAfterFraction(Tokens t, Num n) {
    int s = n.end();
    if (t.is(s, "of") && t.near(s)) {
      s++;
      if (t.isAnyOf(s, "a", "an") && t.near(s)) {
        s++;
      }
    }
    if (t.near(s)) {
      NumberWord w = Peek.word(t, s);
      if (w != null && w.type() == Type.SCALE && !w.plural()) {
        return n.scaled(w.decimal(), s + 1);
      }
    }
    return n;
  }
}
