package org.claimtrack.extract;

import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Result;

/**
 * Article in, claims out. Thread-safe: one extractor (and one CoreNLP pipeline) serves every
 * thread of a JVM. Expected failures (an article with no sentences) come back as a failed
 * {@link Result}; nothing is thrown for bad input.
 */
public interface ClaimExtractor {

  /** The versioned stage names this extractor runs, as claims list them in their provenance. */
  java.util.List<String> stages();

  Result<ArticleClaims> extract(Article article);
}
