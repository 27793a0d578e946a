package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * X2 YEAR (the year is the value): a 4-digit number
 * <ul>
 *   <li>after a year word ("in", "since", "by", "of", "until", "fiscal"...; {@code
 *       quantity-year-context.txt}) or after "Month,";
 *   <li>before a noun a year modifies ("2005 levels", "2010 dollars", "the 2024 election");
 *   <li>"until at least 2014", "between 2014 and 2016";
 *   <li>for 1900-2100, unless it reads as an amount: after "more than", "about", a currency
 *       ({@code quantity-amount-before.txt}); before a unit, a scale, "%", "+", a plural or count
 *       noun ("2000 people"), "2000 to 3000 people", "1990 out of 2000".
 * </ul>
 * Also "FY2024" ({@link #fiscal}), "mid-1972", "mid-1990s" ({@link #hyphenated}).
 */
final class YearShape {
  private YearShape() {}

  static Found at(Tokens t, int i) {
    if (t.len(i) != 4 || !t.boundary(i + 1) || t.glued(i) && !t.isSymIn(i - 1, "(\"“'‘")) {
      return null;
    }
    if (t.isSym(i + 1, ',') && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2)
        || t.isSymIn(i + 1, "/") && t.glued(i + 1)) {
      return null;
    }
    long y = t.digitsValue(i);
    if (y < 1000 || y > 2100) {
      return null;
    }
    int p = i - 1;
    int n = i + 1;
    if (t.isSym(p) && t.near(i) && Units.CURRENCY_PREFIX.match(t, p) != null) {
      return null;
    }
    if (y >= 1900 && t.near(n) && t.get(Vocabulary.YEAR_NOUNS, n) != null) {
      return year(i, y); // "below 2005 levels"
    }
    if (p >= 1 && t.near(i) && t.isAnyOf(p, "least", "latest", "earliest")
        && t.isAnyOf(p - 2, "until", "till", "since", "before", "by", "through")) {
      return year(i, y); // "until at least 2014"
    }
    if (amountBefore(t, i) || t.near(n) && (Peek.unitOrScale(t, n) || t.isSymIn(n, "%+"))) {
      return null;
    }
    boolean context = p >= 0 && t.near(i) && t.get(Vocabulary.YEAR_CONTEXT, p) != null
        || t.isSym(p, ',') && t.get(Vocabulary.MONTHS, p - 1) != null;
    if (!context && t.near(n) && t.isAnyOf(n, "to", "and", "or", "through", "until", "till")
        && t.near(n + 1) && t.isDigits(n + 1)) {
      // "between 2014 and 2016" are years, "2000 to 3000 people" are counts
      long z = t.len(n + 1) == 4 ? t.digitsValue(n + 1) : -1;
      return z >= 1000 && z <= 2100 && t.boundary(n + 2) ? year(i, y) : null;
    }
    if (context) {
      return year(i, y);
    }
    if (y < 1900 || Peek.countNoun(t, n)) {
      return null;
    }
    if (t.near(n) && t.isAnyOf(n, "over", "out", "in")
        && (t.isDigits(n + 1) || t.get(Vocabulary.NUMBER_WORDS, n + 1) != null)) {
      return null; // "1990 out of 2000"
    }
    return year(i, y);
  }

  /** True when the word before the number at i makes it an amount ("more than 2000", "$2000"). */
  private static boolean amountBefore(Tokens t, int i) {
    int p = i - 1;
    return p >= 0 && t.near(i) && (t.get(Vocabulary.AMOUNT_BEFORE, p) != null
        || t.get(Units.CODES, p) != null
        || t.is(p, "to") && t.is(p - 1, "up")
        || t.isSymIn(p, "<>≥≤~±$€£¥") || t.get(Vocabulary.NUMBER_WORDS, p) != null);
  }

  /** "FY2024", "CY2023": a fiscal or calendar year at the word i, digits glued after it. */
  static Found fiscal(Tokens t, int i) {
    if (t.isAnyOf(i, "fy", "cy") && t.len(i + 1) == 4 && t.boundary(i + 2)) {
      return year(i, i + 2, i + 1, t.digitsValue(i + 1));
    }
    return null;
  }

  /**
   * "mid-1990s", "pre-2008", "late-2019": a year or decade hyphenated after the word i (a decade
   * keeps its range, starting at the word).
   */
  static Found hyphenated(Tokens t, int i) {
    if (t.get(Vocabulary.YEAR_PREFIXES, i) == null || t.len(i + 2) != 4) {
      return null;
    }
    Found d = DecadeShape.at(t, i + 2);
    if (d != null) {
      return d.withStart(i);
    }
    long y = t.digitsValue(i + 2);
    if (y >= 1000 && y <= 2100 && t.boundary(i + 3)) {
      return year(i, i + 3, i + 2, y);
    }
    return null;
  }

  private static Found year(int i, long y) {
    return year(i, i + 1, i, y);
  }

  private static Found year(int start, int end, int num, long y) {
    return Found.of(Kind.YEAR, start, end, num, num + 1, BigDecimal.valueOf(y));
  }
}
