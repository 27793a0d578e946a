package org.claimtrack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Outcome;
import org.junit.jupiter.api.Test;

class OutcomeRuleTest {

  /** One outcome, many words: each of these is a count of deaths of people. */
  @Test
  void haveDiedDeadDeathsWereKilledAndTheDeathTollAreOneOutcome() {
    Figure[] fs = {
      Tagged.of("300 people have died since Friday").q("300", 300, "people").figure(),
      Tagged.of("officials counted 300 dead").q("300", 300, null).figure(),
      Tagged.of("the ministry reported 300 deaths").q("300", 300, "deaths").figure(),
      Tagged.of("300 people were killed in the quake").q("300", 300, "people").figure(),
      Tagged.of("the death toll reached 300 on Sunday").q("300", 300, null).figure(),
      Tagged.of("the death toll has now risen/VBN to 300").q("300", 300, null).figure(),
      Tagged.of("The death toll from Monday 's earthquake has/VBZ risen/VBN to 300").q("300", 300, null).figure(),
    };
    for (Figure f : fs) {
      assertThat(f.thing().value()).isEqualTo("people");
      assertThat(f.outcome().value()).isEqualTo(Outcome.KILLED);
      assertThat(f.label()).isEqualTo("people killed");
    }
  }

  @Test
  void killedOrWoundedTogetherAreCasualtiesAndApartAreTwoOutcomes() {
    Figure both = Tagged.of("400 people were killed or wounded").q("400", 400, "people").figure();
    assertThat(both.outcome().value()).isEqualTo(Outcome.CASUALTIES);
    assertThat(both.label()).isEqualTo("people killed or wounded");
    Figure wounded = Tagged.of("300 people were injured").q("300", 300, "people").figure();
    assertThat(wounded.outcome().value()).isEqualTo(Outcome.WOUNDED);
  }

  @Test
  void aVerbRightBeforeTheCount() {
    Tagged t = Tagged.of("the strike killed/VBD at least 30 civilians").q("at least 30", 30, null,
        org.claimtrack.domain.Qualifier.AT_LEAST, "civilians");
    Figure f = t.figure();
    assertThat(f.outcome().value()).isEqualTo(Outcome.KILLED);
    assertThat(f.outcome().rule()).isEqualTo("figure.outcome.before");
    assertThat(t.words(f.outcome().span())).isEqualTo("killed");
    assertThat(f.label()).isEqualTo("civilians killed");
  }

  @Test
  void aTollIsNotReadAcrossAVerb() {
    Figure f = Tagged.of("the toll road opened/VBD and traffic rose/VBD to 300").q("300", 300, null).figure();
    assertThat(f.outcome()).isNull();
  }

  @Test
  void sentIsNoOutcome() {
    Figure f = Tagged.of("3,000 soldiers have been sent to Russia").q("3,000", 3000, "soldiers").figure();
    assertThat(f.outcome()).isNull();
  }
}
