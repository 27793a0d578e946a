package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * What follows a numeral and belongs to it: slash fractions and mixed numbers (package-info
 * N5: "3/4", "2 1/2", "2½") and multiplier suffixes (N6: "12k", "10M", "5bn", "10 bln", "£1.5m").
 */
final class NumeralSuffix {
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private NumeralSuffix() {}

  /** A numeral at i with its fraction and multiplier suffix; null when no numeral starts at i. */
  static Num at(Tokens t, int i) {
    Num n = Numeral.at(t, i);
    if (n == null || n.kind() != null) {
      return n;
    }
    int k = n.end();
    boolean signed = t.isSymIn(i, "-−+");
    int absStart = signed ? i + 1 : i;
    if (!n.fraction() && isInt(t, absStart, k) && t.isSymIn(k, "/⁄") && t.glued(k)
        && t.isDigits(k + 1) && t.glued(k + 1) && t.boundary(k + 2)
        && !(t.isSymIn(k + 2, "/") && t.glued(k + 2))) {
      return slashFraction(t, n, k);
    }
    if (n.plainInt() || signed && isInt(t, absStart, k)) {
      Num mixed = mixedNumber(t, n, i, signed);
      if (mixed != null) {
        return multiplier(t, mixed);
      }
    }
    return multiplier(t, n);
  }

  /** N5 "3/4", "-1/2": A/B with A smaller than B (other pairs stay A alone). */
  private static Num slashFraction(Tokens t, Num n, int k) {
    BigDecimal a = n.value().abs();
    BigDecimal b = new BigDecimal(t.str(k + 1));
    if (b.signum() != 0 && a.compareTo(b) < 0) {
      BigDecimal f = a.divide(b, Numeral.MC);
      return multiplier(t, n.asFraction(n.value().signum() < 0 ? f.negate() : f, k + 2));
    }
    return n;
  }

  /** N5 "2 1/2", "2½", "-3 3/4": a whole number and a fraction; null when none follows. */
  private static Num mixedNumber(Tokens t, Num n, int i, boolean signed) {
    int k = n.end();
    BigDecimal whole = n.value().abs();
    BigDecimal frac = null;
    int e = -1;
    if (Numeral.isVulgar(t, k) && t.near(k)) {
      frac = Numeral.vulgar(t.ch(k));
      e = k + 1;
    } else if (t.spaced(k) && t.start(k) - t.end(k - 1) <= 2 && t.isDigits(k)
        && t.isSymIn(k + 1, "/⁄") && t.glued(k + 1) && t.isDigits(k + 2) && t.glued(k + 2)
        && t.boundary(k + 3)) {
      BigDecimal a = new BigDecimal(t.str(k));
      BigDecimal b = new BigDecimal(t.str(k + 2));
      if (b.signum() != 0 && a.compareTo(b) < 0 && b.compareTo(THOUSAND) <= 0) {
        frac = a.divide(b, Numeral.MC);
        e = k + 3;
      }
    }
    if (frac == null) {
      return null;
    }
    BigDecimal v = whole.add(frac);
    return n.asFraction(n.value().signum() < 0 || signed && t.ch(i) != '+' ? v.negate() : v, e);
  }

  private static boolean isInt(Tokens t, int s, int e) {
    return e == s + 1 && t.isDigits(s);
  }

  /**
   * N6: a multiplier suffix after the numeral: glued ("10k", "1.2b"; "5G" after one digit is a
   * name), spaced ("10 bln"; "10 M" before a capitalized word is no million), and lower-case "m"
   * as million after a currency or before a count or currency word ("£1.5m", "1.5m people"),
   * where "1.8m tall" is metres.
   */
  static Num multiplier(Tokens t, Num n) {
    int k = n.end();
    BigDecimal m = null;
    if (t.isWord(k) && t.glued(k) && t.boundary(k + 1)) {
      m = t.get(Numeral.GLUED_MULTIPLIERS, k);
      if (m != null && t.isExactly(k, "G") && n.plainInt() && t.len(n.start()) == 1) {
        m = null;
      }
    } else if (t.isWord(k) && t.spaced(k) && t.start(k) - t.end(k - 1) <= 2 && t.boundary(k + 1)
        && !(t.isSym(k + 1, '.') && t.glued(k + 1) && t.isWord(k + 2))) {
      m = t.get(Numeral.SPACED_MULTIPLIERS, k);
      if (m != null && t.isExactly(k, "M") && t.isWord(k + 1) && t.near(k + 1)
          && Character.isUpperCase(t.ch(k + 1))) {
        m = null;
      }
    }
    if (m == null && t.isExactly(k, "m") && t.glued(k) && t.boundary(k + 1)
        && (Peek.currencyBefore(t, n.start()) || t.near(k + 1) && (Vocabulary.pluralNoun(t, k + 1)
        || t.get(Vocabulary.COUNT_NOUNS, k + 1) != null && t.isWord(k + 1)
        || Peek.currencyWord(t, k + 1)))) {
      m = MILLION;
    }
    return m == null ? n : n.scaled(m, k + 1);
  }
}
