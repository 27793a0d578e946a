package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import java.util.List;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.Sentence;

/**
 * Rule {@code colon-cue}: "SOURCE CUE [adjunct]:" closing its paragraph, with what is said in the
 * next paragraph — "The New York Times reports:", "Limbaugh added:", "He said on Tuesday:" before
 * a block quote or a quoted paragraph. The content is the next paragraph (a direct quote there
 * makes it a QUOTE).
 */
final class ColonCue implements SentenceRule {
  @Override
  public String name() {
    return "colon-cue";
  }

  @Override
  public List<Attribution> find(AttributionContext cx, Sentence s, BitSet used) {
    int n = s.size();
    if (n < 3 || !s.token(n - 1).text().equals(":")) return List.of();
    if (cx.quotes.inside(s.token(n - 1).span())) return List.of();
    Span next = nextParagraph(cx, s);
    if (next == null || cx.words(next) < 3) return List.of();
    for (int v = 1; v < n - 1; v++) {
      if (used.get(v) || !isSpeechVerb(s.token(v))) continue;
      String lemma = Lexicon.lower(s.token(v).lemma());
      if (Lexicon.DIRECTIVE_VERBS.contains(lemma) || !tailIsAdjunct(s, v + 1, n - 1)) continue;
      int k = v;
      while (k - 1 >= 0 && (s.token(k - 1).pos().equals("MD") || s.token(k - 1).pos().equals("RB")
          || Lexicon.lower(s.token(k - 1).lemma()).equals("have"))) {
        k--;
      }
      int npStart = nounPhraseBefore(s, k);
      if (npStart != 0) continue;
      int head = nounHead(s, 0, k);
      if (head < 0) continue;
      Span src = cx.trimmedSpan(s, range(0, k));
      if (src == null) continue;
      used.set(v);
      Attribution.Mention m = new Attribution.Mention(s.index(), head, src, -1);
      return List.of(cx.attribution(s, ClaimKind.REPORTED, m, s.span(k, v + 1), v, next,
          AttributionStage.STAGE + ":" + name()));
    }
    return List.of();
  }

  /** The paragraph after {@code s} when {@code s} ends its own, else null. */
  static Span nextParagraph(AttributionContext cx, Sentence s) {
    int i = s.span().end();
    int end = cx.region.end();
    boolean broke = false;
    while (i < end && Character.isWhitespace(cx.text.charAt(i))) {
      if (cx.text.charAt(i) == '\n') broke = true;
      i++;
    }
    if (!broke || i >= end) return null;
    int stop = cx.text.indexOf("\n", i);
    if (stop < 0 || stop > end) stop = end;
    return cx.balanceQuotes(new Span(i, stop));
  }
}
