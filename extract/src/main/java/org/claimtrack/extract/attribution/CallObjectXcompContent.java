package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/** {@code call-obj-xcomp}: "called [the plan] [a disaster]". */
final class CallObjectXcompContent implements ContentFinder {
  @Override
  public String name() {
    return "call-obj-xcomp";
  }

  @Override
  public Span find(CueSite c) {
    if (!c.lemma().equals("call")) return null;
    int obj = firstChild(c.g(), c.v(), "obj");
    int x = firstChild(c.g(), c.v(), "xcomp");
    if (obj < 0 || x < 0) return null;
    BitSet set = c.g().subtree(obj);
    set.or(c.g().subtree(x));
    return c.cx().trimmedSpan(c.s(), set);
  }
}
