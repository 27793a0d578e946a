package org.claimtrack.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * The figures of one tagged sentence (package-info S1-S5): the number expressions of its text
 * that are quantities, less those inside names and temporal expressions, each with what it
 * counts. Reads tokens, parts of speech, names, temporal expressions and, when the sentence was
 * parsed, its dependencies.
 */
public final class SentenceQuantities {
  private static final NumberRecognizer RECOGNIZER = NumberRecognizer.standard();
  /** Words after a number that make it not a count of anything the ledger tracks. */
  private static final WordTable<Boolean> NOT_COUNTED = Vocabulary.NOT_COUNTED;

  private SentenceQuantities() {}

  /** The quantities of {@code s}, a sentence of {@code text}, left to right. */
  public static List<Quantity> find(Sentence s, String text) {
    List<Quantity> out = new ArrayList<>();
    if (s.tokens().isEmpty()) {
      return out;
    }
    for (NumberExpression e : RECOGNIZER.find(text, s.span().start(), s.span().end())) {
      if (!e.kind().isQuantity() || insideTimex(s, e.span()) || insideName(s, e.numberSpan())) {
        continue;
      }
      String counted = counted(s, e, text);
      out.add(new Quantity(e.span().of(text), e.span(), e.low(), e.high(), e.qualifier(), e.unit(), counted));
    }
    return out;
  }

  private static boolean insideTimex(Sentence s, Span sp) {
    for (var t : s.timexesOrEmpty()) {
      if (t.span().overlaps(sp) && !t.type().equals("DURATION") && !t.type().equals("SET")) {
        return true;
      }
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
        if (left || right) {
          return true;
        }
      }
    }
    return false;
  }

  /** The counted noun phrase, or null. */
  static String counted(Sentence s, NumberExpression e, String text) {
    int lastNumber = lastTokenIn(s, e.numberSpan());
    if (lastNumber < 0) {
      return null;
    }
    // right after the (last) number: "12,000 North Korean soldiers", "6,000 people each"
    String phrase = nounPhraseFrom(s, lastNumber + 1, text);
    if (phrase != null) {
      return phrase;
    }
    // "three of the soldiers", "42 percent of voters"
    int k = Math.max(lastNumber, lastTokenIn(s, e.span())) + 1;
    k = Math.min(k, lastNumber + 3);
    while (k < s.size() && notCounted(s.token(k))) {
      k++;
    }
    if (k < s.size() && lower(s.token(k)).equals("of")) {
      int j = k + 1;
      while (j < s.size() && (s.token(j).pos().equals("DT") || s.token(j).pos().equals("PRP$"))) {
        j++;
      }
      phrase = nounPhraseFrom(s, j, text);
      if (phrase != null) {
        return phrase;
      }
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
      if (t.isNoun() && !month(t)) {
        lastNoun = i;
      } else if (!modifier) {
        break;
      }
      if (notCounted(t) && lastNoun == i) {
        return null;
      }
    }
    if (lastNoun < start || lastNoun < 0) {
      return null;
    }
    return s.span(start, lastNoun + 1).of(text);
  }

  private static boolean notCounted(Token t) {
    return NOT_COUNTED.get(t.text(), 0, t.text().length()) != null;
  }

  /** "May", "Jan.", "sept": a month name or abbreviation (with its period). */
  private static boolean month(Token t) {
    String w = t.text();
    int end = w.endsWith(".") && w.length() > 1 ? w.length() - 1 : w.length();
    Integer m = Vocabulary.MONTHS.get(w, 0, end);
    return m != null && (end == w.length() || end <= 4);
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(java.util.Locale.ROOT);
  }

  private static int lastTokenIn(Sentence s, Span sp) {
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.span().overlaps(sp)) {
        last = t.index();
      }
    }
    return last;
  }
}
