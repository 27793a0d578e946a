package org.claimtrack.places;

import org.claimtrack.nlp.NlpDocument;

/**
 * Finds the places an article names and resolves each to a gazetteer entry. Thread-safe; a pure
 * function of the annotated text (tokens, POS and 3-class NER are all it reads).
 */
public interface PlaceFinder {

  /** Versioned name of this stage, for provenance ("places.v3"). */
  String name();

  /** The places of the annotated region of {@code doc}, and its demonyms as origins. */
  ArticlePlaces find(NlpDocument doc);
}
