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

/** Rule {@code leading-cue}: the fallback when the parse gives a cue verb no content. */
final class LeadingCue {
  private LeadingCue() {}

  /**
   * "SOURCE CUE [that] CONTENT." when the parse gave nothing: a speech verb right after the
   * sentence's first noun phrase (perhaps after an opening adjunct and a comma), with the rest
   * of the sentence as content. "Union officials said nearly 14,000 employees ... had a
   * stoppage."
   */
  static Attribution find(AttributionContext cx, Sentence s, int v) {
    Token verb = s.token(v);
    String lemma = Lexicon.lower(verb.lemma());
    if (!Lexicon.SPEECH_VERBS.contains(lemma) || Lexicon.DIRECTIVE_VERBS.contains(lemma) || verb.pos().equals("VBG") || verb.pos().equals("VBN") && !hasAuxBefore(s, v)) {
      return null;
    }
    if (cx.quotes.inside(verb.span())) return null;
    int k = v;
    while (k - 1 >= 0 && (s.token(k - 1).pos().equals("MD") || Lexicon.lower(s.token(k - 1).lemma()).equals("have")
        || s.token(k - 1).pos().equals("RB"))) k--;
    int npStart = nounPhraseBefore(s, k);
    if (npStart < 0) return null;
    if (npStart > 0 && !isContentBoundary(s, npStart - 1)) return null;
    int head = nounHead(s, npStart, k);
    if (head < 0) return null;
    int from = v + 1;
    if (Lexicon.TELL_VERBS.contains(lemma)) {
      while (from < s.size() && (s.token(from).pos().equals("DT") || s.token(from).isNoun() || s.token(from).pos().startsWith("PRP"))
          && !Lexicon.lower(s.token(from).text()).equals("that")) from++;
    }
    // "the announcer said, “It’s 3 a.m. ...”": a comma or colon between the cue and its quote
    if (from + 1 < s.size() && (s.token(from).text().equals(",") || s.token(from).text().equals(":"))
        && isQuoteToken(s.token(from + 1))) {
      from++;
    }
    if (from >= s.size() || s.token(from).isPunct() && !isQuoteToken(s.token(from))) return null;
    int end = s.size();
    while (end > from && isClosingPunct(s.token(end - 1))) end--;
    Span content = cx.trimmedSpan(s, range(from, end));
    if (content == null || cx.words(content) < 4) return null;
    // "The property segment posted a profit of S$1.9 million" is no report: what is said is a
    // clause, a "that" clause or a quote, not an object noun phrase
    if (cx.quoteCovering(content) == null && !hasFiniteVerb(s, from, end)) return null;
    if (Lexicon.QUOTE_CUES.contains(lemma) && cx.quoteCovering(content) == null) return null;
    Span srcSpan = cx.trimmedSpan(s, range(npStart, k));
    if (srcSpan == null) return null;
    ClaimKind kind = ClaimKind.REPORTED;
    Span quoted = cx.quoteCovering(content);
    if (quoted != null) {
      content = quoted;
      kind = ClaimKind.QUOTE;
    }
    Span cue = new Span(s.token(k).start(), s.token(Lexicon.TELL_VERBS.contains(lemma) ? Math.max(v, from - 1) : v).end());
    return new Attribution(s.index(), kind, new Attribution.Mention(s.index(), head, srcSpan, -1), cue, v, content,
        AttributionStage.STAGE + ":leading-cue");
  }

  private static boolean hasFiniteVerb(Sentence s, int from, int end) {
    for (int k = from; k < end; k++) {
      String p = s.token(k).pos();
      if (p.equals("VBZ") || p.equals("VBD") || p.equals("VBP") || p.equals("MD")) return true;
    }
    return false;
  }
}
