package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * {@code parataxis}: a speech verb that interrupts or closes the clause it reports ("X, the
 * agency said, Y"; "Y, he said"): the content is its head's clause without the cue's own words.
 */
final class ParataxisContent implements ContentFinder {
  @Override
  public String name() {
    return "parataxis";
  }

  @Override
  public Span find(CueSite c) {
    DependencyGraph g = c.g();
    int v = c.v();
    if (!Lexicon.SPEECH_VERBS.contains(c.lemma()) || firstChild(g, v, "obj") >= 0) return null;
    if (!(c.rel().equals("parataxis") || g.is(v, "ccomp") && g.head(v) >= 0 && g.head(v) < v)) return null;
    int h = g.head(v);
    if (h < 0) return null;
    BitSet set = g.subtree(h);
    set.andNot(g.subtree(v));
    if (set.isEmpty()) return null;
    return c.cx().trimmedSpan(c.s(), set);
  }
}
