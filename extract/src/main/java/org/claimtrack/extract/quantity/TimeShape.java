package org.claimtrack.extract.quantity;

/**
 * X3 TIME: "10 a.m.", "6pm", "10:30", "10:30:15", "22:00 GMT", "0800 GMT", "10 o'clock", "5.30pm".
 * A pair "h:mm" that is no clock time is a code or ratio (X8: "3:1"). A spelled "2 pm" is a time,
 * not picometres.
 */
final class TimeShape {
  private TimeShape() {}

  static Found at(Tokens t, int i) {
    long h = t.digitsValue(i);
    int la = t.len(i);
    if (t.isSym(i + 1, ':') && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2)) {
      return colon(t, i, h, la);
    }
    if (la <= 2 && h >= 1 && h <= 12) {
      int k = i + 1;
      if (t.isSym(k, '.') && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1) && t.len(k + 1) == 2
          && t.digitsValue(k + 1) < 60) {
        k += 2; // "5.30pm"
      }
      if (t.near(k)) {
        int ap = amPm(t, k);
        if (ap > 0) {
          return Found.of(Kind.TIME, i, timezone(t, ap, ap), i, k, null);
        }
      }
      if (k == i + 1 && t.is(k, "o") && t.isSymIn(k + 1, "'’") && t.is(k + 2, "clock")
          && t.spaced(k)) {
        return Found.of(Kind.TIME, i, k + 3, i, i + 1, null);
      }
    }
    if (la == 4 && h % 100 < 60 && h / 100 <= 23 && t.boundary(i + 1)) {
      int e = timezone(t, i + 1, -1); // military time needs its zone: "0800 GMT"
      if (e > 0) {
        return Found.of(Kind.TIME, i, e, i, i + 1, null);
      }
    }
    return null;
  }

  /** "10:30", "22:00:15 GMT", "9:45 p.m."; other "a:bb" pairs are codes. */
  private static Found colon(Tokens t, int i, long h, int la) {
    long m = t.digitsValue(i + 2);
    if (la <= 2 && h <= 24 && t.len(i + 2) == 2 && m < 60) {
      int k = i + 3;
      if (t.isSym(k, ':') && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)
          && t.len(k + 1) == 2) {
        k += 2;
      }
      int e = k;
      int ap = amPm(t, k);
      if (ap > 0 && t.near(k)) {
        e = ap;
      }
      e = timezone(t, e, e);
      return Found.of(Kind.TIME, i, e, i, k, null);
    }
    if (t.boundary(i + 3)) {
      return Found.of(Kind.VERSION_OR_CODE, i, i + 3, i, i + 3, null);
    }
    return null;
  }

  /** End of an "am"/"pm"/"a.m."/"p.m." marker starting at k, or -1. */
  static int amPm(Tokens t, int k) {
    if (t.isAnyOf(k, "am", "pm") && t.boundary(k + 1)) {
      if (t.isSym(k + 1, '.') && t.glued(k + 1) && !t.isWord(k + 2)) {
        return k + 2;
      }
      return k + 1;
    }
    if (t.isAnyOf(k, "a", "p") && t.isSym(k + 1, '.') && t.glued(k + 1) && t.is(k + 2, "m")
        && t.glued(k + 2)) {
      if (t.isSym(k + 3, '.') && t.glued(k + 3)) {
        return k + 4;
      }
      return t.boundary(k + 3) ? k + 3 : -1;
    }
    return -1;
  }

  /** The end after a time-zone word at k ("GMT"), else {@code end}. */
  private static int timezone(Tokens t, int k, int end) {
    if (t.spaced(k) && t.allUpper(k) && t.get(Vocabulary.TIMEZONES, k) != null && t.boundary(k + 1)) {
      return k + 1;
    }
    return end;
  }
}
