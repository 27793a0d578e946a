package org.claimtrack.eval.timex;

import java.util.List;
import java.util.Objects;

/**
 * The documents of a timex suite and what reading them involved.
 *
 * @param suite suite name for the rows ({@code tempeval3-platinum}, {@code meantime})
 * @param documents documents in file name order
 * @param readingNote what the reader skipped or repaired, for the rows' notes
 */
public record TimexCorpus(String suite, List<TimexDocument> documents, String readingNote) {
  public TimexCorpus {
    Objects.requireNonNull(suite, "suite");
    documents = List.copyOf(documents);
    Objects.requireNonNull(readingNote, "readingNote");
  }

  /** Number of gold time expressions over all documents. */
  public int goldCount() {
    return documents.stream().mapToInt(d -> d.timexes().size()).sum();
  }
}
