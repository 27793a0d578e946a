package org.claimtrack.nlp;

/** Where pipelines come from. The shared one loads once per JVM, on first use. */
public final class NlpPipelines {
  private NlpPipelines() {}

  private static final class Holder {
    static final NlpPipeline SHARED = new CoreNlpPipeline(NlpConfig.DEFAULT);
  }

  /** The JVM-wide pipeline with default settings; loads CoreNLP's models on first call. */
  public static NlpPipeline shared() {
    return Holder.SHARED;
  }

  /** A new pipeline; each loads its own models (seconds, and about a gigabyte of heap). */
  public static NlpPipeline create(NlpConfig config) {
    return new CoreNlpPipeline(config);
  }

  /**
   * Stock CoreNLP with {@code tokenize,ssplit,pos,lemma,ner,depparse} at its default settings,
   * for speed comparisons only.
   */
  public static StockCoreNlp stock() {
    return new StockCoreNlp();
  }

  /** The {@link NlpPipeline#name()} of {@link #shared()}'s pipeline, known without loading it. */
  public static String sharedName() {
    return CoreNlpPipeline.VERSION;
  }
}
