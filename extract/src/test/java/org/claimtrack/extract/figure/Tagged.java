package org.claimtrack.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * A hand-made sentence for the figure rules' tests, no CoreNLP: words separated by spaces, each
 * optionally tagged ("killed/VBN"). Untagged words get a plausible tag: CD for digits, RB for
 * "-ly" words, NNP when capitalized, punctuation as itself, else NN. Punctuation and "'s" attach
 * to the word before, as in print.
 */
final class Tagged {
  private static final Set<String> ATTACHED = Set.of(",", ".", ";", ":", "'s", "’s", "”", "\"");

  final String text;
  final Sentence sentence;
  final List<Quantity> quantities = new ArrayList<>();

  private Tagged(String text, Sentence sentence) {
    this.text = text;
    this.sentence = sentence;
  }

  static Tagged of(String words) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String w : words.trim().split("\\s+")) {
      String word = w;
      String pos = null;
      int slash = w.lastIndexOf('/');
      if (slash > 0 && slash < w.length() - 1 && Character.isUpperCase(w.charAt(slash + 1))) {
        word = w.substring(0, slash);
        pos = w.substring(slash + 1);
      }
      if (text.length() > 0 && !ATTACHED.contains(word)) text.append(' ');
      int start = text.length();
      text.append(word);
      tokens.add(new Token(tokens.size(), new Span(start, text.length()), word, word, pos != null ? pos : guess(word),
          word.toLowerCase(java.util.Locale.ROOT), "O"));
    }
    return new Tagged(text.toString(), new Sentence(0, new Span(0, text.length()), tokens, null, null));
  }

  private static String guess(String w) {
    if (w.equals("'s") || w.equals("’s")) return "POS";
    if (!Character.isLetterOrDigit(w.charAt(0))) return w;
    if (Character.isDigit(w.charAt(0))) return "CD";
    if (w.endsWith("ly") && w.length() > 4) return "RB";
    return Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
  }

  /** A quantity at the first occurrence of {@code surface} (after {@code from} earlier quantities' ends). */
  Tagged q(String surface, long low, Long high, Qualifier qualifier, String counted) {
    int from = quantities.isEmpty() ? 0 : quantities.get(quantities.size() - 1).span().end();
    int at = text.indexOf(surface, from);
    if (at < 0) throw new IllegalArgumentException("'" + surface + "' not in: " + text);
    quantities.add(new Quantity(surface, new Span(at, at + surface.length()), BigDecimal.valueOf(low),
        high == null ? null : BigDecimal.valueOf(high), qualifier, null, counted));
    return this;
  }

  /** An exact count. */
  Tagged q(String surface, long n, String counted) {
    return q(surface, n, n, Qualifier.EXACT, counted);
  }

  /** The figures the stage decides for this sentence's quantities, in order. */
  List<Figure> figures() {
    List<List<Quantity>> out = FigureStage.annotate(List.of(sentence), text, List.of(quantities));
    return out.get(0).stream().map(Quantity::figure).toList();
  }

  Figure figure() {
    List<Figure> fs = figures();
    if (fs.size() != 1) throw new IllegalStateException(fs.size() + " figures");
    return fs.get(0);
  }

  /** The words of the text at a span. */
  String words(Span s) {
    return s == null ? null : s.of(text);
  }

  /** Several sentences as one article, for rules that read across sentences. */
  static List<Figure> article(Tagged... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> ss = new ArrayList<>();
    List<List<Quantity>> qs = new ArrayList<>();
    for (Tagged t : sentences) {
      int shift = text.length() == 0 ? 0 : text.length() + 1;
      if (text.length() > 0) text.append(' ');
      text.append(t.text);
      List<Token> tokens = new ArrayList<>();
      for (Token k : t.sentence.tokens()) {
        tokens.add(new Token(k.index(), k.span().shift(shift), k.text(), k.word(), k.pos(), k.lemma(), k.ner()));
      }
      ss.add(new Sentence(ss.size(), t.sentence.span().shift(shift), tokens, null, null));
      List<Quantity> shifted = new ArrayList<>();
      for (Quantity q : t.quantities) {
        shifted.add(new Quantity(q.surface(), q.span().shift(shift), q.low(), q.high(), q.qualifier(), q.unit(), q.counted()));
      }
      qs.add(shifted);
    }
    List<Figure> out = new ArrayList<>();
    for (List<Quantity> l : FigureStage.annotate(ss, text.toString(), qs)) l.forEach(q -> out.add(q.figure()));
    return out;
  }
}
