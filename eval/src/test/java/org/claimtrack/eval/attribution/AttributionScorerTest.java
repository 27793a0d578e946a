package org.claimtrack.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.claimtrack.domain.Span;
import org.claimtrack.eval.Score;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {

  //                                  0         1         2         3         4         5         6         7
  //                                  01234567890123456789012345678901234567890123456789012345678901234567890123456789
  private static final String TEXT = "\"We will win,\" he said. He added: \"Taxes will fall.\" Critics disagree, he said.";

  // E1: "We will win," / he / said ; E2: He / added / "Taxes will fall." ; E3: Critics disagree / he / said (no source? has)
  private static final GoldAttribution E1 = gold("E1", sp(15, 17), sp(18, 22), sp(0, 14));
  private static final GoldAttribution E2 = gold("E2", sp(24, 26), sp(27, 32), sp(34, 52));
  private static final GoldAttribution E3 = gold("E3", sp(71, 73), sp(74, 78), sp(53, 69));
  private static final GoldAttribution NO_SOURCE = new GoldAttribution("E4", null, Extent.of(sp(74, 78)), Extent.of(sp(53, 69)));

  private static Span sp(int s, int e) {
    return Span.of(s, e);
  }

  private static GoldAttribution gold(String id, Span source, Span cue, Span content) {
    return new GoldAttribution(id, Extent.of(source), Extent.of(cue), Extent.of(content));
  }

  private static PredictedAttribution echo(GoldAttribution g) {
    return new PredictedAttribution(g.source() == null ? null : g.source().cover(),
        g.cue() == null ? null : g.cue().cover(), g.content().cover());
  }

  @Test
  void fixtureOffsetsAreRight() {
    assertThat(sp(15, 17).of(TEXT)).isEqualTo("he");
    assertThat(sp(34, 52).of(TEXT)).isEqualTo("\"Taxes will fall.\"");
    assertThat(sp(53, 69).of(TEXT)).isEqualTo("Critics disagree");
    assertThat(sp(71, 73).of(TEXT)).isEqualTo("he");
    assertThat(sp(74, 78).of(TEXT)).isEqualTo("said");
  }

  @Test
  void goldEchoScoresOne() {
    List<GoldAttribution> gold = List.of(E1, E2, E3, NO_SOURCE);
    AttributionScores s = AttributionScorer.score(TEXT, gold, gold.stream().map(AttributionScorerTest::echo).toList());
    for (Score x : List.of(s.sourceExact(), s.sourceOverlap(), s.cueExact(), s.cueOverlap(), s.contentExact(),
        s.contentOverlap(), s.attribution())) {
      assertThat(x.f1()).isEqualTo(1.0);
    }
    assertThat(s.sourceExact()).isEqualTo(new Score(3, 3, 3));   // the no-source attribution adds no source
    assertThat(s.cueExact()).isEqualTo(new Score(4, 4, 4));      // the same "said" twice counts twice
  }

  @Test
  void nothingPredictedScoresZero() {
    AttributionScores s = AttributionScorer.score(TEXT, List.of(E1, E2), List.of());
    assertThat(s.sourceExact()).isEqualTo(new Score(0, 0, 2));
    assertThat(s.contentOverlap().f1()).isZero();
    assertThat(s.attribution()).isEqualTo(new Score(0, 0, 2));
  }

  @Test
  void trimmedSpansMatchExactly() {
    // content without its quotes and comma, cue with a trailing period and space
    PredictedAttribution p = new PredictedAttribution(sp(15, 17), sp(18, 24), sp(1, 12));
    AttributionScores s = AttributionScorer.score(TEXT, List.of(E1), List.of(p));
    assertThat(s.contentExact()).isEqualTo(new Score(1, 1, 1));
    assertThat(s.cueExact()).isEqualTo(new Score(1, 1, 1));
  }

  @Test
  void shiftedSpansOverlapButAreNotExact() {
    PredictedAttribution p = new PredictedAttribution(sp(14, 20), sp(19, 23), sp(3, 16));
    AttributionScores s = AttributionScorer.score(TEXT, List.of(E1), List.of(p));
    assertThat(s.sourceExact()).isEqualTo(new Score(0, 1, 1));
    assertThat(s.sourceOverlap()).isEqualTo(new Score(1, 1, 1));
    assertThat(s.cueExact()).isEqualTo(new Score(0, 1, 1));
    assertThat(s.cueOverlap()).isEqualTo(new Score(1, 1, 1));
    assertThat(s.contentExact()).isEqualTo(new Score(0, 1, 1));
    assertThat(s.contentOverlap()).isEqualTo(new Score(1, 1, 1));
    assertThat(s.attribution()).isEqualTo(new Score(1, 1, 1));
  }

  @Test
  void onePredictedContentCoveringTwoGoldContentsMatchesOne() {
    PredictedAttribution p = new PredictedAttribution(null, sp(27, 32), sp(0, 52));
    AttributionScores s = AttributionScorer.score(TEXT, List.of(E1, E2), List.of(p));
    assertThat(s.contentOverlap()).isEqualTo(new Score(1, 1, 2));
    assertThat(s.sourceOverlap()).isEqualTo(new Score(0, 0, 2));
  }

  @Test
  void duplicatePredictionsCountAsPredictions() {
    PredictedAttribution p = echo(E1);
    AttributionScores s = AttributionScorer.score(TEXT, List.of(E1), List.of(p, p));
    assertThat(s.sourceExact()).isEqualTo(new Score(1, 2, 1));
    assertThat(s.contentOverlap()).isEqualTo(new Score(1, 2, 1));
    assertThat(s.attribution()).isEqualTo(new Score(1, 2, 1));
  }

  @Test
  void attributionNeedsContentAndCue() {
    PredictedAttribution wrongCue = new PredictedAttribution(sp(15, 17), sp(27, 32), sp(0, 14));
    PredictedAttribution noCue = new PredictedAttribution(sp(15, 17), null, sp(0, 14));
    assertThat(AttributionScorer.score(TEXT, List.of(E1), List.of(wrongCue)).attribution()).isEqualTo(new Score(0, 1, 1));
    assertThat(AttributionScorer.score(TEXT, List.of(E1), List.of(noCue)).attribution()).isEqualTo(new Score(0, 1, 1));
    GoldAttribution cueless = new GoldAttribution("E9", null, null, Extent.of(sp(0, 14)));
    assertThat(AttributionScorer.score(TEXT, List.of(cueless), List.of(noCue)).attribution()).isEqualTo(new Score(1, 1, 1));
  }

  @Test
  void discontinuousContent() {
    // content split around "he said": exact needs the covering span, overlap needs chars in a fragment
    GoldAttribution g = new GoldAttribution("E1", Extent.of(sp(15, 17)), Extent.of(sp(18, 22)),
        new Extent(List.of(sp(0, 14), sp(34, 52))));
    PredictedAttribution cover = new PredictedAttribution(null, null, sp(0, 52));
    PredictedAttribution gapOnly = new PredictedAttribution(null, null, sp(15, 22));
    assertThat(AttributionScorer.score(TEXT, List.of(g), List.of(cover)).contentExact()).isEqualTo(new Score(1, 1, 1));
    assertThat(AttributionScorer.score(TEXT, List.of(g), List.of(gapOnly)).contentOverlap()).isEqualTo(new Score(0, 1, 1));
    PredictedAttribution secondHalf = new PredictedAttribution(null, null, sp(35, 51));
    AttributionScores s = AttributionScorer.score(TEXT, List.of(g), List.of(secondHalf));
    assertThat(s.contentExact()).isEqualTo(new Score(0, 1, 1));
    assertThat(s.contentOverlap()).isEqualTo(new Score(1, 1, 1));
  }

  @Test
  void exactPredictionOfADiscontinuousContentIsNotStolenByTheContentInItsGap() {
    // as in PolNeAR: a content in two pieces around another attribution's longer content
    String text = "Ann said \"no,\" then Bob said the long thing he said, and Ann \"yes.\"";
    GoldAttribution split = new GoldAttribution("E1", null, Extent.of(sp(4, 8)),
        new Extent(List.of(sp(9, 14), sp(61, 67))));
    GoldAttribution inGap = new GoldAttribution("E2", null, Extent.of(sp(24, 28)), Extent.of(sp(29, 52)));
    assertThat(sp(29, 52).of(text)).isEqualTo("the long thing he said,");
    List<GoldAttribution> gold = List.of(split, inGap);
    AttributionScores s = AttributionScorer.score(text, gold, gold.stream().map(AttributionScorerTest::echo).toList());
    assertThat(s.contentOverlap()).isEqualTo(new Score(2, 2, 2));
    assertThat(s.attribution()).isEqualTo(new Score(2, 2, 2));
  }

  @Test
  void punctuationOnlyCueStillMatches() {
    String text = "Trump: we will win.";
    GoldAttribution g = new GoldAttribution("E1", Extent.of(sp(0, 5)), Extent.of(sp(5, 6)), Extent.of(sp(7, 19)));
    AttributionScores s = AttributionScorer.score(text, List.of(g), List.of(echo(g)));
    assertThat(s.cueExact()).isEqualTo(new Score(1, 1, 1));
    assertThat(s.cueOverlap()).isEqualTo(new Score(1, 1, 1));
  }

  @Test
  void resultDoesNotDependOnPredictionOrder() {
    List<PredictedAttribution> preds = new ArrayList<>(List.of(
        new PredictedAttribution(sp(15, 17), sp(18, 22), sp(0, 30)),
        new PredictedAttribution(sp(24, 26), sp(18, 32), sp(10, 52)),
        new PredictedAttribution(sp(71, 73), sp(74, 78), sp(40, 69))));
    AttributionScores a = AttributionScorer.score(TEXT, List.of(E1, E2, E3), preds);
    java.util.Collections.reverse(preds);
    assertThat(AttributionScorer.score(TEXT, List.of(E1, E2, E3), preds)).isEqualTo(a);
  }

  @Test
  void predictionOutsideTextFails() {
    assertThatThrownBy(() -> AttributionScorer.score(TEXT, List.of(E1),
        List.of(new PredictedAttribution(null, null, sp(0, 500)))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void predictedAttributionNeedsContent() {
    assertThatThrownBy(() -> new PredictedAttribution(sp(0, 1), sp(1, 2), null)).isInstanceOf(NullPointerException.class);
  }
}
