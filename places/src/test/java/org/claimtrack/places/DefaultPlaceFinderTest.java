package org.claimtrack.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtrack.domain.PlaceKind;
import org.junit.jupiter.api.Test;

/** The finder's rules on hand-tagged sentences over the real gazetteer (no CoreNLP). */
class DefaultPlaceFinderTest {

  static final PlaceFinder FINDER = Places.standard();

  static List<Place> places(String... sentences) {
    return FINDER.find(Docs.doc(sentences)).places();
  }

  static Place only(List<Place> ps, String name) {
    return ps.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + ps));
  }

  @Test
  void aTownWrittenWithItsStateIsInThatState() {
    List<Place> ps = places("He/PRP/O lives/VBZ/O in/IN/O Paris/NNP/L ~,/,/O Texas/NNP/L ~./././O");
    Place paris = only(ps, "Paris");
    assertThat(paris.country()).isEqualTo("US");
    assertThat(paris.admin1()).isEqualTo("Texas");
    assertThat(paris.kind()).isEqualTo(PlaceKind.CITY);
    assertThat(paris.why()).contains("Texas");
  }

  @Test
  void aTownAloneIsTheMostPopulousOne() {
    Place paris = only(places("She/PRP/O flew/VBD/O to/TO/O Paris/NNP/L ~./././O"), "Paris");
    assertThat(paris.country()).isEqualTo("FR");
    assertThat(paris.path()).endsWith("France");
  }

  @Test
  void apStateAbbreviationsAfterATownAreStates() {
    List<Place> ps = places("The/DT/O family/NN/O moved/VBD/O to/TO/O Gainesville/NNP/L ~,/,/O Fla./NNP/L ~,/,/O in/IN/O 2001/CD/O ~./././O");
    Place fla = only(ps, "Fla.");
    assertThat(fla.kind()).isEqualTo(PlaceKind.ADMIN1);
    assertThat(fla.admin1()).isEqualTo("Florida");
    assertThat(only(ps, "Gainesville").admin1()).isEqualTo("Florida");
  }

  @Test
  void aRegionWordMakesTheNameARegionOfTheCountryBeforeIt() {
    List<Place> ps = places("Troops/NNS/O are/VBP/O in/IN/O Russia/NNP/L ~'s/POS/O Kursk/NNP/L region/NN/O ~./././O");
    Place kursk = only(ps, "Kursk region");
    assertThat(kursk.kind()).isEqualTo(PlaceKind.ADMIN1);
    assertThat(kursk.path()).containsExactly("Kursk Oblast", "Russia");
    assertThat(only(ps, "Russia").kind()).isEqualTo(PlaceKind.COUNTRY);
  }

  @Test
  void aTownInsideTheRegionTheArticleIsAboutWinsOverABiggerNamesake() {
    List<Place> ps = places(
        "Fighting/NN/O continued/VBD/O in/IN/O Russia/NNP/L ~'s/POS/O Kursk/NNP/L region/NN/O ~./././O",
        "Ukrainian/JJ/O forces/NNS/O hold/VBP/O Sudzha/NNP/L ~./././O");
    Place sudzha = only(ps, "Sudzha");
    assertThat(sudzha.path()).containsExactly("Sudzha", "Kursk Oblast", "Russia");
    assertThat(sudzha.geonameid()).isEqualTo(486816L);
  }

  @Test
  void aNameIsNotItsOwnEvidenceForTheArticlesFocus() {
    // read alone, each "Georgia" is the country; counted as the article's focus, they kept it so
    List<Place> ps = places(
        "Georgia/NNP/L lawmakers/NNS/O met/VBD/O in/IN/O Atlanta/NNP/L ~./././O",
        "Farmers/NNS/O in/IN/O Georgia/NNP/L and/CC/O Savannah/NNP/L were/VBD/O hit/VBN/O ~./././O",
        "Georgia/NNP/L has/VBZ/O had/VBN/O a/DT/O dry/JJ/O year/NN/O ~./././O");
    assertThat(ps.stream().filter(p -> p.name().equals("Georgia")).toList()).hasSize(3).allSatisfy(p -> {
      assertThat(p.kind()).isEqualTo(PlaceKind.ADMIN1);
      assertThat(p.country()).isEqualTo("US");
    });
  }

  @Test
  void countriesSitAtTheMiddleOfTheirLargestLandmass() {
    Place us = only(places("She/PRP/O flew/VBD/O to/TO/O the/DT/O United/NNP/L States/NNPS/L ~./././O"), "United States");
    // GeoNames puts the US at 39.76, -98.5 (Kansas); the Factbook's 38, -97 is 234 km from it
    assertThat(Geo.km(us.lat(), us.lon(), 39.76, -98.5)).isLessThan(100);
    Place au = only(places("She/PRP/O flew/VBD/O to/TO/O Australia/NNP/L ~./././O"), "Australia");
    assertThat(Geo.km(au.lat(), au.lon(), -25.0, 134.0)).isLessThan(161);
  }

  @Test
  void demonymsAreOriginsNotPlaces() {
    ArticlePlaces ap = FINDER.find(Docs.doc("North/NNP/O Korean/NNP/O troops/NNS/O arrived/VBD/O ~./././O"));
    assertThat(ap.places()).isEmpty();
    assertThat(ap.origins()).singleElement().satisfies(o -> {
      assertThat(o.text()).isEqualTo("North Korean");
      assertThat(o.country()).isEqualTo("KP");
    });
  }

  @Test
  void anUnknownFacilityIsPlacedAtItsContainingPlace() {
    List<Place> ps = places(
        "Troops/NNS/O gathered/VBD/O in/IN/O Russia/NNP/L ~'s/POS/O Kursk/NNP/L region/NN/O ~./././O",
        "They/PRP/O trained/VBD/O at/IN/O the/DT/O Zzyzxovka/NNP/L training/NN/O ground/NN/O ~./././O");
    Place f = only(ps, "Zzyzxovka");
    assertThat(f.isResolved()).isTrue();
    assertThat(f.why()).contains("containing place").contains("Kursk Oblast");
    assertThat(f.path()).containsExactly("Zzyzxovka", "Kursk Oblast", "Russia");
  }

  @Test
  void aKnownNameBeforeAFacilityWordFarFromTheTextsRegionIsAFacilityThere() {
    List<Place> ps = places(
        "Troops/NNS/O gathered/VBD/O in/IN/O Russia/NNP/L ~'s/POS/O Kursk/NNP/L region/NN/O ~./././O",
        "They/PRP/O trained/VBD/O at/IN/O the/DT/O Sergeevka/NNP/L training/NN/O ground/NN/O ~./././O");
    Place f = only(ps, "Sergeevka");
    assertThat(f.why()).contains("containing place");
    assertThat(f.admin1()).isEqualTo("Kursk Oblast");
  }

  @Test
  void countryNamesAndUsAbbreviationsAreCountries() {
    List<Place> ps = places("The/DT/O U.S./NNP/L and/CC/O Britain/NNP/L talked/VBD/O ~./././O");
    assertThat(only(ps, "U.S.").country()).isEqualTo("US");
    assertThat(only(ps, "U.S.").kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(only(ps, "Britain").country()).isEqualTo("GB");
  }

  @Test
  void acronymsAreNotTownsAlternateNames() {
    assertThat(places("The/DT/O NIS/NNP/G said/VBD/O so/RB/O ~./././O")).isEmpty();
  }

  @Test
  void namesNerMissedAreFoundWhenTheyCanOnlyBePlaces() {
    List<Place> ps = places("Flooding/NN/O hit/VBD/O Bangladesh/NNP/O and/CC/O Africa/NNP/O ~./././O");
    assertThat(ps).extracting(Place::name).containsExactly("Bangladesh", "Africa");
    assertThat(only(ps, "Africa").geonameid()).isEqualTo(6255146L);
  }

  @Test
  void aPersonsNameIsNotAPlace() {
    assertThat(places("Jackson/NNP/P said/VBD/O no/DT/O ~./././O")).isEmpty();
  }

  @Test
  void unknownLocationsAreKeptUnresolved() {
    Place p = only(places("They/PRP/O met/VBD/O at/IN/O Zzyzx/NNP/L Qwerty/NNP/L ~./././O"), "Zzyzx Qwerty");
    assertThat(p.isResolved()).isFalse();
    assertThat(p.kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(p.why()).isEqualTo("not in the gazetteer");
  }

  @Test
  void spansPointAtTheMention() {
    var doc = Docs.doc("Fighting/NN/O in/IN/O Kazan/NNP/L ~,/,/O Russia/NNP/L ~./././O");
    for (Place p : FINDER.find(doc).places()) assertThat(p.span().of(doc.text())).isEqualTo(p.name());
  }
}
