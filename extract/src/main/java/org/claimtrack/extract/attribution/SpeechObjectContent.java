package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * {@code speech-obj}: the object noun phrase of a verb of saying or thinking, when it is what is
 * said or thought ("barely mentioned [climate change]", "echo [her concerns]", "has said [the same
 * thing]", "believe [the polls]"): verbs of {@code object-cues.txt}, not a pronoun object.
 */
final class SpeechObjectContent implements ContentFinder {
  @Override
  public String name() {
    return "speech-obj";
  }

  @Override
  public Span find(CueSite c) {
    String lemma = c.lemma();
    if (!Lexicon.OBJECT_CUES.contains(lemma)) return null;
    DependencyGraph g = c.g();
    Sentence s = c.s();
    int obj = firstChild(g, c.v(), "obj");
    if (obj < 0 || obj < c.v() || isPronoun(s.token(obj))) return null;
    java.util.BitSet set = g.subtree(obj);
    // a clause the parser cut after its subject: "said [nearly 14,000 employees] had a stoppage"
    for (int k = set.length(); k < s.size(); k++) {
      String p = s.token(k).pos();
      // up to the end of the phrase: a comma, a conjunction, a subordinate or relative clause
      if (p.equals(",") || p.equals(":") || p.equals("WDT") || p.equals("WRB") || p.equals("WP") || p.equals("CC")
          || g.is(k, "mark")) {
        break;
      }
      if (p.matches("VB[DZP]|MD")) return null;
    }
    return c.cx().trimmedSpan(s, set);
  }
}
