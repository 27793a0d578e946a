package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/** {@code xcomp}: the infinitive complement of a promise, threat or call ("vowed [to retaliate]", "urged X [to leave]"). */
final class XcompContent implements ContentFinder {
  @Override
  public String name() {
    return "xcomp";
  }

  @Override
  public Span find(CueSite c) {
    if (!Lexicon.XCOMP_CUES.contains(c.lemma())) return null;
    int x = firstChild(c.g(), c.v(), "xcomp");
    return x < 0 ? null : RootParataxisContent.clause(c, x);
  }
}
