package org.claimtrack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Qualifier;
import org.junit.jupiter.api.Test;

class ReadingRuleTest {

  @Test
  void nearlyIsJustBelow() {
    Tagged t = Tagged.of("nearly 300 people were killed").q("nearly 300", 300, 300L, Qualifier.LESS_THAN, "people");
    Figure f = t.figure();
    assertThat(f.reading().value()).isEqualTo(Figure.Reading.JUST_BELOW);
    assertThat(t.words(f.reading().span())).isEqualTo("nearly");
  }

  @Test
  void justOverIsJustAboveAndFewerThanIsNeither() {
    assertThat(Tagged.of("just over 300 people").q("300", 300, "people").figure().reading().value())
        .isEqualTo(Figure.Reading.JUST_ABOVE);
    assertThat(Tagged.of("fewer than 300 people").q("fewer than 300", 300, 300L, Qualifier.LESS_THAN, "people").figure()
        .reading()).isNull();
  }
}
