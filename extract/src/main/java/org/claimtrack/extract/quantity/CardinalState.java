package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * The state of the cardinal grammar ({@link Cardinal}, package-info W1) after some tokens of
 * "one hundred and sixty-one" or "4 thousand 3 hundred". Immutable: each transition returns the
 * next state, or null when the grammar does not allow the word after the last one.
 *
 * @param total the value of the completed scale groups ("4000" of "4 thousand 3 hundred")
 * @param current the value of the group being read ("300")
 * @param last the last terminal read
 * @param hundredInCurrent the current group has its "hundred"
 * @param maxScale the largest scale read so far
 * @param lastScale the last scale read, or null
 * @param lastChunk the last units/tens read, which a "dozen" multiplies
 * @param base the value before the largest scale ("7" of "7 million"), or null
 * @param scale the largest scale when it ends the number, or null
 * @param end the token after the last one read
 * @param elements how many numerals and number words were read
 * @param words a number word was read
 * @param digits a numeral was read
 * @param tensTok the token of the last tens word ("thirty"), or -1
 * @param beforeTens the value before that tens word, for "one hundred thirty fifths" (W4)
 * @param tensAfterAnd that tens word came after "and"
 * @param tensHadPrior that tens word was not the first element
 * @param literal the numeral the number started with, or null
 */
record CardinalState(BigDecimal total, BigDecimal current, Last last, boolean hundredInCurrent,
    BigDecimal maxScale, BigDecimal lastScale, BigDecimal lastChunk, BigDecimal base,
    BigDecimal scale, int end, int elements, boolean words, boolean digits, int tensTok,
    BigDecimal beforeTens, boolean tensAfterAnd, boolean tensHadPrior, Num literal) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  /** The last terminal read. */
  enum Last {
    NONE, UNIT, TEEN, TENS, HUND, SCALE, NUMERAL, DOZEN, ZERO;

    /** UNIT, TEEN or TENS: a small number a hundred, scale or dozen may follow. */
    boolean small() {
      return this == UNIT || this == TEEN || this == TENS;
    }
  }

  /** Nothing read yet. */
  static CardinalState empty() {
    return new CardinalState(BigDecimal.ZERO, BigDecimal.ZERO, Last.NONE, false, BigDecimal.ZERO,
        null, BigDecimal.ZERO, null, null, 0, 0, false, false, -1, null, false, false, null);
  }

  /** A numeral read first ("4" of "4 thousand"). */
  static CardinalState ofLiteral(Num lit) {
    return new CardinalState(BigDecimal.ZERO, lit.value(), Last.NUMERAL, false, BigDecimal.ZERO,
        null, BigDecimal.ZERO, lit.base(), lit.scale(), lit.end(), 1, false, true, -1, null, false,
        false, lit);
  }

  /** The article of "a hundred", "a million", read as one (W2) up to token {@code end}. */
  static CardinalState ofArticle(int end) {
    return new CardinalState(BigDecimal.ZERO, BigDecimal.ONE, Last.UNIT, false, BigDecimal.ZERO,
        null, BigDecimal.ONE, null, null, end, 1, true, false, -1, null, false, false, null);
  }

  BigDecimal value() {
    return total.add(current);
  }

  // ---- transitions on number words (W1, W2); null when the word cannot follow

  CardinalState zero() {
    return elements == 0 ? with(total, BigDecimal.ZERO, Last.ZERO, lastChunk) : null;
  }

  CardinalState unit(BigDecimal v) {
    if (last != Last.NONE && last != Last.HUND && last != Last.SCALE && last != Last.TENS) {
      return null;
    }
    return with(total, current.add(v), Last.UNIT, last == Last.TENS ? lastChunk.add(v) : v);
  }

  CardinalState teen(BigDecimal v) {
    return opensGroup() ? with(total, current.add(v), Last.TEEN, v) : null;
  }

  /** "thirty" at token {@code tok}, after "and" or not. */
  CardinalState tens(BigDecimal v, int tok, boolean viaAnd) {
    if (!opensGroup()) {
      return null;
    }
    return new CardinalState(total, current.add(v), Last.TENS, hundredInCurrent, maxScale,
        lastScale, v, base, scale, end, elements, words, digits, tok, value(), viaAnd,
        elements > 0, literal);
  }

  CardinalState hundred(boolean plural) {
    boolean numeral = last == Last.NUMERAL && current.abs().compareTo(THOUSAND) < 0;
    if (!(last.small() || numeral) || hundredInCurrent || plural && elements == 0) {
      return null;
    }
    return new CardinalState(total, current.multiply(HUNDRED), Last.HUND, true, maxScale,
        lastScale, BigDecimal.ZERO, base, scale, end, elements, words, digits, tensTok,
        beforeTens, tensAfterAnd, tensHadPrior, literal);
  }

  /** "thousand", "million": closes a group; a larger scale multiplies all before it. */
  CardinalState scale(BigDecimal v) {
    boolean after = last.small() || last == Last.HUND || last == Last.NUMERAL;
    boolean stacked = last == Last.SCALE && v.compareTo(lastScale) > 0;
    if (!(after || stacked)) {
      return null;
    }
    BigDecimal b;
    BigDecimal s;
    BigDecimal t;
    BigDecimal max = maxScale;
    if (v.compareTo(maxScale) > 0) {
      b = value();
      s = v;
      t = value().multiply(v);
      max = v;
    } else {
      b = null;
      s = null;
      t = total.add(current.multiply(v));
    }
    return new CardinalState(t, BigDecimal.ZERO, Last.SCALE, false, max, v, lastChunk, b, s, end,
        elements, words, digits, tensTok, beforeTens, tensAfterAnd, tensHadPrior, literal);
  }

  CardinalState dozen() {
    if (last.small()) {
      return with(total, current.subtract(lastChunk).add(lastChunk.multiply(TWELVE)), Last.DOZEN, lastChunk);
    }
    if (last == Last.NUMERAL || last == Last.HUND) {
      return with(total, current.multiply(TWELVE), Last.DOZEN, lastChunk);
    }
    return null;
  }

  /** A word was read: it counts as an element, and the number now ends at {@code e}. */
  CardinalState wordRead(int e) {
    return new CardinalState(total, current, last, hundredInCurrent, maxScale, lastScale,
        lastChunk, base, scale, e, elements + 1, true, digits, tensTok, beforeTens, tensAfterAnd,
        tensHadPrior, literal);
  }

  // ---- transitions on numerals inside a number (W1)

  /** "4 thousand 3 hundred": a numeral that starts the next group, up to {@code e}. */
  CardinalState numeralGroup(BigDecimal v, int e) {
    return new CardinalState(total, v, Last.NUMERAL, hundredInCurrent, maxScale, lastScale,
        lastChunk, base, scale, e, elements + 1, words, true, tensTok, beforeTens, tensAfterAnd,
        tensHadPrior, literal);
  }

  /** "3 hundred and 21": a numeral below 100 after "hundred and", up to {@code e}. */
  CardinalState numeralAfterAnd(BigDecimal v, int e) {
    return new CardinalState(total, current.add(v), Last.TEEN, hundredInCurrent, maxScale,
        lastScale, lastChunk, base, scale, e, elements + 1, words, true, tensTok, beforeTens,
        tensAfterAnd, tensHadPrior, literal);
  }

  private boolean opensGroup() {
    return last == Last.NONE || last == Last.HUND || last == Last.SCALE;
  }

  private CardinalState with(BigDecimal t, BigDecimal c, Last l, BigDecimal chunk) {
    return new CardinalState(t, c, l, hundredInCurrent, maxScale, lastScale, chunk, base, scale,
        end, elements, words, digits, tensTok, beforeTens, tensAfterAnd, tensHadPrior, literal);
  }
}
