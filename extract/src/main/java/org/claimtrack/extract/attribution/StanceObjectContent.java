package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/** {@code stance-obj}: the object of a verb of taking a stand ("attacked [the plan]", "called for [more investment]"). */
final class StanceObjectContent implements ContentFinder {
  @Override
  public String name() {
    return "stance-obj";
  }

  @Override
  public Span find(CueSite c) {
    if (!Lexicon.STANCE_VERBS.contains(c.lemma())) return null;
    DependencyGraph g = c.g();
    Sentence s = c.s();
    int obj = firstChild(g, c.v(), "obj");
    if (obj < 0 && c.lemma().equals("call")) {
      for (int x : g.children(c.v(), "obl")) {
        if (x > c.v() && g.firstChild(x, "case") >= 0 && Lexicon.lower(s.token(g.firstChild(x, "case")).text()).equals("for")) obj = x;
      }
    }
    if (obj < 0 || obj < c.v()) return null;
    return c.cx().trimmedSpan(s, g.subtree(obj));
  }
}
