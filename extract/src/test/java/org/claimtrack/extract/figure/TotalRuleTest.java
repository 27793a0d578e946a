package org.claimtrack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.FigureKind;
import org.claimtrack.domain.Qualifier;
import org.junit.jupiter.api.Test;

class TotalRuleTest {

  @Test
  void theTotalIsOfWhatTheArticleLastCounted() {
    List<Figure> fs = Tagged.article(
        Tagged.of("At least 3,000 North Korean troops have been sent to Russia so far .")
            .q("At least 3,000", 3000, null, Qualifier.AT_LEAST, "North Korean troops"),
        Tagged.of("The agency expects the total to reach 10,000 by December .").q("10,000", 10000, null));
    Figure total = fs.get(1);
    assertThat(total.label()).isEqualTo("North Korean soldiers");
    assertThat(total.thing().rule()).isEqualTo("figure.thing.total-of-previous");
    assertThat(total.kind().value()).isEqualTo(FigureKind.PROJECTION);
  }

  @Test
  void aFigureWithNoTotalWordBeforeItTakesNothing() {
    List<Figure> fs = Tagged.article(
        Tagged.of("3,000 soldiers are in Russia .").q("3,000", 3000, "soldiers"),
        Tagged.of("The index stood at 120 .").q("120", 120, null));
    assertThat(fs.get(1).tracked()).isFalse();
  }
}
