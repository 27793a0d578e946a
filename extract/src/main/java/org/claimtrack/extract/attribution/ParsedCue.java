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

/** Rule {@code ccomp}, {@code parataxis}, ... : a cue verb read through the dependency parse. */
final class ParsedCue {
  private ParsedCue() {}

  static Attribution find(AttributionContext cx, Sentence s, DependencyGraph g, int v) {
    Token verb = s.token(v);
    String lemma = Lexicon.lower(verb.lemma());
    // a cue inside a direct quote is the speaker's own reporting, not the article's
    if (cx.quotes.inside(verb.span())) return null;
    String rel = g.relation(v);
    if (rel.equals("amod") || g.is(v, "acl") && !g.is(v, "acl:relcl")) return null;
    if (g.is(v, "aux") || g.is(v, "cop")) return null;

    boolean passive = !g.children(v, "aux:pass").isEmpty() || !g.children(v, "nsubj:pass").isEmpty();
    int subj = subject(s, g, v, passive);
    if (subj < 0) return null;
    if (g.is(subj, "expl")) return null;
    Token st = s.token(subj);
    if (!(st.isNoun() || isPronoun(st) || st.pos().equals("CD"))) return null;
    String sw = Lexicon.lower(st.text());
    if (Lexicon.WEEKDAYS.contains(sw) || Lexicon.MONTHS.contains(sw) || Lexicon.TIME_WORDS.contains(sw)
        || sw.equals("you") || sw.equals("anyone") || sw.equals("anybody")) {
      return null;
    }
    if (Lexicon.FIRST_PERSON.contains(sw) && cx.quotes.inside(st.span())) {
      // "I think ..." inside a quote is the quoted speaker's own hedging, not a separate report
      return null;
    }

    Span content = null;
    String rule = null;
    int comp = firstChild(g, v, "ccomp");
    // "Improbable as it may seem, Mr. Clarke said the deal had played to his advantage": when the
    // cue has a complement after it, that is what was said, not a fronted clause before it
    if (comp >= 0 && comp < v) {
      for (int c : g.children(v, "ccomp")) {
        if (c > v) {
          comp = c;
          break;
        }
      }
    }
    if (passive && comp < 0) return null;
    if (comp >= 0 && comp != subj) {
      BitSet set = g.subtree(comp);
      // "said the plan failed and that 40 people were hurt": a second "that" clause belongs too
      for (int c : g.children(v, "conj")) {
        if (c > comp && hasThatMark(s, g, c)) set.or(g.subtree(c));
      }
      for (int c : g.children(comp, "conj")) {
        if (hasThatMark(s, g, c)) set.or(g.subtree(c));
      }
      set.clear(v);
      content = cx.trimmedSpan(s, set);
      rule = "ccomp";
    }
    if (content == null && Lexicon.SPEECH_VERBS.contains(lemma) && firstChild(g, v, "obj") < 0
        && (rel.equals("parataxis") || g.is(v, "ccomp") && g.head(v) >= 0 && g.head(v) < v)) {
      int h = g.head(v);
      if (h >= 0) {
        BitSet set = g.subtree(h);
        set.andNot(g.subtree(v));
        content = reportedClause(cx, s, set, v);
        rule = "parataxis";
      }
    }
    if (content == null && g.is(v, "root")) {
      int para = firstParataxisBefore(g, v);
      if (para >= 0) {
        content = clauseSpan(cx, s, g, para, v);
        rule = "root-parataxis";
      }
    }
    if (content == null && Lexicon.XCOMP_CUES.contains(lemma)) {
      int x = firstChild(g, v, "xcomp");
      if (x >= 0) {
        content = clauseSpan(cx, s, g, x, v);
        rule = "xcomp";
      }
    }
    if (content == null && lemma.equals("call")) {
      int obj = firstChild(g, v, "obj");
      int x = firstChild(g, v, "xcomp");
      if (obj >= 0 && x >= 0) {
        BitSet set = g.subtree(obj);
        set.or(g.subtree(x));
        content = cx.trimmedSpan(s, set);
        rule = "call-obj-xcomp";
      }
    }
    if (content == null && Lexicon.STANCE_VERBS.contains(lemma)) {
      int obj = firstChild(g, v, "obj");
      if (obj < 0 && lemma.equals("call")) {
        // "called for more school investment"
        for (int c : g.children(v, "obl")) {
          if (c > v && g.firstChild(c, "case") >= 0 && Lexicon.lower(s.token(g.firstChild(c, "case")).text()).equals("for")) obj = c;
        }
      }
      if (obj >= 0 && obj > v) {
        BitSet set = g.subtree(obj);
        content = cx.trimmedSpan(s, set);
        rule = "stance-obj";
      }
    }
    if (content == null && (Lexicon.EVIDENCE_VERBS.contains(lemma) || lemma.equals("say") || lemma.equals("report")
        || lemma.equals("announce") || lemma.equals("cite") || lemma.equals("estimate"))) {
      int obj = firstChild(g, v, "obj");
      boolean finder = Lexicon.DOCUMENT_NOUNS.contains(Lexicon.lower(st.lemma())) || st.ner().equals("ORGANIZATION")
          || Lexicon.ORG_HEADS.contains(Lexicon.lower(st.lemma()));
      if (obj >= 0 && !isPronoun(s.token(obj)) && (Lexicon.EVIDENCE_VERBS.contains(lemma) && finder || cx.hasQuote(s, g, obj)
          || lemma.equals("announce") || lemma.equals("estimate") || lemma.equals("report"))) {
        content = cx.trimmedSpan(s, g.subtree(obj));
        rule = "obj";
      }
    }
    if (content == null) {
      Span q = adjacentQuote(cx, s, g, v, subj);
      if (q != null) {
        content = q;
        rule = "adjacent-quote";
      }
    }
    if (content == null || content.isEmpty()) return null;
    Span srcSpan = mentionSpan(cx, s, g, subj);
    if (srcSpan.overlaps(content) && !content.contains(srcSpan)) {
      // the subject and the content cannot share words
      return null;
    }
    if (content.contains(srcSpan) || content.contains(verb.span())) {
      content = cx.cut(content, srcSpan.union(verb.span()));
      if (content == null) return null;
    }
    int relTo = -1;
    if (Lexicon.RELATIVE_PRONOUNS.contains(Lexicon.lower(st.word())) && g.is(v, "acl:relcl")) {
      relTo = g.head(v);
    }
    Attribution.Mention mention = new Attribution.Mention(s.index(), subj, srcSpan, relTo);
    Span cue = cueSpan(s, g, v, lemma);
    ClaimKind kind = ClaimKind.REPORTED;
    Span quoted = cx.quoteCovering(content);
    if (quoted != null) {
      content = quoted;
      kind = ClaimKind.QUOTE;
    }
    return new Attribution(s.index(), kind, mention, cue, v, content, AttributionStage.STAGE + ":" + rule);
  }

  /** The subject of a cue verb, followed up through control, adverbial and coordinated verbs. */
  static int subject(Sentence s, DependencyGraph g, int v, boolean passive) {
    int node = v;
    for (int depth = 0; depth < 4 && node >= 0; depth++) {
      int subj = firstChild(g, node, "nsubj");
      if (subj >= 0 && !g.is(subj, "nsubj:pass")) return subj;
      if (passive && depth == 0) {
        // "it was reported by the agency"
        for (int c : g.children(node)) {
          if (g.is(c, "obl") || g.is(c, "nmod")) {
            for (int cc : g.children(c, "case")) {
              if (Lexicon.lower(s.token(cc).word()).equals("by")) return c;
            }
          }
        }
        return -1;
      }
      if (g.is(node, "xcomp") || g.is(node, "advcl") || g.is(node, "conj")) {
        node = g.head(node);
        passive = false;
        continue;
      }
      return -1;
    }
    return -1;
  }

  /** The mention of a source: the subject's subtree. */
  static Span mentionSpan(AttributionContext cx, Sentence s, DependencyGraph g, int subj) {
    BitSet set = g.subtree(subj);
    // leave out a clause that follows a relative pronoun subject's head: "officials who spoke ..." stays
    Span sp = cx.trimmedSpan(s, set);
    return sp == null ? s.token(subj).span() : sp;
  }

  /** The cue: auxiliaries and negation, the verb, a particle, and a listener ("told reporters"). */
  static Span cueSpan(Sentence s, DependencyGraph g, int v, String lemma) {
    int start = v;
    int end = v;
    for (int c : g.children(v)) {
      if ((g.is(c, "aux") || g.is(c, "aux:pass") || g.is(c, "neg") || g.is(c, "advmod") && c == v - 1) && c < v
          && allBetween(s, c, v, g, v)) {
        start = Math.min(start, c);
      }
      if (g.is(c, "compound:prt") && c > v && c <= v + 2) end = Math.max(end, c);
    }
    if (Lexicon.TELL_VERBS.contains(lemma)) {
      for (int c : g.children(v)) {
        if ((g.is(c, "obj") || g.is(c, "iobj")) && c > v) {
          // the listener noun phrase, up to its head: "the press conference"
          boolean contiguous = true;
          for (int k = end + 1; k < c; k++) {
            if (!g.dominates(c, k)) contiguous = false;
          }
          if (contiguous && c - v <= 4) end = Math.max(end, c);
        }
      }
    }
    return new Span(s.token(start).start(), s.token(end).end());
  }

  /** True when every token strictly between a and b is an auxiliary, negation or adverb of v. */
  static boolean allBetween(Sentence s, int a, int b, DependencyGraph g, int v) {
    for (int k = a + 1; k < b; k++) {
      if (g.head(k) != v) return false;
      if (!(g.is(k, "aux") || g.is(k, "aux:pass") || g.is(k, "advmod") || g.is(k, "neg"))) return false;
    }
    return true;
  }

  /** The span of a complement clause of the cue, without the cue and its subject. */
  static Span clauseSpan(AttributionContext cx, Sentence s, DependencyGraph g, int head, int cue) {
    BitSet set = g.subtree(head);
    set.clear(cue);
    return cx.trimmedSpan(s, set);
  }

  /**
   * A reported clause that the cue interrupts or closes: the tokens of {@code set}; when the cue
   * sits inside them, the larger side.
   */
  static Span reportedClause(AttributionContext cx, Sentence s, BitSet set, int cue) {
    if (set.isEmpty()) return null;
    int first = set.nextSetBit(0);
    int last = set.length() - 1;
    if (first < cue && cue < last) {
      // "X, the agency said, Y": the content runs across the cue; keep the whole
      return cx.trimmedSpan(s, set);
    }
    return cx.trimmedSpan(s, set);
  }

  /** A direct quote right before ("“...,” he said") or after ("He said: “...”") the cue. */
  static Span adjacentQuote(AttributionContext cx, Sentence s, DependencyGraph g, int v, int subj) {
    int lo = Math.min(v, subj);
    int hi = Math.max(v, subj);
    Span before = null;
    Span after = null;
    for (Span q : cx.quotes.overlapping(s.span())) {
      if (q.end() <= s.token(lo).start() && cx.onlyPunctBetween(q.end(), s.token(lo).start())) before = q;
      if (q.start() >= s.token(hi).end() && cx.onlyPunctBetween(s.token(hi).end(), q.start())) {
        if (after == null) after = q;
      }
    }
    Span q = before != null ? before : after;
    if (q == null || cx.words(q) < 3) return null;
    return q;
  }

  static int firstChild(DependencyGraph g, int v, String rel) {
    return g.firstChild(v, rel);
  }
}
