package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import org.claimtrack.extract.quantity.Units.Unit;

/**
 * An amount at a token: a currency mark, a number, and the unit after it (package-info U1-U4);
 * or, when the number turns out to be something else, that shape: a date, time, code or name
 * where a number was expected (X1-X8), an age "45-year-old" (X5), a rank "first" (X4).
 */
final class Amounts {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private Amounts() {}

  /** The amount at token i, or null when no number starts there. */
  static Amount at(Tokens t, int i) {
    int k = i;
    Unit cur = null;
    PhraseTable.Hit<Unit> ch = Units.CURRENCY_PREFIX.match(t, k);
    if (ch != null && currencyPrefixOk(t, ch.end())) {
      cur = ch.value(); // U2 "$5", "US$ 1MM", "Rs. 500"
      k = ch.end();
    }
    if (Numeral.starts(t, k) && !t.isSymIn(k, "-−+") && !Numeral.isVulgar(t, k)) {
      Found s = Shapes.digitShape(t, k);
      if (s != null) {
        return Amount.special(i, s);
      }
    }
    Num n = WordNumbers.at(t, k);
    if (n == null) {
      return null;
    }
    if (n.kind() != null) {
      return Amount.special(i, Found.of(n.kind(), n.start(), n.end(), n.start(), n.end(),
          n.kind() == Kind.ORDINAL ? n.value() : null));
    }
    Found age = AgeShape.afterNumber(t, n);
    if (age != null) {
      return Amount.special(i, age);
    }
    Amount a = Amount.of(i, n);
    if (cur == null) {
      return UnitsAfter.read(t, a);
    }
    a = a.withPrefixCurrency(cur);
    // "US$ 1MM", "$10 dollars": the currency said again after the number
    PhraseTable.Hit<Unit> dup = Units.SUFFIX.match(t, a.end());
    if (dup != null && t.near(a.end()) && t.isWord(a.end()) && dup.value().currency()
        && dup.value().name().equals(cur.name()) && dup.value().factor().signum() > 0
        && dup.value().unscaled() && t.boundary(dup.end())) {
      a = a.withEnd(dup.end());
    }
    return CompoundUnits.rate(t, a);
  }

  /** A currency mark ending before token e belongs to a number at e ("$5", "EUR 5", not "USD-based"). */
  private static boolean currencyPrefixOk(Tokens t, int e) {
    return (t.glued(e) || t.near(e) && t.start(e) - t.end(e - 1) <= 2) && WordNumbers.starts(t, e)
        && !(t.isWord(e - 1) && t.glued(e) && !t.isDigits(e));
  }

  /** U2: "361 million pounds" are sterling, "5 pounds" a mass. */
  static Unit poundsWithScale(Unit u, Num n) {
    if (u.name().equals("pound-mass") && n.scale() != null && n.scale().compareTo(THOUSAND) >= 0) {
      return Units.POUND_STERLING;
    }
    return u;
  }
}
