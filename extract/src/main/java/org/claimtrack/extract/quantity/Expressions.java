package org.claimtrack.extract.quantity;

import org.claimtrack.domain.Qualifier;
import org.claimtrack.extract.quantity.Qualifiers.After;
import org.claimtrack.extract.quantity.Qualifiers.Before;
import org.claimtrack.extract.quantity.Qualifiers.Role;

/**
 * A quantity expression at a token: a qualifier before it (Q1-Q7), its amount, and then one of
 * a proportion (W6), a range (R1-R3), a multiplicative (R7) or a single amount with a qualifier
 * after it (Q8). A bare pronoun "one" yields nothing (X9).
 *
 * <pre>
 *   expression := qualifier-before? amount ( proportion | range | qualifier-after? multiplicative? )
 * </pre>
 */
final class Expressions {
  private Expressions() {}

  /** The expression at token i, or null. */
  static Found at(Tokens t, int i) {
    PhraseTable.Hit<Before> qh = Qualifiers.BEFORE.match(t, i);
    if (qh != null && t.isSymIn(i, "<>=≥≤~") && t.glued(i) && t.isSymIn(i - 1, "<>=")) {
      qh = null; // "<=>" and the like are no qualifiers
    }
    if (qh != null && t.isSymIn(qh.end() - 1, "<>=≥≤~") && t.isSymIn(qh.end(), "<>=")) {
      qh = null;
    }
    if (qh != null && qh.end() < t.n && t.near(qh.end())) {
      Found o = qualified(t, i, qh.value(), qh.end());
      if (o != null) {
        return o;
      }
      if (qh.value().role() == Role.BETWEEN || qh.value().role() == Role.FROM) {
        return null;
      }
    }
    Amount a = Amounts.at(t, i);
    if (a == null) {
      return null;
    }
    if (a.special() != null) {
      return a.special();
    }
    return afterFirst(t, i, a, null);
  }

  /** The amount at k after the qualifier {@code q} that starts at i. */
  private static Found qualified(Tokens t, int i, Before q, int k) {
    Amount a = Amounts.at(t, k);
    if (a != null && a.special() != null && a.special().kind() == Kind.AGE && q.role() == Role.PLAIN) {
      Found age = a.special(); // X5 "more than thirty years old" keeps its qualifier
      return age.withStart(i).qualified(q.qualifier(), age.low());
    }
    if (a == null || a.special() != null) {
      return null;
    }
    if (q.role() == Role.FROM && ratioEnd(t, i, a) > 0) {
      return ratio(t, i, a, null); // "increased from 18 to 1"
    }
    if (q.role() == Role.BETWEEN || q.role() == Role.FROM) {
      return Ranges.after(t, i, a, q.role(), a.end());
    }
    return afterFirst(t, i, a, q);
  }

  /** The rest of an expression after its first amount {@code a} (starting at token i). */
  static Found afterFirst(Tokens t, int i, Amount a, Before q) {
    if (ratioEnd(t, i, a) > 0) {
      return ratio(t, i, a, q);
    }
    if (a.plainCount() && !a.num().fraction()) {
      Found p = Proportions.after(t, i, a, q);
      if (p != null) {
        return p;
      }
    }
    if (q == null || q.qualifier() == Qualifier.APPROXIMATELY || q.role() == Role.EQUAL) {
      Found r = Ranges.after(t, i, a, null, a.end());
      if (r != null) {
        return r;
      }
    }
    if (q != null && q.role() == Role.MARGIN && a.unitName() == null) {
      int k = a.end();
      if (t.isAnyOf(k, "points", "point", "pts") && t.near(k) && t.boundary(k + 1)) {
        a = a.withUnitName(Units.PERCENTAGE_POINTS, k + 1); // R3 "plus or minus 3 points"
      }
    }
    if (q == null && bareOne(t, a) && pronounOne(t, a.numStart())) {
      return Found.drop(a.numStart(), a.numEnd());
    }
    Found o = single(t, i, a, q);
    Found m = Multiplicatives.after(t, o, a);
    return m != null ? m : o;
  }

  /** The amount as one expression, with a qualifier after it (Q8: "or more", "+", "or so"). */
  private static Found single(Tokens t, int i, Amount a, Before before) {
    Found o = of(a).withStart(i);
    Qualifier q = before == null || before.role() == Role.MARGIN ? Qualifier.EXACT : before.qualifier();
    int k = a.end();
    PhraseTable.Hit<After> ph = Qualifiers.AFTER.match(t, k);
    if (ph != null && afterApplies(t, k, ph.end())) {
      Qualifier nq = switch (ph.value()) {
        case OR_MORE -> Qualifier.AT_LEAST;
        case OR_LESS -> Qualifier.AT_MOST;
        case OR_SO -> q == Qualifier.EXACT ? Qualifier.APPROXIMATELY : null;
        case OR_EQUAL -> q == Qualifier.MORE_THAN ? Qualifier.AT_LEAST
            : q == Qualifier.LESS_THAN ? Qualifier.AT_MOST : null;
      };
      if (nq != null) {
        q = nq;
        o = o.withEnd(ph.end());
      }
    }
    return o.qualified(q, a.value());
  }

  /**
   * Q8: a qualifier after the number at k (ending at e) applies unless it starts a comparison
   * with another number ("or more than 40", "or equal to 5", "and below 1500").
   */
  private static boolean afterApplies(Tokens t, int k, int e) {
    boolean glue = t.isSymIn(k, "+-");
    boolean okGap = glue ? t.glued(k) && t.boundary(e) : t.near(k);
    boolean thanNumber = t.is(e - 1, "than") && t.near(e) && WordNumbers.starts(t, e);
    boolean equalsThan = t.is(e - 1, "to") && t.near(e) && WordNumbers.starts(t, e);
    boolean thanFollows = t.isAnyOf(e, "than", "to") && t.near(e)
        || t.isAnyOf(k, "and", "or") && qualifiedNumberAt(t, k + 1);
    return okGap && !thanNumber && !equalsThan && !thanFollows;
  }

  /** True when a qualifier phrase and a number start at k ("below 1500"). */
  private static boolean qualifiedNumberAt(Tokens t, int k) {
    PhraseTable.Hit<Before> h = Qualifiers.BEFORE.match(t, k);
    return h != null && h.value().role() == Role.PLAIN && t.near(h.end()) && WordNumbers.starts(t, h.end());
  }

  /** R8 "over 25 to 1": the amount per one, its qualifier kept. */
  private static Found ratio(Tokens t, int i, Amount a, Before q) {
    Qualifier qualifier = q == null || q.role() != Role.PLAIN ? Qualifier.EXACT : q.qualifier();
    return of(a).withStart(i).withEnd(ratioEnd(t, i, a)).qualified(qualifier, a.value())
        .withForm(Form.RATIO, java.util.List.of());
  }

  /**
   * R8 the end of "to 1" or "-to-1" after a plain amount above one ("33 to 1", "a 33-to-1
   * ratio"), or -1; a vote ("voted 9 to 1") is two counts.
   */
  private static int ratioEnd(Tokens t, int i, Amount a) {
    if (!a.plainCount() || a.value().compareTo(java.math.BigDecimal.ONE) <= 0) {
      return -1;
    }
    int k = a.end();
    int e = -1;
    if (t.is(k, "to") && t.spaced(k) && t.isExactly(k + 1, "1") && t.spaced(k + 1) && t.boundary(k + 2)) {
      e = k + 2;
    } else if (t.isSym(k, '-') && t.glued(k) && t.is(k + 1, "to") && t.glued(k + 1) && t.isSym(k + 2, '-')
        && t.glued(k + 2) && t.isExactly(k + 3, "1") && t.glued(k + 3) && t.boundary(k + 4)) {
      e = k + 4;
    }
    for (int b = i - 1; e > 0 && b >= Math.max(0, i - 3); b--) {
      if (t.isAnyOf(b, "voted", "vote", "votes", "ballot", "ballots")) {
        return -1;
      }
    }
    return e;
  }

  /** The amount {@code a} as an EXACT expression (a FRACTION when its number is one). */
  static Found of(Amount a) {
    return Found.of(a.num().fraction() ? Kind.FRACTION : Kind.CARDINAL, a.start(), a.end(),
        a.numStart(), a.numEnd(), a.value()).withUnit(a.unitName());
  }

  private static boolean bareOne(Tokens t, Amount a) {
    return a.unitName() == null && !a.prefixCurrency() && a.num().end() == a.num().start() + 1
        && t.is(a.num().start(), "one");
  }

  /** X9 "the one you mentioned", "one of the", "no one", "one another", "today's one". */
  private static boolean pronounOne(Tokens t, int k) {
    if (t.get(Vocabulary.PRONOUN_BEFORE, k - 1) != null && t.near(k)) {
      return true;
    }
    if (t.isSym(k - 1, '\'') && t.is(k - 2, "s")) {
      return true;
    }
    if (t.near(k + 1) && t.get(Vocabulary.PRONOUN_AFTER, k + 1) != null) {
      return !(t.is(k + 1, "of") && t.near(k + 2) && WordNumbers.starts(t, k + 2));
    }
    return false;
  }
}
