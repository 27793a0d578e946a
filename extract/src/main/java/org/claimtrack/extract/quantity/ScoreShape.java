package org.claimtrack.extract.quantity;

/**
 * X8 VERSION_OR_CODE: scores and tallies written high-low, "3-1", "218-214", "2-2": a dash pair
 * whose second number is not larger (a range runs upwards, R1); and score boards "0 : 0" (two
 * small numbers around a spaced colon).
 */
final class ScoreShape {
  private ScoreShape() {}

  static Found at(Tokens t, int i) {
    if (t.isSym(i + 1, ':') && t.spaced(i + 1) && t.isDigits(i + 2) && t.spaced(i + 2)
        && t.len(i) <= 2 && t.len(i + 2) <= 2 && t.boundary(i + 3)) {
      return Found.of(Kind.VERSION_OR_CODE, i, i + 3, i, i + 3, null);
    }
    if (t.isSymIn(i + 1, "-–") && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2)
        && t.len(i + 2) <= t.len(i) && t.boundary(i + 3)
        && !(t.isSymIn(i - 1, "-–") && t.glued(i))
        && !(t.isSym(i + 3, '.') && t.glued(i + 3) && t.isDigits(i + 4))
        && t.digitsValue(i) >= t.digitsValue(i + 2)) {
      return Found.of(Kind.VERSION_OR_CODE, i, i + 3, i, i + 3, null);
    }
    return null;
  }
}
