package org.claimtrack.eval.timex;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.claimtrack.eval.EvalRow;

/**
 * The {@code meantime} suite: TIMEX3 normalized against the document date in 120 English
 * Wikinews articles (NewsReader MEANTIME, intra-document annotation), read in place from
 * {@code <evalDir>/meantime} (see {@link MeantimeReader}). The system gets the text rebuilt from
 * the tokens and the creation date.
 *
 * <p>Rows as for {@link TempEvalEval} (see {@link TimexScorer}); no floors.
 */
public final class MeantimeEval {

  /** Suite name used in the rows. */
  public static final String SUITE = "meantime";

  private MeantimeEval() {}

  /** Reads the suite. */
  public static TimexCorpus read(Path evalDir) {
    return MeantimeReader.read(Objects.requireNonNull(evalDir, "evalDir"), SUITE);
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
    return TimexSuite.rows(corpus, TimexSuite.evaluate(corpus.documents(), system, threads), Double.NaN);
  }
}
