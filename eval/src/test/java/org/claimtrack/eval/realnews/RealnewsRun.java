package org.claimtrack.eval.realnews;

import org.claimtrack.eval.attribution.SharedEval;
import org.claimtrack.extract.ClaimExtractors;

/**
 * One run of the standard extractor over realnews-dev per test JVM (about 25 s of extraction
 * on all cores, plus CoreNLP's load if nothing loaded it before), shared by the tests that need
 * the real output: the agreement with score.py and the floors.
 */
public final class RealnewsRun {
  private RealnewsRun() {}

  private static RealnewsEval.Outcome outcome;

  /** The run, made on first use. */
  public static synchronized RealnewsEval.Outcome get() {
    if (outcome == null) {
      long t0 = System.nanoTime();
      outcome = RealnewsEval.run(SharedEval.dir(), ClaimExtractors.standard(), Runtime.getRuntime().availableProcessors());
      System.out.printf("realnews-dev: %d articles extracted and scored in %.1f s%n",
          outcome.predictions().articles().size(), (System.nanoTime() - t0) / 1e9);
    }
    return outcome;
  }
}
