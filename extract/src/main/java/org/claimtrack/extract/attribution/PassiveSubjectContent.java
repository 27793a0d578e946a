package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;

/**
 * {@code passive-subj}: a passive cue with its agent, whose subject is what is said, backed or
 * found — "The registration issue was first reported by The Washington Post", "Donald Trump is
 * supported by far fewer publications", "the calls were rejected by the council". The source is
 * the "by" agent after the verb ({@link ParsedCue#subject}); the verbs are those of {@code
 * passive-cues.txt} ("5,000 jobs will be added by Stellantis" is no report).
 */
final class PassiveSubjectContent implements ContentFinder {
  @Override
  public String name() {
    return "passive-subj";
  }

  /** The passive subject of a cue whose source is its "by" agent, or -1. */
  static int passiveSubject(CueSite c) {
    // the agent after the verb: "By comparison, the F-35 is projected to cost ..." has none
    if (!c.passive() || !c.g().is(c.subj(), "obl") || c.subj() < c.v()) return -1;
    if (!Lexicon.PASSIVE_CUES.contains(c.lemma())) return -1;
    int subj = firstChild(c.g(), c.v(), "nsubj:pass");
    if (subj < 0 || subj > c.v() || isPronoun(c.s().token(subj)) || c.g().is(subj, "expl")) return -1;
    // "a study being released by researchers shows ...": the cue inside its own subject is no report
    if (c.g().subtree(subj).get(c.v())) return -1;
    return subj;
  }

  @Override
  public Span find(CueSite c) {
    int subj = passiveSubject(c);
    if (subj < 0) return null;
    DependencyGraph g = c.g();
    return c.cx().trimmedSpan(c.s(), g.subtree(subj));
  }
}
