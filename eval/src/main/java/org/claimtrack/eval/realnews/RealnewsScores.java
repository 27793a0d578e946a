package org.claimtrack.eval.realnews;

import java.util.List;
import java.util.Objects;

/**
 * Every figure score.py computes for one prediction file, as counts (its headline table, the
 * {@code --json} line and the {@code --per-file} lines).
 *
 * @param expected expected claims
 * @param expectedAttributed of them attributed (not authorial)
 * @param expectedAuthorial of them authorial
 * @param expectedImplicit of the attributed, those credited by the context only
 * @param expectedPages pages named in the annotation
 * @param articles output objects read (by page name)
 * @param missingPages annotated pages with no output object, in Python's sort order
 * @param notesNotFound expected notes not found in their page's output text
 * @param recallSentence value recall, same sentence
 * @param recallFile value recall, file level
 * @param sourceMatched source right on matched claims
 * @param sourceAttributed ... on attributed ones
 * @param sourceExplicit ... with a cue in the sentence
 * @param sourceImplicit ... by context only
 * @param sourceAuthorial ... on authorial ones
 * @param counted counted right on matched claims with an expected head
 * @param countedPlain ... plain counts only
 * @param fullyRight value in the sentence, source right, counted right where expected; of all
 * @param fullyRightAttributed ... of attributed
 * @param fullyRightAuthorial ... of authorial
 * @param boundsExact bounds exact on matched
 * @param categories recall (same sentence) by category, most frequent first
 * @param recallAttributed recall of attributed expected claims
 * @param recallAuthorial recall of authorial expected claims
 * @param yearsAndDates predicted quantities left out of precision as years or dates
 * @param precision predicted quantities that match an expected claim in its note
 * @param precisionAttributed ... among those quoted by a non-authorial claim
 * @param unmatched predicted quantities that match nothing
 * @param unmatchedAttributed ... of them in attributed claims
 * @param unmatchedAuthorialOnly ... of them only in authorial claims
 * @param pages one line per page, in Python's sort order of page names
 */
public record RealnewsScores(int expected, int expectedAttributed, int expectedAuthorial, int expectedImplicit,
    int expectedPages,
    int articles, List<String> missingPages, int notesNotFound, Count recallSentence, Count recallFile,
    Count sourceMatched, Count sourceAttributed, Count sourceExplicit, Count sourceImplicit, Count sourceAuthorial,
    Count counted, Count countedPlain, Count fullyRight, Count fullyRightAttributed, Count fullyRightAuthorial,
    Count boundsExact, List<Category> categories, Count recallAttributed, Count recallAuthorial,
    int yearsAndDates, Count precision, Count precisionAttributed, int unmatched, int unmatchedAttributed,
    int unmatchedAuthorialOnly, List<Page> pages) {

  public RealnewsScores {
    missingPages = List.copyOf(missingPages);
    categories = List.copyOf(categories);
    pages = List.copyOf(pages);
    Objects.requireNonNull(recallSentence, "recallSentence");
  }

  /** Recall in the sentence of one category ("count", "percent", ...; "?" for lines without one). */
  public record Category(String name, Count recall) {}

  /**
   * One page: expected claims, matched in the sentence, source right, fully right, predicted
   * quantities (years and dates left out), unmatched predictions.
   */
  public record Page(String name, int expected, int matched, int sourceRight, int fullyRight, int predicted,
      int unmatched) {}
}
