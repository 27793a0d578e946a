package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/** Rule {@code signed-quote}: over the whole text, not one sentence. */
final class SignedQuote {
  private SignedQuote() {}

  /** A quote signed after a dash, to the end of its line: "“...” ― Sonya Herridge". */
  static List<Attribution> find(AttributionContext cx) {
    List<Attribution> out = new ArrayList<>();
    for (Span q : cx.quotes.spans()) {
      int i = q.end();
      int lineEnd = cx.text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = Math.min(cx.text.length(), cx.region.end());
      String rest = cx.text.substring(i, Math.min(lineEnd, cx.region.end()));
      java.util.regex.Matcher m = SIGNATURE.matcher(rest);
      if (!m.matches()) continue;
      int dash = i + m.start(1);
      Span name = new Span(i + m.start(2), i + m.end(2));
      Sentence s = cx.sentenceContaining(name.start());
      if (s == null) continue;
      int head = -1;
      for (Token t : s.tokens()) {
        if (name.contains(t.span()) && (t.isNoun() || t.isProperNoun())) head = t.index();
      }
      if (head < 0) continue;
      out.add(new Attribution(s.index(), ClaimKind.QUOTE, new Attribution.Mention(s.index(), head, name, -1),
          new Span(dash, dash + 1), -1, q, AttributionStage.STAGE + ":signed-quote"));
    }
    return out;
  }

  private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern.compile(
      "^[\\s\u00A0]*([\u2015\u2014])[\\s\u00A0]*([A-Z][\\p{L}.'\\-]*(?:[\\s\u00A0]+[A-Z][\\p{L}.'\\-]*){0,4})[\\s\u00A0]*$");
}
