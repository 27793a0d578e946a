package org.claimtrack.eval.timex;

import java.util.Objects;
import org.claimtrack.eval.Score;

/**
 * Timex counts for one document or summed over a suite.
 *
 * @param relaxed extents, one-to-one overlap match
 * @param strict extents, exact match
 * @param value a prediction is correct when relaxed-matched to a gold timex with an equal
 *     {@linkplain TimexScorer#normalize normalized} value; P = correct / predicted, R = correct / gold
 * @param typeCorrect relaxed matches whose types are equal
 * @param matched relaxed matches (the denominator of type accuracy)
 */
public record TimexScores(Score relaxed, Score strict, Score value, int typeCorrect, int matched) {

  /** Nothing predicted, nothing gold. */
  public static final TimexScores ZERO = new TimexScores(Score.ZERO, Score.ZERO, Score.ZERO, 0, 0);

  public TimexScores {
    Objects.requireNonNull(relaxed, "relaxed");
    Objects.requireNonNull(strict, "strict");
    Objects.requireNonNull(value, "value");
    if (typeCorrect < 0 || typeCorrect > matched || matched != relaxed.truePositives()) {
      throw new IllegalArgumentException("need 0 <= typeCorrect (" + typeCorrect + ") <= matched (" + matched
          + ") = relaxed true positives (" + relaxed.truePositives() + ")");
    }
  }

  /** Element-wise sum. */
  public TimexScores plus(TimexScores o) {
    return new TimexScores(relaxed.plus(o.relaxed), strict.plus(o.strict), value.plus(o.value),
        typeCorrect + o.typeCorrect, matched + o.matched);
  }
}
