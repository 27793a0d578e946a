package org.claimtrack.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Quantity;
import org.claimtrack.nlp.Sentence;

/**
 * The figures of one tagged sentence (package-info S1-S5): the number expressions of its text
 * that are quantities (S1), less what is no figure (S2, {@link NotFigures}), with their part in
 * a change (S3, {@link Changes}) and what each counts (S4, {@link Counted}). Reads tokens, parts of
 * speech, lemmas, names, temporal expressions and, when the sentence was parsed, its
 * dependencies.
 */
public final class SentenceQuantities {
  private static final NumberRecognizer RECOGNIZER = NumberRecognizer.standard();

  private SentenceQuantities() {}

  /** The quantities of {@code s}, a sentence of {@code text}, left to right. */
  public static List<Quantity> find(Sentence s, String text) {
    if (s.tokens().isEmpty()) {
      return List.of();
    }
    TaggedSentence ts = new TaggedSentence(s, text);
    List<Figure> figures = new ArrayList<>();
    for (NumberExpression e : RECOGNIZER.find(text, s.span().start(), s.span().end())) {
      if (!e.kind().isQuantity()) {
        continue;
      }
      Figure f = Figure.of(ts, e);
      if (f.first() >= 0 && f.last() >= 0 && f.numFirst() >= 0 && NotFigures.keep(ts, f)) {
        figures.add(f);
      }
    }
    figures = Counted.resolve(ts, Changes.apply(ts, figures));
    List<Quantity> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      out.add(f.quantity(text));
    }
    return out;
  }
}
