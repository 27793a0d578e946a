package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * {@code ccomp}: the cue's clausal complement — "said [the plan failed]" — with a second
 * "that" clause joined to it ("said the plan failed and that 40 people were hurt"). When the
 * cue has a complement after it, that wins over a fronted clause before it ("Improbable as it
 * may seem, Mr. Clarke said the deal had played to his advantage").
 */
final class ComplementContent implements ContentFinder {
  @Override
  public String name() {
    return "ccomp";
  }

  /** The complement's head, or -1. */
  static int complement(CueSite c) {
    DependencyGraph g = c.g();
    int comp = firstChild(g, c.v(), "ccomp");
    if (comp >= 0 && comp < c.v()) {
      for (int x : g.children(c.v(), "ccomp")) {
        if (x > c.v()) return x;
      }
    }
    return comp;
  }

  @Override
  public Span find(CueSite c) {
    int comp = complement(c);
    if (comp < 0 || comp == c.subj()) return null;
    DependencyGraph g = c.g();
    Sentence s = c.s();
    BitSet set = g.subtree(comp);
    for (int x : g.children(c.v(), "conj")) {
      if (x > comp && hasThatMark(s, g, x)) set.or(g.subtree(x));
    }
    for (int x : g.children(comp, "conj")) {
      if (hasThatMark(s, g, x)) set.or(g.subtree(x));
    }
    set.clear(c.v());
    return c.cx().trimmedSpan(s, set);
  }
}
