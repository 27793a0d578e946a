package org.claimtrack.eval.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntBinaryOperator;
import org.claimtrack.domain.Span;

/**
 * One-to-one matching of predicted items to gold items, shared by the attribution and the
 * timex scorers.
 *
 * <p>{@link #greedy} is the overlap matching: every (gold, predicted) pair with a positive weight
 * (usually the number of shared chars) is a candidate; candidates are taken <em>preferred pairs
 * first</em> (callers prefer exact matches), then largest weight first, ties broken by lower gold
 * index, then lower predicted index, and a pair is kept only when neither side is matched yet. So
 * one prediction never matches two gold items and vice versa, and the result depends only on the
 * order of the inputs, which callers make canonical.
 *
 * <p>Why exact pairs go first: greedy by overlap alone can lose a match a system got exactly
 * right. In PolNeAR a discontinuous content ({@code 3572-3588;3748-3769}, 37 chars) has another
 * attribution's content (91 chars) in its gap; a prediction equal to the first one's covering
 * span overlaps the second more than the first, and taking that pair first leaves the first
 * unmatched although both were predicted exactly.
 *
 * <p>{@link #exactMatches} is the exact matching: the size of the multiset intersection, so two
 * equal gold spans need two equal predictions.
 */
public final class SpanMatching {

  private SpanMatching() {}

  /**
   * A matched pair.
   *
   * @param gold index into the gold list
   * @param predicted index into the predicted list
   * @param weight the weight that made the pair (positive)
   * @param preferred whether the pair was a preferred (exact) one
   */
  public record Match(int gold, int predicted, long weight, boolean preferred) {
    public Match {
      if (gold < 0 || predicted < 0) {
        throw new IllegalArgumentException("indices must be non-negative: " + gold + ", " + predicted);
      }
      if (weight <= 0) {
        throw new IllegalArgumentException("a match needs a positive weight, got " + weight);
      }
    }
  }

  /** A test on a (gold index, predicted index) pair. */
  @FunctionalInterface
  public interface PairTest {
    boolean test(int gold, int predicted);
  }

  /** Greedy one-to-one matching by largest weight, no pair preferred. */
  public static List<Match> greedy(int goldCount, int predictedCount, IntBinaryOperator weight) {
    return greedy(goldCount, predictedCount, weight, (g, p) -> false);
  }

  /**
   * Greedy one-to-one matching: preferred pairs first, then by largest weight.
   *
   * @param goldCount number of gold items
   * @param predictedCount number of predicted items
   * @param weight weight of (gold index, predicted index); pairs with weight &lt;= 0 never match,
   *     preferred or not
   * @param preferred pairs taken before all others (exact matches)
   * @return the matches, in the order they were taken
   */
  public static List<Match> greedy(int goldCount, int predictedCount, IntBinaryOperator weight, PairTest preferred) {
    Objects.requireNonNull(preferred, "preferred");
    if (goldCount < 0 || predictedCount < 0) {
      throw new IllegalArgumentException("counts must be non-negative");
    }
    Objects.requireNonNull(weight, "weight");
    List<Match> candidates = new ArrayList<>();
    for (int g = 0; g < goldCount; g++) {
      for (int p = 0; p < predictedCount; p++) {
        int w = weight.applyAsInt(g, p);
        if (w > 0) {
          candidates.add(new Match(g, p, w, preferred.test(g, p)));
        }
      }
    }
    candidates.sort(Comparator.comparing(Match::preferred).reversed()
        .thenComparing(Comparator.comparingLong(Match::weight).reversed())
        .thenComparingInt(Match::gold)
        .thenComparingInt(Match::predicted));
    boolean[] goldUsed = new boolean[goldCount];
    boolean[] predUsed = new boolean[predictedCount];
    List<Match> out = new ArrayList<>();
    for (Match m : candidates) {
      if (!goldUsed[m.gold()] && !predUsed[m.predicted()]) {
        goldUsed[m.gold()] = true;
        predUsed[m.predicted()] = true;
        out.add(m);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Greedy overlap matching of plain spans: equal spans first, then by the number of shared chars.
   */
  public static List<Match> byOverlap(List<Span> gold, List<Span> predicted) {
    return greedy(gold.size(), predicted.size(), (g, p) -> gold.get(g).overlap(predicted.get(p)),
        (g, p) -> gold.get(g).equals(predicted.get(p)));
  }

  /** Number of one-to-one exact matches: the size of the multiset intersection. */
  public static int exactMatches(List<Span> gold, List<Span> predicted) {
    Map<Span, Integer> remaining = new HashMap<>();
    for (Span g : gold) {
      remaining.merge(Objects.requireNonNull(g, "gold span"), 1, Integer::sum);
    }
    int tp = 0;
    for (Span p : predicted) {
      Integer left = remaining.get(Objects.requireNonNull(p, "predicted span"));
      if (left != null && left > 0) {
        remaining.put(p, left - 1);
        tp++;
      }
    }
    return tp;
  }
}
