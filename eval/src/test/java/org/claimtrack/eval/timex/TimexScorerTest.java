package org.claimtrack.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimtrack.domain.Span;
import org.claimtrack.eval.Score;
import org.junit.jupiter.api.Test;

class TimexScorerTest {

  //                                   0         1         2         3         4         5
  //                                   012345678901234567890123456789012345678901234567890123
  private static final String TEXT = "On Friday, a month after March 2013, it rained daily.";
  private static final GoldTimex FRIDAY = new GoldTimex("t1", Span.of(3, 9), "DATE", "2013-03-22");
  private static final GoldTimex MONTH = new GoldTimex("t2", Span.of(11, 18), "DURATION", "P1M");
  private static final GoldTimex MARCH = new GoldTimex("t3", Span.of(25, 35), "DATE", "2013-03");
  private static final GoldTimex DAILY = new GoldTimex("t4", Span.of(47, 52), "SET", "P1D");
  private static final List<GoldTimex> GOLD = List.of(FRIDAY, MONTH, MARCH, DAILY);

  private static PredictedTimex echo(GoldTimex g) {
    return new PredictedTimex(g.span(), g.type(), g.value());
  }

  @Test
  void fixtureOffsetsAreRight() {
    assertThat(GOLD).extracting(g -> g.span().of(TEXT)).containsExactly("Friday", "a month", "March 2013", "daily");
  }

  @Test
  void goldEchoScoresOne() {
    TimexScores s = TimexScorer.score(TEXT, GOLD, GOLD.stream().map(TimexScorerTest::echo).toList());
    assertThat(s.relaxed()).isEqualTo(new Score(4, 4, 4));
    assertThat(s.strict()).isEqualTo(new Score(4, 4, 4));
    assertThat(s.value()).isEqualTo(new Score(4, 4, 4));
    assertThat(s.typeCorrect()).isEqualTo(4);
    assertThat(s.matched()).isEqualTo(4);
  }

  @Test
  void nothingPredicted() {
    TimexScores s = TimexScorer.score(TEXT, GOLD, List.of());
    assertThat(s.relaxed()).isEqualTo(new Score(0, 0, 4));
    assertThat(s.value().f1()).isZero();
    assertThat(s.matched()).isZero();
  }

  @Test
  void shiftedSpanIsRelaxedNotStrictAndCanStillHaveTheRightValue() {
    PredictedTimex onFriday = new PredictedTimex(Span.of(0, 9), "DATE", "2013-03-22");
    TimexScores s = TimexScorer.score(TEXT, List.of(FRIDAY), List.of(onFriday));
    assertThat(s.relaxed()).isEqualTo(new Score(1, 1, 1));
    assertThat(s.strict()).isEqualTo(new Score(0, 1, 1));
    assertThat(s.value()).isEqualTo(new Score(1, 1, 1));
  }

  @Test
  void whitespaceAroundASpanIsIgnoredButPunctuationIsNot() {
    PredictedTimex spaced = new PredictedTimex(Span.of(2, 9), "DATE", "2013-03-22");
    PredictedTimex comma = new PredictedTimex(Span.of(3, 10), "DATE", "2013-03-22");
    assertThat(TimexScorer.score(TEXT, List.of(FRIDAY), List.of(spaced)).strict()).isEqualTo(new Score(1, 1, 1));
    assertThat(TimexScorer.score(TEXT, List.of(FRIDAY), List.of(comma)).strict()).isEqualTo(new Score(0, 1, 1));
  }

  @Test
  void valueComparisonIgnoresCaseAndSurroundingSpaceOnly() {
    GoldTimex week = new GoldTimex("t1", Span.of(3, 9), "DATE", "2013-W11");
    assertThat(TimexScorer.score(TEXT, List.of(week), List.of(new PredictedTimex(Span.of(3, 9), "date", " 2013-w11 ")))
        .value()).isEqualTo(new Score(1, 1, 1));
    assertThat(TimexScorer.score(TEXT, List.of(MARCH), List.of(new PredictedTimex(MARCH.span(), "DATE", "2013-03-XX")))
        .value()).isEqualTo(new Score(0, 1, 1));
    assertThat(TimexScorer.score(TEXT, List.of(MARCH), List.of(new PredictedTimex(MARCH.span(), null, null)))
        .value()).isEqualTo(new Score(0, 1, 1));
  }

  @Test
  void typeAccuracyCountsOnlyMatches() {
    List<PredictedTimex> p = List.of(
        new PredictedTimex(FRIDAY.span(), "DATE", "x"),
        new PredictedTimex(MONTH.span(), "DATE", "P1M"),
        new PredictedTimex(Span.of(40, 46), "DATE", "y"));   // "rained": no gold
    TimexScores s = TimexScorer.score(TEXT, GOLD, p);
    assertThat(s.matched()).isEqualTo(2);
    assertThat(s.typeCorrect()).isEqualTo(1);
    assertThat(s.value()).isEqualTo(new Score(1, 3, 4));
  }

  @Test
  void onePredictionOverTwoGoldTimexesMatchesOne() {
    // "Friday, a month" covers two gold timexes; only one match, the larger overlap (a month, 7 chars)
    PredictedTimex both = new PredictedTimex(Span.of(3, 18), "DURATION", "P1M");
    TimexScores s = TimexScorer.score(TEXT, GOLD, List.of(both));
    assertThat(s.relaxed()).isEqualTo(new Score(1, 1, 4));
    assertThat(s.value()).isEqualTo(new Score(1, 1, 4));
  }

  @Test
  void duplicatePredictionsCountAsPredictions() {
    PredictedTimex p = echo(FRIDAY);
    TimexScores s = TimexScorer.score(TEXT, List.of(FRIDAY), List.of(p, p));
    assertThat(s.strict()).isEqualTo(new Score(1, 2, 1));
    assertThat(s.relaxed()).isEqualTo(new Score(1, 2, 1));
    assertThat(s.value()).isEqualTo(new Score(1, 2, 1));
  }

  @Test
  void dateRestrictionFiltersBothSides() {
    List<PredictedTimex> p = new ArrayList<>(GOLD.stream().map(TimexScorerTest::echo).toList());
    p.add(new PredictedTimex(Span.of(40, 46), "TIME", "y"));
    TimexScores s = TimexScorer.scoreType("DATE", TEXT, GOLD, p);
    assertThat(s.relaxed()).isEqualTo(new Score(2, 2, 2));
  }

  @Test
  void orderOfPredictionsDoesNotMatter() {
    List<PredictedTimex> p = new ArrayList<>(List.of(
        new PredictedTimex(Span.of(3, 18), "DATE", "2013-03-22"),
        new PredictedTimex(Span.of(5, 14), "DURATION", "P1M"),
        new PredictedTimex(Span.of(20, 30), "DATE", "2013-03")));
    TimexScores a = TimexScorer.score(TEXT, GOLD, p);
    Collections.reverse(p);
    assertThat(TimexScorer.score(TEXT, GOLD, p)).isEqualTo(a);
  }

  @Test
  void predictionOutsideTheTextFails() {
    assertThatThrownBy(() -> TimexScorer.score(TEXT, GOLD, List.of(new PredictedTimex(Span.of(50, 90), "DATE", "x"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordsAreValidated() {
    assertThatThrownBy(() -> new PredictedTimex(null, "DATE", "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new GoldTimex("t", Span.of(0, 1), "DATE", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new TimexDocument("d", "abc", java.time.LocalDate.EPOCH, List.of(FRIDAY)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimexScores(new Score(1, 1, 1), Score.ZERO, Score.ZERO, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
