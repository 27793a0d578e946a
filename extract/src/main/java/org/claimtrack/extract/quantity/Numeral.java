package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numerals written in digits (package-info N1-N4): digit groups, decimals, signs, European
 * numbers, exponents and vulgar fractions. {@link #at} reads one numeral at a token; fractions
 * and multiplier suffixes around it are {@link NumeralSuffix}'s.
 */
final class Numeral {
  static final MathContext MC = MathContext.DECIMAL64;
  private static final int MAX_EXPONENT = 400;
  /** N1: longest run of digits read as one number; longer runs are codes or identifiers. */
  private static final int MAX_DIGITS = 40;
  /** N1: longest plain run of digits (no separators); IDs and timestamps are longer. */
  private static final int MAX_PLAIN_DIGITS = 16;

  /** N6: multiplier suffixes written right after digits ("10k", "1.2b", "10M", "5bn"). */
  static final WordTable<BigDecimal> GLUED_MULTIPLIERS = Vocabulary.multipliers("glued");
  /** N6: multiplier suffixes also read after a space ("2.33 k", "10 bln", "1,674.5 G"). */
  static final WordTable<BigDecimal> SPACED_MULTIPLIERS = Vocabulary.multipliers("spaced");

  private Numeral() {}

  /**
   * The digits of a numeral before any exponent: "12,000" as "12000", "1,3" as "1.3"; or, when
   * {@code code}, the part before the second dot of a dotted code ("1.2.3").
   */
  record Mantissa(String digits, int end, boolean grouped, boolean decimal, boolean code) {}

  /** A value and where it ends. */
  record Valued(BigDecimal value, int end) {}

  /**
   * N1-N4: digits with separators, decimals and exponents at token i, sign included ("-5",
   * "−0.5", "+3", ".5", "½"). A run too long to be a number is a VERSION_OR_CODE. Null when no
   * numeral starts at i.
   */
  static Num at(Tokens t, int i) {
    int k = i;
    boolean neg = false;
    if (t.isSymIn(k, "-−+")) {
      if (!starts(t, k) || isVulgar(t, k)) {
        return null;
      }
      neg = t.ch(k) != '+';
      k++;
    }
    if (isVulgar(t, k)) {
      BigDecimal v = vulgar(t.ch(k));
      return Num.digits(i, k + 1, neg ? v.negate() : v, true, false);
    }
    Mantissa m;
    if (t.isSym(k, '.')) {
      if (!(t.isDigits(k + 1) && t.glued(k + 1)) || t.len(k + 1) > MAX_DIGITS) {
        return null;
      }
      m = new Mantissa("0." + t.str(k + 1), k + 2, false, true, false); // N2 ".5"
    } else if (t.isDigits(k)) {
      if (t.len(k) > MAX_DIGITS || t.len(k) > MAX_PLAIN_DIGITS && !t.isSym(k + 1, ',')
          && !t.isSym(k + 1, '.')) {
        return Num.notQuantity(Kind.VERSION_OR_CODE, i, k + 1, null, false); // N1 too long
      }
      m = mantissa(t, k);
      if (m.code) {
        return Num.notQuantity(Kind.VERSION_OR_CODE, i, m.end, null, false);
      }
    } else {
      return null;
    }
    BigDecimal v = new BigDecimal(m.digits);
    int end = m.end;
    boolean exotic = false;
    Valued x = exponent(t, v, m.end, m.decimal);
    if (x != null) {
      v = x.value();
      end = x.end();
      exotic = true;
    }
    boolean plainInt = !neg && !m.grouped && !m.decimal && !exotic && i + 1 == end;
    return Num.digits(i, end, neg ? v.negate() : v, false, plainInt);
  }

  /**
   * N1-N3 at the digits k: thousands groups ("12,000", "1 000 000"), a European number
   * ("1.111,11"), a decimal point ("3.5") or a lone decimal comma ("1,3"); "1.2.3" is a code.
   */
  private static Mantissa mantissa(Tokens t, int first) {
    StringBuilder sb = new StringBuilder(24).append(t.str(first));
    int k = first + 1;
    boolean grouped = false;
    boolean decimal = false;
    int firstLen = t.len(first);
    boolean listBefore = t.isSym(first - 1, ',') && t.glued(first) && t.isDigits(first - 2)
        && t.glued(first - 1);
    if (firstLen <= 3) {
      // N1 "12,000"
      while (t.isSym(k, ',') && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)
          && t.len(k + 1) == 3 && sb.length() < MAX_DIGITS) {
        sb.append(t.str(k + 1));
        k += 2;
        grouped = true;
      }
      // N1 "1 000 000" (spaces of any width), not after another number
      if (!grouped && !listBefore && !(t.isDigits(first - 1) && t.near(first))) {
        while (spaceGroup(t, k) && sb.length() < MAX_DIGITS) {
          sb.append(t.str(k));
          k++;
          grouped = true;
        }
      }
      // N3 "1.111,11"
      int e = grouped ? -1 : europeanEnd(t, k);
      if (e > 0) {
        for (int j = k; j < e; j++) {
          if (t.isDigits(j)) {
            if (t.isSym(j - 1, ',')) {
              sb.append('.');
            }
            sb.append(t.str(j));
          }
        }
        k = e;
        grouped = true;
        decimal = true;
      }
    }
    // N2 "3.5"
    if (!decimal && t.isSym(k, '.') && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)
        && t.len(k + 1) <= MAX_DIGITS) {
      if (t.isSym(k + 2, '.') && t.glued(k + 2) && t.isDigits(k + 3) && t.glued(k + 3)) {
        return new Mantissa(sb.toString(), k, grouped, decimal, true);
      }
      sb.append('.').append(t.str(k + 1));
      decimal = true;
      k += 2;
    }
    // N3 "1,3": a lone decimal comma, not in a list "1,2,3" nor before more digits or words
    if (!grouped && !decimal && !listBefore && firstLen <= 3 && t.isSym(k, ',') && t.glued(k)
        && t.isDigits(k + 1) && t.glued(k + 1) && t.len(k + 1) <= 2
        && !(t.isSym(k + 2, ',') && t.glued(k + 2) && t.isDigits(k + 3))
        && !(t.isSym(k + 2, '.') && t.glued(k + 2) && t.isDigits(k + 3))
        && !(t.glued(k + 2) && (t.isWord(k + 2) || t.isDigits(k + 2)))) {
      sb.append('.').append(t.str(k + 1));
      decimal = true;
      k += 2;
    }
    return new Mantissa(sb.toString(), k, grouped, decimal, false);
  }

  /** A group of three digits after a single space of any width, not starting a date or code. */
  private static boolean spaceGroup(Tokens t, int k) {
    return t.isDigits(k) && t.len(k) == 3 && t.singleSpace(k) && gapChar(t.text.charAt(t.start(k) - 1))
        && !(t.isSymIn(k + 1, "/-:") && t.glued(k + 1))
        && !(t.isSym(k + 1, '.') && t.glued(k + 1) && t.isDigits(k + 2) && t.glued(k + 2)
        && t.isSym(k + 3, '.'));
  }

  private static boolean gapChar(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007'
        || c == '\u200A' || c == '\u2008';
  }

  /** N3: end of a European-style number "1.111,11" starting with the '.' at k, or -1. */
  private static int europeanEnd(Tokens t, int k) {
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

  /**
   * N4: an exponent after the mantissa {@code v} ending at k: "1e10", "1.3e6", "12.32e+14",
   * "1.1^23", "1.3x10^6", "2.48×10−5". Null when none; the value and end otherwise.
   */
  private static Valued exponent(Tokens t, BigDecimal v, int k, boolean decimal) {
    if ((t.isExactly(k, "e") || t.isExactly(k, "E")) && t.glued(k)) {
      int e = k + 1;
      boolean eneg = false;
      if (t.isSymIn(e, "+-−") && t.glued(e)) {
        eneg = t.ch(e) != '+';
        e++;
      }
      boolean plainShape = !decimal && e == k + 1 && t.isDigits(e) && t.len(e) == 1; // "7E7"
      if (t.isDigits(e) && t.glued(e) && t.len(e) <= 3 && t.boundary(e + 1) && !plainShape) {
        long x = t.digitsValue(e);
        if (x <= MAX_EXPONENT) {
          return new Valued(v.scaleByPowerOfTen((int) (eneg ? -x : x)), e + 1);
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
      if (t.isDigits(e) && t.glued(e) && t.len(e) <= 3 && t.boundary(e + 1)) {
        BigDecimal p = power(v, t.digitsValue(e), minus % 2 == 1);
        if (p != null) {
          return new Valued(p, e + 1);
        }
      }
    } else if ((t.isAnyOf(k, "x") || t.isSymIn(k, "×*·")) && t.glued(k) && t.isDigits(k + 1)
        && t.glued(k + 1) && t.len(k + 1) <= 3) {
      return timesPower(t, v, k);
    }
    return null;
  }

  /** N4 "1.3x10^6", "2.48×10−5", "8x2^10": the mantissa times a power. */
  private static Valued timesPower(Tokens t, BigDecimal v, int k) {
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
        return new Valued(v.multiply(p, MC), e + 1);
      }
    }
    return null;
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

  /** N5: the value of a vulgar fraction character ("½" is 0.5), or null. */
  static BigDecimal vulgar(char c) {
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

  static boolean isVulgar(Tokens t, int k) {
    return t.isSym(k) && vulgar(t.ch(k)) != null;
  }

  /** True when a sign at token k is a minus/plus sign rather than a hyphen or dash. */
  private static boolean signOk(Tokens t, int k) {
    if (!t.glued(k)) {
      return true;
    }
    return !(t.isWord(k - 1) || t.isDigits(k - 1) || t.isSymIn(k - 1, ")]}%-−–—.,'’"));
  }

  /** True when token k can start a numeral (digits, ".5", "-5", "−0.5", "½"). */
  static boolean starts(Tokens t, int k) {
    if (t.isDigits(k) || isVulgar(t, k)) {
      return true;
    }
    if (t.isSym(k, '.') && t.isDigits(k + 1) && t.glued(k + 1)) {
      return true;
    }
    if (t.isSymIn(k, "-−+") && signOk(t, k)) {
      return t.isDigits(k + 1) && t.glued(k + 1)
          || t.isSym(k + 1, '.') && t.glued(k + 1) && t.isDigits(k + 2) && t.glued(k + 2);
    }
    return false;
  }
}
