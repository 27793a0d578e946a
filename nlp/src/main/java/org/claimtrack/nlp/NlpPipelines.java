package org.claimtrack.nlp;

/** Where pipelines come from. The shared one loads once per JVM, from its first use on. */
public final class NlpPipelines {
  private NlpPipelines() {}

  private static final class Holder {
    static final LoadingPipeline SHARED = new LoadingPipeline(CoreNlpPipeline.VERSION,
        () -> new CoreNlpPipeline(NlpConfig.DEFAULT));
  }

  /**
   * The JVM-wide pipeline with default settings. The first call starts loading CoreNLP's models in
   * the background and returns at once; the first {@link NlpPipeline#annotate} waits for them
   * (see {@link #sharedLoaded()} to wait up front).
   */
  public static NlpPipeline shared() {
    return Holder.SHARED;
  }

  /**
   * The shared pipeline once its models are loaded: waits for them (seconds), and throws what
   * the load threw. For callers that must be ready before they start (a stream task's open).
   */
  public static NlpPipeline sharedLoaded() {
    Holder.SHARED.await();
    return Holder.SHARED;
  }

  /** A new pipeline; each loads its own models (seconds, and about a gigabyte of heap), before it returns. */
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
