package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * A relative clause that tells a story about the source, not who it is. PolNeAR keeps a short
 * clause that identifies the speaker ("Derek Mitchell, who served as U.S. ambassador to Burma",
 * "Aparna Mathur, who studies tax policy", "Schiff, 56, who has served on the Intelligence
 * Committee for a decade") and leaves out a long account ("Christie, who has campaigned heavily
 * for GOP nominee Donald Trump since he suspended his own presidential campaign in February"), a
 * clause that is a report of its own ("Mr. Kamin, who emphasized that ...") and a clause about a
 * noun of the apposition set off by a comma ("Michael Mulgrew, president of the United Federation
 * of Teachers, which represents New York City educators"). A clause that restricts a noun of the
 * apposition, with no comma, stays: "Erin Murphy, a former Clinton aide who accompanied her to
 * Burma in 2011".
 */
final class RelativeClauseAside implements SourceAside {

  /** The most words a relative clause that identifies a source has on polnear-dev (12 to 13). */
  static final int MAX_IDENTIFYING_WORDS = 14;

  @Override
  public boolean drops(Sentence s, DependencyGraph g, int subj, int x, BitSet sub) {
    if (!g.is(x, "acl:relcl")) return false;
    if (Phrases.isCueLemma(Lexicon.lower(s.token(x).lemma()))) return true;
    int first = sub.nextSetBit(0);
    boolean setOff = first > 0 && s.token(first - 1).text().equals(",");
    return setOff && (g.head(x) != subj || words(s, sub) > MAX_IDENTIFYING_WORDS);
  }

  static int words(Sentence s, BitSet set) {
    int n = 0;
    for (int k = set.nextSetBit(0); k >= 0; k = set.nextSetBit(k + 1)) {
      if (s.token(k).text().chars().anyMatch(Character::isLetterOrDigit)) n++;
    }
    return n;
  }
}
