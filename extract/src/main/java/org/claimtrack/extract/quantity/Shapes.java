package org.claimtrack.extract.quantity;

/**
 * The shapes tried before a quantity expression, in order: the first that matches wins. Most
 * are not quantities (package-info X1-X10); a few word shapes are (R5, R6, U1).
 */
final class Shapes {
  private Shapes() {}

  /** At digits (or an apostrophe, "+" or "(" before digits): X1-X8. */
  static Found digitShape(Tokens t, int i) {
    if (t.isSymIn(i, "'’‘")) {
      return DecadeShape.apostrophe(t, i); // X2 "'90s"
    }
    if (t.isSym(i, '+') || t.isSym(i, '(')) {
      return PhoneShape.at(t, i); // X6 "+1 ...", "(555) ..."
    }
    if (!t.isDigits(i)) {
      return null;
    }
    if (t.glued(i) && t.isWord(i - 1) && Units.CURRENCY_PREFIX.match(t, i - 1) == null) {
      return NameShape.chain(t, i); // X7 the digits of "MH17" whose letters were passed over
    }
    if (t.glued(i) && t.isSymIn(i - 1, "-−^") && t.glued(i - 1) && t.isWord(i - 2)
        && !(t.glued(i - 2) && t.isDigits(i - 3))) {
      return NameShape.chain(t, i); // X7 "s-1", "m^2": the number of a code or exponent
    }
    Found o;
    if ((o = ReferenceShape.at(t, i)) != null              // X11
        || (o = PhoneShape.at(t, i)) != null               // X6
        || (o = NumericDateShape.at(t, i)) != null         // X1, X2, X8
        || (o = DottedCodeShape.at(t, i)) != null          // X8
        || (o = TimeShape.at(t, i)) != null                // X3
        || (o = CalendarDateShape.dayFirst(t, i)) != null  // X1
        || (o = OrdinalShape.at(t, i)) != null             // X4
        || (o = RankShape.at(t, i)) != null                // X4
        || (o = DecadeShape.at(t, i)) != null              // X2, X5
        || (o = AgeShape.appositive(t, i)) != null         // X5
        || (o = NameShape.gluedCode(t, i)) != null         // X7, X8
        || (o = NameShape.designation(t, i)) != null       // X7
        || (o = YearShape.at(t, i)) != null                // X2
        || (o = ScoreShape.at(t, i)) != null) {            // X8
      return o;
    }
    return null;
  }

  /**
   * At a word: X10 links, X1 dates, X5 ages, X8 versions, X2/X7 words glued to digits, X7 number
   * words in names, R5, R9, R6, U1.
   */
  static Found wordShape(Tokens t, int i) {
    Found o;
    if ((o = LinkShape.at(t, i)) != null) {
      return o;
    }
    if (t.get(Vocabulary.MONTHS, i) != null && (o = CalendarDateShape.monthFirst(t, i)) != null) {
      return o;
    }
    if ((o = AgeShape.afterAgeWord(t, i)) != null || (o = VersionShape.at(t, i)) != null) {
      return o;
    }
    if (t.isSym(i + 1, '.') && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2) && t.len(i) >= 2
        && t.allUpper(i) && !(t.glued(i) && t.isSymIn(i - 1, "."))) {
      return NameShape.chain(t, i); // "XBB.1.5", "BA.2.86", "JN.1": variant names
    }
    if (t.isDigits(i + 1) && t.glued(i + 1) && !(t.glued(i) && t.isDigits(i - 1))) {
      // "FY2024"; "USD115" is money, read by the expression; "G7", "MH17" are names
      if ((o = YearShape.fiscal(t, i)) != null) {
        return o;
      }
      if (t.get(Units.CODES, i) != null || t.isAnyOf(i, "rs", "usd", "eur", "gbp", "rmb")
          || Units.CURRENCY_PREFIX.match(t, i) != null) {
        return null;
      }
      return NameShape.chain(t, i);
    }
    if (t.isSymIn(i + 1, "-‐") && t.glued(i + 1) && t.isDigits(i + 2) && t.glued(i + 2)
        && !(t.glued(i) && (t.isDigits(i - 1) || t.isWord(i - 1)))) {
      // "mid-1990s"; "twenty-5" is no name; "F-16", "COVID-19" are
      if (t.get(Vocabulary.NUMBER_WORDS, i) != null) {
        return null;
      }
      o = YearShape.hyphenated(t, i);
      return o != null ? o : NameShape.chain(t, i);
    }
    if ((o = NameShape.namedNumberWord(t, i)) != null || (o = VagueCountShape.at(t, i)) != null
        || (o = MultiplierShape.at(t, i)) != null) {
      return o;
    }
    if (t.isSym(i + 1, '-') && t.glued(i + 1) && (o = DigitCountShape.at(t, i)) != null) {
      return o;
    }
    return ReversedPercentShape.at(t, i);
  }
}
