package org.claimtrack.nlp;

/**
 * Settings of the CoreNLP pipeline, with defaults in code.
 *
 * @param nerModel the CRF model for names; the 3-class model (person, organization, location)
 *     is the one claim extraction needs
 * @param parserModel the neural dependency parser model (Universal Dependencies)
 * @param maxParseTokens sentences longer than this are not parsed (rules fall back to tags)
 * @param maxSentenceTokens longer runs without sentence punctuation are split here
 */
public record NlpConfig(String nerModel, String parserModel, int maxParseTokens, int maxSentenceTokens) {

  public static final NlpConfig DEFAULT =
      new NlpConfig(
          "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
          "edu/stanford/nlp/models/parser/nndep/english_UD.gz",
          120,
          250);

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
