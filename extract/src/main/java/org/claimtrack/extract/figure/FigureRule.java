package org.claimtrack.extract.figure;

/** One decision about the figures of a sentence: reads the tokens, fills fields of the drafts it can decide. */
interface FigureRule {
  void apply(SentenceFigures s);
}
