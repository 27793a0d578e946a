package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * A number read from digits and/or words, before units and qualifiers: tokens {@code [start,
 * end)}. Immutable: each production returns a new one.
 *
 * @param base the value before a trailing scale ("7" of "7 million"), or null
 * @param scale the trailing scale multiplier (1e6 for "7 million", 1e3 for "12k"), or null
 * @param words made of (or with) number words
 * @param digits made of (or with) digits
 * @param fraction a fraction or mixed number ("3/4", "two thirds", "2½")
 * @param plainInt a single integer numeral without separators, sign, decimals or suffix ("2024")
 * @param halfWord a bare "half"/"quarter", which may take "an hour" as unit (W5)
 * @param kind non-null when the number is not a quantity (ORDINAL, VERSION_OR_CODE)
 */
record Num(int start, int end, BigDecimal value, BigDecimal base, BigDecimal scale, boolean words,
    boolean digits, boolean fraction, boolean plainInt, boolean halfWord, Kind kind) {

  /** A numeral in digits. */
  static Num digits(int start, int end, BigDecimal value, boolean fraction, boolean plainInt) {
    return new Num(start, end, value, null, null, false, true, fraction, plainInt, false, null);
  }

  /** A number in words. */
  static Num words(int start, int end, BigDecimal value, boolean fraction) {
    return new Num(start, end, value, null, null, true, false, fraction, false, false, null);
  }

  /** Not a quantity: a rank or a code. */
  static Num notQuantity(Kind kind, int start, int end, BigDecimal value, boolean words) {
    return new Num(start, end, value, null, null, words, false, false, false, false, kind);
  }

  Num withStart(int s) {
    return new Num(s, end, value, base, scale, words, digits, fraction, plainInt, halfWord, kind);
  }

  Num withDigits(boolean d) {
    return new Num(start, end, value, base, scale, words, d, fraction, plainInt, halfWord, kind);
  }

  Num asHalfWord() {
    return new Num(start, end, value, base, scale, words, digits, fraction, plainInt, true, kind);
  }

  /** The number with value {@code v} up to {@code e}: a fraction ("3/4", "2 1/2"). */
  Num asFraction(BigDecimal v, int e) {
    return new Num(start, e, v, base, scale, words, digits, true, false, halfWord, kind);
  }

  /** The number times a scale {@code m} ending at {@code e} ("10k", "two thirds of a million"). */
  Num scaled(BigDecimal m, int e) {
    return new Num(start, e, value.multiply(m), value, m, words, digits, fraction, false, halfWord, kind);
  }

  /** The number with value {@code v} and base/scale set directly ("half a million"). */
  Num withScale(BigDecimal b, BigDecimal s) {
    return new Num(start, end, value, b, s, words, digits, fraction, plainInt, halfWord, kind);
  }

  Num negated(int s) {
    return new Num(s, end, value.negate(), base == null ? null : base.negate(), scale, words, digits,
        fraction, plainInt, halfWord, kind);
  }
}
