package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * A clause in parentheses after the source: "Mr. Burman (a view echoed by everyone I
 * interviewed)". A party and state ("Rep. G.K. Butterfield (D-N.C.)") has no verb and stays.
 */
final class ParentheticalClauseAside implements SourceAside {
  @Override
  public boolean drops(Sentence s, DependencyGraph g, int subj, int x, BitSet sub) {
    int first = sub.nextSetBit(0);
    if (first <= subj || !Phrases.isOpenParen(s.token(first - 1)) && !Phrases.isOpenParen(s.token(first))) return false;
    for (int k = sub.nextSetBit(0); k >= 0; k = sub.nextSetBit(k + 1)) {
      if (s.token(k).isVerb()) return true;
    }
    return false;
  }
}
