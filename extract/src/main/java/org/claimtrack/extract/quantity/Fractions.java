package org.claimtrack.extract.quantity;

import static org.claimtrack.extract.quantity.CardinalState.Last;

import java.math.BigDecimal;
import org.claimtrack.extract.quantity.NumberWord.Type;

/**
 * What may follow a cardinal in words (package-info W3, W4): "point" decimals ("two point five"),
 * fraction tails ("one and a half", "two and three quarters million") and denominators ("two
 * thirds", "one-eighth", "one hundred thirty fifths" = 100/35 after the Recognizers-Text
 * convention). A denominator that makes no fraction makes a rank ("twenty fifth", ORDINAL).
 */
final class Fractions {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Fractions() {}

  /**
   * A fraction denominator: its value, whether plural ("thirds"), the token after it, and
   * whether it is a unit ordinal ("third" ... "ninth") that may also add to a tens word.
   */
  record Denominator(BigDecimal value, boolean plural, int end, boolean unitOrdinal) {}

  /** The number from the cardinal state {@code g} read from token i, with its tail. */
  static Num after(Tokens t, int i, CardinalState g) {
    int k = g.end();
    Num point = pointDecimals(t, i, g);
    if (point != null) {
      return point;
    }
    Num mixed = mixedTail(t, k);
    if (mixed != null && t.near(k)) {
      return mixedNumber(t, i, g, mixed);
    }
    if (g.digits()) {
      return whole(i, g);
    }
    Num f = withDenominator(t, i, g);
    return f != null ? f : whole(i, g);
  }

  /** The cardinal as read, without a tail. */
  static Num whole(int i, CardinalState g) {
    Num lit = g.literal();
    boolean single = lit != null && g.elements() == 1;
    return new Num(i, g.end(), g.value(), g.base(), g.scale(), g.words(), g.digits(),
        single && lit.fraction(), single && lit.plainInt(), false, null);
  }

  /** W3 "two hundred point zero three", "five point twenty-five": digits after "point". */
  private static Num pointDecimals(Tokens t, int i, CardinalState g) {
    int k = g.end();
    Last l = g.last();
    if (!(g.words() && !g.digits() && Peek.type(t, k) == Type.POINT && t.near(k)
        && (l.small() || l == Last.HUND || l == Last.ZERO || l == Last.SCALE))) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    int j = k + 1;
    while (j < t.n && t.near(j)) {
      NumberWord w = Peek.word(t, j);
      if (w == null) {
        break;
      }
      if (w.type() == Type.UNIT || w.type() == Type.ZERO || w.type() == Type.TEEN) {
        sb.append(w.value());
        j++;
      } else if (w.type() == Type.TENS) {
        int h = Peek.hyphenAt(t, j + 1);
        int u = h > 0 ? h : (t.near(j + 1) ? j + 1 : -1);
        if (u > 0 && Peek.type(t, u) == Type.UNIT) {
          sb.append(w.value() + Peek.word(t, u).value());
          j = u + 1;
        } else {
          sb.append(w.value());
          j++;
        }
      } else {
        break;
      }
    }
    if (sb.length() == 0) {
      return null;
    }
    return Num.words(i, j, g.value().add(new BigDecimal("0." + sb)), false);
  }

  /** W4 "and a half", "and three quarters", "and one fourth" at the "and" j; or null. */
  static Num mixedTail(Tokens t, int j) {
    if (!(t.is(j, "and") && t.near(j + 1))) {
      return null;
    }
    int k = j + 1;
    BigDecimal num;
    if (t.isAnyOf(k, "a", "an", "one")) {
      num = BigDecimal.ONE;
    } else if (Peek.type(t, k) == Type.UNIT) {
      num = Peek.word(t, k).decimal();
    } else {
      return null;
    }
    int d = k + 1;
    int h = Peek.hyphenAt(t, d);
    if (h > 0) {
      d = h;
    } else if (!t.near(d)) {
      return null;
    }
    Denominator den = denominator(t, d);
    if (den == null || !(den.plural || num.compareTo(BigDecimal.ONE) == 0)) {
      return null;
    }
    return Num.words(j, den.end, num.divide(den.value, Numeral.MC), true);
  }

  /** W4 "two and a half", "one and a half million", "a million and a half". */
  private static Num mixedNumber(Tokens t, int i, CardinalState g, Num mixed) {
    BigDecimal frac = mixed.value();
    int e = mixed.end();
    BigDecimal v;
    NumberWord s = t.near(e) ? Peek.word(t, e) : null;
    if (s != null && s.type() == Type.SCALE && !s.plural()) {
      v = g.last() == Last.SCALE ? g.value().add(frac.multiply(s.decimal()))
          : g.value().add(frac).multiply(s.decimal());
      e++;
    } else {
      v = g.last() == Last.SCALE ? g.value().add(frac.multiply(g.lastScale())) : g.value().add(frac);
    }
    return new Num(i, e, v, null, null, true, g.digits(), true, false, false, null);
  }

  /**
   * W4 a denominator after a cardinal in words: "two thirds", "one-eighth", "one hundred thirty
   * fifths" (100/35), "one one hundred fifth"; a rank when it makes no fraction ("twenty fifth",
   * "one hundred fifth", ORDINAL). Null when no denominator follows.
   */
  private static Num withDenominator(Tokens t, int i, CardinalState g) {
    int k = g.end();
    int d = k;
    int h = Peek.hyphenAt(t, d);
    if (h > 0) {
      d = h;
    } else if (!t.near(d)) {
      return null;
    }
    Denominator den = denominator(t, d);
    if (den == null && g.elements() == 1 && Peek.type(t, d) != null && Peek.type(t, d) != Type.TENS) {
      den = compoundDenominator(t, d);
    }
    if (den == null) {
      return null;
    }
    BigDecimal num = g.value();
    BigDecimal dv = den.value;
    if (den.unitOrdinal && g.last() == Last.TENS && !g.tensAfterAnd() && g.tensHadPrior()
        && g.tensTok() == k - 1) {
      // "one hundred thirty fifths": the tens word belongs to the denominator
      num = g.beforeTens();
      dv = dv.add(g.value().subtract(g.beforeTens()));
    }
    if (den.plural || num.compareTo(BigDecimal.ONE) == 0) {
      return WordNumbers.scaleAfterFraction(t, Num.words(i, den.end, num.divide(dv, Numeral.MC), true));
    }
    if (den.unitOrdinal && (g.last() == Last.TENS || g.last() == Last.HUND || g.last() == Last.SCALE)
        || !den.unitOrdinal && den.value.compareTo(HUNDRED) >= 0) {
      BigDecimal rank = den.unitOrdinal ? num.add(dv) : num.multiply(dv);
      return Num.notQuantity(Kind.ORDINAL, i, den.end, rank, true);
    }
    return null;
  }

  /** "one one hundred fifth": a denominator that is itself a compound ordinal at d; or null. */
  private static Denominator compoundDenominator(Tokens t, int d) {
    CardinalState sub = Cardinal.from(t, d);
    if (sub == null || !sub.words() || sub.digits()) {
      return null;
    }
    int o = sub.end();
    if (t.is(o, "and") && t.near(o + 1)) {
      o++;
    }
    NumberWord ow = t.near(o) ? Peek.word(t, o) : null;
    if (ow != null && (ow.type() == Type.ORDINAL || ow.type() == Type.ORDINALS)
        && ow.value() < 100 && ow.value() != 2) {
      return new Denominator(sub.value().add(ow.decimal()), ow.plural(), o + 1, false);
    }
    return null;
  }

  /**
   * A fraction denominator at k: "fifths", "quarter", "half", "twenty-first", "thirty fifths".
   * "first" alone and "second(s)" are no denominators.
   */
  static Denominator denominator(Tokens t, int k) {
    NumberWord w = Peek.word(t, k);
    if (w == null) {
      return null;
    }
    if (w.type() == Type.TENS) {
      int d = Peek.hyphenAt(t, k + 1);
      if (d < 0) {
        d = t.near(k + 1) ? k + 1 : -1;
      }
      if (d > 0) {
        NumberWord o = Peek.word(t, d);
        if (o != null && (o.type() == Type.ORDINAL || o.type() == Type.ORDINALS) && o.value() < 10
            && o.value() != 2) {
          return new Denominator(BigDecimal.valueOf(w.value() + o.value()), o.plural(), d + 1, false);
        }
      }
      return null;
    }
    if (!w.isDenominator() || w.type() == Type.ORDINAL && (w.value() == 1 || w.value() == 2)) {
      return null;
    }
    return new Denominator(w.decimal(), w.pluralDenominator(), k + 1,
        (w.type() == Type.ORDINAL || w.type() == Type.ORDINALS) && w.value() < 10);
  }
}
