package org.claimtrack.eval.attribution;

import java.util.Objects;
import org.claimtrack.domain.Span;

/**
 * What a system says about one attribution in an article, as char spans into the text it was
 * given.
 *
 * @param source who is quoted or paraphrased, or null when the system found none
 * @param cue the attributing words ("said", "according to"), or null when none
 * @param content what is attributed; required
 */
public record PredictedAttribution(Span source, Span cue, Span content) {
  public PredictedAttribution {
    Objects.requireNonNull(content, "content");
  }
}
