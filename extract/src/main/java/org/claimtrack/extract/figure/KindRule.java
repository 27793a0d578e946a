package org.claimtrack.extract.figure;

import org.claimtrack.domain.Evidence;
import org.claimtrack.domain.FigureKind;

/**
 * Whether a figure counts what is there, or is a change, a projection or a plan, from the words
 * before it: a change cue right before the number ("rose by 300", "up 2.1 percent"); else, within
 * eight words before it, a projection ("expects", "could reach", "to reach") before a plan
 * ("has decided to", "will send", "to be deployed"); else a rising verb followed by "by" and a
 * time to come ("rise to 500 by December"). Otherwise a count.
 */
final class KindRule implements FigureRule {
  static final int WINDOW = 8;

  @Override
  public void apply(SentenceFigures s) {
    for (Draft d : s.drafts) {
      if (d.kind == null) d.kind = decide(s, d);
    }
  }

  private static Evidence<FigureKind> decide(SentenceFigures s, Draft d) {
    int n = s.matchEndingAt(d.first - 1, FigureWords.CHANGE_CUES);
    if (n > 0) return Evidence.of(FigureKind.CHANGE, s.span(d.first - n, d.first - 1), "figure.kind.change");
    int from = Math.max(0, d.first - WINDOW);
    Evidence<FigureKind> e = lastCue(s, from, d.first - 1, FigureWords.PROJECTION_CUES, FigureKind.PROJECTION);
    if (e != null) return e;
    e = lastCue(s, from, d.first - 1, FigureWords.PLAN_CUES, FigureKind.PLAN);
    if (e != null) return e;
    return deadline(s, d, from);
  }

  /** The cue of {@code list} that ends last in tokens {@code [from, to]}. */
  private static Evidence<FigureKind> lastCue(SentenceFigures s, int from, int to, org.claimtrack.extract.words.WordList list,
      FigureKind kind) {
    for (int end = to; end >= from; end--) {
      int n = s.matchEndingAt(end, list);
      if (n > 0 && end - n + 1 >= from) {
        return Evidence.of(kind, s.span(end - n + 1, end), "figure.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return null;
  }

  /** "rise to 500 by December": a rising verb before, "by" and a time to come after. */
  private static Evidence<FigureKind> deadline(SentenceFigures s, Draft d, int from) {
    boolean rising = false;
    for (int i = from; i < d.first; i++) rising |= FigureWords.PROJECTION_VERBS.contains(s.word(i));
    if (!rising) return null;
    for (int i = d.after(); i < Math.min(s.size(), d.after() + 4); i++) {
      if (!s.word(i).equals("by")) continue;
      int n = s.matchAt(i + 1, FigureWords.DEADLINE_WORDS);
      boolean year = s.word(i + 1).matches("(?:19|20)\\d\\d");
      if (n > 0 || year) {
        return Evidence.of(FigureKind.PROJECTION, s.span(i, i + Math.max(n, 1)), "figure.kind.projection-by");
      }
    }
    return null;
  }
}
