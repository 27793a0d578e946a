package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * X4 ORDINAL for rankings written with a cardinal: "the top 10", "top 20 universities", "the
 * 20-largest banks", "5-biggest" (the rank is the value). "top 5%" stays a percentage.
 */
final class RankShape {
  private RankShape() {}

  /** At the digits i. */
  static Found at(Tokens t, int i) {
    if (t.is(i - 1, "top") && t.spaced(i) && t.boundary(i + 1) && !Peek.unitOrScale(t, i + 1)
        && !t.isSym(i + 1, '%')) {
      return Found.of(Kind.ORDINAL, i - 1, i + 1, i, i + 1, new BigDecimal(t.str(i)));
    }
    if (t.isSymIn(i + 1, "-‐") && t.glued(i + 1) && t.isWord(i + 2) && t.glued(i + 2)
        && superlative(t, i + 2) && t.boundary(i + 3)) {
      return Found.of(Kind.ORDINAL, i, i + 3, i, i + 1, new BigDecimal(t.str(i)));
    }
    return null;
  }

  /** "largest", "biggest", "most": a superlative adjective. */
  private static boolean superlative(Tokens t, int k) {
    String w = t.lower(k);
    return w.equals("most") || w.equals("least") || w.length() > 4 && w.endsWith("est");
  }
}
