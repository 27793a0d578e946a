package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Rule {@code nominal}: a noun of saying or meaning to do ({@code nominal-cues.txt}) with a
 * possessor and a clause: "[Trump's] claim [that Obama founded ISIS]", "[his] determination [to
 * win]". The possessor, with its "'s", is the source; the clause (its "that" or "to" kept) the
 * content. Without a clause there is nothing said: "Mrs. Clinton's plan would raise taxes" is the
 * writer's.
 */
final class NominalCue {
  private NominalCue() {}

  /** True when a tagged sentence holds a cue noun right after a possessor: worth a parse. */
  static boolean candidate(Sentence s, Token t) {
    if (!t.isNoun() || !Lexicon.NOMINAL_CUES.contains(Lexicon.lower(t.lemma()))) return false;
    for (int k = t.index() - 1; k >= Math.max(0, t.index() - 3); k--) {
      String p = s.token(k).pos();
      if (p.equals("POS") || p.equals("PRP$")) return true;
      if (!(p.startsWith("JJ") || p.startsWith("RB") || p.equals("NN") || p.equals("VBN"))) return false;
    }
    return false;
  }

  static Attribution find(AttributionContext cx, Sentence s, DependencyGraph g, int n) {
    Token noun = s.token(n);
    if (cx.quotes.inside(noun.span())) return null;
    int owner = Phrases.firstChild(g, n, "nmod:poss");
    if (owner < 0 || owner > n) return null;
    Token ot = s.token(owner);
    if (!(ot.isNoun() || Phrases.isPronoun(ot) || ot.pos().equals("PRP$"))) return null;
    int clause = -1;
    for (int c : g.children(n)) {
      if (c > n && (g.is(c, "acl") || g.is(c, "ccomp")) && !g.is(c, "acl:relcl") && introduced(s, g, c)) {
        clause = c;
        break;
      }
    }
    if (clause < 0) return null;
    Span content = cx.trimmedSpan(s, g.subtree(clause));
    if (content == null) return null;
    BitSet src = g.subtree(owner);
    ParsedCue.dropAsides(s, g, owner, src);
    Span srcSpan = cx.trimmedSpan(s, src);
    if (srcSpan == null || srcSpan.overlaps(content)) return null;
    Attribution.Mention mention = new Attribution.Mention(s.index(), owner, srcSpan, -1);
    return cx.attribution(s, ClaimKind.REPORTED, mention, noun.span(), n, content,
        AttributionStage.STAGE + ":nominal");
  }

  /** A clause that says what was said or meant: "that ..." or "to ...", not "when he spoke". */
  private static boolean introduced(Sentence s, DependencyGraph g, int c) {
    for (int m : g.children(c, "mark")) {
      String w = Lexicon.lower(s.token(m).word());
      if (w.equals("that") || w.equals("to")) return true;
    }
    return false;
  }
}
