package org.claimtrack.extract.figure;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Quantity;
import org.claimtrack.extract.words.StageVersion;
import org.claimtrack.nlp.Sentence;

/**
 * Stage {@code figure}: decides once what each quantity is a figure of, as typed fields with the
 * words they rest on ({@link org.claimtrack.domain.Figure}): the thing counted, whose it is, what
 * happened to it, where, whether it is a count, a plan, a projection or a change, and how near its
 * number an open qualifier puts it. The ledger groups and reconciles by these fields and never
 * reads the text again.
 *
 * <p>Rules run in this order over each sentence, one class each: {@link ThingRule}, {@link
 * OutcomeRule}, {@link WhoseRule}, {@link CoordinationRule}, {@link PeopleByOutcomeRule}, {@link
 * PlaceRule}, {@link KindRule}, {@link ReadingRule}; then {@link TotalRule} over the article. Word
 * lists are the {@code figure-*} files read by {@link org.claimtrack.extract.words.WordLists}.
 * Pure and thread-safe.
 */
public final class FigureStage {
  private FigureStage() {}

  private static final List<FigureRule> RULES = List.of(new ThingRule(), new OutcomeRule(), new WhoseRule(),
      new CoordinationRule(), new PeopleByOutcomeRule(), new PlaceRule(), new KindRule(), new ReadingRule());
  private static final TotalRule TOTAL = new TotalRule();

  /** The stage's version, derived from its rules and word lists. */
  public static final String STAGE = StageVersion.of("figure", 1,
      List.of(FigureStage.class, FigureRule.class, ThingRule.class, OutcomeRule.class, WhoseRule.class,
          CoordinationRule.class, PeopleByOutcomeRule.class, PlaceRule.class, KindRule.class, ReadingRule.class,
          TotalRule.class, SentenceFigures.class, Draft.class, FigureWords.class),
      FigureWords.LISTS, FigureWords.MAPS);

  /**
   * The quantities of every sentence of an article with their figure fields set.
   *
   * @param sentences the article's sentences, in order
   * @param text the article text the spans index
   * @param quantities the quantities of each sentence, as the quantity stage found them
   * @return the same quantities, in the same lists and order, each with {@link Quantity#figure()}
   */
  public static List<List<Quantity>> annotate(List<Sentence> sentences, String text, List<List<Quantity>> quantities) {
    if (sentences.size() != quantities.size()) {
      throw new IllegalArgumentException(sentences.size() + " sentences but quantities for " + quantities.size());
    }
    List<SentenceFigures> article = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      SentenceFigures s = new SentenceFigures(sentences.get(i), text, quantities.get(i));
      for (FigureRule r : RULES) r.apply(s);
      article.add(s);
    }
    TOTAL.apply(article);
    List<List<Quantity>> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<Quantity> typed = new ArrayList<>();
      SentenceFigures s = article.get(i);
      int k = 0;
      for (Quantity q : quantities.get(i)) {
        Draft d = k < s.drafts.size() && s.drafts.get(k).quantity == q ? s.drafts.get(k++) : null;
        typed.add(d == null ? q : q.withFigure(d.toFigure()));
      }
      out.add(typed);
    }
    return out;
  }
}
