package org.claimtrack.eval.timex;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.claimtrack.eval.EvalRow;

/**
 * The {@code tempeval3-platinum} suite: 138 TIMEX3 with normalized values in 20 news articles of
 * March 2013, read in place from {@code <evalDir>/tempeval3-platinum/*.tml} (see
 * {@link TimeMlReader}). The system gets the {@code <TEXT>} content and the DCT date.
 *
 * <p>Rows (see {@link TimexScorer}): relaxed extent F1, strict extent F1, value F1 (floor 0.80),
 * type accuracy on relaxed matches, then relaxed, strict and value F1 with gold and predictions
 * restricted to type DATE.
 */
public final class TempEvalEval {

  /** Suite name used in the rows, and its folder under the eval folder. */
  public static final String SUITE = "tempeval3-platinum";
  /** Floor on the all-types value F1. */
  public static final double VALUE_FLOOR = 0.80;

  private TempEvalEval() {}

  /** Reads the suite. */
  public static TimexCorpus read(Path evalDir) {
    Objects.requireNonNull(evalDir, "evalDir");
    return new TimexCorpus(SUITE, TimeMlReader.readAll(evalDir.resolve(SUITE)),
        "text = <TEXT> content, document date = DCT");
  }

  /** Runs the suite on the calling thread. */
  public static List<EvalRow> run(Path evalDir, TimexSystem system) {
    return run(evalDir, system, 1);
  }

  /**
   * Runs the suite with up to {@code threads} documents at a time; the rows do not depend on
   * {@code threads}. {@code system} must be thread-safe when {@code threads > 1}.
   */
  public static List<EvalRow> run(Path evalDir, TimexSystem system, int threads) {
    TimexCorpus corpus = read(evalDir);
    return TimexSuite.rows(corpus, TimexSuite.evaluate(corpus.documents(), system, threads), VALUE_FLOOR);
  }
}
