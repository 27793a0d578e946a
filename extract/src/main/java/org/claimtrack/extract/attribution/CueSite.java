package org.claimtrack.extract.attribution;

import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * A cue verb in a parsed sentence, with what the content finders read about it.
 *
 * @param v the cue verb's token index
 * @param lemma its lemma, lower case
 * @param rel its relation to its head
 * @param passive whether it is passive ("it was reported that")
 * @param subj the token index of its source's head
 */
record CueSite(AttributionContext cx, Sentence s, DependencyGraph g, int v, String lemma, String rel, boolean passive,
    int subj) {

  Token subject() {
    return s.token(subj);
  }
}
