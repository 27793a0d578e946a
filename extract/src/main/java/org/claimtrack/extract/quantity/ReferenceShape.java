package org.claimtrack.extract.quantity;

/**
 * X11 references that are no figures: footnote markers "[3]" and subsections glued to a name
 * ("Section 956(c)(2)": the "(2)"), read as VERSION_OR_CODE so that the numbers inside are passed
 * over.
 */
final class ReferenceShape {
  private static final int MAX_DIGITS = 3;

  private ReferenceShape() {}

  /** At the digits i. */
  static Found at(Tokens t, int i) {
    if (t.len(i) > MAX_DIGITS || !t.glued(i) || !t.glued(i + 1)) {
      return null;
    }
    boolean footnote = t.isSym(i - 1, '[') && t.isSym(i + 1, ']');
    boolean subsection = t.isSym(i - 1, '(') && t.isSym(i + 1, ')') && t.glued(i - 1)
        && (t.isSym(i - 2, ')') || t.isWord(i - 2) || t.isDigits(i - 2));
    if (!footnote && !subsection) {
      return null;
    }
    return Found.of(Kind.VERSION_OR_CODE, i - 1, i + 2, i, i + 1, null);
  }
}
