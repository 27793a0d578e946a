package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.quantity.Lexicon.NumWord;
import org.claimtrack.extract.quantity.Lexicon.Post;
import org.claimtrack.extract.quantity.Lexicon.Qual;
import org.claimtrack.extract.quantity.Lexicon.Role;
import org.claimtrack.extract.quantity.Lexicon.WT;
import org.claimtrack.extract.quantity.Units.Category;
import org.claimtrack.extract.quantity.Units.Unit;

/**
 * One left-to-right pass over the tokens of a text region. At each token it tries, in order, the
 * shapes that are not quantities (dates, times, phone numbers, codes, years, ages, names) and then
 * a quantity expression (qualifier, currency, number, unit, range, multiplicative). A match
 * consumes its tokens, so every token is looked at a bounded number of times and the pass is
 * linear in the length of the text. No regular expressions are used.
 */
final class Scan {
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final int MAX_EXPONENT = 400;
  /** Longest run of digits read as one number; longer runs are codes or identifiers. */
  private static final int MAX_DIGITS = 40;
  /** Longest plain run of digits (no separators) read as a number; IDs and timestamps are longer. */
  private static final int MAX_PLAIN_DIGITS = 16;

  private final Tokens t;
  private final List<Out> out = new ArrayList<>();

  /** An expression found, in tokens. */
  private static final class Out {
    int start;
    int end;
    int numStart;
    int numEnd;
    BigDecimal low;
    BigDecimal high;
    Qualifier qualifier = Qualifier.EXACT;
    String unit;
    Kind kind;
    /** Consumed tokens that yield no expression (a pronoun "one", a URL). */
    boolean drop;

    static Out of(Kind kind, int start, int end, int numStart, int numEnd, BigDecimal value) {
      Out o = new Out();
      o.kind = kind;
      o.start = start;
      o.end = end;
      o.numStart = numStart;
      o.numEnd = numEnd;
      o.low = value;
      o.high = value;
      return o;
    }

    static Out drop(int start, int end) {
      Out o = new Out();
      o.drop = true;
      o.start = start;
      o.end = end;
      return o;
    }

    /** The single number this expression states, for qualifiers other than RANGE. */
    BigDecimal stated() {
      return low != null ? low : high;
    }
  }

  /** A quantity before qualifiers: currency prefix, number, unit. */
  private static final class Q {
    int start;
    int end;
    Num num;
    BigDecimal value;
    Unit unit;
    String unitName;
    boolean prefixCurrency;
    /** Non-null when the tokens form a non-quantity expression (date, age, ...). */
    Out special;

    int numStart() {
      return num.start;
    }

    int numEnd() {
      return num.end;
    }

    boolean plainCount() {
      return unitName == null && !prefixCurrency;
    }
  }

  Scan(CharSequence text, int from, int to) {
    this.t = Tokens.of(text, from, to);
  }

  List<NumberExpression> run() {
    int i = 0;
    int consumed = 0;
    while (i < t.n) {
      Out o = at(i);
      if (o != null && o.end > i) {
        // an expression may reach back to a name word before i, never into earlier output
        o.start = Math.max(o.start, consumed);
        if (!o.drop && o.numStart >= o.start) {
          out.add(o);
        }
        i = o.end;
        consumed = i;
      } else {
        i++;
      }
    }
    shareUnits();
    mergeCompoundRanges();
    List<NumberExpression> result = new ArrayList<>(out.size());
    for (Out o : out) {
      result.add(toExpression(o));
    }
    return result;
  }

  private NumberExpression toExpression(Out o) {
    Span span = new Span(t.start(o.start), t.end(o.end - 1));
    Span num = new Span(t.start(o.numStart), t.end(o.numEnd - 1));
    boolean spelled = true;
    for (int k = num.start(); k < num.end(); k++) {
      char c = t.text.charAt(k);
      if (Tokens.isDigit(c) || vulgar(c) != null) {
        spelled = false;
        break;
      }
    }
    return new NumberExpression(span, num, norm(o.low), norm(o.high), o.qualifier, o.unit,
        o.kind, spelled);
  }

  private static BigDecimal norm(BigDecimal v) {
    if (v == null) {
      return null;
    }
    // integers stay exact; fractions keep 16 significant digits (the precision of division)
    BigDecimal r = v.stripTrailingZeros();
    if (r.scale() > 0) {
      r = r.round(MC).stripTrailingZeros();
    }
    return r.scale() < 0 ? r.setScale(0) : r;
  }

  // ------------------------------------------------------------------------------------------
  // Dispatch

  private Out at(int i) {
    byte ty = t.type(i);
    if (ty == Tokens.DIGITS) {
      Out s = specialAt(i);
      return s != null ? s : expression(i);
    }
    if (ty == Tokens.WORD) {
      if (t.get(START_WORDS, i) == null && !gluedToDigitsOrLink(i)) {
        return null;
      }
      Out s = wordSpecial(i);
      return s != null ? s : expression(i);
    }
    if (t.isSymIn(i, "+('’‘")) {
      Out s = specialAt(i);
      if (s != null) {
        return s;
      }
    }
    return expression(i);
  }

  /**
   * Every word that can start an expression: number words, months, qualifier, currency and
   * keyword openers. Most words of a text are in none of them and are passed over at once.
   */
  private static final WordTable<Boolean> START_WORDS;

  static {
    java.util.Map<String, Boolean> m = new java.util.HashMap<>();
    java.util.List<java.util.List<String>> sources = java.util.List.of(
        Lexicon.NUMBER_WORDS.keys(), Lexicon.MONTHS.keys(), Lexicon.VAGUE.keys(),
        Lexicon.DIGIT_COUNTS.keys(), Lexicon.PREFIX_QUALIFIERS.firstParts(),
        Units.CURRENCY_PREFIX.firstParts(),
        java.util.List.of("a", "an", "minus", "negative", "half", "quarter", "aged", "age", "ages",
            "version", "ver", "v", "release", "build", "firmware", "ios", "android", "percent",
            "percents", "per", "pct", "fy", "cy"));
    for (java.util.List<String> l : sources) {
      for (String w : l) {
        m.put(w.toLowerCase(java.util.Locale.ROOT), Boolean.TRUE);
      }
    }
    START_WORDS = WordTable.ignoringCase(m);
  }

  /** "G7", "F-16", "https:", "www.", "a@b": a word glued to digits or a link. */
  private boolean gluedToDigitsOrLink(int i) {
    if (!t.glued(i + 1)) {
      return false;
    }
    return t.isDigits(i + 1)
        || t.isSymIn(i + 1, "-‐") && t.isDigits(i + 2) && t.glued(i + 2)
        || t.isSymIn(i + 1, ":.@");
  }

  // ------------------------------------------------------------------------------------------
  // Shapes that are not quantities

  private Out specialAt(int i) {
    if (t.isSymIn(i, "'’‘")) {
      return apostropheDecade(i);
    }
    if (t.isSym(i, '+') || t.isSym(i, '(')) {
      return phone(i);
    }
    if (!t.isDigits(i)) {
      return null;
    }
    if (t.glued(i) && t.isWord(i - 1) && Units.CURRENCY_PREFIX.match(t, i - 1) == null) {
      return nameChain(i);
    }
    if (t.glued(i) && t.isSymIn(i - 1, "-−^") && t.glued(i - 1) && t.isWord(i - 2)
        && !(t.glued(i - 2) && t.isDigits(i - 3))) {
      // "s-1", "m^2", the number of a code or exponent whose letters were consumed before
      return nameChain(i);
    }
    Out o;
    if ((o = phone(i)) != null
        || (o = numericDate(i)) != null
        || (o = dotted(i)) != null
        || (o = time(i)) != null
        || (o = dayMonth(i)) != null
        || (o = ordinalNumeral(i)) != null
        || (o = decade(i)) != null
        || (o = appositiveAge(i)) != null
        || (o = gluedCode(i)) != null
        || (o = designation(i)) != null
        || (o = year(i)) != null
        || (o = score(i)) != null) {
      return o;
    }
    return null;
  }

  /** True when nothing alphanumeric is glued after token end-1 (token {@code end} is free). */
  private boolean boundary(int end) {
    if (end >= t.n || !t.glued(end)) {
      return true;
    }
    if (t.isWord(end) || t.isDigits(end)) {
      return false;
    }
    // "1.2.3" continues a code; a sentence-final '.' does not
    if (t.isSymIn(end, ".,:/") && (t.isDigits(end + 1) || t.isWord(end + 1)) && t.glued(end + 1)) {
      return false;
    }
    return true;
  }

  private Out apostropheDecade(int i) {
    if (t.isDigits(i + 1) && t.glued(i + 1) && t.len(i + 1) == 2 && t.isExactly(i + 2, "s")
        && t.glued(i + 2) && boundary(i + 3)) {
      long d = t.digitsValue(i + 1);
      if (d % 10 != 0) {
        return null;
      }
      long y = (d <= 20 ? 2000 : 1900) + d;
      Out o = Out.of(Kind.YEAR, i, i + 3, i + 1, i + 2, null);
      o.qualifier = Qualifier.RANGE;
      o.low = BigDecimal.valueOf(y);
      o.high = BigDecimal.valueOf(y + 9);
      return o;
    }
    return null;
  }

  private Out phone(int i) {
    int k = i;
    boolean plus = false;
    boolean paren = false;
    if (t.isSym(k, '+')) {
      if (!(t.isDigits(k + 1) && t.glued(k + 1))
          || t.glued(k) && (t.isWord(k - 1) || t.isDigits(k - 1))) {
        return null;
      }
      plus = true;
      k++;
    }
    if (t.isSym(k, '(')) {
      if (!(t.isDigits(k + 1) && t.glued(k + 1) && t.len(k + 1) <= 4 && t.isSym(k + 2, ')')
          && t.glued(k + 2) && t.isDigits(k + 3) && t.near(k + 3))) {
        return null;
      }
      paren = true;
    }
    if (!plus && !paren && !t.isDigits(k)) {
      return null;
    }
    int groups = 0;
    int digits = 0;
    boolean dash = false;
    boolean dot = false;
    boolean longGroup = false;
    int last = k;
    while (k < t.n) {
      if (t.isSym(k, '(') && t.isDigits(k + 1) && t.glued(k + 1) && t.isSym(k + 2, ')')
          && t.glued(k + 2) && (k == i || t.near(k))) {
        groups++;
        digits += t.len(k + 1);
        last = k + 2;
        k += 3;
      } else if (t.isDigits(k)) {
        groups++;
        digits += t.len(k);
        longGroup |= t.len(k) >= 4;
        last = k;
        k++;
      } else {
        break;
      }
      if (t.isSymIn(k, "-./") && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)) {
        dash |= t.ch(k) != '.';
        dot |= t.ch(k) == '.';
        k++;
      } else if (t.isSymIn(k, "-") && t.spaced(k) && t.isDigits(k + 1) && t.spaced(k + 1)
          && (plus || paren)) {
        k++;
      } else if ((plus || paren) && t.singleSpace(k) && (t.isDigits(k) || t.isSym(k, '('))) {
        // a space separates groups of an international or bracketed number
      } else {
        break;
      }
    }
    if (groups < 2 || !boundary(last + 1)) {
      return null;
    }
    boolean ok = plus && digits >= 8
        || paren && digits >= 9
        || groups >= 3 && digits >= 9 && (dash || dot && longGroup);
    if (!ok) {
      return null;
    }
    return Out.of(Kind.PHONE, i, last + 1, i, last + 1, null);
  }

  private Out numericDate(int i) {
    if (!(t.isSymIn(i + 1, "/-.–") && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2))) {
      return null;
    }
    char sep = t.ch(i + 1);
    int la = t.len(i);
    int lb = t.len(i + 2);
    long a = t.digitsValue(i);
    long b = t.digitsValue(i + 2);
    if (t.isSym(i + 3, sep) && t.glued(i + 3) && t.isDigits(i + 4) && t.glued(i + 4)
        && boundary(i + 5) && sep != '–') {
      int lc = t.len(i + 4);
      long c = t.digitsValue(i + 4);
      boolean dmy = la <= 2 && lb <= 2 && (lc == 4 || lc == 2 && sep != '.') && a >= 1 && b >= 1
          && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
      boolean ymd = la == 4 && lb <= 2 && lc <= 2 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
      if (dmy || ymd) {
        return Out.of(Kind.DATE, i, i + 5, i, i + 5, null);
      }
      return null;
    }
    if (!boundary(i + 3)) {
      return null;
    }
    if (la == 4 && a >= 1800 && a <= 2100 && sep != '.') {
      if (lb == 4 && b > a && b <= 2100 && b - a <= 100) {
        return yearRange(i, i + 3, a, b);
      }
      if (lb == 2) {
        if (sep == '-' && t.leadingZero(i + 2) && b >= 1 && b <= 12) {
          return Out.of(Kind.DATE, i, i + 3, i, i + 3, null);
        }
        long y2 = a / 100 * 100 + b;
        if (y2 <= a) {
          y2 += 100;
        }
        if (y2 - a <= 10) {
          return yearRange(i, i + 3, a, y2);
        }
      }
      return null;
    }
    if (sep == '/' && la <= 2 && lb <= 2) {
      if (a >= b) {
        return Out.of(Kind.VERSION_OR_CODE, i, i + 3, i, i + 3, null);
      }
      if (a >= 1 && a <= 12 && b <= 31 && !commonDenominator(b)) {
        return Out.of(Kind.DATE, i, i + 3, i, i + 3, null);
      }
    }
    if (sep == '/' && a >= b && a > 0 && !(t.isDigits(i - 1) && t.near(i))) {
      return Out.of(Kind.VERSION_OR_CODE, i, i + 3, i, i + 3, null);
    }
    return null;
  }

  private static boolean commonDenominator(long b) {
    return b >= 2 && b <= 10 || b == 16 || b == 32 || b == 64 || b == 100;
  }

  private Out yearRange(int s, int e, long a, long b) {
    Out o = Out.of(Kind.YEAR, s, e, s, e, null);
    o.qualifier = Qualifier.RANGE;
    o.low = BigDecimal.valueOf(a);
    o.high = BigDecimal.valueOf(b);
    return o;
  }

  /** "192.168.1.2", "1.2.3": digits with two or more dots. */
  private Out dotted(int i) {
    int k = i + 1;
    int dots = 0;
    while (t.isSym(k, '.') && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)) {
      dots++;
      k += 2;
    }
    if (dots < 2) {
      return null;
    }
    while (t.glued(k) && (t.isWord(k) || t.isDigits(k))) {
      k++;
    }
    return Out.of(Kind.VERSION_OR_CODE, i, k, i, k, null);
  }

  /** End of an "am"/"pm"/"a.m."/"p.m." marker starting at k, or -1. */
  private int ampm(int k) {
    if (t.isAnyOf(k, "am", "pm") && boundary(k + 1)) {
      if (t.isSym(k + 1, '.') && t.glued(k + 1) && !t.isWord(k + 2)) {
        return k + 2;
      }
      return k + 1;
    }
    if (t.isAnyOf(k, "a", "p") && t.isSym(k + 1, '.') && t.glued(k + 1) && t.is(k + 2, "m")
        && t.glued(k + 2)) {
      if (t.isSym(k + 3, '.') && t.glued(k + 3)) {
        return k + 4;
      }
      return boundary(k + 3) ? k + 3 : -1;
    }
    return -1;
  }

  private int timezone(int k, int end) {
    if (t.spaced(k) && t.allUpper(k) && t.get(Lexicon.TIMEZONES, k) != null && boundary(k + 1)) {
      return k + 1;
    }
    return end;
  }

  private Out time(int i) {
    long h = t.digitsValue(i);
    int la = t.len(i);
    if (t.isSym(i + 1, ':') && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2)) {
      long m = t.digitsValue(i + 2);
      if (la <= 2 && h <= 24 && t.len(i + 2) == 2 && m < 60) {
        int k = i + 3;
        if (t.isSym(k, ':') && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)
            && t.len(k + 1) == 2) {
          k += 2;
        }
        int e = k;
        int ap = ampm(k);
        if (ap > 0 && t.near(k)) {
          e = ap;
        }
        e = timezone(e, e);
        return Out.of(Kind.TIME, i, e, i, k, null);
      }
      if (boundary(i + 3)) {
        return Out.of(Kind.VERSION_OR_CODE, i, i + 3, i, i + 3, null);
      }
      return null;
    }
    if (la <= 2 && h >= 1 && h <= 12) {
      int k = i + 1;
      if (t.isSym(k, '.') && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1) && t.len(k + 1) == 2
          && t.digitsValue(k + 1) < 60) {
        k += 2;
      }
      if (t.near(k)) {
        int ap = ampm(k);
        if (ap > 0) {
          return Out.of(Kind.TIME, i, timezone(ap, ap), i, k, null);
        }
      }
      if (k == i + 1 && t.is(k, "o") && t.isSymIn(k + 1, "'’") && t.is(k + 2, "clock")
          && t.spaced(k)) {
        return Out.of(Kind.TIME, i, k + 3, i, i + 1, null);
      }
    }
    if (la == 4 && h % 100 < 60 && h / 100 <= 23 && boundary(i + 1)) {
      int e = timezone(i + 1, -1);
      if (e > 0) {
        return Out.of(Kind.TIME, i, e, i, i + 1, null);
      }
    }
    return null;
  }

  /** Index after an ordinal suffix glued to digits ("21st"), or -1. */
  private int ordinalSuffix(int i) {
    int k = i + 1;
    if (t.isWord(k) && t.glued(k) && t.isAnyOf(k, "st", "nd", "rd", "th") && boundary(k + 1)) {
      return k + 1;
    }
    return -1;
  }

  private Out dayMonth(int i) {
    long d = t.digitsValue(i);
    if (t.len(i) > 2 || d < 1 || d > 31) {
      return null;
    }
    int k = i + 1;
    int os = ordinalSuffix(i);
    int dr = dayRangeEnd(i);
    if (os > 0) {
      k = os;
    } else if (dr > 0) {
      k = dr;
    } else if (!boundary(k)) {
      return null;
    }
    if (t.is(k, "of") && t.near(k) && os > 0) {
      k++;
    }
    if (!(t.near(k) && t.get(Lexicon.MONTHS, k) != null) || t.glued(k)) {
      return null;
    }
    int m = k;
    k++;
    if (t.isSym(k, '.') && t.glued(k)) {
      k++;
    }
    int e = k;
    int y = k;
    if (t.isSym(y, ',') && t.near(y)) {
      y++;
    }
    boolean hasYear = t.isDigits(y) && t.len(y) == 4 && t.near(y) && boundary(y + 1);
    if (hasYear) {
      e = y + 1;
    }
    if (Lexicon.ambiguousMonth(t, m) && !hasYear) {
      return null;
    }
    return Out.of(Kind.DATE, i, e, i, e, null);
  }

  private Out monthDate(int i) {
    int k = i + 1;
    if (t.isSym(k, '.') && t.near(k)) {
      k++;
    }
    if (!t.near(k)) {
      return null;
    }
    boolean ambiguous = Lexicon.ambiguousMonth(t, i);
    if (t.isDigits(k) && t.len(k) <= 2) {
      long d = t.digitsValue(k);
      if (d < 1 || d > 31) {
        return null;
      }
      int e = ordinalSuffix(k);
      if (e < 0) {
        e = dayRangeEnd(k);
        if (e < 0 && (!boundary(k + 1) || t.isSym(k + 1, '%'))) {
          return null;
        }
        if (e < 0) {
          e = k + 1;
        }
      }
      if (ambiguous && nextIsUnitOrScale(e)) {
        return null;
      }
      int y = e;
      if (t.isSym(y, ',') && t.near(y)) {
        y++;
      }
      if (t.isDigits(y) && t.len(y) == 4 && t.near(y) && boundary(y + 1)) {
        e = y + 1;
      }
      return Out.of(Kind.DATE, i, e, k, e, null);
    }
    int y = k;
    if (t.isSym(y, ',') && t.near(y)) {
      y++;
    }
    if (!ambiguous && t.isDigits(y) && t.len(y) == 4 && t.near(y) && boundary(y + 1)) {
      long v = t.digitsValue(y);
      if (v >= 1000 && v <= 2100) {
        return Out.of(Kind.DATE, i, y + 1, y, y + 1, null);
      }
    }
    return null;
  }

  /** End of a day range "1-3" starting at the day token k, or -1. */
  private int dayRangeEnd(int k) {
    if (t.isSymIn(k + 1, "-–") && t.glued(k + 1) && t.isDigits(k + 2) && t.glued(k + 2)
        && t.len(k + 2) <= 2 && boundary(k + 3)) {
      long a = t.digitsValue(k);
      long b = t.digitsValue(k + 2);
      if (b > a && b <= 31) {
        return k + 3;
      }
    }
    return -1;
  }

  private boolean nextIsUnitOrScale(int k) {
    if (!t.near(k)) {
      return false;
    }
    NumWord w = t.get(Lexicon.NUMBER_WORDS, k);
    if (w != null && (w.type() == WT.SCALE || w.type() == WT.HUNDRED)) {
      return true;
    }
    return Units.SUFFIX.match(t, k) != null;
  }

  private Out ordinalNumeral(int i) {
    int e = ordinalSuffix(i);
    if (e < 0) {
      return null;
    }
    return Out.of(Kind.ORDINAL, i, e, i, e, new BigDecimal(t.str(i)));
  }

  private Out decade(int i) {
    if (t.len(i) == 2 && t.isExactly(i + 1, "s") && t.glued(i + 1) && boundary(i + 2)
        && t.digitsValue(i) % 10 == 0 && !t.glued(i)) {
      long d = t.digitsValue(i);
      boolean age = t.isAnyOf(i - 1, "his", "her", "their", "my", "your", "our", "its")
          || t.isAnyOf(i - 1, "early", "mid", "late") && t.isAnyOf(i - 2, "his", "her", "their",
          "my", "your", "our");
      long lo = age ? d : (d <= 20 ? 2000 : 1900) + d;
      Out o = Out.of(age ? Kind.AGE : Kind.YEAR, i, i + 2, i, i + 1, null);
      o.qualifier = Qualifier.RANGE;
      o.low = BigDecimal.valueOf(lo);
      o.high = BigDecimal.valueOf(lo + 9);
      return o;
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
    if (t.isExactly(k, "s") && t.glued(k) && boundary(k + 1)) {
      Out o = Out.of(Kind.YEAR, i, k + 1, i, i + 1, null);
      o.qualifier = Qualifier.RANGE;
      o.low = BigDecimal.valueOf(y);
      o.high = BigDecimal.valueOf(y + 9);
      return o;
    }
    return null;
  }

  /** "Smith, 45, said": a small number between commas right after a capitalized word. */
  private Out appositiveAge(int i) {
    long v = t.digitsValue(i);
    if (t.len(i) > 3 || v < 1 || v > 120) {
      return null;
    }
    if (t.isSym(i - 1, ',') && t.glued(i - 1) && t.spaced(i) && t.capitalized(i - 2)
        && t.isSym(i + 1, ',') && t.glued(i + 1)
        && t.get(Lexicon.MONTHS, i - 2) == null && t.get(Lexicon.WEEKDAYS, i - 2) == null
        && t.get(Lexicon.NOT_DESIGNATION, i - 2) == null) {
      return Out.of(Kind.AGE, i, i + 1, i, i + 1, BigDecimal.valueOf(v));
    }
    return null;
  }

  /** Digits glued to letters that are no suffix we know ("4G", "3D", "06F6", "320x240"). */
  private Out gluedCode(int i) {
    int k = i + 1;
    if ((t.isAnyOf(k, "x") || t.isSym(k, '×')) && t.glued(k) && t.isDigits(k + 1)
        && t.glued(k + 1) && !(t.isSymIn(k + 2, "^-−") && t.glued(k + 2))) {
      // a size or resolution "4x4", "1920×1080"; "8x2^10" is read as a power by numeral()
      int e = k + 2;
      while ((t.isAnyOf(e, "x") || t.isSym(e, '×')) && t.glued(e) && t.isDigits(e + 1)
          && t.glued(e + 1)) {
        e += 2;
      }
      return Out.of(Kind.VERSION_OR_CODE, i, e, i, e, null);
    }
    if (t.isSymIn(k, "-") && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)
        && t.isWord(k + 2) && t.glued(k + 2) && !knownSuffix(k + 1, k + 2)) {
      return nameChain(i); // "777-200LR"
    }
    if (!(t.isWord(k) && t.glued(k))) {
      return null;
    }
    if (knownSuffix(i, k)) {
      return null;
    }
    return nameChain(i);
  }

  private boolean knownSuffix(int i, int k) {
    if (t.isAnyOf(k, "st", "nd", "rd", "th", "s", "am", "pm") || t.isAnyOf(k, "x")) {
      return true;
    }
    if (t.isExactly(k, "e") || t.isExactly(k, "E")) {
      // an exponent ("1e10", "4e-3"), not a name like "7E7"
      return t.glued(k + 1)
          && (t.isSymIn(k + 1, "+-−") || t.isDigits(k + 1) && t.len(k + 1) >= 2);
    }
    if (t.get(Lexicon.GLUED_MULTIPLIERS, k) != null) {
      return !(t.isExactly(k, "G") && t.len(i) == 1 && !t.isSym(i - 1, '.'));
    }
    if (t.get(Units.CODES, k) != null || t.get(Lexicon.NUMBER_WORDS, k) != null) {
      return true;
    }
    if (t.is(k, "mil") || t.is(k, "lakh") || t.is(k, "crore")) {
      return true;
    }
    PhraseTable.Hit<Unit> u = Units.SUFFIX.match(t, k);
    return u != null && boundary(u.end());
  }

  /**
   * A name or code made of glued letters, digits and joiners starting at token start ("G7",
   * "LGA1156", "F-16", "COVID-19", "I7-860BOX").
   */
  private Out nameChain(int start) {
    int k = start;
    int firstDigits = -1;
    int lastDigits = -1;
    while (k < t.n && (k == start || t.glued(k))) {
      if (t.isDigits(k)) {
        if (firstDigits < 0) {
          firstDigits = k;
        }
        lastDigits = k;
        k++;
      } else if (t.isWord(k)) {
        k++;
      } else if (t.isSymIn(k, "-._+/") && t.glued(k + 1) && (t.isWord(k + 1) || t.isDigits(k + 1))
          && k > start) {
        k++;
      } else {
        break;
      }
    }
    if (firstDigits < 0) {
      return null;
    }
    return Out.of(Kind.NAME_PART, start, k, firstDigits, lastDigits + 1, null);
  }

  /** "Boeing 737", "Apollo 11", "Route 66": a number right after a capitalized name word. */
  private Out designation(int i) {
    if (t.isSym(i - 1, '.') && t.spaced(i) && t.glued(i - 1) && (t.isExactly(i - 2, "No")
        || t.isExactly(i - 2, "Nos") || t.isExactly(i - 2, "NO"))) {
      return Out.of(Kind.NAME_PART, i - 2, i + 1, i, i + 1, null); // "No. 10"
    }
    int p = i - 1;
    if (!(hasUpper(p) && t.spaced(i) && t.singleSpace(i))) {
      return null;
    }
    if (t.get(Lexicon.NOT_DESIGNATION, p) != null || t.get(Lexicon.MONTHS, p) != null
        || t.get(Lexicon.WEEKDAYS, p) != null || t.get(Units.CODES, p) != null
        || t.get(Lexicon.NUMBER_WORDS, p) != null || Units.CURRENCY_PREFIX.match(t, p) != null) {
      return null;
    }
    boolean known = t.get(Lexicon.DESIGNATIONS, p) != null;
    if (!known && t.sentenceStart(p)) {
      return null;
    }
    if (t.isSym(i + 1, ',') && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2)
        && t.len(i + 2) == 3) {
      return null;
    }
    int e = i + 1;
    if (t.isSym(e, '.') && t.glued(e) && t.isDigits(e + 1) && t.glued(e + 1)) {
      e += 2;
    }
    if (!known && t.near(e) && (Lexicon.pluralNoun(t, e) || t.get(Lexicon.COUNT_NOUNS, e) != null
        || nextIsUnitOrScale(e) || t.isSym(e, '%'))) {
      return null;
    }
    if (!known && t.isSym(e, '%')) {
      return null;
    }
    while (e < t.n && t.glued(e) && (t.isWord(e) || t.isDigits(e)
        || t.isSymIn(e, "-") && t.glued(e + 1) && (t.isDigits(e + 1) || t.isWord(e + 1)))) {
      e++;
    }
    return Out.of(Kind.NAME_PART, p, e, i, i + 1, null);
  }

  private boolean hasUpper(int k) {
    if (!t.isWord(k)) {
      return false;
    }
    for (int c = t.start(k); c < t.end(k); c++) {
      if (Character.isUpperCase(t.text.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  private Out year(int i) {
    if (t.len(i) != 4 || !boundary(i + 1) || t.glued(i) && !t.isSymIn(i - 1, "(\"“'‘")) {
      return null;
    }
    if (t.isSym(i + 1, ',') && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2)) {
      return null;
    }
    if (t.isSymIn(i + 1, "/") && t.glued(i + 1)) {
      return null;
    }
    long y = t.digitsValue(i);
    if (y < 1000 || y > 2100) {
      return null;
    }
    int p = i - 1;
    if (t.isSym(p) && t.near(i) && Units.CURRENCY_PREFIX.match(t, p) != null) {
      return null;
    }
    if (y >= 1900 && t.near(i + 1) && t.get(Lexicon.YEAR_NOUNS, i + 1) != null) {
      return Out.of(Kind.YEAR, i, i + 1, i, i + 1, BigDecimal.valueOf(y)); // "below 2005 levels"
    }
    if (p >= 1 && t.near(i) && t.isAnyOf(p, "least", "latest", "earliest")
        && t.isAnyOf(p - 2, "until", "till", "since", "before", "by", "through")) {
      return Out.of(Kind.YEAR, i, i + 1, i, i + 1, BigDecimal.valueOf(y)); // "until at least 2014"
    }
    if (p >= 0 && t.near(i) && (t.get(Lexicon.AMOUNT_BEFORE, p) != null
        || t.get(Units.CODES, p) != null
        || t.is(p, "to") && t.is(p - 1, "up")
        || t.isSymIn(p, "<>≥≤~±$€£¥") || t.get(Lexicon.NUMBER_WORDS, p) != null)) {
      return null;
    }
    int n = i + 1;
    if (t.near(n) && (nextIsUnitOrScale(n) || t.isSym(n, '%') || t.isSymIn(n, "+"))) {
      return null;
    }
    boolean context = p >= 0 && t.near(i) && t.get(Lexicon.YEAR_CONTEXT, p) != null
        || t.isSym(p, ',') && t.get(Lexicon.MONTHS, p - 1) != null;
    if (!context && t.near(n) && t.isAnyOf(n, "to", "and", "or", "through", "until", "till")
        && t.near(n + 1) && t.isDigits(n + 1)) {
      // "between 2014 and 2016" are years, "2000 to 3000 people" are counts
      long z = t.len(n + 1) == 4 ? t.digitsValue(n + 1) : -1;
      if (!(z >= 1000 && z <= 2100 && boundary(n + 2))) {
        return null;
      }
      return Out.of(Kind.YEAR, i, i + 1, i, i + 1, BigDecimal.valueOf(y));
    }
    if (context) {
      return Out.of(Kind.YEAR, i, i + 1, i, i + 1, BigDecimal.valueOf(y));
    }
    if (y < 1900) {
      return null;
    }
    if (t.near(n) && (Lexicon.pluralNoun(t, n) || t.get(Lexicon.COUNT_NOUNS, n) != null)) {
      return null;
    }
    if (t.near(n) && (t.is(n, "over") || t.is(n, "out") || t.is(n, "in"))
        && (t.isDigits(n + 1) || t.get(Lexicon.NUMBER_WORDS, n + 1) != null)) {
      return null;
    }
    return Out.of(Kind.YEAR, i, i + 1, i, i + 1, BigDecimal.valueOf(y));
  }

  /** "3-1" (a score), descending pairs that are no range. */
  private Out score(int i) {
    if (t.isSymIn(i + 1, "-–") && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2)
        && t.len(i + 2) <= t.len(i) && boundary(i + 3)
        && !(t.isSymIn(i - 1, "-–") && t.glued(i))
        && !(t.isSym(i + 3, '.') && t.glued(i + 3) && t.isDigits(i + 4))) {
      if (t.digitsValue(i) >= t.digitsValue(i + 2)) {
        return Out.of(Kind.VERSION_OR_CODE, i, i + 3, i, i + 3, null);
      }
    }
    return null;
  }

  private Out wordSpecial(int i) {
    // URLs and e-mail addresses: skip the whole glued run
    if (t.glued(i + 1) && (t.isSym(i + 1, ':') && t.isAnyOf(i, "http", "https", "ftp")
        || t.isSym(i + 1, '.') && t.is(i, "www")
        || t.isSym(i + 1, '@') && t.isWord(i + 2) && t.glued(i + 2))) {
      int k = i + 1;
      while (k < t.n && t.glued(k)) {
        k++;
      }
      return Out.drop(i, k);
    }
    if (t.get(Lexicon.MONTHS, i) != null) {
      Out d = monthDate(i);
      if (d != null) {
        return d;
      }
    }
    boolean digitsNext = t.isDigits(i + 1);
    if (digitsNext && t.spaced(i + 1) && t.len(i + 1) <= 3 && t.isAnyOf(i, "aged", "age", "ages")
        && boundary(i + 2)) {
      long v = t.digitsValue(i + 1);
      if (v <= 130) {
        int k = i + 2;
        boolean joiner = t.isAnyOf(k, "to", "and") && t.near(k) || t.isSymIn(k, "-–") && t.glued(k);
        if (joiner && t.isDigits(k + 1) && t.len(k + 1) <= 3 && (t.near(k + 1) || t.glued(k + 1))
            && boundary(k + 2) && t.digitsValue(k + 1) > v && t.digitsValue(k + 1) <= 130) {
          Out o = Out.of(Kind.AGE, i, k + 2, i + 1, k + 2, null); // "ages 55 to 65"
          o.qualifier = Qualifier.RANGE;
          o.low = BigDecimal.valueOf(v);
          o.high = BigDecimal.valueOf(t.digitsValue(k + 1));
          return o;
        }
        return Out.of(Kind.AGE, i, i + 2, i + 1, i + 2, BigDecimal.valueOf(v));
      }
    }
    if (digitsNext && (t.glued(i + 1) ? t.isAnyOf(i, "v") : t.spaced(i + 1) && !t.isAnyOf(i, "v"))
        && t.isAnyOf(i, "version", "ver", "v", "release", "build", "firmware", "ios", "android")) {
      int k = i + 2;
      while (t.isSym(k, '.') && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)) {
        k += 2;
      }
      return Out.of(Kind.VERSION_OR_CODE, i, k, i + 1, k, null);
    }
    if (t.isDigits(i + 1) && t.glued(i + 1) && !(t.glued(i) && t.isDigits(i - 1))) {
      if (t.isAnyOf(i, "fy", "cy") && t.len(i + 1) == 4 && boundary(i + 2)) {
        return Out.of(Kind.YEAR, i, i + 2, i + 1, i + 2, BigDecimal.valueOf(t.digitsValue(i + 1)));
      }
      if (t.get(Units.CODES, i) != null || t.isAnyOf(i, "rs", "usd", "eur", "gbp", "rmb")
          || Units.CURRENCY_PREFIX.match(t, i) != null) {
        return null;
      }
      return nameChain(i);
    }
    if (t.isSymIn(i + 1, "-‐") && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2)
        && !(t.glued(i) && (t.isDigits(i - 1) || t.isWord(i - 1)))) {
      if (t.get(Lexicon.NUMBER_WORDS, i) != null) {
        return null;
      }
      if (t.isAnyOf(i, "mid", "pre", "post", "early", "late", "end", "start", "summer", "winter",
          "spring", "autumn", "fall") && t.len(i + 2) == 4) {
        long y = t.digitsValue(i + 2);
        Out d = decade(i + 2);
        if (d != null) {
          d.start = i; // "mid-1990s"
          return d;
        }
        if (y >= 1000 && y <= 2100 && boundary(i + 3)) {
          return Out.of(Kind.YEAR, i, i + 3, i + 2, i + 3, BigDecimal.valueOf(y));
        }
      }
      return nameChain(i);
    }
    Long vague = t.get(Lexicon.VAGUE, i);
    if (vague != null) {
      Out v = vagueCount(i, vague);
      if (v != null) {
        return v;
      }
    }
    if (t.isSym(i + 1, '-') && t.glued(i + 1)) {
      Out f = figures(i);
      if (f != null) {
        return f;
      }
    }
    if (t.isAnyOf(i + 1, "of", "cent") && t.isAnyOf(i, "percent", "percents", "per", "pct")
        && t.get(Lexicon.NUMBER_WORDS, i - 1) == null && !t.isDigits(i - 1)
        && !t.isSym(i - 1, '%')) {
      Out p = reversedPercent(i);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** "hundreds of", "tens of thousands of", "dozens of": a vague RANGE count. */
  private Out vagueCount(int i, long unit) {
    int k = i + 1;
    long mult = unit;
    long lowFactor = 2;
    if (unit == 10 || unit == 100) {
      // "tens of thousands", "hundreds of millions"
      if (t.is(k, "of") && t.near(k)) {
        Long next = t.get(Lexicon.VAGUE, k + 1);
        if (next != null && next >= 1000 && t.near(k + 1)) {
          mult = next * unit;
          lowFactor = 2;
          k += 2;
        }
      }
    }
    if (unit == 10 && mult == 10) {
      return null;
    }
    if (!(t.is(k, "of") && t.near(k))) {
      return null;
    }
    BigDecimal m = BigDecimal.valueOf(mult);
    Out o = Out.of(Kind.CARDINAL, i, k, i, k, null);
    o.qualifier = Qualifier.RANGE;
    o.low = m.multiply(BigDecimal.valueOf(lowFactor));
    o.high = m.multiply(BigDecimal.TEN).subtract(BigDecimal.ONE);
    PhraseTable.Hit<Unit> u = Units.SUFFIX.match(t, k + 1);
    if (u != null && u.value().currency() && u.value().factor().compareTo(BigDecimal.ONE) == 0
        && t.near(k + 1) && boundary(u.end())) {
      o.unit = u.value().name();
      o.end = u.end();
    }
    return o;
  }

  /** "seven-figure", "double-digit": RANGE by number of digits. */
  private Out figures(int i) {
    if (!(t.isSym(i + 1, '-') && t.glued(i + 1) && t.glued(i + 2))) {
      return null;
    }
    int digits;
    if (t.isAnyOf(i + 2, "figure", "figures")) {
      NumWord w = t.get(Lexicon.NUMBER_WORDS, i);
      if (w == null || !(w.type() == WT.UNIT || w.type() == WT.TEEN) || w.value() > 15) {
        return null;
      }
      digits = (int) w.value();
    } else if (t.isAnyOf(i + 2, "digit")) {
      Integer d = t.get(Lexicon.DIGIT_COUNTS, i);
      if (d == null) {
        return null;
      }
      digits = d;
    } else {
      return null;
    }
    Out o = Out.of(Kind.CARDINAL, i, i + 3, i, i + 3, null);
    o.qualifier = Qualifier.RANGE;
    o.low = digits == 1 ? BigDecimal.ONE : BigDecimal.TEN.pow(digits - 1);
    o.high = BigDecimal.TEN.pow(digits).subtract(BigDecimal.ONE);
    return o;
  }

  /** "percent of 10", "per cent of twenty-two". */
  private Out reversedPercent(int i) {
    int k = i + 1;
    if (t.is(i, "per")) {
      if (!(t.is(k, "cent") && t.near(k))) {
        return null;
      }
      k++;
    }
    if (!(t.is(k, "of") && t.near(k) && t.near(k + 1))) {
      return null;
    }
    Num n = number(k + 1);
    if (n == null || n.kind != null || !boundaryWord(n.end)) {
      return null;
    }
    Out o = Out.of(Kind.CARDINAL, i, n.end, n.start, n.end, n.value);
    o.unit = Units.PERCENT;
    return o;
  }

  /** True when token k is not a further number or unit word (end of a reversed percent). */
  private boolean boundaryWord(int k) {
    return k >= t.n || !t.near(k) || Units.SUFFIX.match(t, k) == null;
  }

  // ------------------------------------------------------------------------------------------
  // Numerals

  private static BigDecimal vulgar(char c) {
    return switch (c) {
      case '½' -> new BigDecimal("0.5");
      case '⅓' -> BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC);
      case '⅔' -> BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MC);
      case '¼' -> new BigDecimal("0.25");
      case '¾' -> new BigDecimal("0.75");
      case '⅕' -> new BigDecimal("0.2");
      case '⅖' -> new BigDecimal("0.4");
      case '⅗' -> new BigDecimal("0.6");
      case '⅘' -> new BigDecimal("0.8");
      case '⅙' -> BigDecimal.ONE.divide(BigDecimal.valueOf(6), MC);
      case '⅚' -> BigDecimal.valueOf(5).divide(BigDecimal.valueOf(6), MC);
      case '⅐' -> BigDecimal.ONE.divide(BigDecimal.valueOf(7), MC);
      case '⅛' -> new BigDecimal("0.125");
      case '⅜' -> new BigDecimal("0.375");
      case '⅝' -> new BigDecimal("0.625");
      case '⅞' -> new BigDecimal("0.875");
      case '⅑' -> BigDecimal.ONE.divide(BigDecimal.valueOf(9), MC);
      case '⅒' -> new BigDecimal("0.1");
      default -> null;
    };
  }

  private boolean isVulgar(int k) {
    return t.isSym(k) && vulgar(t.ch(k)) != null;
  }

  /** True when a sign at token k is a minus/plus sign rather than a hyphen or dash. */
  private boolean signOk(int k) {
    if (!t.glued(k)) {
      return true;
    }
    return !(t.isWord(k - 1) || t.isDigits(k - 1) || t.isSymIn(k - 1, ")]}%-−–—.,'’"));
  }

  /** True when token k can start a numeral (digits, ".5", "-5", "−0.5", "½"). */
  private boolean numeralStart(int k) {
    if (t.isDigits(k) || isVulgar(k)) {
      return true;
    }
    if (t.isSym(k, '.') && t.isDigits(k + 1) && t.glued(k + 1)) {
      return true;
    }
    if (t.isSymIn(k, "-−+") && signOk(k)) {
      return t.isDigits(k + 1) && t.glued(k + 1)
          || t.isSym(k + 1, '.') && t.glued(k + 1) && t.isDigits(k + 2) && t.glued(k + 2);
    }
    return false;
  }

  /** True when token k can start a number (numeral, number word, "a hundred", "half"). */
  private boolean numberStart(int k) {
    if (k >= t.n) {
      return false;
    }
    if (numeralStart(k)) {
      return true;
    }
    NumWord w = t.get(Lexicon.NUMBER_WORDS, k);
    if (w != null) {
      return w.type() != WT.POINT && !w.plural() && w.type() != WT.ORDINALS;
    }
    return t.isAnyOf(k, "a", "an", "minus", "negative");
  }

  private static boolean gapChar(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007'
        || c == '\u200A' || c == '\u2008';
  }

  /**
   * Digits with separators, decimals and exponents at token i; sign included. Returns null when
   * no numeral starts at i.
   */
  private Num numeral(int i) {
    int k = i;
    boolean neg = false;
    if (t.isSymIn(k, "-−+")) {
      if (!numeralStart(k) || isVulgar(k)) {
        return null;
      }
      neg = t.ch(k) != '+';
      k++;
    }
    if (isVulgar(k)) {
      Num n = new Num(i, k + 1, neg ? vulgar(t.ch(k)).negate() : vulgar(t.ch(k)));
      n.digits = true;
      n.fraction = true;
      return n;
    }
    StringBuilder sb = new StringBuilder(24);
    boolean grouped = false;
    boolean decimal = false;
    boolean exotic = false;
    if (t.isSym(k, '.')) {
      if (!(t.isDigits(k + 1) && t.glued(k + 1))) {
        return null;
      }
      if (t.len(k + 1) > MAX_DIGITS) {
        return null;
      }
      sb.append("0.").append(t.text, t.start(k + 1), t.end(k + 1));
      decimal = true;
      k += 2;
    } else if (t.isDigits(k)) {
      if (t.len(k) > MAX_DIGITS || t.len(k) > MAX_PLAIN_DIGITS && !t.isSym(k + 1, ',')
          && !t.isSym(k + 1, '.')) {
        Num n = new Num(i, k + 1, null);
        n.kind = Kind.VERSION_OR_CODE;
        return n;
      }
      int first = k;
      sb.append(t.text, t.start(k), t.end(k));
      k++;
      int firstLen = t.len(first);
      boolean listBefore = t.isSym(first - 1, ',') && t.glued(first) && t.isDigits(first - 2)
          && t.glued(first - 1);
      if (firstLen <= 3) {
        while (t.isSym(k, ',') && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)
            && t.len(k + 1) == 3 && sb.length() < MAX_DIGITS) {
          sb.append(t.text, t.start(k + 1), t.end(k + 1));
          k += 2;
          grouped = true;
        }
        if (!grouped && !listBefore && !(t.isDigits(first - 1) && t.near(first))) {
          while (t.isDigits(k) && t.len(k) == 3 && t.singleSpace(k) && sb.length() < MAX_DIGITS
              && gapChar(t.text.charAt(t.start(k) - 1))
              && !(t.isSymIn(k + 1, "/-:") && t.glued(k + 1))
              && !(t.isSym(k + 1, '.') && t.glued(k + 1) && t.isDigits(k + 2) && t.glued(k + 2)
              && t.isSym(k + 3, '.'))) {
            sb.append(t.text, t.start(k), t.end(k));
            k++;
            grouped = true;
          }
        }
        if (!grouped) {
          int e = europeanEnd(k);
          if (e > 0) {
            for (int j = k; j < e; j++) {
              if (t.isDigits(j)) {
                if (t.isSym(j - 1, ',')) {
                  sb.append('.');
                }
                sb.append(t.text, t.start(j), t.end(j));
              }
            }
            k = e;
            grouped = true;
            decimal = true;
          }
        }
      }
      if (!decimal && t.isSym(k, '.') && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)
          && t.len(k + 1) <= MAX_DIGITS) {
        if (t.isSym(k + 2, '.') && t.glued(k + 2) && t.isDigits(k + 3) && t.glued(k + 3)) {
          Num n = new Num(i, k, null);
          n.kind = Kind.VERSION_OR_CODE;
          return n;
        }
        sb.append('.').append(t.text, t.start(k + 1), t.end(k + 1));
        decimal = true;
        k += 2;
      }
      if (!grouped && !decimal && !listBefore && firstLen <= 3 && t.isSym(k, ',') && t.glued(k)
          && t.isDigits(k + 1) && t.glued(k + 1) && t.len(k + 1) <= 2
          && !(t.isSym(k + 2, ',') && t.glued(k + 2) && t.isDigits(k + 3))
          && !(t.isSym(k + 2, '.') && t.glued(k + 2) && t.isDigits(k + 3))
          && !(t.glued(k + 2) && (t.isWord(k + 2) || t.isDigits(k + 2)))) {
        sb.append('.').append(t.text, t.start(k + 1), t.end(k + 1));
        decimal = true;
        k += 2;
      }
    } else {
      return null;
    }
    BigDecimal v = new BigDecimal(sb.toString());
    // exponent: 1e10, 1.3e6, 12.32e+14, -12e-1
    if ((t.isExactly(k, "e") || t.isExactly(k, "E")) && t.glued(k)) {
      int e = k + 1;
      boolean eneg = false;
      if (t.isSymIn(e, "+-−") && t.glued(e)) {
        eneg = t.ch(e) != '+';
        e++;
      }
      boolean plainShape = !decimal && e == k + 1 && t.isDigits(e) && t.len(e) == 1;
      if (t.isDigits(e) && t.glued(e) && t.len(e) <= 3 && boundary(e + 1) && !plainShape) {
        long x = t.digitsValue(e);
        if (x <= MAX_EXPONENT) {
          v = v.scaleByPowerOfTen((int) (eneg ? -x : x));
          k = e + 1;
          exotic = true;
        }
      }
    } else if (t.isSym(k, '^') && t.glued(k)) {
      int e = k + 1;
      int minus = 0;
      while (t.isSymIn(e, "+-−") && t.glued(e)) {
        if (t.ch(e) != '+') {
          minus++;
        }
        e++;
      }
      if (t.isDigits(e) && t.glued(e) && t.len(e) <= 3 && boundary(e + 1)) {
        BigDecimal p = power(v, t.digitsValue(e), minus % 2 == 1);
        if (p != null) {
          v = p;
          k = e + 1;
          exotic = true;
        }
      }
    } else if ((t.isAnyOf(k, "x") || t.isSymIn(k, "×*·")) && t.glued(k) && t.isDigits(k + 1)
        && t.glued(k + 1) && t.len(k + 1) <= 3) {
      long base = t.digitsValue(k + 1);
      int e = k + 2;
      boolean hat = t.isSym(e, '^') && t.glued(e);
      if (hat) {
        e++;
      }
      int minus = 0;
      int signs = 0;
      while (t.isSymIn(e, "+-−") && t.glued(e)) {
        if (t.ch(e) != '+') {
          minus++;
        }
        signs++;
        e++;
      }
      if ((hat || base == 10 && minus == 1 && signs == 1) && t.isDigits(e) && t.glued(e)
          && t.len(e) <= 3) {
        BigDecimal p = power(BigDecimal.valueOf(base), t.digitsValue(e), minus % 2 == 1);
        if (p != null) {
          v = v.multiply(p, MC);
          k = e + 1;
          exotic = true;
        }
      }
    }
    Num n = new Num(i, k, neg ? v.negate() : v);
    n.digits = true;
    n.plainInt = !neg && !grouped && !decimal && !exotic && i + 1 == k;
    return n;
  }

  /** End of a European-style number "1.111,11" starting with the '.' at k, or -1. */
  private int europeanEnd(int k) {
    int j = k;
    int groups = 0;
    while (t.isSym(j, '.') && t.glued(j) && t.isDigits(j + 1) && t.glued(j + 1)
        && t.len(j + 1) == 3 && groups < 12) {
      j += 2;
      groups++;
    }
    if (groups > 0 && t.isSym(j, ',') && t.glued(j) && t.isDigits(j + 1) && t.glued(j + 1)
        && !(t.glued(j + 2) && (t.isDigits(j + 2) || t.isWord(j + 2)))) {
      return j + 2;
    }
    return -1;
  }

  private static BigDecimal power(BigDecimal base, long exp, boolean negative) {
    if (exp > MAX_EXPONENT || base.signum() == 0 && negative) {
      return null;
    }
    BigDecimal p = base.pow((int) exp, MC);
    if (p.abs().compareTo(new BigDecimal("1e400")) > 0) {
      return null;
    }
    return negative ? BigDecimal.ONE.divide(p, MC) : p;
  }

  /** A numeral with slash fractions, mixed numbers and multiplier suffixes ("10k", "2 1/2"). */
  private Num numeralWithSuffix(int i) {
    Num n = numeral(i);
    if (n == null || n.kind != null) {
      return n;
    }
    int k = n.end;
    boolean signed = t.isSymIn(i, "-−+");
    int absStart = signed ? i + 1 : i;
    // A/B
    if (!n.fraction && isInt(absStart, k) && t.isSymIn(k, "/⁄") && t.glued(k)
        && t.isDigits(k + 1) && t.glued(k + 1) && boundary(k + 2)
        && !(t.isSymIn(k + 2, "/") && t.glued(k + 2))) {
      BigDecimal a = n.value.abs();
      BigDecimal b = new BigDecimal(t.str(k + 1));
      if (b.signum() != 0 && a.compareTo(b) < 0) {
        BigDecimal f = a.divide(b, MC);
        n.value = n.value.signum() < 0 ? f.negate() : f;
        n.end = k + 2;
        n.fraction = true;
        n.plainInt = false;
        return suffixes(n);
      }
      return n;
    }
    // N A/B, N½
    if (n.plainInt || signed && isInt(absStart, k)) {
      BigDecimal whole = n.value.abs();
      BigDecimal frac = null;
      int e = -1;
      if (isVulgar(k) && t.near(k)) {
        frac = vulgar(t.ch(k));
        e = k + 1;
      } else if (t.spaced(k) && t.start(k) - t.end(k - 1) <= 2 && t.isDigits(k)
          && t.isSymIn(k + 1, "/⁄") && t.glued(k + 1) && t.isDigits(k + 2) && t.glued(k + 2)
          && boundary(k + 3)) {
        BigDecimal a = new BigDecimal(t.str(k));
        BigDecimal b = new BigDecimal(t.str(k + 2));
        if (b.signum() != 0 && a.compareTo(b) < 0 && b.compareTo(BigDecimal.valueOf(1000)) <= 0) {
          frac = a.divide(b, MC);
          e = k + 3;
        }
      }
      if (frac != null) {
        BigDecimal v = whole.add(frac);
        n.value = n.value.signum() < 0 || signed && t.ch(i) != '+' ? v.negate() : v;
        n.end = e;
        n.fraction = true;
        n.plainInt = false;
        return suffixes(n);
      }
    }
    return suffixes(n);
  }

  private boolean isInt(int s, int e) {
    return e == s + 1 && t.isDigits(s);
  }

  /** Multiplier suffixes: "10k", "1.2b", "10 bln", "1,674.5 G". */
  private Num suffixes(Num n) {
    int k = n.end;
    BigDecimal m = null;
    if (t.isWord(k) && t.glued(k) && boundary(k + 1)) {
      m = t.get(Lexicon.GLUED_MULTIPLIERS, k);
      if (m != null && t.isExactly(k, "G") && n.plainInt && t.len(n.start) == 1) {
        m = null;
      }
    } else if (t.isWord(k) && t.spaced(k) && t.start(k) - t.end(k - 1) <= 2 && boundary(k + 1)
        && !(t.isSym(k + 1, '.') && t.glued(k + 1) && t.isWord(k + 2))) {
      m = t.get(Lexicon.SPACED_MULTIPLIERS, k);
      if (m != null && t.isExactly(k, "M") && t.isWord(k + 1) && t.near(k + 1)
          && Character.isUpperCase(t.ch(k + 1))) {
        m = null;
      }
    }
    if (m == null && t.isExactly(k, "m") && t.glued(k) && boundary(k + 1)
        && (currencyBefore(n.start) || t.near(k + 1) && (Lexicon.pluralNoun(t, k + 1)
        || t.get(Lexicon.COUNT_NOUNS, k + 1) != null && t.isWord(k + 1)
        || currencyWordAt(k + 1)))) {
      // "£1.5m", "1.5m people": million, where "1.8m tall" is metres
      m = BigDecimal.valueOf(1_000_000L);
    }
    if (m != null) {
      n.base = n.value;
      n.scale = m;
      n.value = n.value.multiply(m);
      n.end = k + 1;
      n.plainInt = false;
    }
    return n;
  }

  private boolean currencyWordAt(int k) {
    PhraseTable.Hit<Unit> h = Units.SUFFIX.match(t, k);
    return h != null && h.value().currency();
  }

  /** True when a currency mark ends right before token s ("$", "£", "US$", "EUR "). */
  private boolean currencyBefore(int s) {
    for (int b = Math.max(0, s - 4); b < s; b++) {
      PhraseTable.Hit<Unit> h = Units.CURRENCY_PREFIX.match(t, b);
      if (h != null && h.end() == s && t.near(s)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------------
  // Number words

  private static final int NONE = 0;
  private static final int UNIT = 1;
  private static final int TEEN = 2;
  private static final int TENS = 3;
  private static final int HUND = 4;
  private static final int SCALE = 5;
  private static final int NUMERAL = 6;
  private static final int DOZEN = 7;
  private static final int ZERO = 8;

  /** State of the cardinal grammar: "one hundred and sixty-one", "4 thousand 3 hundred". */
  private static final class G {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    int last = NONE;
    boolean hundredInCurrent;
    BigDecimal maxScale = BigDecimal.ZERO;
    BigDecimal lastScale;
    BigDecimal lastChunk = BigDecimal.ZERO;
    BigDecimal base;
    BigDecimal scale;
    int end;
    int elements;
    boolean words;
    boolean digits;
    int tensTok = -1;
    BigDecimal beforeTens;
    boolean tensAfterAnd;
    boolean tensHadPrior;
    Num literal;

    BigDecimal value() {
      return total.add(current);
    }

    G copy() {
      G g = new G();
      g.total = total;
      g.current = current;
      g.last = last;
      g.hundredInCurrent = hundredInCurrent;
      g.maxScale = maxScale;
      g.lastScale = lastScale;
      g.lastChunk = lastChunk;
      g.base = base;
      g.scale = scale;
      g.end = end;
      g.elements = elements;
      g.words = words;
      g.digits = digits;
      g.tensTok = tensTok;
      g.beforeTens = beforeTens;
      g.tensAfterAnd = tensAfterAnd;
      g.tensHadPrior = tensHadPrior;
      g.literal = literal;
      return g;
    }
  }

  private NumWord word(int k) {
    return t.isWord(k) ? t.get(Lexicon.NUMBER_WORDS, k) : null;
  }

  private WT wt(int k) {
    NumWord w = word(k);
    return w == null ? null : w.type();
  }

  /** Index of the token after a hyphen joining number words at k ("twenty-one", "fifty - two"). */
  private int hyphenAt(int k) {
    if (t.isSymIn(k, "-‐‑–") && t.isWord(k + 1)
        && (t.glued(k) && t.glued(k + 1) || t.spaced(k) && t.spaced(k + 1))) {
      return k + 1;
    }
    return -1;
  }

  /** Runs the cardinal grammar from token i; null when no number starts there. */
  private G cardinal(int i, G init) {
    G g = init != null ? init : new G();
    int k = init != null ? init.end : i;
    if (init == null) {
      if (numeralStart(k)) {
        Num lit = numeralWithSuffix(k);
        if (lit == null) {
          return null;
        }
        g.literal = lit;
        g.current = lit.value;
        g.last = NUMERAL;
        g.digits = true;
        g.elements = 1;
        g.end = lit.end;
        g.base = lit.base;
        g.scale = lit.scale;
        if (lit.kind != null || lit.fraction || lit.scale != null) {
          return g;
        }
        k = lit.end;
      }
    }
    G snapshot = null;
    int andElement = -1;
    while (k < t.n) {
      int j = k;
      if (g.elements > 0 && !t.near(j)) {
        break;
      }
      boolean viaAnd = false;
      boolean viaHyphen = false;
      if (g.elements > 0) {
        int h = hyphenAt(j);
        if (h > 0) {
          WT nt = wt(h);
          if (g.last == TENS && nt == WT.UNIT) {
            j = h;
            viaHyphen = true;
          } else if (g.last == NUMERAL && nt == WT.SCALE && t.glued(j) && !word(h).plural()) {
            j = h; // "1.75-billion"
          } else {
            break;
          }
        } else if (t.is(j, "and") || t.isSym(j, '&')) {
          if (mixedTailAt(j) || !t.near(j + 1)) {
            break;
          }
          WT nt = wt(j + 1);
          boolean wordNext = nt == WT.UNIT || nt == WT.TEEN || nt == WT.TENS;
          boolean numNext = g.last == HUND && t.isDigits(j + 1) && t.len(j + 1) <= 2
              && boundary(j + 2) && !t.leadingZero(j + 1) && t.digitsValue(j + 1) > 0;
          if ((g.last == HUND || g.last == SCALE) && (wordNext || numNext)) {
            snapshot = g.copy();
            j++;
            viaAnd = true;
          } else {
            break;
          }
        } else if (t.isSym(j, ',') && g.last == SCALE && g.words
            && (wt(j + 1) == WT.UNIT || wt(j + 1) == WT.TEEN) && wt(j + 2) == WT.HUNDRED) {
          j++;
        }
      }
      NumWord w = word(j);
      if (w == null) {
        // numerals as chunks: "4 thousand 3 hundred", "3 hundred and 21"
        if (t.isDigits(j) && g.elements > 0 && boundary(j + 1) && !t.leadingZero(j)) {
          long v = t.digitsValue(j);
          WT after = wt(j + 1);
          if (g.last == SCALE && !viaAnd && v < 1000
              && (after == WT.HUNDRED || after == WT.SCALE) && t.near(j + 1)) {
            g.current = BigDecimal.valueOf(v);
            g.last = NUMERAL;
            g.digits = true;
            g.elements++;
            k = j + 1;
            g.end = k;
            continue;
          }
          if (viaAnd && g.last == HUND && v < 100) {
            g.current = g.current.add(BigDecimal.valueOf(v));
            g.last = TEEN;
            g.digits = true;
            g.elements++;
            andElement = g.elements;
            k = j + 1;
            g.end = k;
            continue;
          }
        }
        if (viaAnd && snapshot != null) {
          g = snapshot;
        }
        break;
      }
      boolean ok = true;
      BigDecimal v = w.decimal();
      switch (w.type()) {
        case ZERO -> {
          if (g.elements == 0) {
            g.current = BigDecimal.ZERO;
            g.last = ZERO;
          } else {
            ok = false;
          }
        }
        case UNIT -> {
          if (g.last == NONE || g.last == HUND || g.last == SCALE || g.last == TENS) {
            g.current = g.current.add(v);
            g.lastChunk = g.last == TENS ? g.lastChunk.add(v) : v;
            g.last = UNIT;
          } else {
            ok = false;
          }
        }
        case TEEN, TENS -> {
          if (g.last == NONE || g.last == HUND || g.last == SCALE) {
            if (w.type() == WT.TENS) {
              g.tensTok = j;
              g.beforeTens = g.value();
              g.tensAfterAnd = viaAnd;
              g.tensHadPrior = g.elements > 0;
            }
            g.current = g.current.add(v);
            g.lastChunk = v;
            g.last = w.type() == WT.TENS ? TENS : TEEN;
          } else {
            ok = false;
          }
        }
        case HUNDRED -> {
          boolean numOk = g.last == NUMERAL && g.current.abs().compareTo(THOUSAND) < 0;
          if ((g.last == UNIT || g.last == TEEN || g.last == TENS || numOk)
              && !g.hundredInCurrent && !(w.plural() && g.elements == 0)) {
            g.current = g.current.multiply(HUNDRED);
            g.hundredInCurrent = true;
            g.lastChunk = BigDecimal.ZERO;
            g.last = HUND;
          } else {
            ok = false;
          }
        }
        case SCALE -> {
          boolean after = g.last == UNIT || g.last == TEEN || g.last == TENS || g.last == HUND
              || g.last == NUMERAL;
          boolean stacked = g.last == SCALE && v.compareTo(g.lastScale) > 0;
          if (after || stacked) {
            if (v.compareTo(g.maxScale) > 0) {
              g.base = g.value();
              g.scale = v;
              g.total = g.value().multiply(v);
              g.maxScale = v;
            } else {
              g.base = null;
              g.scale = null;
              g.total = g.total.add(g.current.multiply(v));
            }
            g.current = BigDecimal.ZERO;
            g.hundredInCurrent = false;
            g.lastScale = v;
            g.last = SCALE;
          } else {
            ok = false;
          }
        }
        case DOZEN -> {
          if (g.last == UNIT || g.last == TEEN || g.last == TENS) {
            g.current = g.current.subtract(g.lastChunk).add(g.lastChunk.multiply(TWELVE));
            g.last = DOZEN;
          } else if (g.last == NUMERAL || g.last == HUND) {
            g.current = g.current.multiply(TWELVE);
            g.last = DOZEN;
          } else {
            ok = false;
          }
        }
        default -> ok = false;
      }
      if (!ok) {
        boolean multiplier = w.type() == WT.HUNDRED || w.type() == WT.SCALE
            || w.type() == WT.DOZEN;
        if (snapshot != null && (viaAnd || multiplier && andElement == g.elements)) {
          // "3 hundred and 2 hundred": the part after "and" starts a new number
          g = snapshot;
        }
        break;
      }
      if (viaHyphen && g.last != UNIT) {
        break;
      }
      g.words = true;
      g.elements++;
      if (viaAnd) {
        andElement = g.elements;
      }
      k = j + 1;
      g.end = k;
      if (g.last == ZERO || g.last == DOZEN) {
        break;
      }
    }
    return g.elements == 0 ? null : g;
  }

  /** True when "and" at j starts a fraction tail: "and a half", "and two thirds". */
  private boolean mixedTailAt(int j) {
    return mixedTail(j) != null;
  }

  /** A fraction after "and" at j: "and a half", "and three quarters", "and one fourth". */
  private Num mixedTail(int j) {
    if (!(t.is(j, "and") && t.near(j + 1))) {
      return null;
    }
    int k = j + 1;
    BigDecimal num;
    if (t.isAnyOf(k, "a", "an", "one")) {
      num = BigDecimal.ONE;
    } else if (wt(k) == WT.UNIT) {
      num = word(k).decimal();
    } else {
      return null;
    }
    int d = k + 1;
    int h = hyphenAt(d);
    if (h > 0) {
      d = h;
    } else if (!t.near(d)) {
      return null;
    }
    Den den = denominator(d);
    if (den == null || !(den.plural || num.compareTo(BigDecimal.ONE) == 0)) {
      return null;
    }
    Num f = new Num(j, den.end, num.divide(den.value, MC));
    f.words = true;
    f.fraction = true;
    return f;
  }

  private record Den(BigDecimal value, boolean plural, int end, boolean unitOrdinal) {}

  /**
   * A fraction denominator at k: "fifths", "quarter", "half", "twenty-first", "thirty fifths".
   * "first" alone and "second(s)" are no denominators.
   */
  private Den denominator(int k) {
    NumWord w = word(k);
    if (w == null) {
      return null;
    }
    if (w.type() == WT.TENS) {
      int d = hyphenAt(k + 1);
      if (d < 0) {
        d = t.near(k + 1) ? k + 1 : -1;
      }
      if (d > 0) {
        NumWord o = word(d);
        if (o != null && (o.type() == WT.ORDINAL || o.type() == WT.ORDINALS) && o.value() < 10
            && o.value() != 2) {
          return new Den(BigDecimal.valueOf(w.value() + o.value()), o.plural(), d + 1, false);
        }
      }
      return null;
    }
    if (!w.isDenominator()) {
      return null;
    }
    if (w.type() == WT.ORDINAL && (w.value() == 1 || w.value() == 2)) {
      return null;
    }
    return new Den(w.decimal(), w.pluralDenominator(), k + 1,
        (w.type() == WT.ORDINAL || w.type() == WT.ORDINALS) && w.value() < 10);
  }

  /**
   * A whole number at token i: numerals and/or words, fractions, decimals ("point"), scales,
   * "a hundred", "half a million", "minus five". Null when none starts at i.
   */
  private Num number(int i) {
    int k = i;
    boolean neg = false;
    if (t.isAnyOf(k, "minus", "negative") && t.near(k + 1) && numberStart(k + 1)
        && !t.isAnyOf(k + 1, "minus", "negative")) {
      neg = true;
      k++;
    }
    Num n = unsignedNumber(k);
    if (n == null) {
      return null;
    }
    if (neg) {
      if (n.kind != null) {
        return null;
      }
      n.value = n.value.negate();
      if (n.base != null) {
        n.base = n.base.negate();
      }
      n.start = i;
    }
    return n;
  }

  private Num unsignedNumber(int i) {
    if (t.isAnyOf(i, "a", "an")) {
      return article(i);
    }
    if (t.isAnyOf(i, "half", "quarter")) {
      return halfOrQuarter(i);
    }
    NumWord w0 = word(i);
    if (w0 != null && (w0.type() == WT.ORDINAL || w0.type() == WT.ORDINALS || w0.plural()
        || w0.type() == WT.POINT || w0.type() == WT.HUNDRED || w0.type() == WT.SCALE
        || w0.type() == WT.DOZEN || w0.type() == WT.HALVES || w0.type() == WT.QUARTERS)) {
      return standaloneOrdinal(i);
    }
    if (w0 != null && w0.type() == WT.TENS) {
      Num o = compoundOrdinal(i);
      if (o != null) {
        return o;
      }
    }
    G g = cardinal(i, null);
    if (g == null) {
      return null;
    }
    if (g.literal != null && (g.literal.kind != null || g.elements == 1 && (g.literal.fraction
        || g.literal.scale != null))) {
      // a code, "2 1/2" or "10k": complete as written
      return g.literal;
    }
    return tails(i, g);
  }

  /** "first", "hundredth": a rank on its own. */
  private Num standaloneOrdinal(int i) {
    NumWord w = word(i);
    if (w != null && w.type() == WT.ORDINAL) {
      Num n = new Num(i, i + 1, w.decimal());
      n.words = true;
      n.kind = Kind.ORDINAL;
      return n;
    }
    return null;
  }

  /** "twenty-first", "thirty third": a compound rank. */
  private Num compoundOrdinal(int i) {
    NumWord w = word(i);
    int d = hyphenAt(i + 1);
    if (d < 0) {
      return null;
    }
    NumWord o = word(d);
    if (o != null && o.type() == WT.ORDINAL && o.value() < 10) {
      Num n = new Num(i, d + 1, BigDecimal.valueOf(w.value() + o.value()));
      n.words = true;
      n.kind = Kind.ORDINAL;
      return n;
    }
    return null;
  }

  /** "a hundred", "a dozen", "a half", "a quarter million", "a fifth", "a twenty-first". */
  private Num article(int i) {
    int k = i + 1;
    if (!t.near(k)) {
      return null;
    }
    NumWord w = word(k);
    if (w == null) {
      return null;
    }
    if ((w.type() == WT.HUNDRED || w.type() == WT.SCALE || w.type() == WT.DOZEN) && !w.plural()) {
      G g = new G();
      g.current = BigDecimal.ONE;
      g.last = UNIT;
      g.lastChunk = BigDecimal.ONE;
      g.elements = 1;
      g.words = true;
      g.end = k;
      g = cardinal(i, g);
      return g == null ? null : tails(i, g);
    }
    if (w.type() == WT.HALF || w.type() == WT.QUARTER) {
      BigDecimal f = w.type() == WT.HALF ? new BigDecimal("0.5") : new BigDecimal("0.25");
      Num n = new Num(i, k + 1, f);
      n.words = true;
      n.fraction = true;
      return scaleAfterFraction(n);
    }
    Den d = denominator(k);
    if (d != null && !d.plural) {
      int e = d.end;
      boolean free = e >= t.n || !t.near(e) || t.is(e, "of") || t.isSym(e)
          && !t.isSymIn(e, "-") || word(e) != null && (wt(e) == WT.SCALE)
          || Units.SUFFIX.match(t, e) != null;
      if (!free) {
        return null;
      }
      Num n = new Num(i, e, BigDecimal.ONE.divide(d.value, MC));
      n.words = true;
      n.fraction = true;
      return scaleAfterFraction(n);
    }
    return null;
  }

  /** "half a million", "half a dozen", "half million", "quarter million", bare "half". */
  private Num halfOrQuarter(int i) {
    BigDecimal f = t.is(i, "half") ? new BigDecimal("0.5") : new BigDecimal("0.25");
    int k = i + 1;
    int s = k;
    if (t.isAnyOf(s, "a", "an") && t.near(s)) {
      s++;
    }
    if (t.near(s)) {
      NumWord w = word(s);
      if (w != null && !w.plural() && (w.type() == WT.SCALE || w.type() == WT.DOZEN
          || w.type() == WT.HUNDRED)) {
        BigDecimal m = w.type() == WT.DOZEN ? TWELVE : w.decimal();
        Num n = new Num(i, s + 1, f.multiply(m));
        n.words = true;
        n.fraction = true;
        n.base = f;
        n.scale = m;
        return n;
      }
    }
    if (!t.is(i, "half")) {
      return null;
    }
    // bare "half": not "first half", "half-brother", "the half"
    if (t.get(Lexicon.NUMBER_WORDS, i - 1) != null && wt(i - 1) == WT.ORDINAL
        || t.isAnyOf(i - 1, "the", "a", "an", "in", "second", "other", "back", "top", "bottom")
        || t.isSymIn(i + 1, "-‐") && t.glued(i + 1)
        || t.isSymIn(i - 1, "-‐") && t.glued(i)) {
      return null;
    }
    Num n = new Num(i, i + 1, f);
    n.words = true;
    n.fraction = true;
    n.halfWord = true;
    return n;
  }

  /** "two thirds of a million", "three quarters billion": a fraction times a scale. */
  private Num scaleAfterFraction(Num n) {
    int k = n.end;
    int s = k;
    if (t.is(s, "of") && t.near(s)) {
      s++;
      if (t.isAnyOf(s, "a", "an") && t.near(s)) {
        s++;
      }
    }
    if (t.near(s)) {
      NumWord w = word(s);
      if (w != null && w.type() == WT.SCALE && !w.plural()) {
        n.base = n.value;
        n.scale = w.decimal();
        n.value = n.value.multiply(w.decimal());
        n.end = s + 1;
      }
    }
    return n;
  }

  /** Fraction, decimal and ordinal tails after the cardinal grammar. */
  private Num tails(int i, G g) {
    int k = g.end;
    // "point" decimals: "two hundred point zero three"
    if (g.words && !g.digits && wt(k) == WT.POINT && t.near(k)
        && (g.last == UNIT || g.last == TEEN || g.last == TENS || g.last == HUND
        || g.last == ZERO || g.last == SCALE)) {
      StringBuilder sb = new StringBuilder();
      int j = k + 1;
      while (j < t.n && t.near(j)) {
        NumWord w = word(j);
        if (w == null) {
          break;
        }
        if (w.type() == WT.UNIT || w.type() == WT.ZERO) {
          sb.append(w.value());
          j++;
        } else if (w.type() == WT.TEEN) {
          sb.append(w.value());
          j++;
        } else if (w.type() == WT.TENS) {
          int h = hyphenAt(j + 1);
          int u = h > 0 ? h : (t.near(j + 1) ? j + 1 : -1);
          if (u > 0 && wt(u) == WT.UNIT) {
            sb.append(w.value() + word(u).value());
            j = u + 1;
          } else {
            sb.append(w.value());
            j++;
          }
        } else {
          break;
        }
      }
      if (sb.length() > 0) {
        BigDecimal v = g.value().add(new BigDecimal("0." + sb));
        Num n = new Num(i, j, v);
        n.words = true;
        return n;
      }
    }
    // "and a half", "and two thirds" (possibly followed by a scale)
    Num mixed = mixedTail(k);
    if (mixed != null && t.near(k)) {
      BigDecimal frac = mixed.value;
      int e = mixed.end;
      BigDecimal v;
      NumWord s = t.near(e) ? word(e) : null;
      if (s != null && s.type() == WT.SCALE && !s.plural()) {
        v = g.last == SCALE ? g.value().add(frac.multiply(s.decimal()))
            : g.value().add(frac).multiply(s.decimal());
        e++;
      } else {
        v = g.last == SCALE ? g.value().add(frac.multiply(g.lastScale)) : g.value().add(frac);
      }
      Num n = new Num(i, e, v);
      n.words = true;
      n.digits = g.digits;
      n.fraction = true;
      return n;
    }
    if (g.digits) {
      return fromGrammar(i, g);
    }
    // denominators: "two thirds", "one hundred thirty fifths", "one-eighth"
    int d = k;
    int h = hyphenAt(d);
    if (h > 0) {
      d = h;
    } else if (!t.near(d)) {
      return fromGrammar(i, g);
    }
    Den den = denominator(d);
    BigDecimal num = g.value();
    if (den == null && g.elements == 1 && wt(d) != null && wt(d) != WT.TENS) {
      // "one one hundred fifth": the denominator is itself a compound
      G sub = cardinal(d, null);
      if (sub != null && sub.words && !sub.digits) {
        int o = sub.end;
        if (t.is(o, "and") && t.near(o + 1)) {
          o++;
        }
        NumWord ow = t.near(o) ? word(o) : null;
        if (ow != null && (ow.type() == WT.ORDINAL || ow.type() == WT.ORDINALS)
            && ow.value() < 100 && ow.value() != 2) {
          den = new Den(sub.value().add(ow.decimal()), ow.plural(), o + 1, false);
        }
      }
    }
    if (den == null) {
      return fromGrammar(i, g);
    }
    BigDecimal dv = den.value;
    if (den.unitOrdinal && g.last == TENS && !g.tensAfterAnd && g.tensHadPrior
        && g.tensTok == k - 1) {
      num = g.beforeTens;
      dv = dv.add(g.value().subtract(g.beforeTens));
    }
    if (den.plural || num.compareTo(BigDecimal.ONE) == 0) {
      Num n = new Num(i, den.end, num.divide(dv, MC));
      n.words = true;
      n.fraction = true;
      return scaleAfterFraction(n);
    }
    if (den.unitOrdinal && (g.last == TENS || g.last == HUND || g.last == SCALE)
        || !den.unitOrdinal && den.value.compareTo(HUNDRED) >= 0) {
      BigDecimal rank = den.unitOrdinal ? num.add(dv) : num.multiply(dv);
      Num n = new Num(i, den.end, rank);
      n.words = true;
      n.kind = Kind.ORDINAL;
      return n;
    }
    return fromGrammar(i, g);
  }

  private Num fromGrammar(int i, G g) {
    Num n = new Num(i, g.end, g.value());
    n.words = g.words;
    n.digits = g.digits;
    n.base = g.base;
    n.scale = g.scale;
    n.plainInt = g.literal != null && g.literal.plainInt && g.elements == 1;
    if (g.literal != null && g.elements == 1) {
      n.fraction = g.literal.fraction;
    }
    return n;
  }

  // ------------------------------------------------------------------------------------------
  // Quantities: currency, number, unit

  private Q quantity(int i) {
    Q q = new Q();
    q.start = i;
    int k = i;
    Unit cur = null;
    PhraseTable.Hit<Unit> ch = Units.CURRENCY_PREFIX.match(t, k);
    if (ch != null && (t.glued(ch.end()) || t.near(ch.end()) && t.start(ch.end())
        - t.end(ch.end() - 1) <= 2) && numberStart(ch.end())
        && !(t.isWord(ch.end() - 1) && t.glued(ch.end()) && !t.isDigits(ch.end()))) {
      cur = ch.value();
      k = ch.end();
    }
    if (numeralStart(k) && !t.isSymIn(k, "-−+") && !isVulgar(k)) {
      Out s = specialAt(k);
      if (s != null) {
        q.special = s;
        return q;
      }
    }
    Num n = number(k);
    if (n == null) {
      return null;
    }
    if (n.kind != null) {
      q.special = Out.of(n.kind, n.start, n.end, n.start, n.end,
          n.kind == Kind.ORDINAL ? n.value : null);
      return q;
    }
    q.num = n;
    q.value = n.value;
    q.end = n.end;
    Out age = age(q);
    if (age != null) {
      q.special = age;
      return q;
    }
    if (cur != null) {
      q.prefixCurrency = true;
      setUnit(q, cur);
      // "US$ 1MM", "$10 dollars", "$15.4/hour"
      PhraseTable.Hit<Unit> dup = Units.SUFFIX.match(t, q.end);
      if (dup != null && t.near(q.end) && t.isWord(q.end) && dup.value().currency()
          && dup.value().name().equals(cur.name()) && dup.value().factor().signum() > 0
          && dup.value().factor().compareTo(BigDecimal.ONE) == 0 && boundary(dup.end())) {
        q.end = dup.end();
      }
      rate(q);
      return q;
    }
    unitAfter(q);
    return q;
  }

  private void setUnit(Q q, Unit u) {
    q.unit = u;
    q.unitName = u.name();
    if (u.factor().compareTo(BigDecimal.ONE) != 0) {
      q.value = q.value.multiply(u.factor());
    }
  }

  /** "45-year-old", "45 years old", "a two-year-old". */
  private Out age(Q q) {
    int k = q.end;
    Num n = q.num;
    if (n.fraction || n.value.signum() <= 0 || n.value.compareTo(BigDecimal.valueOf(130)) > 0) {
      return null;
    }
    if (t.isSym(k, '-') && t.glued(k) && t.isAnyOf(k + 1, "year", "years") && t.glued(k + 1)
        && t.isSym(k + 2, '-') && t.glued(k + 2) && t.is(k + 3, "old") && t.glued(k + 3)) {
      return Out.of(Kind.AGE, n.start, k + 4, n.start, n.end, n.value);
    }
    if (t.isAnyOf(k, "years", "year") && t.near(k) && t.is(k + 1, "old") && t.near(k + 1)) {
      return Out.of(Kind.AGE, n.start, k + 2, n.start, n.end, n.value);
    }
    return null;
  }

  /** Units after the number (no currency prefix): "km", "-inch", "(kg)", "%", "dollars". */
  private void unitAfter(Q q) {
    int k = q.end;
    Num n = q.num;
    if (k >= t.n) {
      return;
    }
    PhraseTable.Hit<Unit> hit = null;
    int uStart = -1;
    int close = -1;
    if (t.isSymIn(k, "-‐") && t.glued(k) && t.isWord(k + 1) && t.glued(k + 1)) {
      hit = Units.SUFFIX.match(t, k + 1);
      uStart = k + 1;
      if (hit != null && !(t.isWord(hit.end() - 1) && boundary(hit.end())
          || t.isSym(hit.end() - 1) || hyphenContinues(hit.end()))) {
        hit = null;
      }
      if (hit != null && !hit.value().measure() && !hit.value().currency()) {
        hit = null;
      }
    } else if (t.isSymIn(k, "([{<") && t.near(k) && t.glued(k + 1)) {
      PhraseTable.Hit<Unit> h = Units.SUFFIX.match(t, k + 1);
      char open = t.ch(k);
      char want = open == '(' ? ')' : open == '[' ? ']' : open == '{' ? '}' : '>';
      if (h != null && t.isSym(h.end(), want) && t.glued(h.end()) && h.value().measure()) {
        hit = h;
        uStart = k + 1;
        close = h.end() + 1;
      }
    } else if (t.near(k)) {
      hit = Units.SUFFIX.match(t, k);
      uStart = k;
    }
    if (hit != null && close < 0 && uStart == k && !unitGapOk(hit, n, k)) {
      hit = null;
    }
    if (hit == null) {
      inchOrMargin(q);
      return;
    }
    Unit u = hit.value();
    int end = close > 0 ? close : hit.end();
    if (u.name().equals("pound-mass") && n.scale != null
        && n.scale.compareTo(THOUSAND) >= 0) {
      u = new Unit("GBP", BigDecimal.ONE, Category.CURRENCY);
    }
    setUnit(q, u);
    q.end = end;
    if (u.currency()) {
      currencyTail(q);
    } else if (u.name().equals("foot")) {
      feetInches(q);
    }
    if (!u.currency() || u.factor().compareTo(BigDecimal.ONE) == 0) {
      rate(q);
    }
  }

  private boolean hyphenContinues(int e) {
    return t.isSymIn(e, "-") && t.glued(e);
  }

  /** Whether a unit may follow the number at k given the gap and the unit's shape. */
  private boolean unitGapOk(PhraseTable.Hit<Unit> hit, Num n, int k) {
    int e = hit.end();
    if (e < t.n && t.glued(e) && (t.isWord(e) || t.isDigits(e))) {
      return false;
    }
    if (t.isSym(e, '.') && t.glued(e) && t.isDigits(e + 1) && t.glued(e + 1)) {
      return false;
    }
    if (t.isSymIn(e, "-") && t.glued(e) && t.isDigits(e + 1) && t.glued(e + 1)) {
      return false;
    }
    boolean glued = t.glued(k);
    if (t.isExactly(k, "s") || t.is(k, "won") || t.is(k, "lei") || t.is(k, "dong")
        || t.is(k, "rand") || t.is(k, "sterling")) {
      if (glued) {
        return false;
      }
    }
    if (t.isExactly(k, "p") && !glued) {
      return false;
    }
    if (hit.end() == k + 1 && t.isWord(k) && t.len(k) == 1 && !glued) {
      // spaced single letters: "5 m", "20 C", but not "5 m." of an abbreviation like "m.p.h."
      if (t.isSym(k + 1, '.') && t.glued(k + 1) && t.isWord(k + 2) && t.glued(k + 2)) {
        return false;
      }
      if (n.words) {
        return false;
      }
    }
    if ((t.isExactly(k, "C") || t.isExactly(k, "F")) && n.words) {
      return false;
    }
    // "pp." abbreviates pages
    return !(t.isExactly(k, "pp") && t.isSym(k + 1, '.'));
  }

  /** "2 in thick" (inch), "2.1 pm" (picometre), "3 points" in a margin of error. */
  private void inchOrMargin(Q q) {
    int k = q.end;
    Num n = q.num;
    if (!t.near(k)) {
      return;
    }
    if (t.is(k, "in") && n.digits && !n.words && t.spaced(k)) {
      int e = k + 1;
      if (t.isSym(e, '.') && t.glued(e) && (e + 1 >= t.n || !t.near(e + 1) || t.isSym(e + 1)
          || t.capitalized(e + 1))) {
        setUnit(q, new Unit("inch", BigDecimal.ONE, Category.LENGTH));
        q.end = e + 1;
        return;
      }
      if (e >= t.n || !t.near(e) || t.isSymIn(e, ",;:()[]!?.")
          || t.isAnyOf(e, "thick", "long", "wide", "tall", "high", "deep", "across", "diameter",
          "in", "of", "thickness", "length", "width")) {
        setUnit(q, new Unit("inch", BigDecimal.ONE, Category.LENGTH));
        q.end = e;
        return;
      }
    }
    if (t.isAnyOf(k, "pm", "am") && !n.plainInt && n.digits && boundary(k + 1)) {
      setUnit(q, new Unit(t.is(k, "pm") ? "picometre" : "attometre", BigDecimal.ONE,
          Category.LENGTH));
      q.end = k + 1;
      return;
    }
    if (t.isAnyOf(k, "points", "point", "pts", "pt") && boundary(k + 1) && marginContext(q.start)) {
      setUnit(q, new Unit(Units.PERCENTAGE_POINTS, BigDecimal.ONE, Category.PERCENT));
      q.end = k + 1;
      return;
    }
    if (n.halfWord && t.isAnyOf(k, "a", "an") && t.near(k + 1)) {
      PhraseTable.Hit<Unit> u = Units.SUFFIX.match(t, k + 1);
      if (u != null && u.value().measure() && boundary(u.end())) {
        setUnit(q, u.value());
        q.end = u.end();
      }
    }
  }

  /** True when a margin of error is being stated just before token i. */
  private boolean marginContext(int i) {
    for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
      if (t.isSymIn(k, ".!?;") || t.lineBreakBefore(k + 1)) {
        return false;
      }
      if (t.is(k, "margin") || t.isSymIn(k, "±") || t.is(k, "minus") && t.is(k - 2, "plus")
          || t.isSym(k, '/') && t.isSym(k - 1, '+') && t.isSym(k + 1, '-')) {
        return true;
      }
    }
    return false;
  }

  /** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "75 USD million". */
  private void currencyTail(Q q) {
    int k = q.end;
    if (!t.near(k)) {
      return;
    }
    NumWord s = word(k);
    if (s != null && s.type() == WT.SCALE && !s.plural() && q.num.scale == null
        && q.unit.factor().compareTo(BigDecimal.ONE) == 0) {
      q.value = q.value.multiply(s.decimal());
      q.end = k + 1;
      return;
    }
    if (q.unit.factor().compareTo(BigDecimal.ONE) != 0 || q.num.scale != null
        || q.num.fraction) {
      return;
    }
    int j = k;
    if (t.is(j, "and") && t.near(j + 1)) {
      j++;
    }
    if (!numberStart(j) || t.isAnyOf(j, "a", "an") || t.isSymIn(j, "-−+")) {
      return;
    }
    Num m = number(j);
    if (m == null || m.kind != null || m.fraction || m.scale != null || !boundary(m.end)
        || m.value.signum() <= 0 || m.value.compareTo(HUNDRED) >= 0
        || m.value.stripTrailingZeros().scale() > 0) {
      return;
    }
    int e = m.end;
    if (t.near(e) && t.isAnyOf(e, "cents", "cent", "pence", "penny", "kopecks")) {
      e++;
    } else if (t.near(e) && (Lexicon.pluralNoun(t, e) || Units.SUFFIX.match(t, e) != null
        || t.get(Lexicon.NUMBER_WORDS, e) != null || t.is(e, "percent"))) {
      return;
    } else if (m.words && t.near(e) && t.isWord(e) && !t.is(e, "and")
        && !t.isAnyOf(e, "more", "less", "only", "each")) {
      return;
    }
    q.value = q.value.add(m.value.divide(HUNDRED, MC));
    q.end = e;
  }

  /** "5 feet 2 inches", "12 ft 2 in", "5 feet and 2 inches". */
  private void feetInches(Q q) {
    int k = q.end;
    if (!t.near(k)) {
      return;
    }
    int j = t.is(k, "and") && t.near(k + 1) ? k + 1 : k;
    if (!t.isDigits(j) && wt(j) == null) {
      return;
    }
    Num m = number(j);
    if (m == null || m.kind != null || m.value.signum() <= 0
        || m.value.compareTo(TWELVE) >= 0 || !t.near(m.end)) {
      return;
    }
    int e = m.end;
    if (t.isAnyOf(e, "inch", "inches", "in")) {
      e++;
      if (t.isSym(e, '.') && t.glued(e) && t.is(e - 1, "in")) {
        e++;
      }
      q.value = q.value.add(m.value.divide(TWELVE, MC));
      q.end = e;
    }
  }

  /** "$15.4/hour", "$350 per kg", "500,000 barrels a day". */
  private void rate(Q q) {
    int k = q.end;
    if (q.unit == null || q.unit.category() == Category.PERCENT || k >= t.n) {
      return;
    }
    int u;
    boolean article = false;
    if (t.isSym(k, '/') && t.glued(k) && t.glued(k + 1)) {
      u = k + 1;
    } else if (t.is(k, "per") && t.near(k) && t.near(k + 1)) {
      u = k + 1;
    } else if (t.isAnyOf(k, "a", "an") && t.near(k) && t.near(k + 1)) {
      u = k + 1;
      article = true;
    } else {
      return;
    }
    PhraseTable.Hit<Unit> h = Units.SUFFIX.match(t, u);
    if (h == null || !boundary(h.end())) {
      return;
    }
    if (article && t.near(h.end()) && t.isAnyOf(h.end(), "earlier", "ago", "before", "later",
        "after", "prior", "previously", "on", "since", "from")) {
      return; // "$1.17 billion a year earlier"
    }
    Category c = h.value().category();
    boolean ok = c == Category.TIME || !article && (c == Category.LENGTH || c == Category.MASS
        || c == Category.VOLUME || c == Category.AREA || c == Category.INFORMATION);
    if (!ok || h.value().factor().compareTo(BigDecimal.ONE) != 0) {
      return;
    }
    q.unitName = q.unitName + " per " + h.value().name();
    q.end = h.end();
  }

  // ------------------------------------------------------------------------------------------
  // Expressions: qualifiers, ranges, proportions, multiplicatives

  private Out expression(int i) {
    PhraseTable.Hit<Qual> qh = Lexicon.PREFIX_QUALIFIERS.match(t, i);
    if (qh != null && t.isSymIn(i, "<>=≥≤~") && t.glued(i)
        && t.isSymIn(i - 1, "<>=")) {
      qh = null;
    }
    if (qh != null && t.isSymIn(qh.end() - 1, "<>=≥≤~") && t.isSymIn(qh.end(), "<>=")) {
      qh = null;
    }
    if (qh != null && qh.end() < t.n && t.near(qh.end())) {
      Out o = qualified(i, qh.value(), qh.end());
      if (o != null) {
        return o;
      }
      if (qh.value().role() == Role.BETWEEN || qh.value().role() == Role.FROM) {
        return null;
      }
    }
    Q a = quantity(i);
    if (a == null) {
      return null;
    }
    if (a.special != null) {
      return a.special;
    }
    return afterFirst(i, a, null);
  }

  private Out qualified(int i, Qual qual, int k) {
    Q a = quantity(k);
    if (a != null && a.special != null && a.special.kind == Kind.AGE
        && qual.role() == Role.PLAIN) {
      Out o = a.special;
      o.start = i;
      setQualifier(o, qual.qualifier(), o.low);
      return o;
    }
    if (a == null || a.special != null) {
      return null;
    }
    if (qual.role() == Role.BETWEEN || qual.role() == Role.FROM) {
      Out r = range(i, a, qual.role(), a.end);
      if (r != null) {
        return r;
      }
      return null;
    }
    return afterFirst(i, a, qual);
  }

  /** The rest of an expression after its first quantity {@code a} (starting at token i). */
  private Out afterFirst(int i, Q a, Qual qual) {
    // proportions: "one over three", "1 in 5", "two out of five hundred"
    if (a.plainCount() && !a.num.fraction) {
      Out p = proportion(i, a, qual);
      if (p != null) {
        return p;
      }
    }
    if (qual == null || qual.qualifier() == Qualifier.APPROXIMATELY || qual.role() == Role.EQUAL) {
      Out r = range(i, a, null, a.end);
      if (r != null) {
        return r;
      }
    }
    if (qual != null && qual.role() == Role.MARGIN) {
      if (a.unitName == null) {
        int k = a.end;
        if (t.isAnyOf(k, "points", "point", "pts") && t.near(k) && boundary(k + 1)) {
          a.unitName = Units.PERCENTAGE_POINTS;
          a.end = k + 1;
        }
      }
    }
    if (qual == null && isBareOne(a) && pronounOne(a.numStart())) {
      return Out.drop(a.numStart(), a.numEnd());
    }
    Out o = single(i, a, qual);
    Out m = multiplicative(o, a);
    return m != null ? m : o;
  }

  private boolean isBareOne(Q a) {
    return a.unitName == null && !a.prefixCurrency && a.num.end == a.num.start + 1
        && t.is(a.num.start, "one");
  }

  /** "the one you mentioned", "one of the", "no one", "one another". */
  private boolean pronounOne(int k) {
    if (t.get(Lexicon.PRONOUN_BEFORE, k - 1) != null && t.near(k)) {
      return true;
    }
    if (t.isSym(k - 1, '\'') && t.is(k - 2, "s")) {
      return true;
    }
    if (t.near(k + 1) && t.get(Lexicon.PRONOUN_AFTER, k + 1) != null) {
      return !(t.is(k + 1, "of") && t.near(k + 2) && numberStart(k + 2));
    }
    return false;
  }

  private Out single(int i, Q a, Qual qual) {
    Out o = base(a);
    o.start = i;
    Qualifier q = qual == null ? Qualifier.EXACT : qual.qualifier();
    if (qual != null && qual.role() == Role.MARGIN) {
      q = Qualifier.EXACT;
    }
    // postfix qualifiers: "or more", "or so", "+", "-plus", "or equal"
    int k = a.end;
    PhraseTable.Hit<Post> ph = Lexicon.POSTFIX_QUALIFIERS.match(t, k);
    if (ph != null) {
      boolean glue = t.isSymIn(k, "+-");
      boolean okGap = glue ? t.glued(k) && boundary(ph.end()) : t.near(k);
      boolean thanNumber = t.is(ph.end() - 1, "than") && t.near(ph.end())
          && numberStart(ph.end());
      boolean equalsThan = t.is(ph.end() - 1, "to") && t.near(ph.end())
          && numberStart(ph.end());
      boolean thanFollows = t.isAnyOf(ph.end(), "than", "to") && t.near(ph.end())
          || t.isAnyOf(k, "and", "or") && prefixQualifiedNumber(k + 1);
      if (okGap && !thanNumber && !equalsThan && !thanFollows) {
        Qualifier nq = switch (ph.value()) {
          case OR_MORE -> Qualifier.AT_LEAST;
          case OR_LESS -> Qualifier.AT_MOST;
          case OR_SO -> q == Qualifier.EXACT ? Qualifier.APPROXIMATELY : null;
          case OR_EQUAL -> q == Qualifier.MORE_THAN ? Qualifier.AT_LEAST
              : q == Qualifier.LESS_THAN ? Qualifier.AT_MOST : null;
        };
        if (nq != null) {
          q = nq;
          o.end = ph.end();
        }
      }
    }
    setQualifier(o, q, a.value);
    return o;
  }

  /** True when a qualifier phrase and a number start at k ("below 1500"). */
  private boolean prefixQualifiedNumber(int k) {
    PhraseTable.Hit<Qual> h = Lexicon.PREFIX_QUALIFIERS.match(t, k);
    return h != null && h.value().role() == Role.PLAIN && t.near(h.end()) && numberStart(h.end());
  }

  private Out base(Q a) {
    Out o = Out.of(a.num.fraction ? Kind.FRACTION : Kind.CARDINAL, a.start, a.end, a.numStart(),
        a.numEnd(), a.value);
    o.unit = a.unitName;
    return o;
  }

  private static void setQualifier(Out o, Qualifier q, BigDecimal v) {
    o.qualifier = q;
    switch (q) {
      case EXACT, APPROXIMATELY -> {
        o.low = v;
        o.high = v;
      }
      case AT_LEAST, MORE_THAN -> {
        o.low = v;
        o.high = null;
      }
      case AT_MOST, LESS_THAN, UP_TO -> {
        o.low = null;
        o.high = v;
      }
      case RANGE -> {
        o.low = v;
        o.high = v;
      }
    }
  }

  /** "one over three", "2000 over 3", "one out of three", "1 in 5". */
  private Out proportion(int i, Q a, Qual qual) {
    int k = a.end;
    if (!t.near(k) && !t.glued(k) || a.value.signum() < 0 && !t.is(k, "over")) {
      return null;
    }
    int b;
    String op;
    if (t.is(k, "over")) {
      op = "over";
      b = k + 1;
    } else if (t.is(k, "out") && t.is(k + 1, "of") && t.near(k + 1)) {
      op = "out";
      b = k + 2;
    } else if (t.is(k, "in")) {
      op = "in";
      b = k + 1;
    } else if (t.isSym(k, '-') && t.glued(k) && t.is(k + 1, "in") && t.glued(k + 1)
        && t.isSym(k + 2, '-') && t.glued(k + 2) && t.glued(k + 3)) {
      op = "in";
      b = k + 3; // "one-in-four"
    } else {
      return null;
    }
    if (!op.equals("over") && t.is(b, "every") && t.near(b)) {
      b++;
    }
    if (!t.near(b) || !numberStart(b) || t.isSymIn(b, "-−+") || t.isAnyOf(b, "a", "an")) {
      return null;
    }
    Q d = quantity(b);
    if (d == null || d.special != null || !d.plainCount() || d.num.fraction
        || d.value.signum() <= 0) {
      return null;
    }
    BigDecimal av = a.value;
    BigDecimal dv = d.value;
    int e = d.end;
    boolean free = e >= t.n || !t.near(e) || t.isSym(e) && !t.isSymIn(e, "-%$€£");
    switch (op) {
      case "over" -> {
        if (!free) {
          return null;
        }
      }
      case "out" -> {
        if (av.compareTo(dv) > 0) {
          return null;
        }
      }
      default -> {
        if (av.compareTo(dv) >= 0 || av.signum() <= 0 || dv.compareTo(THOUSAND) >= 0
            || av.stripTrailingZeros().scale() > 0 || dv.stripTrailingZeros().scale() > 0) {
          return null;
        }
        if (t.near(e) && (Units.SUFFIX.match(t, e) != null && !t.isAnyOf(e, "people")
            || t.isSym(e, '%'))) {
          return null;
        }
      }
    }
    Out o = Out.of(Kind.FRACTION, i, e, a.numStart(), d.numEnd(), av.divide(dv, MC));
    Qualifier q = qual == null || qual.role() != Role.PLAIN ? Qualifier.EXACT : qual.qualifier();
    int pe = e;
    PhraseTable.Hit<Post> ph = Lexicon.POSTFIX_QUALIFIERS.match(t, pe);
    if (ph != null && t.near(pe) && ph.value() == Post.OR_MORE && !t.isSymIn(pe, "+-")) {
      q = Qualifier.AT_LEAST;
      o.end = ph.end();
    } else if (ph != null && t.near(pe) && ph.value() == Post.OR_LESS) {
      q = Qualifier.AT_MOST;
      o.end = ph.end();
    }
    setQualifier(o, q, o.low);
    return o;
  }

  /**
   * A range after {@code a}: "5 to 7", "5-7", "between 5 and 7" (role BETWEEN), "from 5 to 7"
   * (role FROM), "two or three", "9.83e-3 +/- 1e-5".
   */
  private Out range(int i, Q a, Role role, int k) {
    if (k >= t.n) {
      return null;
    }
    int c = k;
    if (role == null && t.isSymIn(c, "-‐") && t.glued(c) && t.is(c + 1, "to")
        && t.spaced(c + 1)) {
      c++; // "8- to 16-meter"
    }
    int b;
    boolean uncertainty = false;
    boolean or = false;
    if (t.isSymIn(c, "-‐–—~") && !(t.ch(c) == '-' && role == null && t.isSymIn(c + 1, "-"))) {
      boolean tight = t.glued(c) && t.glued(c + 1);
      boolean loose = t.spaced(c) && t.spaced(c + 1);
      if (!(tight || loose)) {
        return null;
      }
      if (role == Role.BETWEEN && t.ch(c) == '~') {
        return null;
      }
      b = c + 1;
    } else if (t.isAnyOf(c, "to", "through", "thru") && t.near(c)
        && role != Role.BETWEEN || t.is(c, "and") && role == Role.BETWEEN && t.near(c)
        || t.isAnyOf(c, "until", "till") && role == Role.FROM && t.near(c)) {
      b = c + 1;
    } else if (role == Role.BETWEEN && (t.is(c, "to") || t.isSym(c, '&')) && t.near(c)) {
      b = c + 1;
    } else if (role == null && t.is(c, "or") && t.near(c)) {
      b = c + 1;
      or = true;
    } else if (role == null && (t.isSym(c, '±') || t.isSym(c, '+') && t.isSym(c + 1, '/')
        && t.isSym(c + 2, '-') && t.glued(c + 1) && t.glued(c + 2))) {
      b = t.isSym(c, '±') ? c + 1 : c + 3;
      uncertainty = true;
    } else {
      return null;
    }
    if (!t.near(b)) {
      return null;
    }
    Q z = quantity(b);
    if (z == null || z.special != null) {
      return null;
    }
    if (or) {
      return orRange(i, a, z);
    }
    BigDecimal lo = a.value;
    BigDecimal hi = z.value;
    String unit = a.unitName;
    // unit agreement: "3 to 4 L" (unit from the second), "$5-7 million" (currency from the first)
    if (a.unitName != null && z.unitName != null) {
      if (z.unitName.startsWith(a.unitName + " per ")) {
        unit = z.unitName; // "$30,000 to $60,000 a year"
      } else if (!a.unitName.equals(z.unitName)) {
        return null;
      }
    } else if (z.unitName != null) {
      unit = z.unitName;
      if (z.unit != null && z.unit.factor().compareTo(BigDecimal.ONE) != 0) {
        lo = lo.multiply(z.unit.factor());
      }
    } else if (a.unitName != null) {
      if (!a.prefixCurrency && !uncertainty) {
        return null;
      }
      if (a.unit != null && a.unit.factor().compareTo(BigDecimal.ONE) != 0) {
        hi = hi.multiply(a.unit.factor());
      }
    }
    // scale agreement: "between 5 and 7 million", "5 to 7 billion"
    if (a.num.scale == null && z.num.scale != null && z.num.base != null
        && a.num.value.abs().compareTo(z.num.base.abs()) < 0 && !uncertainty) {
      BigDecimal f = a.unit != null ? a.unit.factor() : BigDecimal.ONE;
      if (z.unit != null && a.unitName == null) {
        f = z.unit.factor();
      }
      lo = a.num.value.multiply(z.num.scale).multiply(f);
    }
    if (uncertainty) {
      if (hi.signum() <= 0) {
        return null;
      }
      BigDecimal mid = lo;
      lo = mid.subtract(hi);
      hi = mid.add(hi);
    } else if (role != Role.FROM) {
      if (lo.compareTo(hi) >= 0) {
        return null;
      }
    } else if (lo.compareTo(hi) > 0) {
      BigDecimal x = lo;
      lo = hi;
      hi = x;
    } else if (lo.compareTo(hi) == 0) {
      return null;
    }
    if (role == null && !uncertainty && t.isSymIn(c, "-‐–—~")
        && !(numeralStart(a.numStart()) && numeralStart(z.numStart()))) {
      // dash ranges are written in digits: "three-nought-four", "twenty-5" are none
      return null;
    }
    Out o = Out.of(a.num.fraction && z.num.fraction ? Kind.FRACTION : Kind.CARDINAL, i, z.end,
        a.numStart(), z.numEnd(), null);
    o.qualifier = Qualifier.RANGE;
    o.low = lo;
    o.high = hi;
    o.unit = unit;
    return o;
  }

  /** "two or three": adjacent integers as a RANGE; other "A or B" pairs stay apart. */
  private Out orRange(int i, Q a, Q z) {
    if (a.unitName != null || z.unitName != null && !z.prefixCurrency && a.unitName != null) {
      return null;
    }
    BigDecimal lo = a.value;
    BigDecimal hi = z.value;
    if (lo.stripTrailingZeros().scale() > 0 || hi.stripTrailingZeros().scale() > 0
        || lo.signum() <= 0 || hi.subtract(lo).compareTo(BigDecimal.ONE) != 0
        || a.num.words != z.num.words) {
      return null;
    }
    Out o = Out.of(Kind.CARDINAL, i, z.end, a.numStart(), z.numEnd(), null);
    o.qualifier = Qualifier.RANGE;
    o.low = lo;
    o.high = hi;
    o.unit = z.unitName;
    return o;
  }

  /** "two brigades of 6,000 people each": N x M as one EXACT quantity. */
  private Out multiplicative(Out o, Q a) {
    if (!a.plainCount() || a.num.fraction || o.qualifier != Qualifier.EXACT
        && o.qualifier != Qualifier.APPROXIMATELY || o.end != a.end
        || a.value.signum() <= 0 || a.value.stripTrailingZeros().scale() > 0) {
      return null;
    }
    int k = a.end;
    int words = 0;
    while (words < 4 && t.isWord(k) && t.near(k) && t.get(Lexicon.NOT_NOUN, k) == null
        && word(k) == null) {
      k++;
      words++;
      while (t.isSym(k, '-') && t.glued(k) && t.isWord(k + 1) && t.glued(k + 1)) {
        k += 2;
      }
    }
    if (words == 0 || !(t.is(k, "of") && t.near(k)) || !t.near(k + 1)) {
      return null;
    }
    int m = k + 1;
    Qualifier mq = Qualifier.EXACT;
    PhraseTable.Hit<Qual> qh = Lexicon.PREFIX_QUALIFIERS.match(t, m);
    if (qh != null && qh.value().role() == Role.PLAIN
        && qh.value().qualifier() == Qualifier.APPROXIMATELY && t.near(qh.end())) {
      mq = Qualifier.APPROXIMATELY;
      m = qh.end();
    }
    Q z = quantity(m);
    if (z == null || z.special != null || z.num.fraction) {
      return null;
    }
    int e = z.end;
    int w2 = 0;
    while (w2 < 4 && t.isWord(e) && t.near(e) && !t.isAnyOf(e, "each", "apiece")
        && t.get(Lexicon.NOT_NOUN, e) == null && word(e) == null) {
      e++;
      w2++;
      while (t.isSym(e, '-') && t.glued(e) && t.isWord(e + 1) && t.glued(e + 1)) {
        e += 2;
      }
    }
    if (!(t.isAnyOf(e, "each", "apiece") && t.near(e))) {
      return null;
    }
    Out r = Out.of(Kind.CARDINAL, o.start, e + 1, a.numStart(), z.numEnd(),
        a.value.multiply(z.value));
    r.unit = z.unitName;
    Qualifier q = o.qualifier == Qualifier.APPROXIMATELY || mq == Qualifier.APPROXIMATELY
        ? Qualifier.APPROXIMATELY : Qualifier.EXACT;
    setQualifier(r, q, r.low);
    return r;
  }

  // ------------------------------------------------------------------------------------------
  // Compound ranges: "more than 10 and less than 40" → RANGE [10, 40]

  /** "45 and 50 mg", "5 or 6 percent": the first number of a pair shares the second's unit. */
  private void shareUnits() {
    for (int x = 0; x + 1 < out.size(); x++) {
      Out a = out.get(x);
      Out b = out.get(x + 1);
      if (a.kind == Kind.CARDINAL && b.kind.isQuantity() && a.unit == null && b.unit != null
          && a.end == a.numEnd && a.start == a.numStart && b.start == b.numStart
          && b.start == a.end + 1 && t.isAnyOf(a.end, "and", "or") && t.near(a.end)
          && t.near(b.start) && !Character.isUpperCase(b.unit.charAt(0))
          && (b.qualifier == Qualifier.EXACT || b.qualifier == Qualifier.APPROXIMATELY)) {
        a.unit = b.unit;
      }
    }
  }

  private void mergeCompoundRanges() {
    List<Out> merged = new ArrayList<>(out.size());
    for (int x = 0; x < out.size(); x++) {
      Out a = out.get(x);
      Out b = x + 1 < out.size() ? out.get(x + 1) : null;
      Out m = b == null ? null : compound(a, b);
      if (m != null) {
        merged.add(m);
        x++;
      } else {
        merged.add(a);
      }
    }
    out.clear();
    out.addAll(merged);
  }

  private Out compound(Out a, Out b) {
    if (!a.kind.isQuantity() || !b.kind.isQuantity() || !joinedByAnd(a.end, b.start)) {
      return null;
    }
    if (a.unit != null && b.unit != null && !a.unit.equals(b.unit)) {
      return null;
    }
    Out lower = null;
    Out upper = null;
    if (isLower(a.qualifier) && isUpper(b.qualifier)) {
      lower = a;
      upper = b;
    } else if (isUpper(a.qualifier) && isLower(b.qualifier)) {
      lower = b;
      upper = a;
    }
    if (lower == null || lower.low.compareTo(upper.high) >= 0
        || lower != a && !joinedByWord(a.end, b.start)) {
      return null;
    }
    Out m = Out.of(a.kind == Kind.FRACTION && b.kind == Kind.FRACTION ? Kind.FRACTION
        : Kind.CARDINAL, a.start, b.end, a.numStart, b.numEnd, null);
    m.qualifier = Qualifier.RANGE;
    m.low = lower.low;
    m.high = upper.high;
    m.unit = a.unit != null ? a.unit : b.unit;
    return m;
  }

  private static boolean isLower(Qualifier q) {
    return q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST;
  }

  private static boolean isUpper(Qualifier q) {
    return q == Qualifier.LESS_THAN || q == Qualifier.AT_MOST || q == Qualifier.UP_TO;
  }

  private boolean joinedByWord(int end, int start) {
    for (int k = end; k < start; k++) {
      if (t.isAnyOf(k, "and", "but", "yet") || t.isSym(k, '&')) {
        return true;
      }
    }
    return false;
  }

  private boolean joinedByAnd(int end, int start) {
    if (start - end < 1 || start - end > 3 || !t.near(start)) {
      return false;
    }
    boolean and = false;
    for (int k = end; k < start; k++) {
      if (!t.near(k)) {
        return false;
      }
      if (t.isAnyOf(k, "and", "but", "yet") || t.isSym(k, '&')) {
        and = true;
      } else if (!t.isSym(k, ',')) {
        return false;
      }
    }
    return and || start - end == 1;
  }
}
