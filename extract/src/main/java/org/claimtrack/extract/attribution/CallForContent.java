package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * {@code call-for}: "called on [Trump to stop attacking Machado]", "called for [reducing the
 * corporate tax rate]", "called for [contestants to wear shorter dresses]" — the parser hangs the
 * clause on "call" with "on" or "for" as its marker. The content is the clause without the
 * marker, which belongs to the cue ("called on").
 */
final class CallForContent implements ContentFinder {
  @Override
  public String name() {
    return "call-for";
  }

  /** The "on" or "for" after a form of "call" that marks its clause, or -1. */
  static int marker(Sentence s, DependencyGraph g, int v) {
    if (!Lexicon.lower(s.token(v).lemma()).equals("call")) return -1;
    for (int x : g.children(v, "advcl")) {
      if (x <= v) continue;
      for (int m : g.children(x)) {
        if (!(g.is(m, "mark") || g.is(m, "case")) || m > v + 3) continue;
        String w = Lexicon.lower(s.token(m).text());
        if (w.equals("on") || w.equals("for")) return m;
      }
    }
    return -1;
  }

  @Override
  public Span find(CueSite c) {
    int m = marker(c.s(), c.g(), c.v());
    if (m < 0) return null;
    BitSet set = c.g().subtree(c.g().head(m));
    set.clear(m);
    return c.cx().trimmedSpan(c.s(), set);
  }
}
