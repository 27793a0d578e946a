package org.claimtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.quantity.NumberExpression;
import org.claimtrack.extract.quantity.NumberRecognizer;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Stage {@code quantity.v1}: the numbers of a sentence that are quantities, with what they count.
 * Number expressions come from {@link NumberRecognizer}; this stage drops what is not a quantity
 * (dates, times, years, ordinals, ages, phone numbers, numbers inside names, and parts of
 * temporal expressions) and finds the counted noun phrase: the nouns and modifiers after the
 * number ("12,000 North Korean soldiers"), the noun after "of" ("three of the soldiers", "42
 * percent of voters"), or the noun the parse attaches the number to.
 */
final class QuantityStage {
  static final String STAGE = "quantity.v1";
  private static final NumberRecognizer RECOGNIZER = NumberRecognizer.standard();

  /** Words after a number that make it not a count of anything the ledger tracks. */
  private static final Set<String> NOT_COUNTED = Set.of("percent", "per", "cent", "%", "pct", "percentage");

  private QuantityStage() {}

  static List<Quantity> find(Sentence s, String text) {
    List<Quantity> out = new ArrayList<>();
    if (s.tokens().isEmpty()) return out;
    for (NumberExpression e : RECOGNIZER.find(text, s.span().start(), s.span().end())) {
      if (!e.kind().isQuantity()) continue;
      if (insideTimex(s, e.span()) || insideName(s, e.numberSpan())) continue;
      String counted = counted(s, e, text);
      out.add(new Quantity(e.span().of(text), e.span(), e.low(), e.high(), e.qualifier(), e.unit(), counted));
    }
    return out;
  }

  private static boolean insideTimex(Sentence s, Span sp) {
    for (var t : s.timexesOrEmpty()) {
      if (t.span().overlaps(sp) && !t.type().equals("DURATION") && !t.type().equals("SET")) return true;
    }
    return false;
  }

  /** A number NER put inside a name: "Apollo 11", "Su-34". */
  private static boolean insideName(Sentence s, Span sp) {
    for (Token t : s.tokens()) {
      if (t.span().overlaps(sp) && !t.ner().equals("O")) {
        // only when the name goes on around the number
        int i = t.index();
        boolean left = i > 0 && s.token(i - 1).ner().equals(t.ner());
        boolean right = i + 1 < s.size() && s.token(i + 1).ner().equals(t.ner());
        if (left || right) return true;
      }
    }
    return false;
  }

  /** The counted noun phrase, or null. */
  static String counted(Sentence s, NumberExpression e, String text) {
    int lastNumber = lastTokenIn(s, e.numberSpan());
    if (lastNumber < 0) return null;
    // right after the (last) number: "12,000 North Korean soldiers", "6,000 people each"
    String phrase = nounPhraseFrom(s, lastNumber + 1, text);
    if (phrase != null) return phrase;
    // "three of the soldiers", "42 percent of voters"
    int k = Math.max(lastNumber, lastTokenIn(s, e.span())) + 1;
    k = Math.min(k, lastNumber + 3);
    while (k < s.size() && NOT_COUNTED.contains(Lexicon.lower(s.token(k).text()))) k++;
    if (k < s.size() && Lexicon.lower(s.token(k).text()).equals("of")) {
      int j = k + 1;
      while (j < s.size() && (s.token(j).pos().equals("DT") || s.token(j).pos().equals("PRP$"))) j++;
      phrase = nounPhraseFrom(s, j, text);
      if (phrase != null) return phrase;
    }
    // the noun the parser hangs the number on
    if (s.isParsed()) {
      DependencyGraph g = s.graph();
      if (g.is(lastNumber, "nummod")) {
        int h = g.head(lastNumber);
        if (h > lastNumber && s.token(h).isNoun()) {
          return s.span(lastNumber + 1, h + 1).of(text);
        }
      }
    }
    return null;
  }

  /**
   * Adjectives and nouns from token {@code from} to the last noun before anything else:
   * "North Korean soldiers", "military training grounds". Null when no noun follows.
   */
  private static String nounPhraseFrom(Sentence s, int from, String text) {
    int i = from;
    int start = i;
    int lastNoun = -1;
    for (; i < s.size(); i++) {
      Token t = s.token(i);
      String p = t.pos();
      boolean modifier = p.startsWith("JJ") || p.equals("VBN") && lastNoun < 0 || p.equals("HYPH")
          || p.equals("VBG") && lastNoun < 0 && i + 1 < s.size() && s.token(i + 1).isNoun();
      if (t.isNoun() && !Lexicon.MONTHS.contains(Lexicon.lower(t.text()))) {
        lastNoun = i;
      } else if (!modifier) {
        break;
      }
      if (NOT_COUNTED.contains(Lexicon.lower(t.text())) && lastNoun == i) {
        return null;
      }
    }
    if (lastNoun < start || lastNoun < 0) return null;
    return s.span(start, lastNoun + 1).of(text);
  }

  private static int lastTokenIn(Sentence s, Span sp) {
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.span().overlaps(sp)) last = t.index();
    }
    return last;
  }
}
