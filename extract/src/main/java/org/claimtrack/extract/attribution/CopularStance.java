package org.claimtrack.extract.attribution;

import java.util.Set;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Rule {@code copular-stance}: a form of "be" and an adjective of stance
 * ({@code stance-adjectives.txt}) with a complement, or a noun of stance ({@code stance-nouns.txt})
 * with an "of" phrase ("[Kaine] is a staunch opponent of [the death penalty]"): "[she] was sure [Trump would triumph]",
 * "[Graham] has been critical of [Trump]", "[Many Democrats] are afraid [that ...]", "[some
 * Republicans] were willing [to go forward]". The subject is the source when it can hold a view (a
 * person, an organization, a role, a third-person pronoun, not inside what another says: "the bill is ready to be signed" says
 * nothing), and no modal makes it a supposition ("he could be convinced that"); the content is the clause ("that ...", "to ..."), else the topic after a preposition
 * ("critical of", "worried about", "bearish on"). Without a complement there is nothing said:
 * "Republicans were angry." The cue runs from the first auxiliary to the adjective, with an
 * adjacent preposition.
 */
final class CopularStance {
  private CopularStance() {}

  /** Prepositions that mark what a stance is about: "critical of", "coy about", "opposed to". */
  private static final Set<String> TOPIC_MARKERS =
      Set.of("about", "of", "on", "over", "with", "to", "toward", "towards", "against", "in");

  /**
   * Pronouns that can hold a view; "it", "this" and "you" cannot be credited, and "I", "we" are
   * the writer's or a quoted speaker's own voice.
   */
  private static final Set<String> HOLDER_PRONOUNS = Set.of("he", "she", "they");

  /** True when a tagged sentence holds a stance adjective or noun right after a form of "be": worth a parse. */
  static boolean candidate(Sentence s, Token t) {
    boolean adjective = (t.pos().startsWith("JJ") || t.pos().equals("VBN"))
        && Lexicon.STANCE_ADJECTIVES.contains(Lexicon.lower(t.word()));
    boolean noun = t.pos().startsWith("NN") && Lexicon.STANCE_NOUNS.contains(Lexicon.lower(t.lemma()));
    if (!adjective && !noun) return false;
    for (int k = t.index() - 1; k >= Math.max(0, t.index() - 5); k--) {
      Token b = s.token(k);
      if (Lexicon.lower(b.lemma()).equals("be")) return true;
      boolean between = b.pos().startsWith("RB")
          || noun && (b.pos().equals("DT") || b.pos().startsWith("JJ") || b.pos().equals("CC"));
      if (!between) return false;
    }
    return false;
  }

  static Attribution find(AttributionContext cx, Sentence s, DependencyGraph g, int a) {
    Token adj = s.token(a);
    if (cx.quotes.inside(adj.span())) return null;
    boolean copula = !g.children(a, "cop").isEmpty() || !g.children(a, "aux:pass").isEmpty();
    if (!copula) return null;
    // "he said [he is very confident of himself]": a stance inside what someone says is theirs to report
    if (g.is(a, "ccomp") || g.is(a, "parataxis") || g.is(a, "xcomp") || g.is(a, "csubj")) return null;
    // "can be convinced", "could not be sure", "would be worried": a supposition, not a stance held
    for (int x : g.children(a, "aux")) {
      if (s.token(x).pos().equals("MD")) return null;
    }
    int subj = Phrases.firstChild(g, a, "nsubj");
    if (subj < 0) subj = Phrases.firstChild(g, a, "nsubj:pass");
    if (subj < 0 || subj > a || !holder(s, g, subj)) return null;
    int content = -1;
    int marker = -1;
    for (int c : g.children(a)) {
      if (c > a && (g.is(c, "ccomp") || g.is(c, "xcomp"))) {
        content = c;
        break;
      }
    }
    if (content < 0) {
      for (int c : g.children(a)) {
        if (c < a || !(g.is(c, "obl") || g.is(c, "nmod"))) continue;
        int cs = g.firstChild(c, "case");
        String m = cs < 0 ? "" : Lexicon.lower(s.token(cs).word());
        if (s.token(a).isNoun() ? m.equals("of") : TOPIC_MARKERS.contains(m)) {
          content = c;
          marker = cs;
          break;
        }
      }
    }
    if (content < 0) return null;
    java.util.BitSet set = g.subtree(content);
    if (marker >= 0) set.clear(marker);
    Span contentSpan = cx.trimmedSpan(s, set);
    if (contentSpan == null || contentSpan.isEmpty()) return null;
    Span srcSpan = ParsedCue.mentionSpan(cx, s, g, subj);
    if (srcSpan.overlaps(contentSpan)) return null;
    Attribution.Mention mention = ParsedCue.mention(s, g, subj, a, srcSpan);
    return cx.attribution(s, ClaimKind.REPORTED, mention, cueSpan(s, g, a, marker), a, contentSpan,
        AttributionStage.STAGE + ":copular-stance");
  }

  /** A subject that can hold a view: a person, an organization, a role, a personal or relative pronoun. */
  static boolean holder(Sentence s, DependencyGraph g, int subj) {
    Token t = s.token(subj);
    String w = Lexicon.lower(t.word());
    if (HOLDER_PRONOUNS.contains(w)) return true;
    if (Lexicon.RELATIVE_PRONOUNS.contains(w)) return w.equals("who");
    if (!t.isNoun()) return false;
    String l = Lexicon.lower(t.lemma());
    return t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION") || t.pos().equals("NNPS")
        || Lexicon.PERSON_ROLES.contains(l) || Lexicon.UNNAMED_HEADS.contains(l) || Lexicon.ORG_HEADS.contains(l)
        || Lexicon.BARE_ORG_WORDS.contains(l);
  }

  /** From the first auxiliary, copula, negation or adverb before the adjective, to it (or its preposition). */
  private static Span cueSpan(Sentence s, DependencyGraph g, int a, int marker) {
    int start = a;
    for (int k = a - 1; k >= 0 && g.head(k) == a
        && (g.is(k, "cop") || g.is(k, "aux") || g.is(k, "aux:pass") || g.is(k, "advmod") || g.is(k, "neg")); k--) {
      start = k;
    }
    int end = marker == a + 1 ? marker : a;
    return new Span(s.token(start).start(), s.token(end).end());
  }
}
