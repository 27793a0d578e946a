package org.claimtrack.extract;

import org.claimtrack.nlp.NlpPipeline;
import org.claimtrack.nlp.NlpPipelines;

/** Where claim extractors come from. */
public final class ClaimExtractors {
  private ClaimExtractors() {}

  /** The default extractor over the JVM's shared CoreNLP pipeline (loaded on first use). */
  public static ClaimExtractor standard() {
    return new DefaultClaimExtractor(ExtractorConfig.DEFAULT, NlpPipelines.shared());
  }

  /** The default extractor with these limits on article size (characters, sentences, claims). */
  public static ClaimExtractor standard(org.claimtrack.domain.Limits limits) {
    return new DefaultClaimExtractor(ExtractorConfig.DEFAULT.withLimits(limits), NlpPipelines.shared());
  }

  /**
   * The stages {@link #standard()}'s extractor runs ({@link ClaimExtractor#stages()}), without
   * loading CoreNLP: what the ledger stores as the extractor version.
   */
  public static java.util.List<String> standardStages() {
    return DefaultClaimExtractor.stages(NlpPipelines.sharedName());
  }

  public static ClaimExtractor create(ExtractorConfig config, NlpPipeline nlp) {
    return new DefaultClaimExtractor(config, nlp);
  }
}
