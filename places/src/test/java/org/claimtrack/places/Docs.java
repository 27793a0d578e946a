package org.claimtrack.places;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Hand-made annotated documents, so rules are tested without loading CoreNLP. Each token is
 * written {@code word/POS/NER} (NER one letter: O, L location, P person, G organization); tokens
 * are separated by single spaces, except that a token starting with {@code ~} is glued to the one
 * before ("Russia ~'s/POS/O").
 */
final class Docs {
  private Docs() {}

  static NlpDocument doc(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String spec : sentences) {
      if (text.length() > 0) text.append(' ');
      int sentStart = text.length();
      List<Token> tokens = new ArrayList<>();
      for (String part : spec.split(" ")) {
        boolean glue = part.startsWith("~");
        if (glue) part = part.substring(1);
        int b = part.lastIndexOf('/'), a = part.lastIndexOf('/', b - 1);
        String word = part.substring(0, a), pos = part.substring(a + 1, b), ner = switch (part.substring(b + 1)) {
          case "L" -> "LOCATION";
          case "P" -> "PERSON";
          case "G" -> "ORGANIZATION";
          default -> "O";
        };
        if (!tokens.isEmpty() && !glue) text.append(' ');
        int s = text.length();
        text.append(word);
        tokens.add(new Token(tokens.size(), new Span(s, text.length()), word, word, pos, word.toLowerCase(), ner));
      }
      out.add(new Sentence(out.size(), new Span(sentStart, text.length()), tokens, null, null));
    }
    return new NlpDocument(text.toString(), new Span(0, text.length()), null, out);
  }
}
