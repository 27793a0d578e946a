package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import java.util.List;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.extract.quantity.Qualifiers.Role;

/**
 * Ranges after a first amount (package-info R1-R4): "5 to 7", "5-7", "5–7", "20~100", "8- to
 * 16-meter", "between 5 and 7" (role BETWEEN), "from 5 to 7" (role FROM, may run downwards), "two
 * or three" (adjacent integers, R2), "9.83e-3 +/- 1e-5" (R3). Units, currencies and scales spread
 * across the range (R4: "between 5 and 7 million", "$5-7 million", "3 to 4 L"); two different
 * units make no range.
 */
final class Ranges {
  private Ranges() {}

  /** How the second amount joins the first. */
  enum Joiner {
    DASH, WORD, OR, UNCERTAINTY
  }

  /** A range after the amount {@code a} whose end is k (the expression starts at i); or null. */
  static Found after(Tokens t, int i, Amount a, Role role, int k) {
    if (k >= t.n) {
      return null;
    }
    int c = k;
    if (role == null && t.isSymIn(c, "-‐") && t.glued(c) && t.is(c + 1, "to") && t.spaced(c + 1)) {
      c++; // "8- to 16-meter"
    }
    Joiner j = joiner(t, c, role);
    if (j == null) {
      return null;
    }
    int b = j == Joiner.UNCERTAINTY && !t.isSym(c, '±') ? c + 3 : c + 1;
    if (!t.near(b)) {
      return null;
    }
    Amount z = Amounts.at(t, b);
    if (z == null || z.special() != null) {
      return null;
    }
    if (j == Joiner.OR) {
      return orRange(i, a, z);
    }
    return closed(t, i, a, z, role, j == Joiner.UNCERTAINTY, t.isSymIn(c, "-‐–—~"));
  }

  /** The joiner at c between two amounts, given the role of the qualifier before them. */
  private static Joiner joiner(Tokens t, int c, Role role) {
    if (t.isSymIn(c, "-‐–—~") && !(t.ch(c) == '-' && role == null && t.isSymIn(c + 1, "-"))) {
      boolean tight = t.glued(c) && t.glued(c + 1);
      boolean loose = t.spaced(c) && t.spaced(c + 1);
      if (!(tight || loose) || role == Role.BETWEEN && t.ch(c) == '~') {
        return null;
      }
      return Joiner.DASH;
    }
    if (t.isAnyOf(c, "to", "through", "thru") && t.near(c) && role != Role.BETWEEN
        || t.is(c, "and") && role == Role.BETWEEN && t.near(c)
        || t.isAnyOf(c, "until", "till") && role == Role.FROM && t.near(c)
        || role == Role.BETWEEN && (t.is(c, "to") || t.isSym(c, '&')) && t.near(c)) {
      return Joiner.WORD;
    }
    if (role == null && t.is(c, "or") && t.near(c)) {
      return Joiner.OR;
    }
    if (role == null && (t.isSym(c, '±') || t.isSym(c, '+') && t.isSym(c + 1, '/')
        && t.isSym(c + 2, '-') && t.glued(c + 1) && t.glued(c + 2))) {
      return Joiner.UNCERTAINTY;
    }
    return null;
  }

  /** R1, R3, R4: the closed range of {@code a} and {@code z}, units and scales agreed; or null. */
  private static Found closed(Tokens t, int i, Amount a, Amount z, Role role, boolean uncertainty,
      boolean dash) {
    BigDecimal lo = a.value();
    BigDecimal hi = z.value();
    String unit = a.unitName();
    // unit agreement: "3 to 4 L" (unit from the second), "$5-7 million" (currency from the first)
    if (a.unitName() != null && z.unitName() != null) {
      if (z.unitName().startsWith(a.unitName() + " per ")) {
        unit = z.unitName(); // "$30,000 to $60,000 a year"
      } else if (!a.unitName().equals(z.unitName())) {
        return null;
      }
    } else if (z.unitName() != null) {
      unit = z.unitName();
      if (z.unit() != null && !z.unit().unscaled()) {
        lo = lo.multiply(z.unit().factor());
      }
    } else if (a.unitName() != null) {
      if (!a.prefixCurrency() && !uncertainty) {
        return null;
      }
      if (a.unit() != null && !a.unit().unscaled()) {
        hi = hi.multiply(a.unit().factor());
      }
    }
    // scale agreement: "between 5 and 7 million", "5 to 7 billion"
    if (a.num().scale() == null && z.num().scale() != null && z.num().base() != null
        && a.num().value().abs().compareTo(z.num().base().abs()) < 0 && !uncertainty) {
      BigDecimal f = a.unit() != null ? a.unit().factor() : BigDecimal.ONE;
      if (z.unit() != null && a.unitName() == null) {
        f = z.unit().factor();
      }
      lo = a.num().value().multiply(z.num().scale()).multiply(f);
    }
    // the two amounts with the range's unit and scale, in text order (a change splits them, S3)
    Found first = Expressions.of(a).qualified(Qualifier.EXACT, lo).withUnit(unit);
    Found second = Expressions.of(z).qualified(Qualifier.EXACT, hi).withUnit(unit);
    if (uncertainty) {
      if (hi.signum() <= 0) {
        return null;
      }
      BigDecimal mid = lo;
      lo = mid.subtract(hi);
      hi = mid.add(hi);
    } else if (role != Role.FROM) {
      if (lo.compareTo(hi) >= 0) {
        return null;
      }
    } else if (lo.compareTo(hi) > 0) {
      BigDecimal x = lo;
      lo = hi;
      hi = x;
    } else if (lo.compareTo(hi) == 0) {
      return null;
    }
    if (role == null && !uncertainty && dash
        && !(Numeral.starts(t, a.numStart()) && Numeral.starts(t, z.numStart()))) {
      return null; // dash ranges are written in digits: "three-nought-four", "twenty-5" are none
    }
    Kind kind = a.num().fraction() && z.num().fraction() ? Kind.FRACTION : Kind.CARDINAL;
    Form form = uncertainty ? Form.UNCERTAINTY : role == Role.BETWEEN ? Form.BETWEEN
        : role == Role.FROM ? Form.FROM_TO : Form.RANGE;
    return Found.range(kind, i, z.end(), a.numStart(), z.numEnd(), lo, hi).withUnit(unit)
        .withForm(form, uncertainty ? List.of() : List.of(first, second));
  }

  /** R2 "two or three": adjacent integers as a RANGE; other "A or B" pairs stay apart. */
  private static Found orRange(int i, Amount a, Amount z) {
    if (a.unitName() != null) {
      return null;
    }
    BigDecimal lo = a.value();
    BigDecimal hi = z.value();
    if (lo.stripTrailingZeros().scale() > 0 || hi.stripTrailingZeros().scale() > 0
        || lo.signum() <= 0 || hi.subtract(lo).compareTo(BigDecimal.ONE) != 0
        || a.num().words() != z.num().words()) {
      return null;
    }
    return Found.range(Kind.CARDINAL, i, z.end(), a.numStart(), z.numEnd(), lo, hi).withUnit(z.unitName())
        .withForm(Form.ALTERNATIVE, List.of(Expressions.of(a), Expressions.of(z)));
  }
}
