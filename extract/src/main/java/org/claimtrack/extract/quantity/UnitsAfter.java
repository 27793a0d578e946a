package org.claimtrack.extract.quantity;

import org.claimtrack.extract.quantity.Units.Unit;

/**
 * The unit after a number with no currency mark before it (package-info U1-U3): "km", "-inch",
 * "(kg)", "%", "dollars", "361 million pounds" (sterling); then what a unit may carry on with
 * (U2 "3 dollars 50 cents", U3 "5 feet 2 inches", U4 rates). Without a unit: "2 in thick" (inch),
 * "2.1 pm" (picometres), "3 points" in a margin of error, "half an hour".
 */
final class UnitsAfter {
  private UnitsAfter() {}

  static Amount read(Tokens t, Amount a) {
    int k = a.end();
    Num n = a.num();
    if (k >= t.n) {
      return a;
    }
    PhraseTable.Hit<Unit> hit = null;
    int uStart = -1;
    int close = -1;
    if (t.isSymIn(k, "-‐") && t.glued(k) && t.isWord(k + 1) && t.glued(k + 1)) {
      hit = hyphenated(t, k); // "10-mile", "5-kg"
      uStart = k + 1;
    } else if (t.isSymIn(k, "([{<") && t.near(k) && t.glued(k + 1)) {
      PhraseTable.Hit<Unit> h = Units.SUFFIX.match(t, k + 1);
      char open = t.ch(k);
      char want = open == '(' ? ')' : open == '[' ? ']' : open == '{' ? '}' : '>';
      if (h != null && t.isSym(h.end(), want) && t.glued(h.end()) && h.value().measure()) {
        hit = h; // "5 (kg)"
        uStart = k + 1;
        close = h.end() + 1;
      }
    } else if (t.near(k)) {
      hit = Units.SUFFIX.match(t, k);
      uStart = k;
    }
    if (hit != null && close < 0 && uStart == k && !gapOk(t, hit, n, k)) {
      hit = null;
    }
    if (hit == null) {
      return withoutUnit(t, a);
    }
    Unit u = Amounts.poundsWithScale(hit.value(), n);
    a = a.withUnit(u).withEnd(close > 0 ? close : hit.end());
    if (u.currency()) {
      a = CompoundUnits.currencyTail(t, a);
    } else if (u.name().equals("foot")) {
      a = CompoundUnits.feetInches(t, a);
    }
    return !u.currency() || u.unscaled() ? CompoundUnits.rate(t, a) : a;
  }

  /** A measure or currency hyphenated after the number at the hyphen k ("10-mile"); or null. */
  private static PhraseTable.Hit<Unit> hyphenated(Tokens t, int k) {
    PhraseTable.Hit<Unit> hit = Units.SUFFIX.match(t, k + 1);
    if (hit == null) {
      return null;
    }
    int e = hit.end();
    boolean ends = t.isWord(e - 1) && t.boundary(e) || t.isSym(e - 1) || t.isSymIn(e, "-") && t.glued(e);
    if (!ends || !hit.value().measure() && !hit.value().currency()) {
      return null;
    }
    return hit;
  }

  /** Whether a unit may follow the number at k given the gap and the unit's shape. */
  private static boolean gapOk(Tokens t, PhraseTable.Hit<Unit> hit, Num n, int k) {
    int e = hit.end();
    if (e < t.n && t.glued(e) && (t.isWord(e) || t.isDigits(e))) {
      return false;
    }
    if (t.isSym(e, '.') && t.glued(e) && t.isDigits(e + 1) && t.glued(e + 1)) {
      return false;
    }
    if (t.isSymIn(e, "-") && t.glued(e) && t.isDigits(e + 1) && t.glued(e + 1)) {
      return false;
    }
    boolean glued = t.glued(k);
    if (glued && (t.isExactly(k, "s") || t.get(Vocabulary.NEVER_GLUED_UNITS, k) != null)) {
      return false;
    }
    if (n.words() && !n.digits() && n.scale() == null && t.get(Vocabulary.NEVER_GLUED_UNITS, k) != null) {
      return false; // "Air Force One won't": a verb, not Korean money
    }
    if (t.isExactly(k, "p") && !glued) {
      return false;
    }
    if (hit.end() == k + 1 && t.isWord(k) && t.len(k) == 1 && !glued) {
      // spaced single letters: "5 m", "20 C", but not "5 m." of an abbreviation like "m.p.h."
      if (t.isSym(k + 1, '.') && t.glued(k + 1) && t.isWord(k + 2) && t.glued(k + 2)) {
        return false;
      }
      if (n.words()) {
        return false;
      }
    }
    if ((t.isExactly(k, "C") || t.isExactly(k, "F")) && n.words()) {
      return false;
    }
    // "pp." abbreviates pages
    return !(t.isExactly(k, "pp") && t.isSym(k + 1, '.'));
  }

  /** U1, U3, W5 without a unit word: "2 in thick", "2.1 pm", "3 points" of a margin, "half an hour". */
  private static Amount withoutUnit(Tokens t, Amount a) {
    int k = a.end();
    Num n = a.num();
    if (!t.near(k)) {
      return a;
    }
    if (t.is(k, "in") && n.digits() && !n.words() && t.spaced(k)) {
      int e = k + 1;
      if (t.isSym(e, '.') && t.glued(e) && (e + 1 >= t.n || !t.near(e + 1) || t.isSym(e + 1)
          || t.capitalized(e + 1))) {
        return a.withUnit(Units.INCH).withEnd(e + 1); // "2 in."
      }
      if (e >= t.n || !t.near(e) || t.isSymIn(e, ",;:()[]!?.") || t.get(Vocabulary.INCH_CONTEXT, e) != null) {
        return a.withUnit(Units.INCH).withEnd(e); // "2 in thick"
      }
    }
    if (t.isAnyOf(k, "pm", "am") && !n.plainInt() && n.digits() && t.boundary(k + 1)) {
      String name = t.is(k, "pm") ? "picometre" : "attometre";
      return a.withUnit(new Unit(name, java.math.BigDecimal.ONE, Units.Category.LENGTH)).withEnd(k + 1);
    }
    if (t.isAnyOf(k, "points", "point", "pts", "pt") && t.boundary(k + 1) && marginContext(t, a.start())) {
      return a.withUnit(new Unit(Units.PERCENTAGE_POINTS, java.math.BigDecimal.ONE, Units.Category.PERCENT))
          .withEnd(k + 1);
    }
    if (n.halfWord() && t.isAnyOf(k, "a", "an") && t.near(k + 1)) {
      PhraseTable.Hit<Unit> u = Units.SUFFIX.match(t, k + 1);
      if (u != null && u.value().measure() && t.boundary(u.end())) {
        return a.withUnit(u.value()).withEnd(u.end()); // "half an hour"
      }
    }
    return a;
  }

  /** True when a margin of error is being stated just before token i ("margin of error ±3 points"). */
  private static boolean marginContext(Tokens t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
      if (t.isSymIn(k, ".!?;") || t.lineBreakBefore(k + 1)) {
        return false;
      }
      if (t.is(k, "margin") || t.isSymIn(k, "±") || t.is(k, "minus") && t.is(k - 2, "plus")
          || t.isSym(k, '/') && t.isSym(k - 1, '+') && t.isSym(k + 1, '-')) {
        return true;
      }
    }
    return false;
  }
}
