package org.claimtrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimPlace;
import org.claimtrack.domain.PlaceKind;
import org.claimtrack.domain.PlaceRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's seed places on the seed's claims, through the whole extractor (one CoreNLP run; the
 * places stage reads its NER): Kursk region, Sergeevka's containing place, Kazan, Russia's Far East.
 */
class SeedClaimPlacesTest {
  static ArticleClaims seed;

  @BeforeAll
  static void extract() {
    seed = TestData.extract(TestData.article(TestData.shared().resolve("seed/cnn-2024-11-22-north-korean-troops-kursk.txt")));
  }

  static List<ClaimPlace> named(String name) {
    List<ClaimPlace> out = seed.claims().stream().flatMap(c -> c.places().stream()).filter(p -> p.name().equals(name)).toList();
    assertThat(out).as("claims' places named %s", name).isNotEmpty();
    return out;
  }

  @Test
  void kurskRegionIsTheOblast() {
    for (ClaimPlace p : named("Kursk region")) {
      assertThat(p.kind()).isEqualTo(PlaceKind.ADMIN1);
      assertThat(p.country()).isEqualTo("RU");
      assertThat(p.admin1()).startsWith("Kursk");
      assertThat(p.lat()).isBetween(50.8, 52.5);
      assertThat(p.lon()).isBetween(34.0, 38.6);
    }
  }

  @Test
  void sergeevkaTrainingGroundFallsBackToItsContainingPlace() {
    for (ClaimPlace p : named("Sergeevka")) {
      assertThat(p.country()).isEqualTo("RU");
      assertThat(p.admin1()).startsWith("Kursk");
      assertThat(p.why()).contains("facility");
      assertThat(p.lat()).isBetween(50.8, 52.5);
      assertThat(p.lon()).isBetween(34.0, 38.6);
    }
  }

  @Test
  void kazanIsTheCityInTatarstan() {
    for (ClaimPlace p : named("Kazan")) {
      assertThat(p.kind()).isEqualTo(PlaceKind.CITY);
      assertThat(p.country()).isEqualTo("RU");
      assertThat(p.admin1()).containsIgnoringCase("Tatarstan");
      assertThat(p.lat()).isBetween(55.5, 56.1);
      assertThat(p.lon()).isBetween(48.8, 49.5);
    }
  }

  @Test
  void theFarEastIsRussias() {
    for (ClaimPlace p : named("Far East")) {
      assertThat(p.country()).isEqualTo("RU");
      assertThat(p.lon()).isGreaterThan(100.0);
    }
  }

  @Test
  void northKoreanTroopsHaveAnOriginNotALocation() {
    List<ClaimPlace> nk = seed.claims().stream().flatMap(c -> c.places().stream())
        .filter(p -> p.role() == PlaceRole.ORIGIN && "KP".equals(p.country())).toList();
    assertThat(nk).isNotEmpty().allSatisfy(p -> assertThat(p.hasPoint()).isFalse());
  }

  @Test
  void placesLieInTheirClaimsSentencesAndContentPlacesAreEvents() {
    for (Claim c : seed.claims()) {
      for (ClaimPlace p : c.places()) {
        assertThat(p.span().of(seed.article().text())).isEqualTo(p.name());
        if (p.role() != PlaceRole.ORIGIN) assertThat(c.span().overlaps(p.span())).isEqualTo(p.role() == PlaceRole.EVENT);
      }
    }
  }

  @Test
  void figuresPlacesTakeTheEntryOfTheClaimsEventPlaceTheirWordsOverlapAndKeepItThroughJson() {
    List<String> all = new java.util.ArrayList<>();
    int resolved = 0;
    for (Claim c : seed.claims()) {
      for (var q : c.quantities()) {
        org.claimtrack.domain.Place p = q.figure() == null ? null : q.figure().place();
        if (p == null || p.span() == null) continue;
        all.add(p.name() + " -> " + p.resolved());
        List<ClaimPlace> over = c.places().stream()
            .filter(cp -> cp.role() == PlaceRole.EVENT && cp.country() != null && cp.span().overlaps(p.span())).toList();
        if (over.isEmpty()) {
          assertThat(p.resolved()).as("no claim place under %s", p).isNull();
          continue;
        }
        resolved++;
        assertThat(p.resolved()).as("resolved %s", p).isNotNull();
        assertThat(over).extracting(ClaimPlace::country).contains(p.resolved().country());
        assertThat(p.resolved().path()).as("path of %s", p).isNotEmpty();
      }
    }
    assertThat(resolved).as("resolved figure places among %s", all).isPositive();
    for (Claim c : seed.claims()) {
      Claim back = org.claimtrack.json.ClaimJson.read(org.claimtrack.json.ClaimJson.write(c));
      assertThat(back.quantities()).extracting(q -> q.figure() == null ? null : q.figure().place())
          .isEqualTo(c.quantities().stream().map(q -> q.figure() == null ? null : q.figure().place()).toList());
    }
  }
}
