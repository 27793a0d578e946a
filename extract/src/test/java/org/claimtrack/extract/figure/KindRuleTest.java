package org.claimtrack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.domain.Figure;
import org.claimtrack.domain.FigureKind;
import org.junit.jupiter.api.Test;

class KindRuleTest {

  private static Figure figure(String sentence, String surface, String counted) {
    return Tagged.of(sentence).q(surface, 1, counted).figure();
  }

  @Test
  void aCountByDefault() {
    Figure f = figure("3,000 soldiers are in Russia", "3,000", "soldiers");
    assertThat(f.kind().value()).isEqualTo(FigureKind.COUNT);
    assertThat(f.kind().span()).isNull();
  }

  @Test
  void aPlan() {
    Tagged t = Tagged.of("In total , North Korea has decided to send around 12,000 troops").q("around 12,000", 1, "troops");
    Figure f = t.figure();
    assertThat(f.kind().value()).isEqualTo(FigureKind.PLAN);
    assertThat(t.words(f.kind().span())).isEqualTo("decided to");
    assertThat(figure("the company will cut 10,000 jobs", "10,000", "jobs").kind().value()).isEqualTo(FigureKind.PLAN);
  }

  @Test
  void aProjection() {
    assertThat(figure("the agency expects the total to reach 10,000 by December", "10,000", null).kind().value())
        .isEqualTo(FigureKind.PROJECTION);
    Figure by = figure("deaths rise/VBP to 500 by December", "500", null);
    assertThat(by.kind().value()).isEqualTo(FigureKind.PROJECTION);
  }

  @Test
  void aChange() {
    Figure f = figure("the death toll rose by 40 overnight", "40", null);
    assertThat(f.kind().value()).isEqualTo(FigureKind.CHANGE);
  }
}
