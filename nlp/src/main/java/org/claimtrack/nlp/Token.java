package org.claimtrack.nlp;

import java.util.Objects;
import org.claimtrack.domain.Span;

/**
 * One token.
 *
 * @param index position in its sentence, from 0
 * @param span char offsets into the article text
 * @param text the token's original text, exactly {@code span.of(articleText)}
 * @param word the tokenizer's normalized form (quotes and dashes normalized), used by models
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma lemma
 * @param ner "PERSON", "ORGANIZATION", "LOCATION" or "O"
 */
public record Token(int index, Span span, String text, String word, String pos, String lemma, String ner) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(ner, "ner");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isPunct() {
    return !pos.isEmpty() && !Character.isLetterOrDigit(pos.charAt(0)) || pos.equals("HYPH");
  }

  public boolean lemmaIs(String l) {
    return lemma.equalsIgnoreCase(l);
  }
}
