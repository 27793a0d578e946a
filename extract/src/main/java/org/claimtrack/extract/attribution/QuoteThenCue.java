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

/** Rule {@code quote-then-cue}. */
final class QuoteThenCue implements SentenceRule {
  @Override
  public String name() {
    return "quote-then-cue";
  }

  @Override
  public List<Attribution> find(AttributionContext cx, Sentence s, BitSet used) {
    List<Attribution> out = find(cx, s);
    for (Attribution a : out) used.set(a.cueHead());
    return out;
  }

  /**
   * A direct quote followed by its speaker: "“...,” she said, but ...", "“...?” Trump asked." The
   * quote may close the previous sentence ("“Who would have believed ...?” Trump said, looking
   * out on the crowd."). SOURCE CUE or CUE SOURCE must come right after the quote and be
   * followed by a comma or the end of the sentence.
   */
  static List<Attribution> find(AttributionContext cx, Sentence s) {
    List<Attribution> out = new ArrayList<>();
    for (Span q : cx.quotes.overlapping(new Span(Math.max(cx.region.start(), s.span().start() - 3), s.span().end()))) {
      if (cx.words(q) < 2) continue;
      // the quote opens its sentence (or a previous one, or follows a colon)
      if (!cx.opensSentence(q)) continue;
      // the first token after the quote
      int k = -1;
      for (Token t : s.tokens()) {
        if (t.start() >= q.end()) {
          k = t.index();
          break;
        }
      }
      if (k < 0 || !cx.onlyPunctBetween(q.end(), s.token(k).start())) continue;
      if (k > 0 && !q.contains(s.token(k - 1).span()) && s.token(k - 1).end() > q.start()) continue;
      // SOURCE CUE
      int v = -1;
      int srcFrom = k;
      int srcTo = k;
      int j = k;
      while (j < s.size() && j - k < 8 && (isNounPhraseToken(s.token(j)) && !s.token(j).isVerb())) j++;
      if (j > k && j < s.size() && isSpeechVerb(s.token(j))) {
        v = j;
        srcTo = j;
      } else if (isSpeechVerb(s.token(k)) && Lexicon.INVERTING_VERBS.contains(Lexicon.lower(s.token(k).lemma()))) {
        v = k;
        srcFrom = k + 1;
        srcTo = nounPhraseAfter(s, k + 1, s.size());
        if (srcTo <= srcFrom) continue;
      }
      if (v < 0) continue;
      int after = Math.max(v, srcTo - 1) + 1;
      if (v > srcFrom) after = v + 1;
      // the cue's own tail: a listener or a date, then a comma or the end
      int e = after;
      while (e < s.size() && !s.token(e).text().equals(",") && !isClosingPunct(s.token(e)) && e - after < 6
          && !s.token(e).isVerb() && !isQuoteToken(s.token(e))) {
        e++;
      }
      if (e < s.size() && !s.token(e).text().equals(",") && !isClosingPunct(s.token(e))) continue;
      int head = nounHead(s, srcFrom, srcTo);
      if (head < 0) continue;
      Span srcSpan = cx.trimmedSpan(s, range(srcFrom, srcTo));
      if (srcSpan == null) continue;
      Token verb = s.token(v);
      Span cue = verb.span();
      if (Lexicon.TELL_VERBS.contains(Lexicon.lower(verb.lemma())) && v + 1 < e && v > srcFrom) {
        int last = v;
        for (int x = v + 1; x < e; x++) {
          if (s.token(x).isNoun() || s.token(x).pos().equals("PRP")) last = x;
          else if (!(s.token(x).pos().equals("DT") || s.token(x).pos().startsWith("JJ"))) break;
        }
        cue = new Span(verb.start(), s.token(last).end());
      }
      out.add(new Attribution(s.index(), ClaimKind.QUOTE, new Attribution.Mention(s.index(), head, srcSpan, -1), cue, v, q,
          AttributionStage.STAGE + ":quote-then-cue"));
    }
    return out;
  }
}
