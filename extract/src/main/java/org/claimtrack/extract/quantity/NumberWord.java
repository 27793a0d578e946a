package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * A number word and its role in the grammar of numerals (package-info W1-W5): "seven" (UNIT 7),
 * "million" (SCALE 1e6), "fifths" (ORDINALS 5). {@code plural} marks "hundreds", "thousands",
 * "dozens", which only continue a number ("five hundreds") or count vaguely. Read from
 * {@code quantity-number-words.tsv}.
 */
record NumberWord(Type type, long value, boolean plural) {

  /** The terminals of the cardinal grammar. */
  enum Type {
    ZERO, UNIT, TEEN, TENS, HUNDRED, SCALE, DOZEN, ORDINAL, ORDINALS, HALF, HALVES, QUARTER,
    QUARTERS, POINT
  }

  /** "UNIT 7", "HUNDRED 100 plural": a table value. */
  static NumberWord parse(String value) {
    String[] p = value.split(" ");
    if (p.length < 2 || p.length > 3 || p.length == 3 && !p[2].equals("plural")) {
      throw new IllegalArgumentException("expected ROLE VALUE [plural]");
    }
    return new NumberWord(Type.valueOf(p[0]), Long.parseLong(p[1]), p.length == 3);
  }

  BigDecimal decimal() {
    return BigDecimal.valueOf(value);
  }

  /** True for the words that can be a fraction's denominator: "third", "fifths", "half". */
  boolean isDenominator() {
    return type == Type.ORDINAL || type == Type.ORDINALS || type == Type.HALF || type == Type.HALVES
        || type == Type.QUARTER || type == Type.QUARTERS;
  }

  /** True for plural denominators: "thirds", "halves", "quarters". */
  boolean pluralDenominator() {
    return type == Type.ORDINALS || type == Type.HALVES || type == Type.QUARTERS;
  }
}
