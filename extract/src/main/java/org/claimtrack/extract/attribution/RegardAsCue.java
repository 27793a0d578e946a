package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Rule {@code regard-as}: a verb of seeing or presenting ({@code regard-verbs.txt}) with an object
 * and an "as" phrase says how its subject sees the object: "[who] saw [the comment as a dig at
 * America's military]", "[Trump] is casting [himself as a champion of the little guy]", "[RT]
 * covered [the action as a rightful reunification move]". The subject is the source when it can
 * hold a view (as for {@link CopularStance}, and a country or city: "Japan"); the content runs from
 * the object to the end of the "as" phrase. Without "as" there is no view ("had seen him"), nor
 * with a modal ("the UK could see similar rates as ...") or a comparison ("the same ... as"); a
 * passive ("was viewed as favorable") names no source.
 */
final class RegardAsCue {
  private RegardAsCue() {}

  /** A verb of regarding with "as" a few words after it: worth a parse. */
  static boolean candidate(Sentence s, Token t) {
    if (!t.isVerb() || !Lexicon.REGARD_VERBS.contains(Lexicon.lower(t.lemma()))) return false;
    for (int k = t.index() + 2; k < Math.min(s.size(), t.index() + 15); k++) {
      if (Lexicon.lower(s.token(k).word()).equals("as")) return true;
    }
    return false;
  }

  private static final java.util.Set<String> COMPARATIVES = java.util.Set.of("same", "similar", "such", "as", "so");

  static Attribution find(AttributionContext cx, Sentence s, DependencyGraph g, int v) {
    Token verb = s.token(v);
    if (cx.quotes.inside(verb.span())) return null;
    if (!g.children(v, "aux:pass").isEmpty() || !g.children(v, "nsubj:pass").isEmpty()) return null;
    // "the UK could see similar rates ... as in American universities": a supposed outcome, not a view
    for (int x : g.children(v, "aux")) {
      if (s.token(x).pos().equals("MD")) return null;
    }
    int obj = Phrases.firstChild(g, v, "obj");
    if (obj < 0 || obj < v) return null;
    // "the same rates as", "such cases as": a comparison, not a view
    for (int x : g.children(obj)) {
      if (COMPARATIVES.contains(Lexicon.lower(s.token(x).word()))) return null;
    }
    int as = asPhrase(s, g, v, obj);
    if (as < 0) return null;
    int subj = ParsedCue.subject(s, g, v, false);
    if (subj < 0) return null;
    if (!(CopularStance.holder(s, g, subj) || s.token(subj).ner().equals("LOCATION"))) return null;
    BitSet set = g.subtree(obj);
    set.or(g.subtree(as));
    set.set(set.nextSetBit(0), set.length());
    Span content = cx.trimmedSpan(s, set);
    if (content == null || content.isEmpty()) return null;
    Span srcSpan = ParsedCue.mentionSpan(cx, s, g, subj);
    if (srcSpan.overlaps(content)) return null;
    Attribution.Mention mention = ParsedCue.mention(s, g, subj, v, srcSpan);
    Span cue = ParsedCue.cueSpan(s, g, v, Lexicon.lower(verb.lemma()));
    return cx.attribution(s, ClaimKind.REPORTED, mention, cue, v, content, AttributionStage.STAGE + ":regard-as");
  }

  /** The "as" phrase of the verb or of its object ("saw [the comment] [as a dig]"), after the object. */
  private static int asPhrase(Sentence s, DependencyGraph g, int v, int obj) {
    for (int head : new int[] {v, obj}) {
      for (int c : g.children(head)) {
        if (c <= obj) continue;
        for (int m : g.children(c)) {
          if ((g.is(m, "case") || g.is(m, "mark")) && Lexicon.lower(s.token(m).word()).equals("as") && m > obj) return c;
        }
      }
    }
    return -1;
  }
}
