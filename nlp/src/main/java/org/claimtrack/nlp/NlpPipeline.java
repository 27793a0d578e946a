package org.claimtrack.nlp;

import java.time.LocalDate;
import java.util.function.IntPredicate;
import org.claimtrack.domain.Span;

/**
 * Linguistic annotation behind one small interface. Implementations are thread-safe: one
 * pipeline per JVM serves every thread.
 */
public interface NlpPipeline {

  /** Versioned name of this stage, e.g. "corenlp-4.5.10.v1", for provenance. */
  String name();

  /**
   * Annotates {@code region} of {@code text}. Offsets in the result are offsets into
   * {@code text}.
   *
   * @param documentDate resolves relative dates ("Thursday"); null leaves them unresolved
   */
  NlpDocument annotate(String text, Span region, LocalDate documentDate, AnnotationPlan plan);

  /**
   * Annotates as {@link #annotate} does, but may leave SUTime for later: {@link Deferred#withTimes}
   * runs it on the sentences the caller turns out to need (among those {@code plan.time()}
   * accepts), each sentence's time expressions the same as {@link #annotate} gives it. SUTime is
   * the costliest step of the annotation; most sentences with a time word never carry a claim.
   */
  default Deferred annotateDeferred(String text, Span region, LocalDate documentDate, AnnotationPlan plan) {
    NlpDocument d = annotate(text, region, documentDate, plan);
    return new Deferred() {
      @Override
      public NlpDocument document() {
        return d;
      }

      @Override
      public NlpDocument withTimes(IntPredicate sentences) {
        return d;
      }
    };
  }

  /** An annotation whose time expressions are made on demand. Not thread-safe: one caller's. */
  interface Deferred {
    /** The annotation so far: sentences SUTime has not run on have no time expressions (null). */
    NlpDocument document();

    /**
     * The annotation with time expressions on every sentence {@code sentences} accepts (by index)
     * that the plan's {@code time()} accepts; SUTime runs only on those it has not run on yet.
     */
    NlpDocument withTimes(IntPredicate sentences);
  }
}
