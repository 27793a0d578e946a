package org.claimtrack.extract.quantity;

/**
 * X8 VERSION_OR_CODE after a version word ({@code quantity-version-words.txt}): "version 2",
 * "iOS 17", "Android 14.1", "v2", "v1.2.3" ("v" glued, the others spaced).
 */
final class VersionShape {
  private VersionShape() {}

  static Found at(Tokens t, int i) {
    if (!(t.isDigits(i + 1) && (t.glued(i + 1) ? t.isAnyOf(i, "v") : t.spaced(i + 1) && !t.isAnyOf(i, "v"))
        && t.get(Vocabulary.VERSION_WORDS, i) != null)) {
      return null;
    }
    int k = i + 2;
    while (t.isSym(k, '.') && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)) {
      k += 2;
    }
    return Found.of(Kind.VERSION_OR_CODE, i, k, i + 1, k, null);
  }
}
