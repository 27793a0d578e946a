package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * One kind of aside that a parsed source mention (the subject's subtree) may carry and PolNeAR
 * leaves out of the source: it marks who speaks, not what the text says about them in passing
 * ({@link ParsedCue#ASIDES} lists them). Each is a dependent of a token of the mention.
 */
interface SourceAside {

  /**
   * True when dependent {@code x} of the mention whose head is {@code subj} is an aside to leave
   * out with its subtree {@code sub}.
   */
  boolean drops(Sentence s, DependencyGraph g, int subj, int x, BitSet sub);
}
