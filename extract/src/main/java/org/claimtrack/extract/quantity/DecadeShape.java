package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * X2 YEAR as a decade (RANGE of ten years): "1990s", "1990's", "'90s", "90s", or a year written
 * "'19"; X5 AGE when a possessive comes before: "in his 70s", "their early 20s" (the ages [70,
 * 79]).
 */
final class DecadeShape {
  private DecadeShape() {}

  /** "1990s", "90s", "his 70s" at the digits i. */
  static Found at(Tokens t, int i) {
    if (t.len(i) == 2 && t.isExactly(i + 1, "s") && t.glued(i + 1) && t.boundary(i + 2)
        && t.digitsValue(i) % 10 == 0 && !t.glued(i)) {
      long d = t.digitsValue(i);
      boolean age = t.get(Vocabulary.AGE_POSSESSIVES, i - 1) != null || t.is(i - 1, "its")
          || t.isAnyOf(i - 1, "early", "mid", "late") && t.get(Vocabulary.AGE_POSSESSIVES, i - 2) != null;
      long lo = age ? d : century(d) + d;
      return Found.range(age ? Kind.AGE : Kind.YEAR, i, i + 2, i, i + 1, BigDecimal.valueOf(lo),
          BigDecimal.valueOf(lo + 9));
    }
    if (t.len(i) != 4) {
      return null;
    }
    long y = t.digitsValue(i);
    if (y < 1000 || y > 2100 || y % 10 != 0) {
      return null;
    }
    int k = i + 1;
    if (t.isSymIn(k, "'’") && t.glued(k)) {
      k++;
    }
    if (t.isExactly(k, "s") && t.glued(k) && t.boundary(k + 1)) {
      return Found.range(Kind.YEAR, i, k + 1, i, i + 1, BigDecimal.valueOf(y), BigDecimal.valueOf(y + 9));
    }
    return null;
  }

  /**
   * "'90s", "’20s" at the apostrophe i; and a year "'19" ("in '19.", axis labels "'19 '20 '21")
   * where no word follows ("'19 people" is a count after an opening quote).
   */
  static Found apostrophe(Tokens t, int i) {
    if (t.isDigits(i + 1) && t.glued(i + 1) && t.len(i + 1) == 2 && t.boundary(i + 2)
        && !(t.near(i + 2) && (t.isWord(i + 2) || t.isDigits(i + 2))) && !t.glued(i)) {
      long d = t.digitsValue(i + 1);
      long y = (d <= 40 ? 2000 : 1900) + d;
      return Found.of(Kind.YEAR, i, i + 2, i + 1, i + 2, BigDecimal.valueOf(y));
    }
    if (t.isDigits(i + 1) && t.glued(i + 1) && t.len(i + 1) == 2 && t.isExactly(i + 2, "s")
        && t.glued(i + 2) && t.boundary(i + 3)) {
      long d = t.digitsValue(i + 1);
      if (d % 10 != 0) {
        return null;
      }
      long y = century(d) + d;
      return Found.range(Kind.YEAR, i, i + 3, i + 1, i + 2, BigDecimal.valueOf(y), BigDecimal.valueOf(y + 9));
    }
    return null;
  }

  /** Two-digit decades up to the 20s are this century's. */
  private static long century(long d) {
    return d <= 20 ? 2000 : 1900;
  }
}
