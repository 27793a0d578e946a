package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * A time word the parser took for part of the source's name: "[Last week] Stumpf" (a compound
 * "week"). A time word ({@code time-words.txt}) before the head is never part of who speaks.
 */
final class TimeModifierAside implements SourceAside {
  @Override
  public boolean drops(Sentence s, DependencyGraph g, int subj, int x, BitSet sub) {
    if (x >= subj || !(g.is(x, "compound") || g.is(x, "nmod:tmod") || g.is(x, "obl:tmod"))) return false;
    return Lexicon.TIME_WORDS.contains(Lexicon.lower(s.token(x).text())) && !s.token(x).isProperNoun();
  }
}
