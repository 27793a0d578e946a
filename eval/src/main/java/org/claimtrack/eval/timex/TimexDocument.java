package org.claimtrack.eval.timex;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One document of a timex suite: the text a system sees, the date it is told, and the gold.
 *
 * @param id the document name (file name without extension)
 * @param text the plain text
 * @param documentDate the document creation date
 * @param timexes the gold time expressions inside {@code text}, in text order
 */
public record TimexDocument(String id, String text, LocalDate documentDate, List<GoldTimex> timexes) {
  public TimexDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(documentDate, "documentDate");
    timexes = List.copyOf(timexes);
    for (GoldTimex t : timexes) {
      if (!t.span().fits(text.length())) {
        throw new IllegalArgumentException(id + ": timex " + t.id() + " span " + t.span()
            + " exceeds text of length " + text.length());
      }
    }
  }
}
