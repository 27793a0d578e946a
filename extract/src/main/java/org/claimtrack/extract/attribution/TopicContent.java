package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * {@code topic}: what a verb of saying or thinking is about, given as a prepositional phrase —
 * "complained [about his mic]", "spoke [of the need for reform]", "warned [against hackers]",
 * "commented [on the shooting]" ({@code topic-verbs.tsv}: each verb with the prepositions that mark
 * its topic, so "spoke on a Marine base" is no topic). The content is the phrase without its
 * preposition, which belongs to the cue ({@link #preposition}).
 */
final class TopicContent implements ContentFinder {
  @Override
  public String name() {
    return "topic";
  }

  /** The preposition token of the topic phrase of cue {@code v}, or -1. */
  static int preposition(Sentence s, DependencyGraph g, int v) {
    String marks = Lexicon.TOPIC_VERBS.get(Lexicon.lower(s.token(v).lemma()));
    if (marks == null) return -1;
    java.util.List<String> allowed = java.util.List.of(marks.split(" "));
    for (int x : g.children(v)) {
      if (x < v || !(g.is(x, "obl") || g.is(x, "nmod"))) continue;
      int c = g.firstChild(x, "case");
      if (c >= 0 && c < x && allowed.contains(Lexicon.lower(s.token(c).text()))) return c;
    }
    return -1;
  }

  @Override
  public Span find(CueSite c) {
    int p = preposition(c.s(), c.g(), c.v());
    if (p < 0) return null;
    BitSet set = c.g().subtree(c.g().head(p));
    set.clear(p);
    return c.cx().trimmedSpan(c.s(), set);
  }
}
