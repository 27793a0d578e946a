package org.claimtrack.extract.quantity;

import java.util.List;
import java.util.Objects;

/**
 * Finds number expressions in English text: plain and spelled-out numbers, fractions, money,
 * percentages, units of measure, qualifiers ("at least", "nearly"), ranges ("between 5 and 7"),
 * multiplicatives ("two brigades of 6,000 people each"), and, so that they can be left out,
 * dates, times, years, ordinals, ages, phone numbers and numbers inside names and codes.
 *
 * <p>Stateless and immutable, hence thread-safe: one shared instance serves every caller. Each
 * call tokenizes its region once and scans it left to right without regular expressions, in time
 * linear in the length of the region.
 */
public final class NumberRecognizer {
  private static final NumberRecognizer STANDARD = new NumberRecognizer();

  private NumberRecognizer() {}

  /** The shared recognizer with the built-in English lexicon. */
  public static NumberRecognizer standard() {
    return STANDARD;
  }

  /**
   * All number expressions in {@code text[from, to)}, left to right, non-overlapping. Spans are
   * offsets into {@code text}. Words outside the region are not looked at.
   *
   * @throws IndexOutOfBoundsException when {@code from}/{@code to} do not fit {@code text}
   */
  public List<NumberExpression> find(CharSequence text, int from, int to) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(from, to, text.length());
    if (from == to) {
      return List.of();
    }
    return List.copyOf(new Scan(text, from, to).run());
  }

  /** All number expressions in the whole of {@code text}. */
  public List<NumberExpression> find(CharSequence text) {
    return find(text, 0, text.length());
  }
}
