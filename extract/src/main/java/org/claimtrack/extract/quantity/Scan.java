package org.claimtrack.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimtrack.domain.Span;

/**
 * One left-to-right pass over the tokens of a text region. At each token it tries the shapes of
 * {@link Shapes} (most are not quantities: dates, times, phone numbers, codes, years, ages, names)
 * and then a quantity expression ({@link Expressions}). A match consumes its tokens, so every
 * token is looked at a bounded number of times and the pass is linear in the length of the
 * text; then {@link PairRules} join neighbours. No regular expressions; no state but the tokens.
 */
final class Scan {
  /**
   * Every word that can start an expression: number words, months, qualifier, currency and
   * keyword openers. Most words of a text are in none of them and are passed over at once.
   */
  private static final WordTable<Boolean> START_WORDS = startWords();

  private Scan() {}

  /** The expressions of {@code text[from, to)}. */
  static List<NumberExpression> run(CharSequence text, int from, int to) {
    Tokens t = Tokens.of(text, from, to);
    List<Found> found = new ArrayList<>();
    int i = 0;
    int consumed = 0;
    while (i < t.n) {
      Found o = at(t, i);
      if (o != null && o.end() > i) {
        // an expression may reach back to a name word before i, never into earlier output
        o = o.withStart(Math.max(o.start(), consumed));
        if (!o.drop() && o.numStart() >= o.start()) {
          found.add(o);
        }
        i = o.end();
        consumed = i;
      } else {
        i++;
      }
    }
    List<NumberExpression> result = new ArrayList<>(found.size());
    for (Found o : PairRules.apply(t, found)) {
      result.add(expression(t, o));
    }
    return result;
  }

  private static Found at(Tokens t, int i) {
    byte ty = t.type(i);
    if (ty == Tokens.DIGITS) {
      Found s = Shapes.digitShape(t, i);
      return s != null ? s : Expressions.at(t, i);
    }
    if (ty == Tokens.WORD) {
      if (t.get(START_WORDS, i) == null && !gluedToDigitsOrLink(t, i)) {
        return null;
      }
      Found s = Shapes.wordShape(t, i);
      return s != null ? s : Expressions.at(t, i);
    }
    if (t.isSymIn(i, "+('’‘")) {
      Found s = Shapes.digitShape(t, i);
      if (s != null) {
        return s;
      }
    }
    return Expressions.at(t, i);
  }

  /** "G7", "F-16", "https:", "www.", "a@b": a word glued to digits or a link. */
  private static boolean gluedToDigitsOrLink(Tokens t, int i) {
    if (!t.glued(i + 1)) {
      return false;
    }
    return t.isDigits(i + 1)
        || t.isSymIn(i + 1, "-‐") && t.isDigits(i + 2) && t.glued(i + 2)
        || t.isSymIn(i + 1, ":.@");
  }

  private static NumberExpression expression(Tokens t, Found o) {
    Span span = new Span(t.start(o.start()), t.end(o.end() - 1));
    Span num = new Span(t.start(o.numStart()), t.end(o.numEnd() - 1));
    boolean spelled = true;
    for (int k = num.start(); k < num.end(); k++) {
      char c = t.text.charAt(k);
      if (Tokens.isDigit(c) || Numeral.vulgar(c) != null) {
        spelled = false;
        break;
      }
    }
    List<NumberExpression> parts = new ArrayList<>(o.parts().size());
    for (Found p : o.parts()) {
      parts.add(expression(t, p));
    }
    return new NumberExpression(span, num, norm(o.low()), norm(o.high()), o.qualifier(), o.unit(),
        o.kind(), spelled, o.form(), parts);
  }

  /** Integers stay exact; fractions keep 16 significant digits (the precision of division). */
  private static BigDecimal norm(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal r = v.stripTrailingZeros();
    if (r.scale() > 0) {
      r = r.round(Numeral.MC).stripTrailingZeros();
    }
    return r.scale() < 0 ? r.setScale(0) : r;
  }

  private static WordTable<Boolean> startWords() {
    Map<String, Boolean> m = new HashMap<>();
    List<List<String>> sources = List.of(
        Vocabulary.NUMBER_WORDS.keys(), Vocabulary.MONTHS.keys(), Vocabulary.VAGUE.keys(),
        Vocabulary.DIGIT_COUNTS.keys(), Vocabulary.MULTIPLIER_WORDS.keys(), Qualifiers.BEFORE.firstParts(),
        Units.CURRENCY_PREFIX.firstParts(), Vocabulary.AGE_WORDS.keys(),
        Vocabulary.VERSION_WORDS.keys(),
        List.of("a", "an", "minus", "negative", "half", "quarter", "percent", "percents", "per",
            "pct", "fy", "cy"));
    for (List<String> l : sources) {
      for (String w : l) {
        m.put(w.toLowerCase(Locale.ROOT), Boolean.TRUE);
      }
    }
    return WordTable.ignoringCase(m);
  }
}
