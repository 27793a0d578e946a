package org.claimtrack.extract.quantity;

import static org.claimtrack.extract.quantity.CardinalState.Last;

import java.math.BigDecimal;
import org.claimtrack.extract.quantity.NumberWord.Type;

/**
 * W1, the grammar of cardinal numbers in words and numerals: "one hundred and sixty-one", "two
 * million three hundred thousand", "4 thousand 3 hundred", "3 hundred and 21", "1.75-billion",
 * "five dozen". Reads left to right from a {@link CardinalState}, one terminal at a time:
 *
 * <pre>
 *   cardinal  := numeral? ( joiner? word | group-numeral )*
 *   joiner    := "-" (TENS "-" UNIT; NUMERAL "-" SCALE glued)
 *              | "and" (after HUNDRED or SCALE, before UNIT/TEEN/TENS or, after HUNDRED, digits &lt; 100)
 *              | ","   (SCALE "," UNIT/TEEN HUNDRED: "two million, three hundred")
 *   word      := ZERO (alone) | UNIT | TEEN | TENS | HUNDRED | SCALE | DOZEN
 * </pre>
 *
 * A word the state does not allow ends the number; so does "and" before a fraction tail ("and a
 * half", W4). "3 hundred and 2 hundred" is two numbers: the part after "and" starts anew.
 */
final class Cardinal {
  private Cardinal() {}

  /** The grammar from token i; null when no number starts there. */
  static CardinalState from(Tokens t, int i) {
    if (!Numeral.starts(t, i)) {
      return continueFrom(t, CardinalState.empty(), i);
    }
    Num lit = NumeralSuffix.at(t, i);
    if (lit == null) {
      return null;
    }
    CardinalState g = CardinalState.ofLiteral(lit);
    if (lit.kind() != null || lit.fraction() || lit.scale() != null) {
      return g; // a code, "2 1/2" or "10k": complete as written
    }
    return continueFrom(t, g, lit.end());
  }

  /** The grammar from state {@code g} at token k; null when nothing was read at all. */
  static CardinalState continueFrom(Tokens t, CardinalState g, int k) {
    CardinalState beforeAnd = null;
    int andElement = -1;
    while (k < t.n) {
      int j = k;
      if (g.elements() > 0 && !t.near(j)) {
        break;
      }
      boolean viaAnd = false;
      if (g.elements() > 0) {
        int h = Peek.hyphenAt(t, j);
        if (h > 0) {
          Type nt = Peek.type(t, h);
          boolean tensUnit = g.last() == Last.TENS && nt == Type.UNIT; // "sixty-one"
          boolean numeralScale = g.last() == Last.NUMERAL && nt == Type.SCALE && t.glued(j)
              && !Peek.word(t, h).plural(); // "1.75-billion"
          if (!tensUnit && !numeralScale) {
            break;
          }
          j = h;
        } else if (t.is(j, "and") || t.isSym(j, '&')) {
          if (!andContinues(t, g, j)) {
            break;
          }
          beforeAnd = g;
          j++;
          viaAnd = true;
        } else if (t.isSym(j, ',') && g.last() == Last.SCALE && g.words()
            && (Peek.type(t, j + 1) == Type.UNIT || Peek.type(t, j + 1) == Type.TEEN)
            && Peek.type(t, j + 2) == Type.HUNDRED) {
          j++; // "two million, three hundred"
        }
      }
      NumberWord w = Peek.word(t, j);
      if (w == null) {
        CardinalState n = numeralInside(t, g, j, viaAnd);
        if (n == null) {
          break; // (after "and", g is still the state before it)
        }
        g = n;
        if (viaAnd) {
          andElement = g.elements();
        }
        k = j + 1;
        continue;
      }
      CardinalState next = word(g, w, j, viaAnd);
      if (next == null) {
        boolean multiplier = w.type() == Type.HUNDRED || w.type() == Type.SCALE
            || w.type() == Type.DOZEN;
        if (beforeAnd != null && (viaAnd || multiplier && andElement == g.elements())) {
          g = beforeAnd; // "3 hundred and 2 hundred": the part after "and" starts a new number
        }
        break;
      }
      g = next.wordRead(j + 1);
      if (viaAnd) {
        andElement = g.elements();
      }
      k = j + 1;
      if (g.last() == Last.ZERO || g.last() == Last.DOZEN) {
        break;
      }
    }
    return g.elements() == 0 ? null : g;
  }

  /** "and" at j joins the number: after HUNDRED or SCALE, before a small word or (after HUNDRED) digits. */
  private static boolean andContinues(Tokens t, CardinalState g, int j) {
    if (Fractions.mixedTail(t, j) != null || !t.near(j + 1)) {
      return false; // "and a half" is a fraction tail (W4)
    }
    Type nt = Peek.type(t, j + 1);
    boolean wordNext = nt == Type.UNIT || nt == Type.TEEN || nt == Type.TENS;
    boolean numNext = g.last() == Last.HUND && t.isDigits(j + 1) && t.len(j + 1) <= 2
        && t.boundary(j + 2) && !t.leadingZero(j + 1) && t.digitsValue(j + 1) > 0;
    return (g.last() == Last.HUND || g.last() == Last.SCALE) && (wordNext || numNext);
  }

  /** A numeral inside a number in words: "4 thousand 3 hundred", "3 hundred and 21"; or null. */
  private static CardinalState numeralInside(Tokens t, CardinalState g, int j, boolean viaAnd) {
    if (!(t.isDigits(j) && g.elements() > 0 && t.boundary(j + 1) && !t.leadingZero(j))) {
      return null;
    }
    long v = t.digitsValue(j);
    Type after = Peek.type(t, j + 1);
    if (g.last() == Last.SCALE && !viaAnd && v < 1000
        && (after == Type.HUNDRED || after == Type.SCALE) && t.near(j + 1)) {
      return g.numeralGroup(BigDecimal.valueOf(v), j + 1);
    }
    if (viaAnd && g.last() == Last.HUND && v < 100) {
      return g.numeralAfterAnd(BigDecimal.valueOf(v), j + 1);
    }
    return null;
  }

  /** The state after number word {@code w} at token j, or null when it cannot follow. */
  private static CardinalState word(CardinalState g, NumberWord w, int j, boolean viaAnd) {
    BigDecimal v = w.decimal();
    return switch (w.type()) {
      case ZERO -> g.zero();
      case UNIT -> g.unit(v);
      case TEEN -> g.teen(v);
      case TENS -> g.tens(v, j, viaAnd);
      case HUNDRED -> g.hundred(w.plural());
      case SCALE -> g.scale(v);
      case DOZEN -> g.dozen();
      default -> null;
    };
  }
}
