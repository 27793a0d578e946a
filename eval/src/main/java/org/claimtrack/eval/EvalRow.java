package org.claimtrack.eval;

import java.util.Objects;

/**
 * One line of the eval table.
 *
 * @param suite the test suite ("polnear-dev", "tempeval3-platinum", ...)
 * @param measure what is measured ("source exact F1", "value accuracy")
 * @param value the figure, in [0, 1]
 * @param counts the counts behind it, for a person ("tp 812 / pred 1010 / gold 1190")
 * @param floor the floor this figure must reach, or NaN when there is none
 * @param note how it was measured, what was skipped and why
 */
public record EvalRow(String suite, String measure, double value, String counts, double floor, String note) {
  public EvalRow {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(note, "note");
  }

  public static EvalRow of(String suite, String measure, Score s, double floor, String note) {
    return new EvalRow(suite, measure, s.f1(),
        String.format("P %.3f R %.3f (tp %d, pred %d, gold %d)", s.precision(), s.recall(), s.truePositives(), s.predicted(), s.gold()),
        floor, note);
  }

  public static EvalRow accuracy(String suite, String measure, int correct, int total, double floor, String note) {
    return new EvalRow(suite, measure, total == 0 ? 0 : (double) correct / total,
        String.format("%d / %d", correct, total), floor, note);
  }

  public boolean hasFloor() {
    return !Double.isNaN(floor);
  }

  public boolean meetsFloor() {
    return !hasFloor() || value >= floor;
  }
}
