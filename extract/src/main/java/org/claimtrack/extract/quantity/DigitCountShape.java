package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import org.claimtrack.extract.quantity.NumberWord.Type;

/** R6 a RANGE by number of digits: "seven-figure" [1e6, 1e7 - 1], "double-digit" [10, 99]. */
final class DigitCountShape {
  private DigitCountShape() {}

  static Found at(Tokens t, int i) {
    if (!(t.isSym(i + 1, '-') && t.glued(i + 1) && t.glued(i + 2))) {
      return null;
    }
    int digits;
    if (t.isAnyOf(i + 2, "figure", "figures")) {
      NumberWord w = t.get(Vocabulary.NUMBER_WORDS, i);
      if (w == null || !(w.type() == Type.UNIT || w.type() == Type.TEEN) || w.value() > 15) {
        return null;
      }
      digits = (int) w.value();
    } else if (t.isAnyOf(i + 2, "digit")) {
      Integer d = t.get(Vocabulary.DIGIT_COUNTS, i);
      if (d == null) {
        return null;
      }
      digits = d;
    } else {
      return null;
    }
    BigDecimal low = digits == 1 ? BigDecimal.ONE : BigDecimal.TEN.pow(digits - 1);
    return Found.range(Kind.CARDINAL, i, i + 3, i, i + 3, low, BigDecimal.TEN.pow(digits).subtract(BigDecimal.ONE))
        .withForm(Form.DIGIT_COUNT, java.util.List.of());
  }
}
