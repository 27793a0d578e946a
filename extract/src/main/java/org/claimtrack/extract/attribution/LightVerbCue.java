package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;
import org.claimtrack.nlp.Token;

/**
 * Rule {@code light-verb}: a verb that says nothing by itself ({@code light-verbs.txt}: make, have,
 * offer, raise, ...) with a noun of saying or holding a view as its object ({@code
 * speech-nouns.txt}): "[Mr. Obama] has made the case for [Mrs. Clinton]", "[She] has no illusions
 * about [Putin's threat]", "[He] offered [no proof that ...]". The subject is the source when it can
 * hold a view (as for {@link CopularStance}); the content is what the noun is about (its "that" or
 * "to" clause, its prepositional phrase of topic: "about", "of", "on", ...), else the object
 * itself ("made [the comments]": PolNeAR marks the remark's maker). The cue runs from the verb to
 * the noun, with an adjacent preposition. A passive ("concerns were raised") names no source.
 */
final class LightVerbCue {
  private LightVerbCue() {}

  /** A light verb with a noun of saying a few words after it: worth a parse. */
  static boolean candidate(Sentence s, Token t) {
    if (!t.isVerb() || !Lexicon.LIGHT_VERBS.contains(Lexicon.lower(t.lemma()))) return false;
    for (int k = t.index() + 1; k < Math.min(s.size(), t.index() + 6); k++) {
      Token n = s.token(k);
      if (n.isNoun() && Lexicon.SPEECH_NOUNS.contains(Lexicon.lower(n.lemma()))) return true;
      if (n.pos().equals(",") || n.pos().equals(".") || n.pos().equals(":")) return false;
    }
    return false;
  }

  /** Prepositions that say what a remark is about; "questions for [a witness]", "appeals to [voters]" name a listener. */
  private static final java.util.Set<String> TOPIC_MARKERS =
      java.util.Set.of("about", "of", "on", "over", "against", "into", "regarding", "concerning");

  /** A prepositional phrase that is the noun's topic; "the case for [X]" is what is argued. */
  private static boolean topic(Sentence s, int noun, int marker) {
    String m = Lexicon.lower(s.token(marker).word());
    return TOPIC_MARKERS.contains(m) || m.equals("for") && Lexicon.lower(s.token(noun).lemma()).equals("case");
  }

  static Attribution find(AttributionContext cx, Sentence s, DependencyGraph g, int v) {
    Token verb = s.token(v);
    if (cx.quotes.inside(verb.span())) return null;
    if (!g.children(v, "aux:pass").isEmpty() || !g.children(v, "nsubj:pass").isEmpty()) return null;
    int obj = Phrases.firstChild(g, v, "obj");
    if (obj < 0 || obj < v || !Lexicon.SPEECH_NOUNS.contains(Lexicon.lower(s.token(obj).lemma()))) return null;
    int subj = ParsedCue.subject(s, g, v, false);
    if (subj < 0 || !CopularStance.holder(s, g, subj)) return null;
    BitSet about = new BitSet();
    int marker = -1;
    for (int c : g.children(obj)) {
      if (c < obj) continue;
      if (g.is(c, "acl") || g.is(c, "ccomp")) {
        about.or(g.subtree(c));
      } else if (g.is(c, "nmod") && g.firstChild(c, "case") >= 0 && topic(s, obj, g.firstChild(c, "case"))) {
        int cs = g.firstChild(c, "case");
        if (marker < 0) marker = cs;
        about.or(g.subtree(c));
        about.clear(cs);
      }
    }
    // "has a similar question", "had a question for the president": having a remark is not making it
    if (about.isEmpty() && Lexicon.lower(verb.lemma()).equals("have")) return null;
    BitSet contentSet = about.isEmpty() ? g.subtree(obj) : about;
    Span content = cx.trimmedSpan(s, contentSet);
    if (content == null || content.isEmpty()) return null;
    Span srcSpan = ParsedCue.mentionSpan(cx, s, g, subj);
    if (srcSpan.overlaps(content)) return null;
    Span verbCue = ParsedCue.cueSpan(s, g, v, Lexicon.lower(verb.lemma()));
    int end = about.isEmpty() ? v : marker == obj + 1 ? marker : obj;
    Span cue = new Span(verbCue.start(), Math.max(verbCue.end(), s.token(end).end()));
    Attribution.Mention mention = ParsedCue.mention(s, g, subj, v, srcSpan);
    return cx.attribution(s, ClaimKind.REPORTED, mention, cue, v, content, AttributionStage.STAGE + ":light-verb");
  }
}
