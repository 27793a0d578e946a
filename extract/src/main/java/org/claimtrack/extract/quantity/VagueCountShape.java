package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * R5 vague plural counts before "of", a RANGE [2N, 10N - 1] for the unit N they count: "dozens
 * of" [24, 119], "hundreds of" [200, 999], "tens of thousands of" [20000, 99999], "hundreds of
 * millions of dollars" (USD). A bare "hundreds" or "tens of" is none.
 */
final class VagueCountShape {
  private VagueCountShape() {}

  static Found at(Tokens t, int i) {
    Long unit = t.get(Vocabulary.VAGUE, i);
    if (unit == null) {
      return null;
    }
    int k = i + 1;
    long mult = unit;
    if ((unit == 10 || unit == 100) && t.is(k, "of") && t.near(k)) {
      Long next = t.get(Vocabulary.VAGUE, k + 1);
      if (next != null && next >= 1000 && t.near(k + 1)) {
        mult = next * unit; // "tens of thousands", "hundreds of millions"
        k += 2;
      }
    }
    if (unit == 10 && mult == 10 || !(t.is(k, "of") && t.near(k))) {
      return null;
    }
    BigDecimal m = BigDecimal.valueOf(mult);
    Found o = Found.range(Kind.CARDINAL, i, k, i, k, m.multiply(BigDecimal.valueOf(2)),
        m.multiply(BigDecimal.TEN).subtract(BigDecimal.ONE)).withForm(Form.VAGUE, java.util.List.of());
    PhraseTable.Hit<Units.Unit> u = Units.SUFFIX.match(t, k + 1);
    if (u != null && u.value().currency() && u.value().unscaled() && t.near(k + 1)
        && t.boundary(u.end())) {
      return o.withUnit(u.value().name()).withEnd(u.end()); // "millions of dollars"
    }
    return o;
  }
}
