package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * A plural title before a list of names: "[Sens.] Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio)
 * and Robert Menendez (D-N.J.) all suggested". PolNeAR's source starts at the first name
 * ({@code list-titles.txt}).
 */
final class ListTitleAside implements SourceAside {
  @Override
  public boolean drops(Sentence s, DependencyGraph g, int subj, int x, BitSet sub) {
    if (x >= subj || !g.is(x, "compound") || g.head(x) != subj || g.children(subj, "conj").isEmpty()) return false;
    return Lexicon.LIST_TITLES.contains(Lexicon.lower(s.token(x).text()));
  }
}
