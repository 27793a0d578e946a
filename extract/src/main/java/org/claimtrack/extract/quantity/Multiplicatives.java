package org.claimtrack.extract.quantity;

import org.claimtrack.domain.Qualifier;
import org.claimtrack.extract.quantity.Qualifiers.Before;
import org.claimtrack.extract.quantity.Qualifiers.Role;

/**
 * R7 multiplicatives, one EXACT (or APPROXIMATELY) product: "two brigades of 6,000 people each",
 * "three ships of about 200 tonnes apiece". Up to four noun words on each side; the closing
 * "each" or "apiece" is required.
 */
final class Multiplicatives {
  private static final int MAX_NOUN_WORDS = 4;

  private Multiplicatives() {}

  /** The product continuing the single expression {@code o} of amount {@code a}; or null. */
  static Found after(Tokens t, Found o, Amount a) {
    if (!a.plainCount() || a.num().fraction() || o.qualifier() != Qualifier.EXACT
        && o.qualifier() != Qualifier.APPROXIMATELY || o.end() != a.end()
        || a.value().signum() <= 0 || a.value().stripTrailingZeros().scale() > 0) {
      return null;
    }
    int k = nounWords(t, a.end(), false);
    if (k == a.end() || !(t.is(k, "of") && t.near(k)) || !t.near(k + 1)) {
      return null;
    }
    int m = k + 1;
    Qualifier mq = Qualifier.EXACT;
    PhraseTable.Hit<Before> qh = Qualifiers.BEFORE.match(t, m);
    if (qh != null && qh.value().role() == Role.PLAIN
        && qh.value().qualifier() == Qualifier.APPROXIMATELY && t.near(qh.end())) {
      mq = Qualifier.APPROXIMATELY;
      m = qh.end();
    }
    Amount z = Amounts.at(t, m);
    if (z == null || z.special() != null || z.num().fraction()) {
      return null;
    }
    int e = nounWords(t, z.end(), true);
    if (!(t.isAnyOf(e, "each", "apiece") && t.near(e))) {
      return null;
    }
    Qualifier q = o.qualifier() == Qualifier.APPROXIMATELY || mq == Qualifier.APPROXIMATELY
        ? Qualifier.APPROXIMATELY : Qualifier.EXACT;
    return Found.of(Kind.CARDINAL, o.start(), e + 1, a.numStart(), z.numEnd(), null)
        .withUnit(z.unitName()).qualified(q, a.value().multiply(z.value()))
        .withForm(Form.PRODUCT, java.util.List.of());
  }

  /** The end of up to four noun words from k (hyphenated ones count once); stops at "each" if asked. */
  private static int nounWords(Tokens t, int k, boolean stopAtEach) {
    int words = 0;
    while (words < MAX_NOUN_WORDS && t.isWord(k) && t.near(k)
        && !(stopAtEach && t.isAnyOf(k, "each", "apiece"))
        && t.get(Vocabulary.NOT_NOUN, k) == null && Peek.word(t, k) == null) {
      k++;
      words++;
      while (t.isSym(k, '-') && t.glued(k) && t.isWord(k + 1) && t.glued(k + 1)) {
        k += 2;
      }
    }
    return k;
  }
}
