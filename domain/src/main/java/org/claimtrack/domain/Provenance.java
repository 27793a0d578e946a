package org.claimtrack.domain;

import java.util.List;
import java.util.Objects;

/**
 * Why a claim exists: which article (by content hash), which sentence, and which versioned stages
 * made it.
 *
 * @param article the article's content hash
 * @param sentence index of the sentence holding the cue (or the content when there is no cue)
 * @param stages versioned names of the stages that produced the claim, e.g. "attribution.v1"
 * @param version the claimtrack version that ran
 */
public record Provenance(String article, int sentence, List<String> stages, String version) {
  public Provenance {
    Objects.requireNonNull(stages, "stages");
    stages = List.copyOf(stages);
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must be non-negative, got " + sentence);
    }
  }
}
