package org.claimtrack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Outcome;
import org.junit.jupiter.api.Test;

class CoordinationRuleTest {

  @Test
  void anElidedNounIsThePreviousFiguresWithItsOwnOutcome() {
    Tagged t = Tagged.of("12 civilians were killed and 40 injured/VBN in Arequipa").q("12", 12, "civilians").q("40", 40, null);
    List<Figure> fs = t.figures();
    assertThat(fs.get(0).label()).isEqualTo("civilians killed");
    assertThat(fs.get(1).thing().value()).isEqualTo("civilians");
    assertThat(fs.get(1).thing().rule()).isEqualTo("figure.thing.elided");
    assertThat(t.words(fs.get(1).thing().span())).isEqualTo("civilians");
    assertThat(fs.get(1).outcome().value()).isEqualTo(Outcome.WOUNDED);
    assertThat(fs.get(1).label()).isEqualTo("civilians wounded");
    // both are in Arequipa: the place closes the clause they share
    assertThat(fs.get(0).place().name()).isEqualTo("Arequipa region");
    assertThat(fs.get(1).place().name()).isEqualTo("Arequipa region");
  }

  @Test
  void anOutcomeAfterTheSecondFigureIsTheFirstsToo() {
    List<Figure> fs = Tagged.of("30 soldiers and 12 officers were killed").q("30", 30, "soldiers").q("12", 12, "officers")
        .figures();
    assertThat(fs).extracting(Figure::label).containsExactly("soldiers killed", "officers killed");
    assertThat(fs.get(0).outcome().rule()).isEqualTo("figure.outcome.shared");
  }

  @Test
  void aVerbBeforeTheFirstFigureIsTheSecondsToo() {
    List<Figure> fs = Tagged.of("the attack killed/VBD 30 soldiers and 12 officers").q("30", 30, "soldiers")
        .q("12", 12, "officers").figures();
    assertThat(fs).extracting(Figure::label).containsExactly("soldiers killed", "officers killed");
  }

  @Test
  void noOutcomeSpillsOverAnotherVerb() {
    List<Figure> fs = Tagged.of("the strike killed/VBD 12 people and injured/VBD 40").q("12", 12, "people").q("40", 40, null)
        .figures();
    assertThat(fs).extracting(Figure::label).containsExactly("people killed", "people wounded");
    assertThat(fs.get(1).thing().rule()).isEqualTo("figure.thing.people-by-outcome");
  }
}
