package org.claimtrack.extract.quantity;

/**
 * X1 DATE with a month word: "22 Nov", "22nd of November 2024", "1-3 March", "Oct. 8",
 * "November 22, 2024", "Oct. 1-3", "March 2020". A month that is also an ordinary word ("may",
 * "march") needs a year or a capital, and is none before a unit or scale ("march 5 miles").
 */
final class CalendarDateShape {
  private CalendarDateShape() {}

  /** A day, then a month: "22 Nov", "22nd of November, 2024". */
  static Found dayFirst(Tokens t, int i) {
    long d = t.digitsValue(i);
    if (t.len(i) > 2 || d < 1 || d > 31) {
      return null;
    }
    int k = i + 1;
    int os = OrdinalShape.suffixEnd(t, i);
    int dr = dayRangeEnd(t, i);
    if (os > 0) {
      k = os;
    } else if (dr > 0) {
      k = dr;
    } else if (!t.boundary(k)) {
      return null;
    }
    if (t.is(k, "of") && t.near(k) && os > 0) {
      k++;
    }
    if (!(t.near(k) && t.get(Vocabulary.MONTHS, k) != null) || t.glued(k)) {
      return null;
    }
    int m = k;
    k++;
    if (t.isSym(k, '.') && t.glued(k)) {
      k++;
    }
    int y = yearAfter(t, k);
    boolean hasYear = y > 0;
    if (Vocabulary.ambiguousMonth(t, m) && !hasYear) {
      return null;
    }
    int e = hasYear ? y : k;
    return Found.of(Kind.DATE, i, e, i, e, null);
  }

  /** A month, then a day or a year: "Nov. 22, 2024", "Oct. 1-3", "March 2020". */
  static Found monthFirst(Tokens t, int i) {
    int k = i + 1;
    if (t.isSym(k, '.') && t.near(k)) {
      k++;
    }
    if (!t.near(k)) {
      return null;
    }
    boolean ambiguous = Vocabulary.ambiguousMonth(t, i);
    if (t.isDigits(k) && t.len(k) <= 2) {
      long d = t.digitsValue(k);
      if (d < 1 || d > 31) {
        return null;
      }
      int e = OrdinalShape.suffixEnd(t, k);
      if (e < 0) {
        e = dayRangeEnd(t, k);
        if (e < 0 && (!t.boundary(k + 1) || t.isSym(k + 1, '%'))) {
          return null;
        }
        if (e < 0) {
          e = k + 1;
        }
      }
      if (ambiguous && Peek.unitOrScale(t, e)) {
        return null;
      }
      int y = yearAfter(t, e);
      return Found.of(Kind.DATE, i, y > 0 ? y : e, k, y > 0 ? y : e, null);
    }
    int y = k;
    if (t.isSym(y, ',') && t.near(y)) {
      y++;
    }
    if (!ambiguous && t.isDigits(y) && t.len(y) == 4 && t.near(y) && t.boundary(y + 1)) {
      long v = t.digitsValue(y);
      if (v >= 1000 && v <= 2100) {
        return Found.of(Kind.DATE, i, y + 1, y, y + 1, null);
      }
    }
    return null;
  }

  /** The end of a 4-digit year after token k-1 (", 2024" or " 2024"), or -1. */
  private static int yearAfter(Tokens t, int k) {
    int y = k;
    if (t.isSym(y, ',') && t.near(y)) {
      y++;
    }
    return t.isDigits(y) && t.len(y) == 4 && t.near(y) && t.boundary(y + 1) ? y + 1 : -1;
  }

  /** End of a day range "1-3" starting at the day token k, or -1. */
  private static int dayRangeEnd(Tokens t, int k) {
    if (t.isSymIn(k + 1, "-–") && t.glued(k + 1) && t.isDigits(k + 2) && t.glued(k + 2)
        && t.len(k + 2) <= 2 && t.boundary(k + 3)) {
      long a = t.digitsValue(k);
      long b = t.digitsValue(k + 2);
      if (b > a && b <= 31) {
        return k + 3;
      }
    }
    return -1;
  }
}
