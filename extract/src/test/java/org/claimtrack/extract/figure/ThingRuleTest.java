package org.claimtrack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Outcome;
import org.junit.jupiter.api.Test;

class ThingRuleTest {

  @Test
  void aDemonymInFrontIsWhoseAndTroopsAreSoldiers() {
    Tagged t = Tagged.of("At least 3,000 North/NNP Korean/JJ troops/NNS have been sent to Russia .")
        .q("At least 3,000", 3000, null, org.claimtrack.domain.Qualifier.AT_LEAST, "North Korean troops");
    Figure f = t.figure();
    assertThat(f.thing().value()).isEqualTo("soldiers");
    assertThat(f.thing().rule()).isEqualTo("figure.thing.military");
    assertThat(t.words(f.thing().span())).isEqualTo("troops");
    assertThat(f.whose().value()).isEqualTo("North Korea");
    assertThat(t.words(f.whose().span())).isEqualTo("North Korean");
    assertThat(f.label()).isEqualTo("North Korean soldiers");
  }

  @Test
  void specialForcesTroopsAreSoldiersToo() {
    Figure f = Tagged.of("about 1,500 special forces troops").q("about 1,500", 1500, "special forces troops").figure();
    assertThat(f.thing().value()).isEqualTo("soldiers");
  }

  @Test
  void peopleInASentenceAboutBrigadesAreSoldiers() {
    Tagged t = Tagged.of("training two military units from North Korea involving two brigades of 6,000 people each")
        .q("two brigades of 6,000 people each", 12000, "people");
    Figure f = t.figure();
    assertThat(f.thing().value()).isEqualTo("soldiers");
    assertThat(f.thing().rule()).isEqualTo("figure.thing.people-under-arms");
    assertThat(f.whose().value()).isEqualTo("North Korea");
    assertThat(f.whose().rule()).isEqualTo("figure.whose.from");
  }

  @Test
  void anOutcomeNounCountsPeople() {
    Figure f = Tagged.of("officials reported 310 deaths on Sunday").q("310", 310, "deaths").figure();
    assertThat(f.thing().value()).isEqualTo("people");
    assertThat(f.outcome().value()).isEqualTo(Outcome.KILLED);
    assertThat(f.label()).isEqualTo("people killed");
  }

  @Test
  void aPluralDemonymCountsPeopleOfThatCountry() {
    Figure f = Tagged.of("300 Palestinians were killed").q("300", 300, "Palestinians").figure();
    assertThat(f.thing().value()).isEqualTo("people");
    assertThat(f.whose().value()).isEqualTo("Palestine");
    assertThat(f.outcome().value()).isEqualTo(Outcome.KILLED);
  }

  @Test
  void theNumberADurationAndAPrepositionalPhraseAreNotThings() {
    Figure generic = Tagged.of("Thursday 's 12,000 figure is larger").q("12,000", 12000, "figure").figure();
    assertThat(generic.thing()).isNull();
    assertThat(generic.label()).isNull();
    assertThat(generic.notTracked().rule()).isEqualTo("figure.thing.generic");

    Figure duration = Tagged.of("a 24 hour work stoppage Wednesday afternoon")
        .q("24", 24, "hour work stoppage Wednesday afternoon").figure();
    assertThat(duration.notTracked().value()).isEqualTo("a duration");
    // the quantity stage may take the unit of time into the quantity's words
    Figure inside = Tagged.of("a two hour work stoppage").q("two hour", 2, "hour work stoppage").figure();
    assertThat(inside.notTracked().value()).isEqualTo("a duration");
    Figure percent = Tagged.of("a cut of 30 %").q("30 %", 30, "%").figure();
    assertThat(percent.notTracked().value()).isEqualTo("no noun");

    Figure prep = Tagged.of("a stake of 30 percent in Opel").q("30", 30, "in Opel").figure();
    assertThat(prep.notTracked().rule()).isEqualTo("figure.thing.preposition");
  }

  @Test
  void aQuantityWithNothingCountedSaysSo() {
    Figure f = Tagged.of("the index rose to 120 on Monday").q("120", 120, null).figure();
    assertThat(f.tracked()).isFalse();
    assertThat(f.notTracked().value()).isEqualTo("no noun");
  }

  @Test
  void otherThingsAreCountedAsWritten() {
    Figure f = Tagged.of("Chrysler wants to eliminate 789 dealerships").q("789", 789, "dealerships").figure();
    assertThat(f.thing().value()).isEqualTo("dealerships");
    assertThat(f.thing().rule()).isEqualTo("figure.thing.counted");
    assertThat(f.whose()).isNull();
  }
}
