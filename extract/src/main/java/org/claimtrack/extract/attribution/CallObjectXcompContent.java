package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * {@code call-obj-xcomp}: "called [the plan] [a disaster]", also when the parser reads the two as a
 * double object ("called [Trump] [a pathological liar]": iobj and obj, or iobj and its dep).
 */
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
    if (obj < 0 || x < 0) {
      // the parser's double object: "called [Trump]iobj [a liar]obj", or "[Trump]iobj" with "[a liar]" as its dep
      int i = firstChild(c.g(), c.v(), "iobj");
      if (i < 0 || i < c.v()) return null;
      int second = obj > i ? obj : firstChild(c.g(), i, "dep");
      if (second < 0 || second < i) return null;
      obj = i;
      x = second;
    }
    BitSet set = c.g().subtree(obj);
    set.or(c.g().subtree(x));
    return c.cx().trimmedSpan(c.s(), set);
  }
}
