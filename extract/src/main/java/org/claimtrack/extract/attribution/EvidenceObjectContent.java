package org.claimtrack.extract.attribution;

import static org.claimtrack.extract.attribution.Phrases.*;

import java.util.BitSet;
import org.claimtrack.domain.Span;
import org.claimtrack.extract.Lexicon;
import org.claimtrack.nlp.DependencyGraph;
import org.claimtrack.nlp.Sentence;

/**
 * {@code obj}: the object of a verb of finding or showing whose subject is a finder (a document,
 * an organization: "CNN geolocated [videos]"), of "announce", "report" or a verb of forecasting
 * ("is predicting [an above-normal season with six named storms]", "expects [95 per cent hit]"),
 * or of any cue when the object holds a quote.
 */
final class EvidenceObjectContent implements ContentFinder {
  @Override
  public String name() {
    return "obj";
  }

  @Override
  public Span find(CueSite c) {
    String lemma = c.lemma();
    boolean forecast = Lexicon.FORECAST_VERBS.contains(lemma);
    if (RELEASE.contains(lemma)) return released(c);
    if (!(Lexicon.EVIDENCE_VERBS.contains(lemma) || lemma.equals("say") || lemma.equals("report")
        || lemma.equals("announce") || lemma.equals("cite") || forecast)) {
      return null;
    }
    Sentence s = c.s();
    int obj = firstChild(c.g(), c.v(), "obj");
    if (obj < 0 || isPronoun(s.token(obj))) return null;
    String subjectLemma = Lexicon.lower(c.subject().lemma());
    boolean finder = Lexicon.DOCUMENT_NOUNS.contains(subjectLemma) || Lexicon.FINDER_NOUNS.contains(subjectLemma)
        || c.subject().ner().equals("ORGANIZATION")
        || Lexicon.ORG_HEADS.contains(subjectLemma);
    if (!(Lexicon.EVIDENCE_VERBS.contains(lemma) && finder || c.cx().hasQuote(s, c.g(), obj)
        || lemma.equals("announce") || forecast || lemma.equals("report"))) {
      return null;
    }
    return c.cx().trimmedSpan(s, c.g().subtree(obj));
  }

  private static final java.util.Set<String> RELEASE = java.util.Set.of("release", "publish", "unveil", "issue");

  /**
   * "the CDC released new data on a tragic trend: more than 3,700 cases ...": a released document
   * is the content, with what a colon after it says.
   */
  private static Span released(CueSite c) {
    Sentence s = c.s();
    int obj = firstChild(c.g(), c.v(), "obj");
    if (obj < 0 || obj < c.v() || !isDocument(s.token(obj))) return null;
    BitSet set = c.g().subtree(obj);
    int end = set.length();
    if (end < s.size() && s.token(end).text().equals(":")) set.set(end, s.size());
    return c.cx().trimmedSpan(s, set);
  }
}
