package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import org.claimtrack.extract.quantity.NumberWord.Type;
import org.claimtrack.extract.quantity.Units.Category;
import org.claimtrack.extract.quantity.Units.Unit;

/**
 * What a unit carries on with: a scale or minor currency after money (U2 "75 USD million", "3
 * dollars 50 cents"), inches after feet (U3 "5 feet 2 inches"), and a rate (U4 "$15.4/hour",
 * "$350 per kg", "500,000 barrels a day").
 */
final class CompoundUnits {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private CompoundUnits() {}

  /** U2 "75 USD million", "3 dollars 50 cents", "thirteen dollars and forty-five cents". */
  static Amount currencyTail(Tokens t, Amount a) {
    int k = a.end();
    if (!t.near(k)) {
      return a;
    }
    NumberWord s = Peek.word(t, k);
    if (s != null && s.type() == Type.SCALE && !s.plural() && a.num().scale() == null
        && a.unit().unscaled()) {
      return a.withValue(a.value().multiply(s.decimal()), k + 1);
    }
    if (!a.unit().unscaled() || a.num().scale() != null || a.num().fraction()) {
      return a;
    }
    int j = k;
    if (t.is(j, "and") && t.near(j + 1)) {
      j++;
    }
    if (!WordNumbers.starts(t, j) || t.isAnyOf(j, "a", "an") || t.isSymIn(j, "-−+")) {
      return a;
    }
    Num m = WordNumbers.at(t, j);
    if (m == null || m.kind() != null || m.fraction() || m.scale() != null || !t.boundary(m.end())
        || m.value().signum() <= 0 || m.value().compareTo(HUNDRED) >= 0
        || m.value().stripTrailingZeros().scale() > 0) {
      return a;
    }
    int e = m.end();
    if (t.near(e) && t.get(Vocabulary.MINOR_CURRENCY, e) != null) {
      e++;
    } else if (t.near(e) && (Vocabulary.pluralNoun(t, e) || Units.SUFFIX.match(t, e) != null
        || t.get(Vocabulary.NUMBER_WORDS, e) != null || t.is(e, "percent"))) {
      return a; // "$5 and 20 people": another count
    } else if (m.words() && t.near(e) && t.isWord(e) && !t.is(e, "and")
        && !t.isAnyOf(e, "more", "less", "only", "each")) {
      return a;
    }
    return a.withValue(a.value().add(m.value().divide(HUNDRED, Numeral.MC)), e);
  }

  /** U3 "5 feet 2 inches", "12 ft 2 in", "5 feet and 2 inches". */
  static Amount feetInches(Tokens t, Amount a) {
    int k = a.end();
    if (!t.near(k)) {
      return a;
    }
    int j = t.is(k, "and") && t.near(k + 1) ? k + 1 : k;
    if (!t.isDigits(j) && Peek.type(t, j) == null) {
      return a;
    }
    Num m = WordNumbers.at(t, j);
    if (m == null || m.kind() != null || m.value().signum() <= 0
        || m.value().compareTo(TWELVE) >= 0 || !t.near(m.end())) {
      return a;
    }
    int e = m.end();
    if (!t.isAnyOf(e, "inch", "inches", "in")) {
      return a;
    }
    e++;
    if (t.isSym(e, '.') && t.glued(e) && t.is(e - 1, "in")) {
      e++;
    }
    return a.withValue(a.value().add(m.value().divide(TWELVE, Numeral.MC)), e);
  }

  /** U4 "$15.4/hour", "$350 per kg", "500,000 barrels a day" ("$1.17 billion a year earlier" is none). */
  static Amount rate(Tokens t, Amount a) {
    int k = a.end();
    if (a.unit() == null || a.unit().category() == Category.PERCENT || k >= t.n) {
      return a;
    }
    int u;
    boolean article = false;
    if (t.isSym(k, '/') && t.glued(k) && t.glued(k + 1)) {
      u = k + 1;
    } else if (t.is(k, "per") && t.near(k) && t.near(k + 1)) {
      u = k + 1;
    } else if (t.isAnyOf(k, "a", "an") && t.near(k) && t.near(k + 1)) {
      u = k + 1;
      article = true;
    } else {
      return a;
    }
    PhraseTable.Hit<Unit> h = Units.SUFFIX.match(t, u);
    if (h == null || !t.boundary(h.end())) {
      return a;
    }
    if (article && t.near(h.end()) && t.get(Vocabulary.RATE_NOT_BEFORE, h.end()) != null) {
      return a;
    }
    Category c = h.value().category();
    boolean ok = c == Category.TIME || !article && (c == Category.LENGTH || c == Category.MASS
        || c == Category.VOLUME || c == Category.AREA || c == Category.INFORMATION);
    if (!ok || !h.value().unscaled()) {
      return a;
    }
    return a.withUnitName(a.unitName() + " per " + h.value().name(), h.end());
  }
}
