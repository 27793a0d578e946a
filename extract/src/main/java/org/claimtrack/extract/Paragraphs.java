package org.claimtrack.extract;

import java.util.List;
import org.claimtrack.nlp.Sentence;

/** Which paragraph each sentence is in: paragraphs are separated by a blank line. */
final class Paragraphs {
  private Paragraphs() {}

  static int[] of(String text, List<Sentence> sentences) {
    int[] out = new int[sentences.size()];
    int p = 0;
    for (int i = 0; i < sentences.size(); i++) {
      if (i > 0 && blankLineBetween(text, sentences.get(i - 1).span().end(), sentences.get(i).span().start())) p++;
      out[i] = p;
    }
    return out;
  }

  static boolean blankLineBetween(String text, int from, int to) {
    boolean newline = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        if (newline) return true;
        newline = true;
      } else if (!Character.isWhitespace(c)) {
        newline = false;
      }
    }
    return false;
  }
}
