package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * Digits joined by '/', '-', '.' or '–' that are dates, spans of years or codes:
 * <ul>
 *   <li>X1 DATE: "11/22/2024", "22.11.2024", "2024-11-22", "1995-01", and month/day pairs like
 *       "9/11" whose second number is no common denominator;
 *   <li>X2 YEAR (RANGE): "2009-2010", "2013-14";
 *   <li>X8 VERSION_OR_CODE: "24/7" and other descending slash pairs that are no fraction.
 * </ul>
 */
final class NumericDateShape {
  private NumericDateShape() {}

  static Found at(Tokens t, int i) {
    if (!(t.isSymIn(i + 1, "/-.–") && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2))) {
      return null;
    }
    char sep = t.ch(i + 1);
    if (t.isSym(i + 3, sep) && t.glued(i + 3) && t.isDigits(i + 4) && t.glued(i + 4)
        && t.boundary(i + 5) && sep != '–') {
      return threeParts(t, i, sep);
    }
    if (!t.boundary(i + 3)) {
      return null;
    }
    int la = t.len(i);
    int lb = t.len(i + 2);
    long a = t.digitsValue(i);
    long b = t.digitsValue(i + 2);
    if (la == 4 && a >= 1800 && a <= 2100 && sep != '.') {
      return yearAndMore(t, i, sep, a, b, lb);
    }
    if (sep == '/' && la <= 2 && lb <= 2) {
      if (a >= b) {
        return Found.of(Kind.VERSION_OR_CODE, i, i + 3, i, i + 3, null);
      }
      if (a >= 1 && a <= 12 && b <= 31 && !commonDenominator(b)) {
        return Found.of(Kind.DATE, i, i + 3, i, i + 3, null);
      }
    }
    if (sep == '/' && a >= b && a > 0 && !(t.isDigits(i - 1) && t.near(i))) {
      return Found.of(Kind.VERSION_OR_CODE, i, i + 3, i, i + 3, null);
    }
    return null;
  }

  /** "11/22/2024", "22.11.24", "2024-11-22": day-month-year either way, or year-month-day. */
  private static Found threeParts(Tokens t, int i, char sep) {
    int la = t.len(i);
    int lb = t.len(i + 2);
    int lc = t.len(i + 4);
    long a = t.digitsValue(i);
    long b = t.digitsValue(i + 2);
    long c = t.digitsValue(i + 4);
    boolean dmy = la <= 2 && lb <= 2 && (lc == 4 || lc == 2 && sep != '.') && a >= 1 && b >= 1
        && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
    boolean ymd = la == 4 && lb <= 2 && lc <= 2 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
    return dmy || ymd ? Found.of(Kind.DATE, i, i + 5, i, i + 5, null) : null;
  }

  /** After a year: "2009-2010", "2013-14" (spans of years), "1995-01" (a month). */
  private static Found yearAndMore(Tokens t, int i, char sep, long a, long b, int lb) {
    if (lb == 4 && b > a && b <= 2100 && b - a <= 100) {
      return years(i, a, b);
    }
    if (lb == 2) {
      if (sep == '-' && t.leadingZero(i + 2) && b >= 1 && b <= 12) {
        return Found.of(Kind.DATE, i, i + 3, i, i + 3, null);
      }
      long y2 = a / 100 * 100 + b;
      if (y2 <= a) {
        y2 += 100;
      }
      if (y2 - a <= 10) {
        return years(i, a, y2);
      }
    }
    return null;
  }

  private static Found years(int i, long a, long b) {
    return Found.range(Kind.YEAR, i, i + 3, i, i + 3, BigDecimal.valueOf(a), BigDecimal.valueOf(b));
  }

  /** Denominators a slash fraction commonly has: "1/2" ... "1/10", "3/16", "1/100". */
  private static boolean commonDenominator(long b) {
    return b >= 2 && b <= 10 || b == 16 || b == 32 || b == 64 || b == 100;
  }
}
