package org.claimtrack.extract.quantity;

import org.claimtrack.extract.quantity.Units.Unit;
import java.math.BigDecimal;

/**
 * A quantity before qualifiers, in tokens {@code [start, end)}: currency prefix, number, unit
 * (package-info U1-U4). Or, when the tokens turned out to be something else (a date, an age),
 * that {@code special} expression. Immutable.
 *
 * @param value the number in the unit's base ("50 cents" is 0.50)
 * @param unit the unit as written, or null
 * @param unitName the unit's canonical name, with a rate ("USD per hour"), or null
 * @param prefixCurrency a currency mark came before the number ("$5")
 */
record Amount(int start, int end, Num num, BigDecimal value, Unit unit, String unitName,
    boolean prefixCurrency, Found special) {

  /** The tokens at {@code start} are not a quantity but {@code special}. */
  static Amount special(int start, Found special) {
    return new Amount(start, start, null, null, null, null, false, special);
  }

  /** A plain number. */
  static Amount of(int start, Num num) {
    return new Amount(start, num.end(), num, num.value(), null, null, false, null);
  }

  int numStart() {
    return num.start();
  }

  int numEnd() {
    return num.end();
  }

  /** A plain count: no unit and no currency. */
  boolean plainCount() {
    return unitName == null && !prefixCurrency;
  }

  /** With unit {@code u}: its name, and the value converted by its factor. */
  Amount withUnit(Unit u) {
    BigDecimal v = u.unscaled() ? value : value.multiply(u.factor());
    return new Amount(start, end, num, v, u, u.name(), prefixCurrency, special);
  }

  Amount withPrefixCurrency(Unit u) {
    return new Amount(start, end, num, value, unit, unitName, true, special).withUnit(u);
  }

  Amount withEnd(int e) {
    return new Amount(start, e, num, value, unit, unitName, prefixCurrency, special);
  }

  Amount withValue(BigDecimal v, int e) {
    return new Amount(start, e, num, v, unit, unitName, prefixCurrency, special);
  }

  Amount withUnitName(String name, int e) {
    return new Amount(start, e, num, value, unit, name, prefixCurrency, special);
  }
}
