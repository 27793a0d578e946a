package org.claimtrack.nlp;

import java.time.LocalDate;
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
}
