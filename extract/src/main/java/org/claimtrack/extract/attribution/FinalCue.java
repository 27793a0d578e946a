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

/** Rule {@code final-cue}. */
final class FinalCue implements SentenceRule {
  @Override
  public String name() {
    return "final-cue";
  }

  @Override
  public List<Attribution> find(AttributionContext cx, Sentence s, BitSet used) {
    Attribution a = find(cx, s);
    if (a == null) return List.of();
    used.set(a.cueHead());
    return List.of(a);
  }

  /**
   * "CONTENT, SOURCE CUE [time]." and "CONTENT, CUE SOURCE." at the end of a sentence: "..., the
   * Ukrainian intelligence service reported.", "“...,” Putin told the press conference in Kazan.",
   * "..., said John Kirby, a spokesman.", and after a document: "..., the data show."
   */
  static Attribution find(AttributionContext cx, Sentence s) {
    int n = s.size();
    int end = n;
    while (end > 0 && isClosingPunct(s.token(end - 1))) end--;
    // the cue verb is within the last tokens
    for (int v = end - 1; v >= 1 && v >= end - 30; v--) {
      Token verb = s.token(v);
      String lemma = Lexicon.lower(verb.lemma());
      boolean speech = Lexicon.SPEECH_VERBS.contains(lemma);
      if (!verb.isVerb() || verb.pos().equals("VBG") || !speech && !Lexicon.DOCUMENT_VERBS.contains(lemma)) continue;
      if (cx.quotes.inside(verb.span())) continue;
      Attribution quotedAs = QuotedAsSaying.find(cx, s, v, end);
      if (quotedAs != null) return quotedAs;
      int tailEnd = firstCommaOrEnd(s, v + 1, end);
      if (!tailIsAdjunct(s, v + 1, tailEnd)) continue;
      // "the announcer said, “It’s 3 a.m. ...”": the cue opens a quote, it does not close a content
      if (tailEnd + 2 < n && (s.token(tailEnd).text().equals(",") || s.token(tailEnd).text().equals(":"))
          && isQuoteToken(s.token(tailEnd + 1)) && cx.quotes.inside(s.token(tailEnd + 2).span())) {
        continue;
      }
      // SOURCE CUE: a noun phrase between a comma (or a closing quote) and the verb
      int npStart = speech ? nounPhraseBefore(s, v) : documentPhraseBefore(s, v);
      int comma;
      int srcFrom;
      int srcTo;
      if (npStart >= 1 && isContentBoundary(s, npStart - 1)) {
        comma = npStart - 1;
        srcFrom = npStart;
        srcTo = v;
      } else if (isContentBoundary(s, v - 1) && Lexicon.INVERTING_VERBS.contains(Lexicon.lower(verb.lemma()))) {
        // CUE SOURCE: "..., said the agency."
        int npEnd = nounPhraseAfter(s, v + 1, end);
        if (npEnd <= v + 1) continue;
        String first = Lexicon.lower(s.token(v + 1).text());
        if (s.token(v + 1).pos().equals("PRP") && !first.equals("he") && !first.equals("she") && !first.equals("they")) continue;
        comma = v - 1;
        srcFrom = v + 1;
        srcTo = npEnd;
      } else {
        continue;
      }
      int contentEnd = comma;
      if (contentEnd <= 0) continue;
      Span content = cx.trimmedSpan(s, range(0, contentEnd + (isQuoteToken(s.token(comma)) ? 1 : 0)));
      if (content == null || cx.words(content) < 3) continue;
      int head = nounHead(s, srcFrom, srcTo);
      if (head < 0) continue;
      // "..., the data show.": a verb of showing closes a content only after a document
      if (!speech && !isDocument(s.token(head))) continue;
      Span srcSpan = cx.trimmedSpan(s, range(srcFrom, srcTo));
      if (srcSpan == null) continue;
      Span cue = new Span(verb.start(), verb.end());
      // "told the press conference": the listener belongs to the cue
      if (Lexicon.TELL_VERBS.contains(Lexicon.lower(verb.lemma())) && srcTo == v) {
        int k = v + 1;
        while (k < end && (s.token(k).pos().equals("DT") || s.token(k).pos().startsWith("JJ") || s.token(k).isNoun())
            && !s.token(k).ner().equals("LOCATION")) {
          k++;
          if (s.token(k - 1).isNoun() && (k >= end || !s.token(k).isNoun())) break;
        }
        if (k > v + 1) cue = new Span(verb.start(), s.token(k - 1).end());
      }
      ClaimKind kind = ClaimKind.REPORTED;
      Span quoted = cx.quoteCovering(content);
      if (quoted != null) {
        content = quoted;
        kind = ClaimKind.QUOTE;
      }
      Attribution.Mention m = new Attribution.Mention(s.index(), head, srcSpan, -1);
      return new Attribution(s.index(), kind, m, cue, v, content, AttributionStage.STAGE + ":final-cue");
    }
    return null;
  }

  /**
   * Start of a document noun phrase ending right before {@code v}, with what may follow a
   * document: "of its regulatory filings", "compiled by Bloomberg" ("..., a Bloomberg review of
   * its regulatory filings shows."), or -1.
   */
  static int documentPhraseBefore(Sentence s, int v) {
    int k = v;
    while (k - 1 >= 0) {
      Token t = s.token(k - 1);
      String p = t.pos();
      if (isNounPhraseToken(t) || p.equals("IN") || p.equals("VBN") || p.equals("TO")) k--;
      else break;
    }
    // it must hold a document before any preposition
    for (int j = k; j < v; j++) {
      if (isDocument(s.token(j))) return trimLeadingPreps(s, k, j);
    }
    return -1;
  }

  private static int trimLeadingPreps(Sentence s, int k, int document) {
    while (k < document && (s.token(k).pos().equals("IN") || s.token(k).pos().equals("VBN"))) k++;
    return k;
  }
}
