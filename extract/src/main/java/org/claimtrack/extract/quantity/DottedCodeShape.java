package org.claimtrack.extract.quantity;

/** X8 VERSION_OR_CODE: digits with two or more dots, "192.168.1.2", "1.2.3", "4.2.1b". */
final class DottedCodeShape {
  private DottedCodeShape() {}

  static Found at(Tokens t, int i) {
    int k = i + 1;
    int dots = 0;
    while (t.isSym(k, '.') && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)) {
      dots++;
      k += 2;
    }
    if (dots < 2) {
      return null;
    }
    while (t.glued(k) && (t.isWord(k) || t.isDigits(k))) {
      k++;
    }
    return Found.of(Kind.VERSION_OR_CODE, i, k, i, k, null);
  }
}
