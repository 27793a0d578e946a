package org.claimtrack.eval.realnews;

import java.util.function.Function;

/**
 * The figures {@code claimtrack eval} prints for realnews-dev, in order, each with its floor:
 * the one place the floors live (issue 8: "print each in claimtrack eval; put the floors in the
 * build like the others"). Recall by category follows these rows, without floors.
 */
public enum RealnewsFigure {
  RECALL_SENTENCE("value recall, same sentence", RealnewsScores::recallSentence, 0.95),
  RECALL_FILE("value recall, file level", RealnewsScores::recallFile, Double.NaN),
  SOURCE_ATTRIBUTED("source right, figures a source stated", RealnewsScores::sourceAttributed, 0.80),
  SOURCE_EXPLICIT("  of those, cue in the sentence", RealnewsScores::sourceExplicit, Double.NaN),
  SOURCE_IMPLICIT("  of those, by context only (implicit)", RealnewsScores::sourceImplicit, 0.60),
  SOURCE_AUTHORIAL("source right, authorial figures", RealnewsScores::sourceAuthorial, Double.NaN),
  SOURCE_MATCHED("source right, all matched figures", RealnewsScores::sourceMatched, Double.NaN),
  COUNTED("counted right (percent and money included)", RealnewsScores::counted, 0.75),
  COUNTED_PLAIN("counted right, plain counts only", RealnewsScores::countedPlain, Double.NaN),
  PRECISION("precision (output quantities that match)", RealnewsScores::precision, 0.85),
  PRECISION_ATTRIBUTED("precision, in attributed claims", RealnewsScores::precisionAttributed, Double.NaN),
  FULLY_RIGHT("fully right (value + source + counted)", RealnewsScores::fullyRight, 0.65),
  FULLY_RIGHT_ATTRIBUTED("fully right, attributed figures", RealnewsScores::fullyRightAttributed, Double.NaN),
  FULLY_RIGHT_AUTHORIAL("fully right, authorial figures", RealnewsScores::fullyRightAuthorial, Double.NaN),
  BOUNDS_EXACT("bounds exact on matched", RealnewsScores::boundsExact, Double.NaN);

  private final String measure;
  private final Function<RealnewsScores, Count> count;
  private final double floor;

  RealnewsFigure(String measure, Function<RealnewsScores, Count> count, double floor) {
    this.measure = measure;
    this.count = count;
    this.floor = floor;
  }

  /** The row's name in the table. */
  public String measure() {
    return measure;
  }

  /** The counts behind the figure. */
  public Count of(RealnewsScores s) {
    return count.apply(s);
  }

  /** The floor on realnews-dev, NaN when there is none. */
  public double floor() {
    return floor;
  }

  public boolean hasFloor() {
    return !Double.isNaN(floor);
  }
}
