package org.claimtrack.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.ClaimPlace;
import org.claimtrack.domain.PlaceKind;
import org.claimtrack.domain.PlaceRole;
import org.claimtrack.domain.Provenance;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.SourceType;
import org.claimtrack.domain.Span;
import org.claimtrack.nlp.NlpDocument;
import org.junit.jupiter.api.Test;

/** Claims' places and their roles, on hand-tagged sentences over the real gazetteer (no CoreNLP). */
class ClaimPlacesTest {

  static final NlpDocument DOC = Docs.doc(
      "South/NNP/L Korea/NNP/L ~'s/POS/O spy/NN/O agency/NN/O said/VBD/O North/NNP/O Korean/JJ/O troops/NNS/O are/VBP/O"
          + " in/IN/O Russia/NNP/L ~'s/POS/O Kursk/NNP/L region/NN/O ~./././O",
      "Officials/NNS/O in/IN/O Kyiv/NNP/L said/VBD/O 11,000/CD/O soldiers/NNS/O had/VBD/O arrived/VBN/O ~./././O",
      "Prices/NNS/O rose/VBD/O 3/CD/O percent/NN/O ~./././O");

  static Claim claim(String source, String cue, String content, int sentence) {
    String t = DOC.text();
    Span src = source == null ? null : at(t, source, 0);
    Span cueSpan = cue == null ? null : at(t, cue, src.end());
    return new Claim("c" + sentence, source == null ? ClaimKind.AUTHORIAL : ClaimKind.REPORTED,
        source == null ? Source.author("Test") : new Source(source, SourceType.ORGANIZATION, null, null), src, cue,
        cueSpan, content, at(t, content, 0), null, null, false, List.of(), List.of(),
        new Provenance("hash", sentence, List.of("attribution.v1"), "test"));
  }

  static Span at(String text, String s, int from) {
    int i = text.indexOf(s, from);
    if (i < 0) throw new AssertionError("no '" + s + "' in the test text");
    return new Span(i, i + s.length());
  }

  static ClaimPlace named(Claim c, String name) {
    return c.places().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + c.places()));
  }

  static List<Claim> placed(Claim... claims) {
    return ClaimPlaces.place(List.of(claims), DOC, Places.standard().find(DOC), Places.STAGE);
  }

  @Test
  void placesInTheContentAreWhereItHappenedAndThoseWithTheSourceAreWhereTheSourceIs() {
    Claim c = placed(claim("South Korea's spy agency", "said", "North Korean troops are in Russia's Kursk region", 0)).get(0);
    assertThat(c.places()).extracting(ClaimPlace::name)
        .containsExactly("South Korea", "North Korean", "Russia", "Kursk region");
    assertThat(named(c, "South Korea").role()).isEqualTo(PlaceRole.SOURCE);
    assertThat(named(c, "Russia").role()).isEqualTo(PlaceRole.EVENT);
    ClaimPlace kursk = named(c, "Kursk region");
    assertThat(kursk.role()).isEqualTo(PlaceRole.EVENT);
    assertThat(kursk.kind()).isEqualTo(PlaceKind.ADMIN1);
    assertThat(kursk.country()).isEqualTo("RU");
    assertThat(kursk.lat()).isBetween(50.0, 53.0);
    assertThat(kursk.lon()).isBetween(34.0, 38.0);
    assertThat(c.provenance().stages()).containsExactly("attribution.v1", Places.STAGE);
  }

  @Test
  void aDemonymIsAnOriginWithItsCountryAndNoPoint() {
    Claim c = placed(claim("South Korea's spy agency", "said", "North Korean troops are in Russia's Kursk region", 0)).get(0);
    ClaimPlace nk = named(c, "North Korean");
    assertThat(nk.role()).isEqualTo(PlaceRole.ORIGIN);
    assertThat(nk.country()).isEqualTo("KP");
    assertThat(nk.hasPoint()).isFalse();
    assertThat(nk.why()).contains("North Korea");
  }

  @Test
  void aClaimGetsOnlyThePlacesOfItsOwnSentences() {
    List<Claim> cs = placed(claim("Officials", "said", "11,000 soldiers had arrived", 1),
        claim(null, null, "Prices rose 3 percent.", 2));
    assertThat(cs.get(0).places()).extracting(ClaimPlace::name, ClaimPlace::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Kyiv", PlaceRole.SOURCE));
    assertThat(named(cs.get(0), "Kyiv").country()).isEqualTo("UA");
    // no places: the claim is returned as it was, its provenance without the stage
    assertThat(cs.get(1).places()).isEmpty();
    assertThat(cs.get(1).provenance().stages()).containsExactly("attribution.v1");
  }

  /** A claim of "North Korean troops are in Russia's Kursk region" with one figure whose place the figure stage found. */
  static Claim withFigurePlace(org.claimtrack.domain.Place figurePlace) {
    Claim c = claim("South Korea's spy agency", "said", "North Korean troops are in Russia's Kursk region", 0);
    String t = DOC.text();
    org.claimtrack.domain.Figure f = new org.claimtrack.domain.Figure(
        new org.claimtrack.domain.Evidence<>("troops", at(t, "troops", 0), "test"), null, null, figurePlace,
        new org.claimtrack.domain.Evidence<>(org.claimtrack.domain.FigureKind.COUNT, at(t, "troops", 0), "test"),
        null, "North Korean troops", null);
    org.claimtrack.domain.Quantity q = new org.claimtrack.domain.Quantity("troops", at(t, "troops", 0),
        java.math.BigDecimal.ONE, java.math.BigDecimal.ONE, org.claimtrack.domain.Qualifier.EXACT, null, "troops", f);
    return new Claim(c.id(), c.kind(), c.source(), c.sourceSpan(), c.cue(), c.cueSpan(), c.text(), c.span(),
        c.reportedOn(), c.about(), c.hedged(), c.hedges(), List.of(q), c.provenance());
  }

  @Test
  void aFiguresPlaceTakesTheCodesPointAndPathOfTheClaimsPlaceItsWordsOverlap() {
    String t = DOC.text();
    org.claimtrack.domain.Place found = new org.claimtrack.domain.Place("Kursk region", "Russia",
        org.claimtrack.domain.Place.Level.REGION, at(t, "in Russia's Kursk region", 0), "figure.place.after.region-of");
    Claim c = placed(withFigurePlace(found)).get(0);
    org.claimtrack.domain.Place p = c.quantities().get(0).figure().place();
    // what the figure stage found is kept; the gazetteer's identity is added
    assertThat(p.name()).isEqualTo("Kursk region");
    assertThat(p.rule()).isEqualTo("figure.place.after.region-of");
    org.claimtrack.domain.Place.Resolved r = p.resolved();
    assertThat(r).isNotNull();
    assertThat(r.country()).isEqualTo("RU");
    assertThat(r.kind()).isEqualTo(PlaceKind.ADMIN1);
    assertThat(r.admin1()).isEqualTo(named(c, "Kursk region").admin1());
    assertThat(r.lat()).isBetween(50.0, 53.0);
    assertThat(r.path()).last().isEqualTo("Russia");
    assertThat(r.path()).hasSize(2);
  }

  @Test
  void aFiguresPlaceThatNoPlaceOfTheClaimOverlapsStaysUnresolved() {
    String t = DOC.text();
    // the figure stage's words lie with the source, not in the content: no EVENT place overlaps them
    org.claimtrack.domain.Place elsewhere = new org.claimtrack.domain.Place("South Korea", "South Korea",
        org.claimtrack.domain.Place.Level.COUNTRY, at(t, "South Korea", 0), "test");
    Claim c = placed(withFigurePlace(elsewhere)).get(0);
    assertThat(c.quantities().get(0).figure().place()).isEqualTo(elsewhere);
    assertThat(c.quantities().get(0).figure().place().resolved()).isNull();
  }
}
