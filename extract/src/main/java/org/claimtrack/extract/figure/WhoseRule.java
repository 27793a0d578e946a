package org.claimtrack.extract.figure;

import org.claimtrack.domain.Evidence;

/**
 * Whose those counted are, when no demonym says it: the country that sends them ("North Korea
 * has sent", "Pyongyang has decided to send") in the words before the count, else a country they
 * come "from" anywhere in the sentence ("two military units from North Korea").
 */
final class WhoseRule implements FigureRule {
  private static final int WINDOW = 8;

  @Override
  public void apply(SentenceFigures s) {
    for (Draft d : s.drafts) {
      if (d.whose != null || d.notTracked != null) continue;
      if (!sender(s, d)) from(s, d);
    }
  }

  private static boolean sender(SentenceFigures s, Draft d) {
    for (int v = d.first - 1; v >= 0 && v >= d.first - WINDOW; v--) {
      if (!FigureWords.SENDING_VERBS.contains(s.word(v))) continue;
      int i = v - 1;
      while (i >= 0 && FigureWords.SENDING_AUXILIARIES.contains(s.word(i))) i--;
      int start = s.capitalizedRunEndingAt(i, 3);
      if (start < 0) return false;
      String country = FigureWords.actor(s.words(start, i));
      if (country == null) return false;
      d.whose = Evidence.of(country, s.span(start, i), "figure.whose.sender");
      return true;
    }
    return false;
  }

  private static void from(SentenceFigures s, Draft d) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (!s.word(i).equals("from")) continue;
      int j = s.word(i + 1).equals("the") ? i + 2 : i + 1;
      int end = s.capitalizedRun(j, 3);
      if (end < 0) continue;
      String country = FigureWords.actor(s.words(j, end));
      if (country == null) continue;
      d.whose = Evidence.of(country, s.span(i, end), "figure.whose.from");
      return;
    }
  }
}
