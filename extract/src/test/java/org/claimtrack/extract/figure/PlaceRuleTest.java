package org.claimtrack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Place;
import org.junit.jupiter.api.Test;

class PlaceRuleTest {

  private static Place place(String sentence, String surface, String counted) {
    return Tagged.of(sentence).q(surface, 1, counted).figure().place();
  }

  @Test
  void aPartOfACountryIsTheCountry() {
    Tagged t = Tagged.of("North Korea has sent about 1,500 special forces troops to Russia 's Far East , the NIS said")
        .q("about 1,500", 1500, "special forces troops");
    Place p = t.figure().place();
    assertThat(p.name()).isEqualTo("Russia");
    assertThat(p.level()).isEqualTo(Place.Level.COUNTRY);
    assertThat(t.words(p.span())).isEqualTo("to Russia's Far East");
    assertThat(place("3,000 soldiers moved into eastern/JJ Russia", "3,000", "soldiers").name()).isEqualTo("Russia");
  }

  @Test
  void aRegionIsOnePlaceHoweverItIsWritten() {
    Place a = place("8,000 soldiers are in Russia 's Kursk region", "8,000", "soldiers");
    Place b = place("8,000 soldiers are in the Kursk region", "8,000", "soldiers");
    Place c = place("8,000 soldiers are in Kursk", "8,000", "soldiers");
    Place d = place("8,000 soldiers are in Russia ’s Kursk region", "8,000", "soldiers");
    for (Place p : new Place[] {a, b, c, d}) {
      assertThat(p.name()).isEqualTo("Kursk region");
      assertThat(p.country()).isEqualTo("Russia");
      assertThat(p.level()).isEqualTo(Place.Level.REGION);
    }
  }

  @Test
  void aRegionNotInTheTableTakesItsCountryFromThePossessive() {
    Place p = place("200 homes were flooded in Italy 's Emilia-Romagna region", "200", "homes");
    assertThat(p.name()).isEqualTo("Emilia-Romagna region");
    assertThat(p.country()).isEqualTo("Italy");
    Place q = place("200 homes were flooded in the Hatay province", "200", "homes");
    assertThat(q.name()).isEqualTo("Hatay province");
    assertThat(q.country()).isNull();
  }

  @Test
  void aCountryByAnyOfItsNamesAndAnUnknownPlaceAsWritten() {
    assertThat(place("40 engineers went to the US", "40", "engineers").name()).isEqualTo("United States");
    Place gaza = place("120 people were killed in Gaza", "120", "people");
    assertThat(gaza.name()).isEqualTo("Gaza");
    assertThat(gaza.level()).isEqualTo(Place.Level.OTHER);
    assertThat(gaza.country()).isNull();
  }

  @Test
  void theFirstPlaceInTheFiguresClauseNotTheNextClause() {
    Place p = place("More than 10,000 soldiers have been sent to Russia , and many of them are in the Kursk region",
        "More than 10,000", "soldiers");
    assertThat(p.name()).isEqualTo("Russia");
    assertThat(place("10,000 soldiers have been sent , and many are in the Kursk region", "10,000", "soldiers")).isNull();
  }

  @Test
  void aPlaceThatOpensTheSentence() {
    Tagged t = Tagged.of("In Kursk , 11,000 soldiers are fighting").q("11,000", 11000, "soldiers");
    Figure f = t.figure();
    assertThat(f.place().name()).isEqualTo("Kursk region");
    assertThat(f.place().rule()).startsWith("figure.place.fronted");
  }

  @Test
  void monthsAreNotPlaces() {
    assertThat(place("3,000 soldiers arrived in October", "3,000", "soldiers")).isNull();
  }
}
