package org.claimtrack.eval.attribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR article with the attributions of the one annotation file chosen for it.
 *
 * @param id the article name ({@code metadata.tsv} column {@code filename})
 * @param annotators the annotators listed for the article in {@code metadata.tsv}, in that order;
 *     the file of the first one was read
 * @param published the {@code publication_date}
 * @param text the article text
 * @param attributions the gold attributions, in file order
 * @param skippedEvents events of the file that were not read as attributions because they have
 *     no content argument
 */
public record PolnearArticle(String id, List<String> annotators, LocalDate published, String text,
    List<GoldAttribution> attributions, int skippedEvents) {

  public PolnearArticle {
    Objects.requireNonNull(id, "id");
    annotators = List.copyOf(annotators);
    if (annotators.isEmpty()) {
      throw new IllegalArgumentException(id + ": no annotator");
    }
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    attributions = List.copyOf(attributions);
    if (skippedEvents < 0) {
      throw new IllegalArgumentException("skippedEvents must be non-negative");
    }
    for (GoldAttribution a : attributions) {
      for (Extent e : new Extent[] {a.source(), a.cue(), a.content()}) {
        if (e != null && !e.fits(text.length())) {
          throw new IllegalArgumentException(id + ": attribution " + a.id() + " span " + e
              + " exceeds text of length " + text.length());
        }
      }
    }
  }

  /** The annotator whose file was read: the first listed. */
  public String annotator() {
    return annotators.get(0);
  }

  /** Number of attributions without a source. */
  public int withoutSource() {
    return (int) attributions.stream().filter(a -> !a.hasSource()).count();
  }
}
