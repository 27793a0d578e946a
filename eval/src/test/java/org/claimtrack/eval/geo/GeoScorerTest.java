package org.claimtrack.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java scorer agrees with score_geo.py's rules on hand-made cases. */
class GeoScorerTest {

  static GeoEval.Article article(GeoEval.Gold... gold) {
    return new GeoEval.Article("a", "x".repeat(100), null, List.of(gold));
  }

  @Test
  void overlapMatchesAndDistanceDecides() {
    GeoEval.Counts c = new GeoEval.Counts();
    GeoEval.scoreArticle(article(new GeoEval.Gold(10, 20, 40.0, -100.0, null, false)),
        List.of(new GeoSystem.Predicted(12, 18, 40.5, -100.0, null)), c);
    assertThat(c.tp).isEqualTo(1);
    assertThat(c.errors).singleElement().satisfies(e -> assertThat(e).isBetween(55.0, 56.0));
    assertThat(c.acc161()).isEqualTo(1.0);
  }

  @Test
  void sameGeonameidIsZeroKilometresWhereverThePoint() {
    GeoEval.Counts c = new GeoEval.Counts();
    GeoEval.scoreArticle(article(new GeoEval.Gold(0, 5, 39.76, -98.5, 6252001L, false)),
        List.of(new GeoSystem.Predicted(0, 5, 0.0, 0.0, 6252001L)), c);
    assertThat(c.errors).containsExactly(0.0);
  }

  @Test
  void predictionsOnOptionalSpansAreIgnoredAndUnmatchedOnesAreFalsePositives() {
    GeoEval.Counts c = new GeoEval.Counts();
    GeoEval.scoreArticle(article(new GeoEval.Gold(0, 5, null, null, null, true), new GeoEval.Gold(30, 35, 1.0, 1.0, null, false)),
        List.of(new GeoSystem.Predicted(0, 5, null, null, null), new GeoSystem.Predicted(50, 55, null, null, null)), c);
    assertThat(c.ignored).isEqualTo(1);
    assertThat(c.fp).isEqualTo(1);
    assertThat(c.fn).isEqualTo(1);
    assertThat(c.tp).isZero();
  }

  @Test
  void unresolvedMatchesCountAsHalfTheEarthAway() {
    GeoEval.Counts c = new GeoEval.Counts();
    GeoEval.scoreArticle(article(new GeoEval.Gold(0, 5, 1.0, 1.0, null, false)), List.of(new GeoSystem.Predicted(0, 5, null, null, null)), c);
    assertThat(c.errors).containsExactly(GeoEval.MAX_KM);
    assertThat(c.unresolved).isEqualTo(1);
  }
}
