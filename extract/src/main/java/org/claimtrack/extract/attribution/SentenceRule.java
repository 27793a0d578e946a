package org.claimtrack.extract.attribution;

import java.util.BitSet;
import java.util.List;
import org.claimtrack.nlp.Sentence;

/**
 * One attribution rule over one sentence: a shape of text that says who said what. Rules run in
 * a fixed order ({@link AttributionStage#SURFACE_RULES}); a rule sees which cue tokens earlier
 * rules took and marks those it takes, so one cue makes one attribution.
 */
interface SentenceRule {

  /** The rule's name in a claim's provenance ("final-cue"). */
  String name();

  /**
   * The attributions this rule finds in {@code s}.
   *
   * @param used cue tokens taken by earlier rules; set the indices of the cue tokens this rule takes
   */
  List<Attribution> find(AttributionContext c, Sentence s, BitSet used);
}
