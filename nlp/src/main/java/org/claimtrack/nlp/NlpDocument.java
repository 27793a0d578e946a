package org.claimtrack.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.claimtrack.domain.Span;

/**
 * The annotated text: sentences with tokens, and the parts the caller asked for.
 *
 * @param text the whole article text (offsets point into it)
 * @param region the part of the text that was annotated
 * @param documentDate the date relative dates were resolved against, or null
 * @param sentences the sentences of the region, in order
 */
public record NlpDocument(String text, Span region, LocalDate documentDate, List<Sentence> sentences) {
  public NlpDocument {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(region, "region");
    sentences = List.copyOf(sentences);
  }

  public String text(Span s) {
    return s.of(text);
  }
}
