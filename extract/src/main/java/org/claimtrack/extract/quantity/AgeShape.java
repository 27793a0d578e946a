package org.claimtrack.extract.quantity;

import java.math.BigDecimal;

/**
 * X5 AGE (the age is the value): "Smith, 45, said", "aged 45", "ages 55 to 65", "a 34-year-old",
 * "thirty years old" (a qualifier before it stays: "more than thirty years old"). Decades of life
 * ("in his 70s") are {@link DecadeShape}'s.
 */
final class AgeShape {
  private static final BigDecimal OLDEST = BigDecimal.valueOf(130);

  private AgeShape() {}

  /**
   * "Smith, 45, said": a small number between commas right after a capitalized word (not the
   * first group of a thousands number: "the Database, 8,668 fires").
   */
  static Found appositive(Tokens t, int i) {
    long v = t.digitsValue(i);
    if (t.len(i) > 3 || v < 1 || v > 120) {
      return null;
    }
    if (t.isSym(i - 1, ',') && t.glued(i - 1) && t.spaced(i) && t.capitalized(i - 2)
        && t.isSym(i + 1, ',') && t.glued(i + 1) && !(t.isDigits(i + 2) && t.glued(i + 2))
        && t.get(Vocabulary.MONTHS, i - 2) == null && t.get(Vocabulary.WEEKDAYS, i - 2) == null
        && t.get(Vocabulary.NOT_DESIGNATION, i - 2) == null) {
      return Found.of(Kind.AGE, i, i + 1, i, i + 1, BigDecimal.valueOf(v));
    }
    return null;
  }

  /** "aged 45", "ages 55 to 65", "age 30-40" at the word i. */
  static Found afterAgeWord(Tokens t, int i) {
    if (!(t.isDigits(i + 1) && t.spaced(i + 1) && t.len(i + 1) <= 3
        && t.get(Vocabulary.AGE_WORDS, i) != null && t.boundary(i + 2))) {
      return null;
    }
    long v = t.digitsValue(i + 1);
    if (v > 130) {
      return null;
    }
    int k = i + 2;
    boolean joiner = t.isAnyOf(k, "to", "and") && t.near(k) || t.isSymIn(k, "-–") && t.glued(k);
    if (joiner && t.isDigits(k + 1) && t.len(k + 1) <= 3 && (t.near(k + 1) || t.glued(k + 1))
        && t.boundary(k + 2) && t.digitsValue(k + 1) > v && t.digitsValue(k + 1) <= 130) {
      return Found.range(Kind.AGE, i, k + 2, i + 1, k + 2, BigDecimal.valueOf(v),
          BigDecimal.valueOf(t.digitsValue(k + 1)));
    }
    return Found.of(Kind.AGE, i, i + 2, i + 1, i + 2, BigDecimal.valueOf(v));
  }

  /** "45-year-old", "45 years old" after the number {@code n}. */
  static Found afterNumber(Tokens t, Num n) {
    int k = n.end();
    if (n.fraction() || n.value().signum() <= 0 || n.value().compareTo(OLDEST) > 0) {
      return null;
    }
    if (t.isSym(k, '-') && t.glued(k) && t.isAnyOf(k + 1, "year", "years") && t.glued(k + 1)
        && t.isSym(k + 2, '-') && t.glued(k + 2) && t.is(k + 3, "old") && t.glued(k + 3)) {
      return Found.of(Kind.AGE, n.start(), k + 4, n.start(), n.end(), n.value());
    }
    if (t.isAnyOf(k, "years", "year") && t.near(k) && t.is(k + 1, "old") && t.near(k + 1)) {
      return Found.of(Kind.AGE, n.start(), k + 2, n.start(), n.end(), n.value());
    }
    return null;
  }
}
