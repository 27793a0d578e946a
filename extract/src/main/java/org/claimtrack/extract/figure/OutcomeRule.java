package org.claimtrack.extract.figure;

import org.claimtrack.domain.Evidence;
import org.claimtrack.domain.Outcome;

/**
 * What happened to those counted, one outcome however it is worded: the words after the count
 * ("12 civilians were killed", "300 have died", "40 injured", "killed or wounded"), a verb right
 * before it ("killed at least 30"), or a toll before it ("the death toll rose to 310"). "Killed
 * or wounded" counted together are {@link Outcome#CASUALTIES}.
 */
final class OutcomeRule implements FigureRule {
  @Override
  public void apply(SentenceFigures s) {
    for (Draft d : s.drafts) {
      if (d.outcome != null || d.notTracked != null) continue;
      if (after(s, d)) continue;
      if (before(s, d)) continue;
      toll(s, d);
    }
  }

  /** "were killed", "have now died", "dead", "killed or wounded" after the count. */
  private static boolean after(SentenceFigures s, Draft d) {
    int i = d.after();
    int skipped = 0;
    while (i < s.size() && skipped < 6) {
      int phrase = namedPhrase(s, i);
      if (phrase > 0) {
        i += phrase;
      } else if (FigureWords.OUTCOME_AUXILIARIES.contains(s.word(i)) || adverb(s, i)) {
        i++;
      } else {
        break;
      }
      skipped++;
    }
    int n = s.matchAt(i, FigureWords.OUTCOMES);
    if (n == 0) return false;
    Outcome o = Outcome.valueOf(FigureWords.OUTCOMES.get(s.lowerWords(i, i + n - 1)));
    int end = i + n - 1;
    // "killed or wounded", "killed and injured": one number for both
    String joiner = s.word(end + 1);
    if (joiner.equals("or") || joiner.equals("and")) {
      int m = s.matchAt(end + 2, FigureWords.OUTCOMES);
      if (m > 0 && s.draftAt(end + 2) == null) {
        Outcome o2 = Outcome.valueOf(FigureWords.OUTCOMES.get(s.lowerWords(end + 2, end + 1 + m)));
        if (o2 != o) {
          o = combine(o, o2);
          end = end + 1 + m;
        }
      }
    }
    d.outcome = Evidence.of(o, s.span(i, end), "figure.outcome.after");
    return true;
  }

  /** "killed at least 30": the outcome verb right before the count. */
  private static boolean before(SentenceFigures s, Draft d) {
    int n = s.matchEndingAt(d.first - 1, FigureWords.OUTCOMES);
    if (n == 0) return false;
    int from = d.first - n;
    d.outcome = Evidence.of(Outcome.valueOf(FigureWords.OUTCOMES.get(s.lowerWords(from, d.first - 1))),
        s.span(from, d.first - 1), "figure.outcome.before");
    return true;
  }

  /**
   * "the death toll rose to 310", "deaths reached 300", "the death toll from Monday's earthquake has
   * risen to 298": an outcome noun, maybe a phrase about it, then a few linking words before the count.
   */
  private static boolean toll(SentenceFigures s, Draft d) {
    int i = d.first - 1;
    int links = 0;
    while (i >= 0 && links < 4 && (FigureWords.OUTCOME_LINKS.contains(s.word(i)) || adverb(s, i))) {
      i--;
      links++;
    }
    if (links == 0) return false;
    // the noun right before the links, or before a phrase with no verb and no number ("from Monday's earthquake")
    for (int end = i; end >= 0 && end >= i - 6; end--) {
      int n = s.matchEndingAt(end, FigureWords.OUTCOME_NOUNS);
      if (n > 0) {
        int from = end - n + 1;
        d.outcome = Evidence.of(Outcome.valueOf(FigureWords.OUTCOME_NOUNS.get(s.lowerWords(from, end))), s.span(from, end),
            "figure.outcome.toll");
        return true;
      }
      if (s.token(end).isVerb() || s.draftAt(end) != null || s.word(end).equals(",")) return false;
    }
    return false;
  }

  /** "from Germany", "in the Kursk region": a preposition and a name between a count and its outcome; its length. */
  private static int namedPhrase(SentenceFigures s, int i) {
    if (!s.word(i).equals("from") && !FigureWords.PLACE_PREPOSITIONS.contains(s.word(i))) return 0;
    int j = s.word(i + 1).equals("the") ? i + 2 : i + 1;
    int end = s.capitalizedRun(j, 3);
    if (end < 0) return 0;
    if (s.possessive(end + 1)) end = Math.max(end, s.capitalizedRun(end + 2, 3));
    end += s.matchAt(end + 1, FigureWords.AREA_WORDS);
    return end - i + 1;
  }

  private static boolean adverb(SentenceFigures s, int i) {
    return i >= 0 && i < s.size() && s.token(i).pos().startsWith("RB") && s.word(i).length() > 2;
  }

  static Outcome combine(Outcome a, Outcome b) {
    if ((a == Outcome.KILLED && b == Outcome.WOUNDED) || (a == Outcome.WOUNDED && b == Outcome.KILLED)) {
      return Outcome.CASUALTIES;
    }
    return a;
  }
}
