package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/** The "both" or "either" that opens a list of sources: "Both Mr. King and Mr. Schultz say". */
final class PreconjunctionAside implements SourceAside {
  @Override
  public boolean drops(Sentence s, DependencyGraph g, int subj, int x, BitSet sub) {
    return g.is(x, "cc:preconj") && x < subj;
  }
}
