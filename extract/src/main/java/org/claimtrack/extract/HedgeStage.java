package org.claimtrack.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Hedge;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Stage {@code hedge.v1}: words that weaken a claim — adverbs ("perhaps", "reportedly"), passive
 * reporting ("are thought to", "is believed to"), raising verbs ("appears to"), and the modals
 * "may", "might", "could" — found in a claim's content.
 */
final class HedgeStage {
  static final String STAGE = org.claimtrack.extract.words.StageVersion.of("hedge", 2, List.of(HedgeStage.class),
      List.of(Lexicon.HEDGE_WORDS, Lexicon.HEDGE_MODALS, Lexicon.HEDGE_PASSIVE_VERBS, Lexicon.HEDGE_RAISING), List.of());

  private HedgeStage() {}

  static List<Hedge> find(List<Sentence> sentences, Span content, String text) {
    List<Hedge> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!s.span().overlaps(content)) continue;
      for (int i = 0; i < s.size(); i++) {
        Token t = s.token(i);
        if (!content.contains(t.span())) continue;
        String w = Lexicon.lower(t.text());
        String lemma = Lexicon.lower(t.lemma());
        Span hit = null;
        if (Lexicon.HEDGE_WORDS.contains(w) && !(w.equals("alleged") || w.equals("suspected")) ) {
          hit = t.span();
        } else if ((w.equals("alleged") || w.equals("suspected") || w.equals("purported")) && t.pos().startsWith("JJ")) {
          hit = t.span();
        } else if (t.pos().equals("MD") && Lexicon.HEDGE_MODALS.contains(w)) {
          hit = t.span();
        } else if (t.pos().equals("VBN") && Lexicon.HEDGE_PASSIVE_VERBS.contains(lemma) && next(s, i, "to")
            && previousIsBe(s, i)) {
          hit = new Span(t.start(), s.token(i + 1).end());
        } else if (t.isVerb() && Lexicon.HEDGE_RAISING.contains(lemma) && next(s, i, "to")) {
          hit = new Span(t.start(), s.token(i + 1).end());
        }
        if (hit != null) out.add(new Hedge(hit.of(text), hit));
      }
    }
    return out;
  }

  private static boolean next(Sentence s, int i, String word) {
    return i + 1 < s.size() && Lexicon.lower(s.token(i + 1).text()).equals(word);
  }

  private static boolean previousIsBe(Sentence s, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      String l = Lexicon.lower(s.token(k).lemma());
      if (l.equals("be")) return true;
      if (!s.token(k).pos().startsWith("RB")) return false;
    }
    return false;
  }
}
