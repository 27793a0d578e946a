package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/** {@code root-parataxis}: a root cue with a clause before it that the parser hung on it ("Y, X says."). */
final class RootParataxisContent implements ContentFinder {
  @Override
  public String name() {
    return "root-parataxis";
  }

  @Override
  public Span find(CueSite c) {
    if (!c.g().is(c.v(), "root")) return null;
    int para = firstParataxisBefore(c.g(), c.v());
    return para < 0 ? null : clause(c, para);
  }

  /** The span of a clause headed by {@code head}, without the cue. */
  static Span clause(CueSite c, int head) {
    BitSet set = c.g().subtree(head);
    set.clear(c.v());
    return c.cx().trimmedSpan(c.s(), set);
  }
}
