package org.claimtrack.eval.timex;

import java.time.LocalDate;
import java.util.List;

/**
 * A system under test for time expressions: the extractor, or a fake in tests. Implementations
 * must be thread-safe when a suite is run on more than one thread.
 */
@FunctionalInterface
public interface TimexSystem {

  /**
   * Finds and normalizes the time expressions in one document.
   *
   * @param text the document text; returned spans index into it
   * @param documentDate the document creation date, the anchor for "Friday" or "last week"
   * @return the time expressions found, in any order; never null
   */
  List<PredictedTimex> tag(String text, LocalDate documentDate);
}
