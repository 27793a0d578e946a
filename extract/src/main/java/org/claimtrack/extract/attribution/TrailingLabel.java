package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import java.util.List;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Rule {@code trailing-label}: a headline that names its source after a colon at its end — "Over
 * 230,000 people flee Idlib during Russian-backed offensive: UN", "Talks are over: Kremlin". The
 * source is one to four capitalized words (a name or an acronym), nothing after it.
 */
final class TrailingLabel implements SentenceRule {
  @Override
  public String name() {
    return "trailing-label";
  }

  @Override
  public List<Attribution> find(AttributionContext cx, Sentence s, BitSet used) {
    int end = s.size();
    while (end > 0 && isClosingPunct(s.token(end - 1))) end--;
    for (int colon = end - 2; colon >= Math.max(2, end - 5); colon--) {
      if (!s.token(colon).text().equals(":")) continue;
      int head = -1;
      for (int k = colon + 1; k < end; k++) {
        Token t = s.token(k);
        boolean capital = Character.isUpperCase(t.text().charAt(0));
        if (!(t.isProperNoun() || capital && t.isNoun()) || !capital) return List.of();
        head = k;
      }
      if (head < 0) return List.of();
      Span content = cx.trimmedSpan(s, range(0, colon));
      if (content == null || cx.words(content) < 3 || cx.quotes.inside(s.token(colon).span())) return List.of();
      Span source = s.span(colon + 1, end);
      return List.of(cx.attribution(s, ClaimKind.REPORTED, new Attribution.Mention(s.index(), head, source, -1),
          s.token(colon).span(), colon, content, AttributionStage.STAGE + ":" + name()));
    }
    return List.of();
  }
}
