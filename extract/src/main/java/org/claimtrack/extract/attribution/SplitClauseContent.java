package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * {@code split-clause}: a complement clause without "that" the parser cut after its subject —
 * "critics say [resources could be better spent ...]", "Civil rights activists say [Charlotte
 * officers have been too aggressive ...]". The parser takes the clause's subject for the cue's
 * object and hangs the clause's predicate, left without a subject of its own, on the cue as
 * {@code dep}, {@code ccomp} or {@code parataxis}, right after that object. The content is both.
 */
final class SplitClauseContent implements ContentFinder {
  @Override
  public String name() {
    return "split-clause";
  }

  @Override
  public Span find(CueSite c) {
    DependencyGraph g = c.g();
    Sentence s = c.s();
    int v = c.v();
    int obj = g.firstChild(v, "obj");
    if (obj < 0 || obj < v) return null;
    BitSet subject = g.subtree(obj);
    if (subject.nextSetBit(0) != v + 1) return null;
    // "rules [that could lead ...]": a relative clause on a noun the tagger took for a verb
    String o = s.token(obj).text().toLowerCase(java.util.Locale.ROOT);
    if (s.token(obj).pos().matches("WDT|WP|IN") || o.equals("that") || o.equals("which")) return null;
    int end = subject.length();
    // "stated [its network has too many dealers] and [is antiquated]": a predicate joined on the cue
    // may be the clause's or the cue's; the parse does not tell, so leave the sentence to other rules
    for (int k : g.children(v, "conj")) {
      if (k > end && !isSpeechVerb(s.token(k))) return null;
    }
    for (int x : g.children(v)) {
      if (x < end || !(g.is(x, "dep") || g.is(x, "ccomp") || g.is(x, "parataxis"))) continue;
      BitSet predicate = g.subtree(x);
      if (predicate.nextSetBit(0) != end) continue;
      if (!s.token(x).pos().startsWith("VB") || !finite(s, g, x)) continue;
      if (g.firstChild(x, "nsubj") >= 0 || g.firstChild(x, "nsubj:pass") >= 0 || g.firstChild(x, "expl") >= 0) continue;
      BitSet set = (BitSet) subject.clone();
      set.or(predicate);
      // "thinks [the video should be released] but said ...": a second verb of saying joined on is apart
      for (int k : g.children(x, "conj")) {
        // only a verb of saying, whose subject is the cue's ("but said ..."); "[its network has too many
        // dealers] and [is antiquated]" shares the clause's subject and stays
        if (!s.token(k).pos().startsWith("VB") || !isSpeechVerb(s.token(k))) continue;
        int cc = g.firstChild(k, "cc");
        int from = cc > x ? cc : g.subtree(k).nextSetBit(0);
        // a second joined verb may lie past what the first one's cut left
        if (from < set.length()) set.clear(from, set.length());
      }
      return c.cx().trimmedSpan(s, set);
    }
    return null;
  }

  /** A predicate that can stand as a clause: a tensed verb, or a modal or tensed auxiliary before it. */
  private static boolean finite(Sentence s, DependencyGraph g, int x) {
    if (s.token(x).pos().matches("VB[DZP]")) return true;
    for (int a : g.children(x)) {
      if ((g.is(a, "aux") || g.is(a, "aux:pass") || g.is(a, "cop")) && s.token(a).pos().matches("MD|VB[DZP]")) return true;
    }
    return false;
  }
}
