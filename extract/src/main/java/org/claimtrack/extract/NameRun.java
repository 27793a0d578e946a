package org.claimtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * A run of tokens NER gave the same type: a name. An organization followed by "of" and a place
 * or organization is one name ("Defense Intelligence of Ukraine", "Bank of America").
 *
 * @param type "PERSON", "ORGANIZATION" or "LOCATION"
 * @param span where the name is
 * @param text the name as written
 */
record NameRun(String type, Span span, String text) {
  NameRun {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  static List<NameRun> find(NlpDocument doc) {
    List<NameRun> out = new ArrayList<>();
    String text = doc.text();
    for (Sentence s : doc.sentences()) {
      int i = 0;
      while (i < s.size()) {
        String ner = s.token(i).ner();
        if (ner.equals("O")) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < s.size() && s.token(j).ner().equals(ner)) j++;
        // "X of Y" where X is an organization
        if (ner.equals("ORGANIZATION") && j + 1 < s.size() && s.token(j).text().equals("of")
            && !s.token(j + 1).ner().equals("O") && !s.token(j + 1).ner().equals("PERSON")) {
          String next = s.token(j + 1).ner();
          int k = j + 1;
          while (k < s.size() && s.token(k).ner().equals(next)) k++;
          j = k;
        }
        // a possessive ending is not part of a name
        int end = j;
        while (end > i && (s.token(end - 1).pos().equals("POS") || s.token(end - 1).isPunct())) end--;
        if (end > i) {
          Span sp = s.span(i, end);
          out.add(new NameRun(ner, sp, sp.of(text)));
        }
        i = j;
      }
    }
    return out;
  }

  boolean isPerson() {
    return type.equals("PERSON");
  }

  /** Tokens of this run in sentence {@code s}. */
  List<Token> tokens(Sentence s) {
    List<Token> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (span.contains(t.span())) out.add(t);
    }
    return out;
  }
}
