package org.claimtrack.extract.quantity;

/** U1 a percentage written before its number: "percent of 10", "per cent of twenty-two". */
final class ReversedPercentShape {
  private ReversedPercentShape() {}

  static Found at(Tokens t, int i) {
    if (!(t.isAnyOf(i + 1, "of", "cent") && t.isAnyOf(i, "percent", "percents", "per", "pct")
        && t.get(Vocabulary.NUMBER_WORDS, i - 1) == null && !t.isDigits(i - 1) && !t.isSym(i - 1, '%'))) {
      return null;
    }
    int k = i + 1;
    if (t.is(i, "per")) {
      if (!(t.is(k, "cent") && t.near(k))) {
        return null;
      }
      k++;
    }
    if (!(t.is(k, "of") && t.near(k) && t.near(k + 1))) {
      return null;
    }
    Num n = WordNumbers.at(t, k + 1);
    if (n == null || n.kind() != null || t.near(n.end()) && Units.SUFFIX.match(t, n.end()) != null) {
      return null;
    }
    return Found.of(Kind.CARDINAL, i, n.end(), n.start(), n.end(), n.value()).withUnit(Units.PERCENT);
  }
}
