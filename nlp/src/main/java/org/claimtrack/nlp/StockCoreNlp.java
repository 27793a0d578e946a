package org.claimtrack.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/** Stock CoreNLP, default settings, as the speed baseline. */
public final class StockCoreNlp {
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
  private final StanfordCoreNLP pipeline;

  StockCoreNlp() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates {@code text}; returns the number of tokens, so work cannot be optimized away. */
  public int annotate(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    return doc.tokens().size();
  }
}
