package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * A participle clause set off by a comma after the source: "Trump, speaking to a veterans
 * group", "Caddell, speaking of Clinton's health issue". It says what the speaker was doing.
 */
final class ParticipleAside implements SourceAside {
  @Override
  public boolean drops(Sentence s, DependencyGraph g, int subj, int x, BitSet sub) {
    if (!(g.is(x, "acl") && !g.is(x, "acl:relcl") && s.token(x).pos().equals("VBG"))) return false;
    int first = sub.nextSetBit(0);
    return first > subj && s.token(first - 1).text().equals(",");
  }
}
