package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.extract.quantity.Qualifiers.After;
import org.claimtrack.extract.quantity.Qualifiers.Before;
import org.claimtrack.extract.quantity.Qualifiers.Role;

/**
 * W6 proportions, a FRACTION: "one over three", "2000 over 3", "one out of three", "1 in 5", "one
 * in every four", "one-in-four", with "or more"/"or less" after them. "1 in 5" needs two small
 * integers, the first the smaller, and no unit after.
 */
final class Proportions {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private Proportions() {}

  /** A proportion continuing the plain count {@code a} (started at token i); or null. */
  static Found after(Tokens t, int i, Amount a, Before q) {
    int k = a.end();
    if (!t.near(k) && !t.glued(k) || a.value().signum() < 0 && !t.is(k, "over")) {
      return null;
    }
    int b;
    String op;
    if (t.is(k, "over")) {
      op = "over";
      b = k + 1;
    } else if (t.is(k, "out") && t.is(k + 1, "of") && t.near(k + 1)) {
      op = "out";
      b = k + 2;
    } else if (t.is(k, "in")) {
      op = "in";
      b = k + 1;
    } else if (t.isSym(k, '-') && t.glued(k) && t.is(k + 1, "in") && t.glued(k + 1)
        && t.isSym(k + 2, '-') && t.glued(k + 2) && t.glued(k + 3)) {
      op = "in";
      b = k + 3; // "one-in-four"
    } else {
      return null;
    }
    if (!op.equals("over") && t.is(b, "every") && t.near(b)) {
      b++;
    }
    if (!t.near(b) || !WordNumbers.starts(t, b) || t.isSymIn(b, "-−+") || t.isAnyOf(b, "a", "an")) {
      return null;
    }
    Amount d = Amounts.at(t, b);
    if (d == null || d.special() != null || !d.plainCount() || d.num().fraction()
        || d.value().signum() <= 0 || !fits(t, op, a.value(), d.value(), d.end())) {
      return null;
    }
    Found o = Found.of(Kind.FRACTION, i, d.end(), a.numStart(), d.numEnd(),
        a.value().divide(d.value(), Numeral.MC));
    Qualifier qualifier = q == null || q.role() != Role.PLAIN ? Qualifier.EXACT : q.qualifier();
    int pe = d.end();
    PhraseTable.Hit<After> ph = Qualifiers.AFTER.match(t, pe);
    if (ph != null && t.near(pe) && ph.value() == After.OR_MORE && !t.isSymIn(pe, "+-")) {
      qualifier = Qualifier.AT_LEAST;
      o = o.withEnd(ph.end());
    } else if (ph != null && t.near(pe) && ph.value() == After.OR_LESS) {
      qualifier = Qualifier.AT_MOST;
      o = o.withEnd(ph.end());
    }
    return o.qualified(qualifier, o.low()).withForm(Form.PROPORTION, java.util.List.of());
  }

  /** Whether numerator {@code av} and denominator {@code dv} (ending at e) make proportion {@code op}. */
  private static boolean fits(Tokens t, String op, BigDecimal av, BigDecimal dv, int e) {
    boolean free = e >= t.n || !t.near(e) || t.isSym(e) && !t.isSymIn(e, "-%$€£");
    switch (op) {
      case "over" -> {
        return free;
      }
      case "out" -> {
        return av.compareTo(dv) <= 0;
      }
      default -> {
        if (av.compareTo(dv) >= 0 || av.signum() <= 0 || dv.compareTo(THOUSAND) >= 0
            || av.stripTrailingZeros().scale() > 0 || dv.stripTrailingZeros().scale() > 0) {
          return false;
        }
        return !(t.near(e) && (Units.SUFFIX.match(t, e) != null && !t.isAnyOf(e, "people")
            || t.isSym(e, '%')));
      }
    }
  }
}
