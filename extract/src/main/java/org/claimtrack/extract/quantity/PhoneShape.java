package org.claimtrack.extract.quantity;

/**
 * X6 PHONE: "+1-222-2222/2222", "(555) 123-4567", "555-123-4567": digit groups joined by dashes,
 * dots or slashes (three or more groups with at least 9 digits, dashed or with a 4-digit group),
 * or after "+" (8 digits or more) or a bracketed area code (9 or more), where single spaces may
 * also separate groups.
 */
final class PhoneShape {
  private PhoneShape() {}

  static Found at(Tokens t, int i) {
    Found trunk = trunkDialled(t, i);
    if (trunk != null) {
      return trunk;
    }
    int k = i;
    boolean plus = false;
    boolean paren = false;
    if (t.isSym(k, '+')) {
      if (!(t.isDigits(k + 1) && t.glued(k + 1))
          || t.glued(k) && (t.isWord(k - 1) || t.isDigits(k - 1))) {
        return null;
      }
      plus = true;
      k++;
    }
    if (t.isSym(k, '(')) {
      if (!bracketedAreaCode(t, k)) {
        return null;
      }
      paren = true;
    }
    if (!plus && !paren && !t.isDigits(k)) {
      return null;
    }
    int groups = 0;
    int digits = 0;
    boolean dash = false;
    boolean dot = false;
    boolean longGroup = false;
    int last = k;
    while (k < t.n) {
      if (t.isSym(k, '(') && t.isDigits(k + 1) && t.glued(k + 1) && t.isSym(k + 2, ')')
          && t.glued(k + 2) && (k == i || t.near(k))) {
        groups++;
        digits += t.len(k + 1);
        last = k + 2;
        k += 3;
      } else if (t.isDigits(k)) {
        groups++;
        digits += t.len(k);
        longGroup |= t.len(k) >= 4;
        last = k;
        k++;
      } else {
        break;
      }
      if (t.isSymIn(k, "-./") && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)) {
        dash |= t.ch(k) != '.';
        dot |= t.ch(k) == '.';
        k++;
      } else if (t.isSymIn(k, "-") && t.spaced(k) && t.isDigits(k + 1) && t.spaced(k + 1)
          && (plus || paren)) {
        k++;
      } else if (!((plus || paren) && t.singleSpace(k) && (t.isDigits(k) || t.isSym(k, '(')))) {
        break; // only a single space separates groups of an international or bracketed number
      }
    }
    if (groups < 2 || !t.boundary(last + 1)) {
      return null;
    }
    boolean ok = plus && digits >= 8
        || paren && digits >= 9
        || groups >= 3 && digits >= 9 && (dash || dot && longGroup);
    return ok ? Found.of(Kind.PHONE, i, last + 1, i, last + 1, null) : null;
  }

  /**
   * "0845 46 47", "020 7946 0958": a trunk prefix (a leading 0, 3 to 5 digits) and two or more
   * groups of 2 to 4 digits after single spaces, 8 digits or more in all.
   */
  private static Found trunkDialled(Tokens t, int i) {
    if (!t.leadingZero(i) || t.len(i) < 3 || t.len(i) > 5 || t.glued(i) && !t.isSym(i - 1, '(')) {
      return null;
    }
    int k = i + 1;
    int digits = t.len(i);
    int groups = 1;
    while (t.isDigits(k) && t.singleSpace(k) && t.len(k) >= 2 && t.len(k) <= 4) {
      digits += t.len(k);
      groups++;
      k++;
    }
    if (groups < 3 || digits < 8 || !t.boundary(k)) {
      return null;
    }
    return Found.of(Kind.PHONE, i, k, i, k, null);
  }

  /** "(555) 123": a bracketed group of up to 4 digits followed by more digits. */
  private static boolean bracketedAreaCode(Tokens t, int k) {
    return t.isDigits(k + 1) && t.glued(k + 1) && t.len(k + 1) <= 4 && t.isSym(k + 2, ')')
        && t.glued(k + 2) && t.isDigits(k + 3) && t.near(k + 3);
  }
}
