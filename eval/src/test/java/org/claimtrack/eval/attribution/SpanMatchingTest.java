package org.claimtrack.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimtrack.domain.Span;
import org.claimtrack.eval.attribution.SpanMatching.Match;
import org.junit.jupiter.api.Test;

class SpanMatchingTest {

  @Test
  void exactMatchingIsAMultisetIntersection() {
    List<Span> gold = List.of(Span.of(0, 2), Span.of(0, 2), Span.of(5, 9));
    assertThat(SpanMatching.exactMatches(gold, List.of(Span.of(0, 2)))).isEqualTo(1);
    assertThat(SpanMatching.exactMatches(gold, List.of(Span.of(0, 2), Span.of(0, 2), Span.of(0, 2)))).isEqualTo(2);
    assertThat(SpanMatching.exactMatches(gold, List.of(Span.of(5, 9), Span.of(0, 2), Span.of(0, 2)))).isEqualTo(3);
    assertThat(SpanMatching.exactMatches(gold, List.of(Span.of(5, 8)))).isZero();
    assertThat(SpanMatching.exactMatches(gold, List.of())).isZero();
    assertThat(SpanMatching.exactMatches(List.of(), gold)).isZero();
  }

  @Test
  void onePredictionCannotMatchTwoGoldSpans() {
    // one long prediction covering two gold spans matches only the one it shares more with
    List<Span> gold = List.of(Span.of(0, 5), Span.of(10, 20));
    List<Match> m = SpanMatching.byOverlap(gold, List.of(Span.of(3, 20)));
    assertThat(m).containsExactly(new Match(1, 0, 10, false));
  }

  @Test
  void oneGoldSpanCannotMatchTwoPredictions() {
    List<Span> gold = List.of(Span.of(0, 10));
    List<Match> m = SpanMatching.byOverlap(gold, List.of(Span.of(0, 3), Span.of(4, 10)));
    assertThat(m).containsExactly(new Match(0, 1, 6, false));
  }

  @Test
  void greedyTakesLargestOverlapFirst() {
    // p0 overlaps g0 by 2 and g1 by 4; p1 overlaps g1 by 1. Largest first: (g1,p0), then (g1,p1) is blocked,
    // g0 is left with p0 taken: one match, not the two a maximum matching would find. Greedy is what we promise.
    List<Span> gold = List.of(Span.of(0, 4), Span.of(6, 10));
    List<Span> pred = List.of(Span.of(2, 10), Span.of(9, 12));
    List<Match> m = SpanMatching.byOverlap(gold, pred);
    assertThat(m).containsExactly(new Match(1, 0, 4, false));
  }

  @Test
  void tiesGoToLowerIndices() {
    List<Span> gold = List.of(Span.of(0, 4), Span.of(4, 8));
    List<Span> pred = List.of(Span.of(2, 6));
    assertThat(SpanMatching.byOverlap(gold, pred)).containsExactly(new Match(0, 0, 2, false));
  }

  @Test
  void touchingSpansDoNotOverlap() {
    assertThat(SpanMatching.byOverlap(List.of(Span.of(0, 4)), List.of(Span.of(4, 8)))).isEmpty();
  }

  @Test
  void preferredPairsGoFirst() {
    // gold 0 is small, gold 1 larger and overlapping prediction 0 more than gold 0 does;
    // prediction 0 equals gold 0, so the preferred (exact) pair wins despite its smaller overlap
    List<Span> gold = List.of(Span.of(10, 14), Span.of(0, 30));
    List<Span> pred = List.of(Span.of(10, 14), Span.of(0, 30));
    assertThat(SpanMatching.byOverlap(gold, pred)).hasSize(2);
    List<Match> m = SpanMatching.greedy(2, 1, (g, p) -> g == 0 ? 4 : 9, (g, p) -> g == 0);
    assertThat(m).containsExactly(new Match(0, 0, 4, true));
    // without the preference the larger overlap takes the prediction
    assertThat(SpanMatching.greedy(2, 1, (g, p) -> g == 0 ? 4 : 9)).containsExactly(new Match(1, 0, 9, false));
  }

  @Test
  void preferredPairNeedsPositiveWeight() {
    assertThat(SpanMatching.greedy(1, 1, (g, p) -> 0, (g, p) -> true)).isEmpty();
  }

  @Test
  void emptyInputs() {
    assertThat(SpanMatching.greedy(0, 3, (g, p) -> 1)).isEmpty();
    assertThat(SpanMatching.greedy(3, 0, (g, p) -> 1)).isEmpty();
  }

  @Test
  void matchRejectsNonPositiveWeight() {
    assertThatThrownBy(() -> new Match(0, 0, 0, false)).isInstanceOf(IllegalArgumentException.class);
  }
}
