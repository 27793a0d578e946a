package org.claimtrack.extract.figure;

import org.claimtrack.domain.Evidence;
import org.claimtrack.domain.Figure;

/**
 * How near its number an open qualifier puts the value: "nearly 300", "almost 300", "close to
 * 300" are just below 300 (a same-day 120 cannot be right with them); "just over 300" is just
 * above. Read from the quantity's own words or the words right before it.
 */
final class ReadingRule implements FigureRule {
  @Override
  public void apply(SentenceFigures s) {
    for (Draft d : s.drafts) {
      int n = s.matchAt(d.first, FigureWords.READINGS);
      int from = d.first;
      if (n == 0 || d.first + n - 1 >= d.last) {
        n = s.matchEndingAt(d.first - 1, FigureWords.READINGS);
        from = d.first - n;
      }
      if (n == 0) continue;
      String words = s.lowerWords(from, from + n - 1);
      d.reading = Evidence.of(Figure.Reading.valueOf(FigureWords.READINGS.get(words)), s.span(from, from + n - 1),
          "figure.reading");
    }
  }
}
