package org.claimtrack.extract.quantity;

/**
 * X7 NAME_PART and glued codes (X8):
 * <ul>
 *   <li>digits glued to letters that are no suffix we know ("G7", "4G", "3D", "A380", "MH17",
 *       "777-200LR", "06F6"): {@link #chain};
 *   <li>letters-hyphen-digits ("F-16", "COVID-19", "Su-34", "SCP-173");
 *   <li>sizes and resolutions "4x4", "1920×1080" (VERSION_OR_CODE);
 *   <li>a number after a capitalized word inside a sentence, or after a known designation word
 *       at its start ("Boeing 737", "Apollo 11", "Route 66", "No. 10"), unless a plural noun,
 *       unit or "%" follows ("Russia Deploys 500 Troops"): {@link #designation}.
 * </ul>
 */
final class NameShape {
  private NameShape() {}

  /**
   * A name or code made of glued letters, digits and joiners starting at token start ("G7",
   * "LGA1156", "F-16", "COVID-19", "I7-860BOX"); null when it holds no digits.
   */
  static Found chain(Tokens t, int start) {
    int k = start;
    int firstDigits = -1;
    int lastDigits = -1;
    while (k < t.n && (k == start || t.glued(k))) {
      if (t.isDigits(k)) {
        if (firstDigits < 0) {
          firstDigits = k;
        }
        lastDigits = k;
        k++;
      } else if (t.isWord(k)) {
        k++;
      } else if (t.isSymIn(k, "-._+/") && t.glued(k + 1) && (t.isWord(k + 1) || t.isDigits(k + 1))
          && k > start) {
        k++;
      } else {
        break;
      }
    }
    if (firstDigits < 0) {
      return null;
    }
    return Found.of(Kind.NAME_PART, start, k, firstDigits, lastDigits + 1, null);
  }

  /** Digits at i glued to letters after them that are no suffix we know ("4G", "320x240"). */
  static Found gluedCode(Tokens t, int i) {
    int k = i + 1;
    if ((t.isAnyOf(k, "x") || t.isSym(k, '×')) && t.glued(k) && t.isDigits(k + 1)
        && t.glued(k + 1) && !(t.isSymIn(k + 2, "^-−") && t.glued(k + 2))) {
      // a size or resolution "4x4", "1920×1080"; "8x2^10" is a power (N4)
      int e = k + 2;
      while ((t.isAnyOf(e, "x") || t.isSym(e, '×')) && t.glued(e) && t.isDigits(e + 1)
          && t.glued(e + 1)) {
        e += 2;
      }
      return Found.of(Kind.VERSION_OR_CODE, i, e, i, e, null);
    }
    if (t.isSymIn(k, "-") && t.glued(k) && t.isDigits(k + 1) && t.glued(k + 1)
        && t.isWord(k + 2) && t.glued(k + 2) && !knownSuffix(t, k + 1, k + 2)) {
      return chain(t, i); // "777-200LR"
    }
    if (!(t.isWord(k) && t.glued(k)) || knownSuffix(t, i, k)) {
      return null;
    }
    return chain(t, i);
  }

  /**
   * True when the word k glued after the digits i is a suffix the grammar reads: an ordinal
   * (X4), decade "s", "am"/"pm" (X3), an exponent (N4), a multiplier (N6; "5G" is a name), a
   * currency code or unit (U1-U3), a number word.
   */
  private static boolean knownSuffix(Tokens t, int i, int k) {
    if (t.isAnyOf(k, "st", "nd", "rd", "th", "s", "am", "pm") || t.isAnyOf(k, "x")) {
      return true;
    }
    if (t.isExactly(k, "e") || t.isExactly(k, "E")) {
      // an exponent ("1e10", "4e-3"), not a name like "7E7"
      return t.glued(k + 1)
          && (t.isSymIn(k + 1, "+-−") || t.isDigits(k + 1) && t.len(k + 1) >= 2);
    }
    if (t.get(Numeral.GLUED_MULTIPLIERS, k) != null) {
      return !(t.isExactly(k, "G") && t.len(i) == 1 && !t.isSym(i - 1, '.'));
    }
    if (t.get(Units.CODES, k) != null || t.get(Vocabulary.NUMBER_WORDS, k) != null) {
      return true;
    }
    if (t.is(k, "mil") || t.is(k, "lakh") || t.is(k, "crore")) {
      return true;
    }
    PhraseTable.Hit<Units.Unit> u = Units.SUFFIX.match(t, k);
    return u != null && t.boundary(u.end());
  }

  /** "Boeing 737", "Apollo 11", "Route 66", "No. 10": a number right after a name word. */
  static Found designation(Tokens t, int i) {
    if (t.isSym(i - 1, '.') && t.spaced(i) && t.glued(i - 1) && (t.isExactly(i - 2, "No")
        || t.isExactly(i - 2, "Nos") || t.isExactly(i - 2, "NO"))) {
      return Found.of(Kind.NAME_PART, i - 2, i + 1, i, i + 1, null); // "No. 10"
    }
    int p = i - 1;
    if (t.get(Vocabulary.DESIGNATIONS_LOWER_CASE, p) != null && t.allLower(p) && t.singleSpace(i)) {
      return lowerCaseDesignation(t, p, i); // "grades 6 to 13", "chapter 11"
    }
    if (!(t.hasUpper(p) && t.spaced(i) && t.singleSpace(i)) || neverADesignation(t, p)) {
      return null;
    }
    boolean known = t.get(Vocabulary.DESIGNATIONS, p) != null;
    if (!known && t.sentenceStart(p)) {
      return null;
    }
    if (t.isSym(i + 1, ',') && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2)
        && t.len(i + 2) == 3) {
      return null; // "Russia 1,000": thousands
    }
    int e = i + 1;
    if (t.isSym(e, '.') && t.glued(e) && t.isDigits(e + 1) && t.glued(e + 1)) {
      e += 2;
    }
    if (!known && (Peek.countNoun(t, e) || Peek.unitOrScale(t, e) || t.isSym(e, '%'))) {
      return null;
    }
    while (e < t.n && t.glued(e) && (t.isWord(e) || t.isDigits(e)
        || t.isSymIn(e, "-") && t.glued(e + 1) && (t.isDigits(e + 1) || t.isWord(e + 1)))) {
      e++;
    }
    return Found.of(Kind.NAME_PART, p, e, i, i + 1, null);
  }

  /**
   * "Air Force One", "the Big Three automakers", "Formula One": a capitalized number word right
   * after a capitalized word inside a sentence, not followed by another capitalized word (a
   * headline's "Deploys Three Brigades" counts).
   */
  static Found namedNumberWord(Tokens t, int i) {
    NumberWord w = t.get(Vocabulary.NUMBER_WORDS, i);
    if (w == null || !t.capitalized(i) || w.type() != NumberWord.Type.UNIT
        && w.type() != NumberWord.Type.TEEN && w.type() != NumberWord.Type.TENS) {
      return null;
    }
    int p = i - 1;
    boolean first = p <= 0 || t.lineBreakBefore(p) || t.isSymIn(p - 1, ".!?:;");
    if (!(t.capitalized(p) && t.singleSpace(i)) || first || neverADesignation(t, p)
        || t.capitalized(i + 1) && t.near(i + 1) || t.isSymIn(i + 1, "-‐") && t.glued(i + 1)) {
      return null;
    }
    return Found.of(Kind.NAME_PART, i, i + 1, i, i + 1, null);
  }

  /** "grades 6 to 13", "sections 4-6", "chapter 11" (not before a unit or "%": "section 5 km"). */
  private static Found lowerCaseDesignation(Tokens t, int p, int i) {
    if (Peek.unitOrScale(t, i + 1) || t.isSym(i + 1, '%') || !t.boundary(i + 1)) {
      return null;
    }
    int e = i + 1;
    boolean plural = t.lower(p).endsWith("s");
    if (plural && (t.isAnyOf(e, "to", "through", "and") && t.near(e) || t.isSymIn(e, "-–") && t.glued(e))
        && t.isDigits(e + 1) && t.boundary(e + 2)) {
      e += 2;
    }
    return Found.of(Kind.NAME_PART, p, e, i, e, null);
  }

  /** Capitalized words that never name: function words, months, weekdays, currencies, numbers. */
  private static boolean neverADesignation(Tokens t, int p) {
    return t.get(Vocabulary.NOT_DESIGNATION, p) != null || t.get(Vocabulary.MONTHS, p) != null
        || t.get(Vocabulary.WEEKDAYS, p) != null || t.get(Units.CODES, p) != null
        || t.get(Vocabulary.NUMBER_WORDS, p) != null || Units.CURRENCY_PREFIX.match(t, p) != null;
  }
}
