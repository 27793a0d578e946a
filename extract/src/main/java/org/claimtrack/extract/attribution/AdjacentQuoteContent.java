package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/** {@code adjacent-quote}: a direct quote right before ("“...,” he said") or after ("He said: “...”") the cue and its source. */
final class AdjacentQuoteContent implements ContentFinder {
  @Override
  public String name() {
    return "adjacent-quote";
  }

  @Override
  public Span find(CueSite c) {
    Sentence s = c.s();
    AttributionContext cx = c.cx();
    int lo = Math.min(c.v(), c.subj());
    int hi = Math.max(c.v(), c.subj());
    Span before = null;
    Span after = null;
    for (Span q : cx.quotes.overlapping(s.span())) {
      if (q.end() <= s.token(lo).start() && cx.onlyPunctBetween(q.end(), s.token(lo).start())) before = q;
      if (q.start() >= s.token(hi).end() && cx.onlyPunctBetween(s.token(hi).end(), q.start())) {
        if (after == null) after = q;
      }
    }
    Span q = before != null ? before : after;
    if (q == null || cx.words(q) < 3) return null;
    return q;
  }
}
