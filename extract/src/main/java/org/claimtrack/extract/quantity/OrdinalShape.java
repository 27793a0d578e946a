package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/** X4 ORDINAL in digits: "21st", "3rd", "100th" (the rank is the value). */
final class OrdinalShape {
  private OrdinalShape() {}

  static Found at(Tokens t, int i) {
    int e = suffixEnd(t, i);
    return e < 0 ? null : Found.of(Kind.ORDINAL, i, e, i, e, new BigDecimal(t.str(i)));
  }

  /** Index after an ordinal suffix glued to the digits at i ("21st"), or -1. */
  static int suffixEnd(Tokens t, int i) {
    int k = i + 1;
    if (t.isWord(k) && t.glued(k) && t.isAnyOf(k, "st", "nd", "rd", "th") && t.boundary(k + 1)) {
      return k + 1;
    }
    return -1;
  }
}
