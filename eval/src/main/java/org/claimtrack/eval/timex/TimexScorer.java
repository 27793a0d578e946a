package org.claimtrack.eval.timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.claimtrack.domain.Span;
import org.claimtrack.eval.Score;
import org.claimtrack.eval.attribution.SpanMatching;

/**
 * Scores time expressions the TempEval-3 way.
 *
 * <ul>
 *   <li>Spans of gold and predicted timexes are first trimmed of whitespace at both ends (nothing
 *       else: {@code Jan.} keeps its period).</li>
 *   <li><b>Strict extent</b>: same start and end; one-to-one (multiset).</li>
 *   <li><b>Relaxed extent</b>: overlapping by at least one char; one-to-one, greedy
 *       ({@link SpanMatching#greedy}): equal spans first, then by largest overlap.</li>
 *   <li><b>Value</b>: a prediction is correct when it is relaxed-matched to a gold timex and the
 *       two {@linkplain #normalize normalized} values are equal and not empty. P = correct /
 *       predicted, R = correct / gold.</li>
 *   <li><b>Type accuracy</b>: among relaxed matches, the share with equal normalized types.</li>
 * </ul>
 * Predictions are put in a canonical order (span, type, value) first, so the result does not
 * depend on the order a system returns them in.
 */
public final class TimexScorer {

  private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
  private static final Comparator<PredictedTimex> CANONICAL = Comparator.comparing(PredictedTimex::span)
      .thenComparing(PredictedTimex::type, NULLS_FIRST)
      .thenComparing(PredictedTimex::value, NULLS_FIRST);

  private TimexScorer() {}

  /**
   * The only normalization applied before values (and types) are compared: surrounding
   * whitespace removed and upper-cased (root locale); null becomes empty. So {@code 2013-w11}
   * equals {@code 2013-W11}, but {@code 2013-03} does not equal {@code 2013-03-XX} and
   * {@code P1M} does not equal {@code P30D}.
   */
  public static String normalize(String value) {
    return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * Scores one document.
   *
   * @param text the text the spans index into
   * @throws IllegalArgumentException when a predicted span does not fit the text
   */
  public static TimexScores score(String text, List<GoldTimex> gold, List<PredictedTimex> predicted) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    List<PredictedTimex> pred = new ArrayList<>(predicted);
    for (PredictedTimex p : pred) {
      Objects.requireNonNull(p, "predicted timex");
      if (!p.span().fits(text.length())) {
        throw new IllegalArgumentException("predicted span " + p.span() + " exceeds text of length " + text.length());
      }
    }
    pred.sort(CANONICAL);
    List<Span> g = gold.stream().map(t -> trim(t.span(), text)).toList();
    List<Span> p = pred.stream().map(t -> trim(t.span(), text)).toList();
    int strict = SpanMatching.exactMatches(g, p);
    List<SpanMatching.Match> matches = SpanMatching.byOverlap(g, p);
    int valueCorrect = 0;
    int typeCorrect = 0;
    for (SpanMatching.Match m : matches) {
      GoldTimex gt = gold.get(m.gold());
      PredictedTimex pt = pred.get(m.predicted());
      if (equalNonEmpty(gt.value(), pt.value())) {
        valueCorrect++;
      }
      if (equalNonEmpty(gt.type(), pt.type())) {
        typeCorrect++;
      }
    }
    return new TimexScores(
        new Score(matches.size(), p.size(), g.size()),
        new Score(strict, p.size(), g.size()),
        new Score(valueCorrect, p.size(), g.size()),
        typeCorrect, matches.size());
  }

  /** Scores only the gold and predicted timexes of one type (normalized comparison). */
  public static TimexScores scoreType(String type, String text, List<GoldTimex> gold, List<PredictedTimex> predicted) {
    String t = normalize(type);
    return score(text,
        gold.stream().filter(x -> normalize(x.type()).equals(t)).toList(),
        predicted.stream().filter(x -> normalize(x.type()).equals(t)).toList());
  }

  private static boolean equalNonEmpty(String a, String b) {
    String na = normalize(a);
    return !na.isEmpty() && na.equals(normalize(b));
  }

  private static Span trim(Span s, String text) {
    int start = s.start();
    int end = s.end();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
