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

/** Rule {@code participle}. */
final class ParticipleCue implements SentenceRule {
  @Override
  public String name() {
    return "participle";
  }

  @Override
  public List<Attribution> find(AttributionContext cx, Sentence s, BitSet used) {
    List<Attribution> out = find(cx, s);
    for (Attribution a : out) used.set(a.cueHead());
    return out;
  }

  /** "..., saying ...", "..., adding that ...": the participle's source is the clause's subject. */
  static List<Attribution> find(AttributionContext cx, Sentence s) {
    List<Attribution> out = new ArrayList<>();
    for (int v = 1; v < s.size() - 2; v++) {
      Token verb = s.token(v);
      if (!verb.pos().equals("VBG") || !Lexicon.SPEECH_VERBS.contains(Lexicon.lower(verb.lemma()))) continue;
      if (!s.token(v - 1).text().equals(",")) continue;
      if (cx.quotes.inside(verb.span())) continue;
      int subj = clauseSubject(s, v);
      if (subj < 0) continue;
      int from = v + 1;
      int end = s.size();
      while (end > from && isClosingPunct(s.token(end - 1))) end--;
      if (end <= from) continue;
      Span content = cx.trimmedSpan(s, range(from, end));
      if (content == null || cx.words(content) < 2) continue;
      int[] np = nameOrPhraseAround(s, subj);
      Span srcSpan = s.span(np[0], phraseEnd(s, np[1], v - 1));
      ClaimKind kind = ClaimKind.REPORTED;
      Span quoted = cx.quoteCovering(content);
      if (quoted != null) {
        content = quoted;
        kind = ClaimKind.QUOTE;
      }
      out.add(new Attribution(s.index(), kind, new Attribution.Mention(s.index(), subj, srcSpan, -1),
          verb.span(), v, content, AttributionStage.STAGE + ":participle"));
    }
    return out;
  }

  /**
   * Where a subject that ends before {@code end} at {@code to} really ends: with its party and
   * state ("Sen. David Perdue (R-Ga.)"), what it is of ("A group of doctors") and what it is
   * listed with ("The New York Times and the Gannett newspaper chain"). A verb ends it: "Trump
   * and has aides ..." is two clauses.
   */
  static int phraseEnd(Sentence s, int to, int end) {
    int k = to;
    while (k < end) {
      Token t = s.token(k);
      String w = Lexicon.lower(t.text());
      if (isOpenParen(t)) {
        int close = k + 1;
        while (close < end && close <= k + 6 && !isCloseParen(s.token(close))) close++;
        if (close >= end || !isCloseParen(s.token(close))) break;
        k = close + 1;
      } else if ((w.equals("of") || w.equals("and")) && k + 1 < end && isNounPhraseToken(s.token(k + 1))) {
        int j = k + 1;
        while (j < end && isNounPhraseToken(s.token(j))) j++;
        if (!s.token(j - 1).isNoun()) break;
        k = j;
      } else {
        break;
      }
    }
    return k;
  }
}
