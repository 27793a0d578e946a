package org.claimtrack.extract.figure;

import java.util.List;
import org.claimtrack.domain.Evidence;

/**
 * "The agency expects the total to reach 10,000": a figure with no noun of its own, a few words
 * after "total", "figure", "number", "tally" or "count", is the total of what the article last
 * counted, with whose it is and what happened to it. Reads the whole article, in order.
 */
final class TotalRule {
  private static final int WINDOW = 5;

  void apply(List<SentenceFigures> article) {
    Draft last = null;
    for (SentenceFigures s : article) {
      for (Draft d : s.drafts) {
        if (d.open() && !d.hasCounted() && d.quantity.unit() == null && last != null && totalBefore(s, d)) {
          d.thing = Evidence.of(last.thing.value(), last.thing.span(), "figure.thing.total-of-previous");
          if (d.whose == null && last.whose != null) {
            d.whose = Evidence.of(last.whose.value(), last.whose.span(), "figure.whose.total-of-previous");
          }
          if (d.outcome == null && last.outcome != null) {
            d.outcome = Evidence.of(last.outcome.value(), last.outcome.span(), "figure.outcome.total-of-previous");
          }
        }
        if (d.thing != null && d.quantity.unit() == null) last = d;
      }
    }
  }

  private static boolean totalBefore(SentenceFigures s, Draft d) {
    for (int i = d.first - 1; i >= 0 && i >= d.first - WINDOW; i--) {
      if (FigureWords.TOTAL_WORDS.contains(s.word(i))) return true;
    }
    return false;
  }
}
