package org.claimtrack.nlp;

import java.nio.file.Path;

/**
 * Settings of the CoreNLP pipeline, with defaults in code.
 *
 * @param nerModel the CRF model for names; the 3-class model (person, organization, location)
 *     is the one claim extraction needs
 * @param parserModel the neural dependency parser model (Universal Dependencies)
 * @param maxParseTokens sentences longer than this are not parsed (rules fall back to tags)
 * @param maxSentenceTokens longer runs without sentence punctuation are split here
 * @param modelCache a directory where the loaded models are kept between runs, each read back in
 *     a fraction of its load: the parser with CoreNLP's precomputed table (187 MB) and the names
 *     model (30 MB); null for none; see {@link #defaultModelCache()}
 */
public record NlpConfig(String nerModel, String parserModel, int maxParseTokens, int maxSentenceTokens,
    Path modelCache) {

  public static final NlpConfig DEFAULT =
      new NlpConfig(
          "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
          "edu/stanford/nlp/models/parser/nndep/english_UD.gz",
          120,
          250,
          defaultModelCache());

  /**
   * The system property {@code claimtrack.cache} (a directory, or {@code none} for no cache), else
   * {@code $XDG_CACHE_HOME/claimtrack}, else {@code ~/.cache/claimtrack}; null when there is no home.
   */
  public static Path defaultModelCache() {
    String p = System.getProperty("claimtrack.cache");
    if (p != null && !p.isBlank()) return p.equals("none") ? null : Path.of(p);
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "claimtrack");
    String home = System.getProperty("user.home");
    if (home == null || home.isBlank() || home.equals("?")) return null;
    return Path.of(home, ".cache", "claimtrack");
  }

  /** These settings with another model cache (null: none). */
  public NlpConfig withModelCache(Path dir) {
    return new NlpConfig(nerModel, parserModel, maxParseTokens, maxSentenceTokens, dir);
  }

  public NlpConfig {
    if (nerModel == null || nerModel.isBlank()) {
      throw new IllegalArgumentException("nerModel must name a CRF model on the classpath");
    }
    if (parserModel == null || parserModel.isBlank()) {
      throw new IllegalArgumentException("parserModel must name a dependency parser model on the classpath");
    }
    if (maxParseTokens < 1) {
      throw new IllegalArgumentException("maxParseTokens must be positive, got " + maxParseTokens);
    }
    if (maxSentenceTokens < 10) {
      throw new IllegalArgumentException("maxSentenceTokens must be at least 10, got " + maxSentenceTokens);
    }
  }
}
