package org.claimtrack.extract.figure;

import java.util.Set;
import org.claimtrack.domain.Evidence;
import org.claimtrack.domain.Outcome;
import org.claimtrack.domain.Span;

/**
 * What is counted, from the quantity stage's counted phrase: a demonym in front is whose they are
 * ("North Korean soldiers"); nouns for people under arms are soldiers, and so are "people" or
 * "men" in a sentence about brigades or troops; a noun that counts people by what happened to
 * them ("deaths", "casualties") is people with that outcome; a plural demonym ("Palestinians")
 * is people of that country. A phrase that says "the number" ("figure", "total"), a duration
 * ("two hour work stoppage", "years"), a phrase after a preposition ("in Opel") or one with no
 * word ("%") is not a thing.
 */
final class ThingRule implements FigureRule {
  private static final Set<String> PREPOSITIONS = Set.of("in", "of", "on", "at", "for", "from", "to", "by", "with");

  @Override
  public void apply(SentenceFigures s) {
    for (Draft d : s.drafts) {
      String counted = d.quantity.counted();
      if (counted == null || counted.isBlank()) continue;
      if (!locate(s, d, counted)) continue;
      decide(s, d);
    }
  }

  /** Finds the counted phrase's tokens: the occurrence nearest after the quantity, else the first. */
  private static boolean locate(SentenceFigures s, Draft d, String counted) {
    Span sent = s.sentence.span();
    int from = Math.max(sent.start(), d.quantity.span().start());
    int at = indexWithin(s.text, counted, from, sent.end());
    if (at < 0) at = indexWithin(s.text, counted, sent.start(), sent.end());
    if (at < 0) return false;
    var tokens = s.sentence.tokensIn(new Span(at, at + counted.length()));
    if (tokens.isEmpty()) return false;
    d.countedFirst = tokens.get(0);
    d.countedLast = tokens.get(tokens.size() - 1);
    // "two hour work stoppage": a unit of time among the quantity's words or first in the phrase is a duration
    if (FigureWords.DURATIONS.contains(s.word(d.countedFirst)) || FigureWords.DURATIONS.contains(s.word(d.last))) {
      d.notTracked = Evidence.of("a duration", s.span(d.countedFirst, d.countedLast), "figure.thing.duration");
      return false;
    }
    // a counted phrase that overlaps the quantity's own words starts after them
    if (d.countedFirst <= d.last && d.countedLast > d.last) d.countedFirst = d.last + 1;
    return d.countedFirst <= d.countedLast;
  }

  private static int indexWithin(String text, String sub, int from, int end) {
    int at = text.indexOf(sub, from);
    return at >= 0 && at + sub.length() <= end ? at : -1;
  }

  private static void decide(SentenceFigures s, Draft d) {
    int a = d.countedFirst;
    int b = d.countedLast;
    Span all = s.span(a, b);
    String first = s.word(a);
    if (PREPOSITIONS.contains(first)) {
      d.notTracked = Evidence.of("a phrase after a preposition, not what is counted", all, "figure.thing.preposition");
      return;
    }
    if (!hasLetter(s.words(a, b))) {
      d.notTracked = Evidence.of("no noun", all, "figure.thing.no-word");
      return;
    }
    if (FigureWords.GENERIC_HEADS.contains(s.word(b))) {
      d.notTracked = Evidence.of("says \"the number\", not what is counted", s.span(b, b), "figure.thing.generic");
      return;
    }
    // whose: a demonym in front ("North Korean soldiers")
    int n = s.matchAt(a, FigureWords.DEMONYMS);
    if (n > 0) {
      d.whose = Evidence.of(FigureWords.DEMONYMS.get(s.lowerWords(a, a + n - 1)), s.span(a, a + n - 1), "figure.whose.demonym");
      a += n;
    } else if (a == b && s.word(a).endsWith("s") && FigureWords.DEMONYMS.containsKey(s.word(a).substring(0, s.word(a).length() - 1))) {
      // "Palestinians": people of that country
      String stem = s.word(a).substring(0, s.word(a).length() - 1);
      d.whose = Evidence.of(FigureWords.DEMONYMS.get(stem), all, "figure.whose.people-of-country");
      d.thing = Evidence.of("people", all, "figure.thing.people-of-country");
      return;
    }
    if (a > b) return; // a demonym alone ("300 Ukrainian"): nothing counted
    String rest = s.lowerWords(a, b);
    Span restSpan = s.span(a, b);
    if (FigureWords.MILITARY.contains(rest) || FigureWords.MILITARY.contains(s.word(b))) {
      d.thing = Evidence.of("soldiers", restSpan, "figure.thing.military");
      return;
    }
    if ((rest.equals("people") || rest.equals("men")) && underArms(s, d)) {
      d.thing = Evidence.of("soldiers", restSpan, "figure.thing.people-under-arms");
      return;
    }
    String outcome = FigureWords.OUTCOME_NOUNS.get(rest);
    if (outcome == null) outcome = FigureWords.OUTCOME_NOUNS.get(s.word(b));
    if (outcome != null) {
      d.thing = Evidence.of("people", restSpan, "figure.thing.outcome-noun");
      d.outcome = Evidence.of(Outcome.valueOf(outcome), restSpan, "figure.outcome.noun");
      return;
    }
    d.thing = Evidence.of(s.words(a, b), restSpan, "figure.thing.counted");
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
    return false;
  }

  /** "two brigades of 6,000 people each", "troops ... 500 men": people counted in a sentence about an army. */
  private static boolean underArms(SentenceFigures s, Draft d) {
    for (int i = d.first; i <= d.last; i++) if (FigureWords.MILITARY_UNITS.contains(s.word(i))) return true;
    for (int i = 0; i < s.size(); i++) {
      if (i >= d.countedFirst && i <= d.countedLast) continue;
      if (s.matchAt(i, FigureWords.MILITARY_UNITS) > 0) return true;
    }
    return false;
  }
}
