package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * R9 a multiplier word before what it multiplies ({@code quantity-multiplier-words.tsv}): "twice
 * the average amount", "thrice as many", "twice that". Alone ("he was arrested twice") it is no
 * figure.
 */
final class MultiplierShape {
  private MultiplierShape() {}

  /** At the word i. */
  static Found at(Tokens t, int i) {
    Long m = t.get(Vocabulary.MULTIPLIER_WORDS, i);
    if (m == null || !t.near(i + 1)
        || !t.isAnyOf(i + 1, "the", "as", "that", "its", "their", "his", "her", "our", "a", "an", "more")) {
      return null;
    }
    return Found.of(Kind.CARDINAL, i, i + 1, i, i + 1, BigDecimal.valueOf(m))
        .withForm(Form.MULTIPLIER, java.util.List.of());
  }
}
