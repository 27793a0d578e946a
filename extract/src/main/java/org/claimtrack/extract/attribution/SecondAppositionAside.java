package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * A second apposition after the one that says who the source is: "Jean-Marc Ayrault, the foreign
 * minister of France, a permanent member of the Security Council", "Scott Pruitt, the Republican
 * attorney general of Oklahoma, one of the states suing the EPA". PolNeAR keeps the first; the
 * second describes a noun of the first (France, Oklahoma), though the parser hangs it on the name.
 */
final class SecondAppositionAside implements SourceAside {
  @Override
  public boolean drops(Sentence s, DependencyGraph g, int subj, int x, BitSet sub) {
    if (!g.is(x, "appos") || g.head(x) != subj || !afterComma(s, sub)) return false;
    for (int a : g.children(subj, "appos")) {
      if (a < x && a > subj && s.token(a).isNoun() && afterComma(s, g.subtree(a))) return true;
    }
    return false;
  }

  private static boolean afterComma(Sentence s, BitSet sub) {
    int first = sub.nextSetBit(0);
    return first > 0 && s.token(first - 1).text().equals(",");
  }
}
