package org.claimtrack.eval.attribution;

import java.util.Objects;
import org.claimtrack.eval.Score;

/**
 * Attribution counts for one document or summed over a suite.
 *
 * @param sourceExact sources, exact match after {@link SpanTrim}
 * @param sourceOverlap sources, one-to-one overlap match
 * @param cueExact cues, exact
 * @param cueOverlap cues, overlap
 * @param contentExact contents, exact (against the covering span of a discontinuous content)
 * @param contentOverlap contents, overlap (chars inside the fragments)
 * @param attribution whole attributions: found when a prediction overlaps both content and cue
 */
public record AttributionScores(Score sourceExact, Score sourceOverlap, Score cueExact, Score cueOverlap,
    Score contentExact, Score contentOverlap, Score attribution) {

  /** Nothing predicted, nothing gold. */
  public static final AttributionScores ZERO =
      new AttributionScores(Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO);

  public AttributionScores {
    Objects.requireNonNull(sourceExact, "sourceExact");
    Objects.requireNonNull(sourceOverlap, "sourceOverlap");
    Objects.requireNonNull(cueExact, "cueExact");
    Objects.requireNonNull(cueOverlap, "cueOverlap");
    Objects.requireNonNull(contentExact, "contentExact");
    Objects.requireNonNull(contentOverlap, "contentOverlap");
    Objects.requireNonNull(attribution, "attribution");
  }

  /** Element-wise sum. */
  public AttributionScores plus(AttributionScores o) {
    return new AttributionScores(sourceExact.plus(o.sourceExact), sourceOverlap.plus(o.sourceOverlap),
        cueExact.plus(o.cueExact), cueOverlap.plus(o.cueOverlap), contentExact.plus(o.contentExact),
        contentOverlap.plus(o.contentOverlap), attribution.plus(o.attribution));
  }
}
