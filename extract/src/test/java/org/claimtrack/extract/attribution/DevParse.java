package org.claimtrack.extract.attribution;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.AnnotationPlan;
import org.claimtrack.nlp.NlpDocument;
import org.claimtrack.nlp.NlpPipelines;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * A developer's look at what the rules see: prints each sentence of a text (the first argument,
 * or a file with {@code @path}) as tagged tokens in {@link Hand}'s notation and its dependencies in
 * CoreNLP's, ready to paste into a rule test. Not a test; run it with the test class path.
 */
public final class DevParse {
  public static void main(String[] args) throws Exception {
    String text = args[0].startsWith("@") ? Files.readString(Path.of(args[0].substring(1))) : String.join(" ", args);
    NlpDocument d = NlpPipelines.shared().annotate(text, new Span(0, text.length()), null, AnnotationPlan.everything());
    for (Sentence s : d.sentences()) {
      StringBuilder toks = new StringBuilder();
      for (Token t : s.tokens()) {
        toks.append(t.text()).append('/').append(t.pos());
        if (!t.lemma().equals(t.text().toLowerCase())) toks.append('/').append(t.lemma());
        if (!t.ner().equals("O")) toks.append('@').append(t.ner());
        toks.append(' ');
      }
      System.out.println(toks.toString().trim());
      StringBuilder deps = new StringBuilder();
      if (s.isParsed()) {
        var g = s.graph();
        for (int i = 0; i < s.size(); i++) {
          int h = g.head(i);
          deps.append(g.relation(i)).append('(').append(h < 0 ? "ROOT" : s.token(h).text()).append('-').append(h + 1)
              .append(", ").append(s.token(i).text()).append('-').append(i + 1).append(") ");
        }
      }
      System.out.println(deps.toString().trim());
      System.out.println();
    }
  }
}
