package org.claimtrack.extract.attribution;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.DependencyGraph;

/**
 * {@code csubj-clause}: a clause the parser split at the cue — "Many of his supporters believe
 * [bigotry and xenophobia are acceptable]", "Mr. Clarke hoped [electric utilities would be able to
 * count ...]", "analysts agreed [it was still a top-heavy plan]". Without a "that", the parser
 * often takes the cue for the clausal subject of the clause's predicate and the clause's subject
 * for the cue's object. The content is that predicate's clause after the cue.
 */
final class ClausalSubjectContent implements ContentFinder {
  @Override
  public String name() {
    return "csubj-clause";
  }

  @Override
  public Span find(CueSite c) {
    DependencyGraph g = c.g();
    int v = c.v();
    if (!g.is(v, "csubj")) return null;
    // the split clause's subject hangs on the cue as its object, right after a finite cue ("believe
    // bigotry ..."); a participle ("a report released last year found") is a reduced relative clause
    String pos = c.s().token(v).pos();
    if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) return null;
    int obj = g.firstChild(v, "obj");
    if (obj < 0 || obj > v + 3) return null;
    int h = g.head(v);
    if (h <= v) return null;
    BitSet clause = g.subtree(h);
    BitSet after = new BitSet();
    after.set(v + 1, clause.length());
    after.and(clause);
    return after.isEmpty() ? null : c.cx().trimmedSpan(c.s(), after);
  }
}
