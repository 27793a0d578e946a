package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * A number read from digits and/or words, before units and qualifiers: tokens {@code [start,
 * end)}. Mutable while one parse builds it; never escapes a {@link Scan}.
 */
final class Num {
  int start;
  int end;
  BigDecimal value;
  /** The value before a trailing scale ("7" of "7 million"), or null. */
  BigDecimal base;
  /** The trailing scale multiplier (1e6 for "7 million", 1e3 for "12k"), or null. */
  BigDecimal scale;
  boolean words;
  boolean digits;
  boolean fraction;
  /** A single integer numeral without separators, sign, decimals or suffix ("2024"). */
  boolean plainInt;
  /** Came from a bare "half"/"quarter" construct; may take "an hour" as unit. */
  boolean halfWord;
  /** Non-null when the number is not a quantity (ORDINAL, VERSION_OR_CODE). */
  Kind kind;

  Num(int start, int end, BigDecimal value) {
    this.start = start;
    this.end = end;
    this.value = value;
  }
}
