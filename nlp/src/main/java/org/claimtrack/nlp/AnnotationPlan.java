package org.claimtrack.nlp;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which sentences get the expensive annotations. Tagging (tokens, POS, lemmas, NER) is done for
 * every sentence; a dependency parse and SUTime only where the predicates say so, since only
 * sentences that can hold a claim need them.
 *
 * @param parse which tagged sentences to parse
 * @param time which tagged sentences to run SUTime on
 * @param timeAnchor in a long sentence, SUTime runs only around tokens this accepts (a few
 *     tokens each side); null runs it on whole sentences
 */
public record AnnotationPlan(Predicate<Sentence> parse, Predicate<Sentence> time, Predicate<Token> timeAnchor) {
  public AnnotationPlan {
    Objects.requireNonNull(parse, "parse");
    Objects.requireNonNull(time, "time");
  }

  public AnnotationPlan(Predicate<Sentence> parse, Predicate<Sentence> time) {
    this(parse, time, null);
  }

  /**
   * SUTime on the sentences with a token {@code anchor} accepts, and in long ones only around those
   * tokens; a dependency parse where {@code parse} says.
   */
  public static AnnotationPlan timesAround(Predicate<Sentence> parse, Predicate<Token> anchor) {
    Objects.requireNonNull(anchor, "anchor");
    return new AnnotationPlan(parse, s -> s.tokens().stream().anyMatch(anchor), anchor);
  }

  /** Everything for every sentence, as stock CoreNLP would do. */
  public static AnnotationPlan everything() {
    return new AnnotationPlan(s -> true, s -> true);
  }

  /** Tags only. */
  public static AnnotationPlan tagsOnly() {
    return new AnnotationPlan(s -> false, s -> false);
  }
}
