package org.claimtrack.extract.quantity;

/** X10: URLs and e-mail addresses ("https://...", "www.x.com", "a@b.org") are skipped whole. */
final class LinkShape {
  private LinkShape() {}

  static Found at(Tokens t, int i) {
    if (t.glued(i + 1) && (t.isSym(i + 1, ':') && t.isAnyOf(i, "http", "https", "ftp")
        || t.isSym(i + 1, '.') && t.is(i, "www")
        || t.isSym(i + 1, '@') && t.isWord(i + 2) && t.glued(i + 2))) {
      int k = i + 1;
      while (k < t.n && t.glued(k)) {
        k++;
      }
      return Found.drop(i, k);
    }
    return null;
  }
}
