package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * Where the source spoke, hung on the source: "Stumpf in a televised interview", "Cummings in a
 * statement". The occasion belongs to the cue's circumstances ({@code setting-nouns.txt}).
 */
final class SettingAside implements SourceAside {
  @Override
  public boolean drops(Sentence s, DependencyGraph g, int subj, int x, BitSet sub) {
    if (!(g.is(x, "nmod") || g.is(x, "obl")) || g.head(x) != subj || x < subj) return false;
    int c = g.firstChild(x, "case");
    if (c < 0 || !Lexicon.lower(s.token(c).text()).equals("in")) return false;
    return Lexicon.SETTING_NOUNS.contains(Lexicon.lower(s.token(x).lemma()));
  }
}
