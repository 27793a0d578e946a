package org.claimtrack.extract.figure;

import org.claimtrack.domain.Evidence;

/**
 * Figures joined by "and" (or a comma, "or", "while", "with") each get their own fields:
 * <ul>
 *   <li>an elided noun is the previous figure's ("12 civilians were killed and 40 injured": 40
 *       civilians), with its own outcome;</li>
 *   <li>an outcome after the second figure is the first's too ("30 soldiers and 12 officers were
 *       killed"), and a verb before the first is the second's ("killed 30 soldiers and 12
 *       officers").</li>
 * </ul>
 */
final class CoordinationRule implements FigureRule {
  @Override
  public void apply(SentenceFigures s) {
    for (int k = 1; k < s.drafts.size(); k++) {
      Draft prev = s.drafts.get(k - 1);
      Draft cur = s.drafts.get(k);
      int joiner = joinedBy(s, cur.first);
      if (joiner < 0) continue;
      boolean adjacent = joiner == prev.after();
      if (cur.open() && !cur.hasCounted() && prev.thing != null && cur.quantity.unit() == null
          && prev.quantity.unit() == null) {
        cur.thing = Evidence.of(prev.thing.value(), prev.thing.span(), "figure.thing.elided");
        if (cur.whose == null && prev.whose != null) {
          cur.whose = Evidence.of(prev.whose.value(), prev.whose.span(), "figure.whose.elided");
        }
      }
      if (!adjacent) continue;
      if (prev.outcome == null && cur.outcome != null && cur.outcome.rule().equals("figure.outcome.after")) {
        prev.outcome = Evidence.of(cur.outcome.value(), cur.outcome.span(), "figure.outcome.shared");
      } else if (cur.outcome == null && prev.outcome != null && prev.outcome.rule().equals("figure.outcome.before")) {
        cur.outcome = Evidence.of(prev.outcome.value(), prev.outcome.span(), "figure.outcome.shared");
      }
    }
  }

  /** The first token of the coordinator right before token {@code i} (", and" counts as one), or -1. */
  private static int joinedBy(SentenceFigures s, int i) {
    int n = s.matchEndingAt(i - 1, FigureWords.COORDINATORS);
    int at = i - n;
    if (n > 0 && s.word(at - 1).equals(",")) at--;
    if (n == 0 && s.word(i - 1).equals(",")) at = i - 1;
    return at < i ? at : -1;
  }
}
