package org.claimtrack.eval.attribution;

import java.time.LocalDate;
import java.util.List;

/**
 * A system under test for attribution: the extractor, or a fake in tests. Implementations must be
 * thread-safe when the suite is run on more than one thread.
 */
@FunctionalInterface
public interface AttributionSystem {

  /**
   * Finds the attributions in one article.
   *
   * @param articleId the suite's article name, for logs
   * @param text the article's full text; returned spans index into it
   * @param published the article's publication date
   * @return the attributions found, in any order; never null
   */
  List<PredictedAttribution> attribute(String articleId, String text, LocalDate published);
}
