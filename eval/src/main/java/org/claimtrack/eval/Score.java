package org.claimtrack.eval;

/**
 * Precision, recall and F1 from counts.
 *
 * @param truePositives predictions that match a gold item
 * @param predicted all predictions
 * @param gold all gold items
 */
public record Score(int truePositives, int predicted, int gold) {
  public Score {
    if (truePositives < 0 || predicted < 0 || gold < 0) {
      throw new IllegalArgumentException("counts must be non-negative");
    }
    if (truePositives > predicted || truePositives > gold) {
      throw new IllegalArgumentException(
          "true positives (" + truePositives + ") exceed predicted (" + predicted + ") or gold (" + gold + ")");
    }
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Score plus(Score o) {
    return new Score(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
  }

  public static final Score ZERO = new Score(0, 0, 0);
}
