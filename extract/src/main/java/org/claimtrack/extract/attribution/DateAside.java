package org.claimtrack.extract.attribution;

import java.util.BitSet;
import java.util.regex.Pattern;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * A date the parser hung on the source: "federal prosecutors in April", "an arbitration panel in
 * 2001", "the Security Council on Friday". It dates the statement, not the speaker. Known by its
 * named-entity tag, else by its word (a month, a weekday, a year), since the tagger does not
 * always mark one.
 */
final class DateAside implements SourceAside {
  private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");

  @Override
  public boolean drops(Sentence s, DependencyGraph g, int subj, int x, BitSet sub) {
    boolean attached = g.is(x, "nmod") || g.is(x, "obl") || g.is(x, "nmod:tmod") || g.is(x, "obl:tmod");
    if (!attached || g.head(x) != subj || sub.nextSetBit(0) < subj) return false;
    String w = Lexicon.lower(s.token(x).text());
    return s.token(x).ner().equals("DATE") || Lexicon.MONTHS.contains(w) || Lexicon.WEEKDAYS.contains(w)
        || YEAR.matcher(w).matches();
  }
}
