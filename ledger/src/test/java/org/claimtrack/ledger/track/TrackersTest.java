package org.claimtrack.ledger.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.FigureKind;
import org.claimtrack.domain.Outcome;
import org.claimtrack.domain.Place;
import org.claimtrack.domain.PlaceKind;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.SourceType;
import org.junit.jupiter.api.Test;

/** The analysis' rules, one test each, on hand-made claims whose figures are typed as the extractor types them. */
class TrackersTest {
  private static final SourceType ORG = SourceType.ORGANIZATION;

  static Figures troops() {
    return Figures.of("soldiers").whose("North Korea", "North Korean");
  }

  static Figures killed() {
    return Figures.of("people").outcome(Outcome.KILLED);
  }

  static Optional<Tracker> trackerWith(LedgerAnalysis a, String file, long low) {
    return a.trackers().stream()
        .filter(t -> t.estimates().stream().anyMatch(e -> e.file().equals(file) && e.low() != null && e.low().longValue() == low))
        .findFirst();
  }

  static Tracker byId(LedgerAnalysis a, String id) {
    return a.tracker(id).orElseThrow(() -> new AssertionError("no tracker " + id + " in " + a.trackers().stream().map(Tracker::id).toList()));
  }

  @Test
  void killedWoundedAndKilledOrWoundedAreThreeQuantities() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2024-01-02").source("Health Ministry", ORG).on("2024-01-02")
            .says("120 people were killed in Gaza").number("120", 120, killed().at("Gaza")).build(),
        Claims.in("b.txt", "2024-01-03").source("Health Ministry", ORG).on("2024-01-03")
            .says("300 people were wounded in Gaza").number("300", 300, Figures.of("people").outcome(Outcome.WOUNDED).at("Gaza")).build(),
        Claims.in("c.txt", "2024-01-04").source("Health Ministry", ORG).on("2024-01-04")
            .says("400 people were killed or wounded in Gaza")
            .number("400", 400, Figures.of("people").outcome(Outcome.CASUALTIES).at("Gaza")).build()),
        List.of());
    assertThat(a.trackers()).extracting(Tracker::id, Tracker::what).containsExactlyInAnyOrder(
        tuple("people-killed-in-gaza", "people killed in Gaza"),
        tuple("people-wounded-in-gaza", "people wounded in Gaza"),
        tuple("people-killed-or-wounded-in-gaza", "people killed or wounded in Gaza"));
  }

  /** One outcome, many words: the extractor types "have died" and "the death toll reached" alike, so they are one tracker. */
  @Test
  void oneOutcomeManyWordsIsOneTrackerWithItsRevision() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2031-03-04").source("Civil Defense", ORG).on("2031-03-04")
            .says("212 people have died in Peru").number("212", 212, killed().inCountry("Peru")).build(),
        Claims.in("b.txt", "2031-03-05").source("Civil Defense", ORG).on("2031-03-05")
            .says("the death toll in Peru reached 298").number("298", 298, killed().inCountry("Peru")).build()),
        List.of());
    Tracker t = byId(a, "people-killed-in-peru");
    assertThat(t.estimates()).hasSize(2);
    assertThat(t.revisions()).singleElement().extracting(Revision::direction).isEqualTo(Revision.Direction.UP);
  }

  @Test
  void aPlanAProjectionAndAChangeAreNotCounts() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2024-10-18").source("NIS", ORG).on("2024-10-18")
            .says("North Korea has decided to send around 12,000 troops to Russia")
            .number("around 12,000", 12000L, 12000L, Qualifier.APPROXIMATELY, troops().inCountry("Russia").kind(FigureKind.PLAN)).build(),
        Claims.in("b.txt", "2024-10-23").source("NIS", ORG).on("2024-10-23")
            .says("the NIS expects the number of North Korean troops in Russia to reach 10,000 by December")
            .number("10,000", 10000, troops().inCountry("Russia").kind(FigureKind.PROJECTION)).build(),
        Claims.in("c.txt", "2024-10-23").source("NIS", ORG).on("2024-10-23")
            .says("3,000 North Korean troops are in Russia").number("3,000", 3000, troops().inCountry("Russia")).build(),
        Claims.in("d.txt", "2024-10-24").source("NIS", ORG).on("2024-10-24")
            .says("their number in Russia rose by 500").number("500", 500, troops().inCountry("Russia").kind(FigureKind.CHANGE)).build()),
        List.of());
    assertThat(trackerWith(a, "a.txt", 12000)).get().extracting(Tracker::kind, Tracker::id)
        .containsExactly(TrackerKind.PLAN, "north-korea-soldiers-in-russia-plan");
    assertThat(trackerWith(a, "b.txt", 10000)).get().extracting(Tracker::kind).isEqualTo(TrackerKind.PROJECTION);
    assertThat(trackerWith(a, "d.txt", 500)).get().extracting(Tracker::kind).isEqualTo(TrackerKind.CHANGE);
    Tracker count = trackerWith(a, "c.txt", 3000).orElseThrow();
    assertThat(count.kind()).isEqualTo(TrackerKind.COUNT);
    assertThat(count.what()).isEqualTo("North Korean soldiers in Russia");
    assertThat(count.estimates()).hasSize(1);
  }

  @Test
  void aRegionOfACountryIsAnotherPlaceAndItsFiguresAreLowerBoundsInTheCountrysTracker() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2024-10-31").source("Antony Blinken", SourceType.PERSON).on("2024-10-31")
            .says("Some 8,000 North Korean soldiers are now in Russia's Kursk region")
            .number("Some 8,000", 8000L, 8000L, Qualifier.APPROXIMATELY, troops().inRegion("Kursk region", "Russia")).build(),
        Claims.in("b.txt", "2024-11-05").source("Volodymyr Zelensky", SourceType.PERSON).on("2024-11-05")
            .says("11,000 North Korean soldiers were in the Kursk region")
            .number("11,000", 11000, troops().inRegion("Kursk region", null)).build(),
        Claims.in("c.txt", "2024-10-28").source("Pentagon", ORG).on("2024-10-28")
            .says("North Korea has sent about 10,000 soldiers to train in eastern Russia")
            .number("about 10,000", 10000L, 10000L, Qualifier.APPROXIMATELY, troops().inCountry("Russia")).build()),
        List.of());
    Tracker kursk = trackerWith(a, "a.txt", 8000).orElseThrow();
    assertThat(kursk.id()).isEqualTo("north-korea-soldiers-in-kursk-region");
    assertThat(kursk.what()).isEqualTo("North Korean soldiers in Russia's Kursk region");
    assertThat(kursk.estimates()).extracting(Estimate::file).containsExactly("a.txt", "b.txt");
    Tracker russia = byId(a, "north-korea-soldiers-in-russia");
    assertThat(russia.estimates()).extracting(Estimate::file).containsExactly("c.txt");
    // shown there as lower bounds, and checked: 11,000 in Kursk is not more than "about 10,000" (±10 %) in Russia
    assertThat(russia.regionFigures()).extracting(Estimate::file, Estimate::place)
        .containsExactly(tuple("a.txt", "Russia's Kursk region"), tuple("b.txt", "Russia's Kursk region"));
    assertThat(russia.conflicts()).isEmpty();
    assertThat(russia.verdict()).contains("2 figures for its regions, lower bounds for all of Russia");
  }

  /**
   * "Kursk region", "Kursk Oblast" and "Russia's Kursk" are one place when the gazetteer resolved
   * them to one entry: one tracker, its id the slug of the words most figures use, its place the
   * entry's codes, point and path; an unresolved "Kursk region" joins it by its words.
   */
  @Test
  void placesResolvedToOneEntryAreOneTrackerWhateverTheirWords() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2024-10-31").source("Antony Blinken", SourceType.PERSON).on("2024-10-31")
            .says("Some 8,000 North Korean soldiers are now in Russia's Kursk region")
            .number("Some 8,000", 8000L, 8000L, Qualifier.APPROXIMATELY,
                troops().inRegion("Kursk region", "Russia").resolved(Figures.KURSK_OBLAST)).build(),
        Claims.in("b.txt", "2024-11-05").source("Volodymyr Zelensky", SourceType.PERSON).on("2024-11-05")
            .says("11,000 North Korean soldiers were in Kursk Oblast")
            .number("11,000", 11000, troops().inRegion("Kursk Oblast", "Russia").resolved(Figures.KURSK_OBLAST)).build(),
        Claims.in("c.txt", "2024-11-06").source("Pentagon", ORG).on("2024-11-06")
            .says("10,000 North Korean soldiers were in the Kursk region")
            .number("10,000", 10000, troops().inRegion("Kursk region", "Russia")).build(),
        Claims.in("d.txt", "2024-11-07").source("Kremlin", ORG).on("2024-11-07")
            .says("3,000 North Korean soldiers are in Russia")
            .number("3,000", 3000, troops().inCountry("Russia").resolved(Figures.RUSSIA)).build()),
        List.of());
    Tracker kursk = trackerWith(a, "b.txt", 11000).orElseThrow();
    assertThat(kursk.id()).isEqualTo("north-korea-soldiers-in-kursk-region");
    assertThat(kursk.estimates()).extracting(Estimate::file).containsExactly("a.txt", "b.txt", "c.txt");
    assertThat(kursk.where()).isEqualTo(new TrackerPlace("Russia's Kursk region", null, "RU", "Kursk Oblast",
        PlaceKind.ADMIN1, 51.75, 36.19, List.of("Kursk Oblast", "Russia")));
    assertThat(kursk.where().shownPath()).isEqualTo("Kursk Oblast ⊂ Russia");
    Tracker russia = byId(a, "north-korea-soldiers-in-russia");
    assertThat(russia.where().path()).containsExactly("Russia");
    assertThat(russia.where().kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(russia.regionFigures()).hasSize(3);
    assertThat(a.trackers()).extracting(Tracker::id).doesNotHaveDuplicates();
  }

  /**
   * "Russia's Far East": the figure stage names Russia, the gazetteer resolves the words to the Far
   * East. The tracker is Russia's, placed at Russia (its point from the story's other Russia figures),
   * not in the Far East its name does not say; grouped with the Russia figures resolved to Russia.
   */
  @Test
  void aPlaceNamedAsACountryIsTheCountryThoughResolvedDeeper() {
    Place.Resolved farEast = new Place.Resolved(2_000L, "RU", null, PlaceKind.OTHER, 55.0, 135.0, List.of("Far East", "Russia"));
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2024-10-18").source("NIS", ORG).on("2024-10-18")
            .says("North Korea plans to send 12,000 troops to Russia's Far East")
            .number("12,000", 12000, troops().inCountry("Russia").resolved(farEast).kind(FigureKind.PLAN)).build(),
        Claims.in("b.txt", "2024-10-23").source("NIS", ORG).on("2024-10-23")
            .says("3,000 North Korean soldiers are in Russia")
            .number("3,000", 3000, troops().inCountry("Russia").resolved(Figures.RUSSIA)).build(),
        Claims.in("c.txt", "2024-10-24").source("Kremlin", ORG).on("2024-10-24")
            .says("2,000 North Korean soldiers are in Russia's Far East")
            .number("2,000", 2000, troops().inCountry("Russia").resolved(farEast)).build()),
        List.of());
    Tracker plan = byId(a, "north-korea-soldiers-in-russia-plan");
    assertThat(plan.where()).isEqualTo(new TrackerPlace("Russia", null, "RU", null, PlaceKind.COUNTRY, 60.0, 100.0,
        List.of("Russia")));
    Tracker count = byId(a, "north-korea-soldiers-in-russia");
    assertThat(count.estimates()).extracting(Estimate::file).containsExactly("b.txt", "c.txt");
    assertThat(count.where().shownPath()).isEqualTo("Russia");
  }

  /**
   * A stray entry never joins places the words keep apart: "Kursk region" resolved to Russia itself,
   * or "Russia" resolved to an entry in Ukraine, stay trackers of their own words, with no place from it.
   */
  @Test
  void anEntryThatContradictsTheFiguresWordsJoinsNothing() {
    Place.Resolved kyiv = new Place.Resolved(703_448L, "UA", "Kyiv City", PlaceKind.CITY, 50.45, 30.52,
        List.of("Kyiv", "Kyiv City", "Ukraine"));
    Place.Resolved ukraine = new Place.Resolved(null, "UA", null, PlaceKind.COUNTRY, 49.0, 32.0, List.of("Ukraine"));
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2024-11-05").source("Volodymyr Zelensky", SourceType.PERSON).on("2024-11-05")
            .says("11,000 North Korean soldiers were in the Kursk region")
            .number("11,000", 11000, troops().inRegion("Kursk region", "Russia").resolved(Figures.RUSSIA)).build(),
        Claims.in("b.txt", "2024-11-06").source("Kremlin", ORG).on("2024-11-06")
            .says("3,000 North Korean soldiers are in Russia")
            .number("3,000", 3000, troops().inCountry("Russia").resolved(kyiv)).build(),
        Claims.in("c.txt", "2024-11-07").source("Pentagon", ORG).on("2024-11-07")
            .says("2,000 North Korean soldiers are in Ukraine")
            .number("2,000", 2000, troops().inCountry("Ukraine").resolved(ukraine)).build()),
        List.of());
    assertThat(a.trackers()).extracting(Tracker::id).containsExactlyInAnyOrder("north-korea-soldiers-in-kursk-region",
        "north-korea-soldiers-in-russia", "north-korea-soldiers-in-ukraine");
    assertThat(byId(a, "north-korea-soldiers-in-kursk-region").where()).isNull();
    assertThat(byId(a, "north-korea-soldiers-in-russia").where()).isNull();
    assertThat(byId(a, "north-korea-soldiers-in-ukraine").where().country()).isEqualTo("UA");
  }

  /** Without a resolved entry the words still decide, and the tracker has no gazetteer place. */
  @Test
  void anUnresolvedPlaceIsKeptByItsWordsWithNoGazetteerPlace() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2024-01-02").source("Health Ministry", ORG).on("2024-01-02")
            .says("120 people were killed in Gaza").number("120", 120, killed().at("Gaza")).build()),
        List.of());
    assertThat(byId(a, "people-killed-in-gaza").where()).isNull();
  }

  /** A tracker's place is the deepest place all its figures lie in: Sudzha and Kursk Oblast give Kursk Oblast. */
  @Test
  void aTrackersPlaceIsTheDeepestCommonPartOfItsFiguresPaths() {
    assertThat(TrackerPlace.common("Kursk region", List.of(Figures.SUDZHA, Figures.KURSK_OBLAST)))
        .isEqualTo(new TrackerPlace("Kursk region", null, "RU", "Kursk Oblast", PlaceKind.ADMIN1, 51.75, 36.19,
            List.of("Kursk Oblast", "Russia")));
    TrackerPlace sudzha = TrackerPlace.common("Sudzha", List.of(Figures.SUDZHA, Figures.SUDZHA));
    assertThat(sudzha.shownPath()).isEqualTo("Sudzha ⊂ Kursk Oblast ⊂ Russia");
    assertThat(sudzha.geonameid()).isEqualTo(486_440L);
    // only a town of the oblast named: the oblast is where they all lie, but no figure gives its point
    Place.Resolved otherTown = new Place.Resolved(1L, "RU", "Kursk Oblast", PlaceKind.CITY, 51.7, 36.1,
        List.of("Kursk", "Kursk Oblast", "Russia"));
    TrackerPlace oblast = TrackerPlace.common("Kursk region", List.of(Figures.SUDZHA, otherTown));
    assertThat(oblast.path()).containsExactly("Kursk Oblast", "Russia");
    assertThat(oblast.kind()).isEqualTo(PlaceKind.ADMIN1);
    assertThat(oblast.lat()).isNull();
    Place.Resolved france = new Place.Resolved(null, "FR", null, PlaceKind.COUNTRY, 46.0, 2.0, List.of("France"));
    assertThat(TrackerPlace.common("somewhere", List.of(Figures.RUSSIA, france))).isNull();
  }

  /** "12,000 in a region vs '3,000 in the country' on the same day is a conflict." */
  @Test
  void aRegionFigureAboveItsCountrysFigureIsAConflictAcrossLevels() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2024-11-20").source("Ukrainian intelligence", ORG).on("2024-11-20")
            .says("12,000 North Korean soldiers are in the Kursk region")
            .number("12,000", 12000, troops().inRegion("Kursk region", "Russia")).build(),
        Claims.in("b.txt", "2024-11-20").source("Kremlin", ORG).on("2024-11-20")
            .says("3,000 North Korean soldiers are in Russia").number("3,000", 3000, troops().inCountry("Russia")).build()),
        List.of());
    Tracker russia = byId(a, "north-korea-soldiers-in-russia");
    assertThat(russia.conflicts()).singleElement().satisfies(c -> assertThat(c.why())
        .isEqualTo("12,000 in Russia's Kursk region (Ukrainian intelligence, Nov 20) is more than 3,000 (Kremlin, Nov 20) for all of Russia"));
    assertThat(russia.verdict()).contains("1 conflict across levels");
  }

  @Test
  void aFigureWithNoPlaceJoinsThePlaceItsSourceGivesItElsewhereAndSaysWhy() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2031-03-04").source("Civil Defense", ORG).on("2031-03-04")
            .says("212 people were killed in the Arequipa region")
            .number("212", 212, killed().inRegion("Arequipa region", "Peru")).build(),
        Claims.in("b.txt", "2031-03-05").source("Civil Defense", ORG).on("2031-03-05")
            .says("the death toll has risen to 298").number("298", 298, killed()).build()),
        List.of());
    Tracker t = byId(a, "people-killed-in-arequipa-region");
    assertThat(t.estimates()).extracting(Estimate::file).containsExactly("a.txt", "b.txt");
    assertThat(t.estimates().get(1).why()).contains("no place of its own: Civil Defense gives its other figures of people killed in Peru's Arequipa region");
    assertThat(t.revisions()).hasSize(1);
    assertThat(a.trackers()).extracting(Tracker::id).containsExactly("people-killed-in-arequipa-region");
  }

  @Test
  void aFigureWithNoPlaceStaysPlacelessWhenItsSourceGivesSeveralPlaces() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2031-03-04").source("Civil Defense", ORG).on("2031-03-04")
            .says("212 people were killed in the Arequipa region").number("212", 212, killed().inRegion("Arequipa region", "Peru")).build(),
        Claims.in("b.txt", "2031-03-04").source("Civil Defense", ORG).on("2031-03-04")
            .says("40 people were killed in the Puno region").number("40", 40, killed().inRegion("Puno region", "Peru")).build(),
        Claims.in("c.txt", "2031-03-05").source("Civil Defense", ORG).on("2031-03-05")
            .says("the death toll has risen to 298").number("298", 298, killed()).build()),
        List.of());
    Tracker placeless = byId(a, "people-killed");
    assertThat(placeless.estimates().get(0).why()).contains("gives this in several places (Peru's Arequipa region, Peru's Puno region)");
  }

  @Test
  void aFigureWithNoPlaceJoinsTheCountryItsSourceGivesWithRegionsOfIt() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2031-03-06").source("Health Ministry", ORG).on("2031-03-06")
            .says("318 people were killed in Peru").number("318", 318, killed().inCountry("Peru")).build(),
        Claims.in("b.txt", "2031-03-06").source("Health Ministry", ORG).on("2031-03-06")
            .says("231 died in the Arequipa region").number("231", 231, killed().inRegion("Arequipa region", "Peru")).build(),
        Claims.in("c.txt", "2031-03-05").source("Health Ministry", ORG).on("2031-03-05")
            .says("the death toll has risen to 298").number("298", 298, killed()).build()),
        List.of());
    Tracker peru = byId(a, "people-killed-in-peru");
    assertThat(peru.estimates()).extracting(Estimate::file).containsExactly("c.txt", "a.txt");
    assertThat(peru.estimates().get(0).why()).contains("gives its other figures of people killed in Peru and its regions");
    assertThat(peru.regionFigures()).extracting(Estimate::file).containsExactly("b.txt");
  }

  @Test
  void coordinatedFiguresReachTheirOwnTrackers() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2031-03-04").source("Governor", SourceType.PERSON).on("2031-03-04")
            .says("12 civilians were killed and 40 injured in Arequipa")
            .number("12", 12, Figures.of("civilians").outcome(Outcome.KILLED).inRegion("Arequipa region", "Peru"))
            .number("40", 40, Figures.of("civilians").outcome(Outcome.WOUNDED).thingRule("figure.thing.elided")
                .inRegion("Arequipa region", "Peru")).build()),
        List.of());
    assertThat(a.trackers()).extracting(Tracker::id)
        .containsExactly("civilians-killed-in-arequipa-region", "civilians-wounded-in-arequipa-region");
    assertThat(byId(a, "civilians-wounded-in-arequipa-region").estimates().get(0).why())
        .contains("its noun left out: the figure before it counts civilians");
  }

  /** Agreement follows what the qualifiers mean, not only their intervals. */
  @Test
  void nearlyIsJustUnderAtLeastAgreesWithMoreAndMoreThanWithAbout() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2031-03-05").source("Red Cross", ORG).on("2031-03-05")
            .says("nearly 300 people were killed in Peru")
            .number("nearly 300", null, 300L, Qualifier.LESS_THAN, killed().inCountry("Peru").reading(Figure.Reading.JUST_BELOW)).build(),
        Claims.in("b.txt", "2031-03-05").source("Police", ORG).on("2031-03-05")
            .says("120 people were killed in Peru").number("120", 120, killed().inCountry("Peru")).build(),
        Claims.in("c.txt", "2031-03-06").source("Army", ORG).on("2031-03-06")
            .says("at least 100 people were wounded in Peru")
            .number("at least 100", 100L, null, Qualifier.AT_LEAST, Figures.of("people").outcome(Outcome.WOUNDED).inCountry("Peru")).build(),
        Claims.in("d.txt", "2031-03-06").source("Red Cross", ORG).on("2031-03-06")
            .says("300 people were wounded in Peru").number("300", 300, Figures.of("people").outcome(Outcome.WOUNDED).inCountry("Peru")).build(),
        Claims.in("e.txt", "2031-03-07").source("Army", ORG).on("2031-03-07")
            .says("more than 3,000 people were displaced in Peru")
            .number("more than 3,000", 3000L, null, Qualifier.MORE_THAN, Figures.of("people").outcome(Outcome.DISPLACED).inCountry("Peru")).build(),
        Claims.in("f.txt", "2031-03-07").source("Red Cross", ORG).on("2031-03-07")
            .says("about 12,000 people were displaced in Peru")
            .number("about 12,000", 12000L, 12000L, Qualifier.APPROXIMATELY, Figures.of("people").outcome(Outcome.DISPLACED).inCountry("Peru")).build()),
        List.of());
    Tracker killed = byId(a, "people-killed-in-peru");
    assertThat(killed.conflicts()).singleElement().satisfies(c -> assertThat(c.why()).startsWith("nearly 300 (Red Cross, Mar 5) and 120"));
    assertThat(byId(a, "people-wounded-in-peru").conflicts()).isEmpty();
    assertThat(byId(a, "people-wounded-in-peru").verdict()).contains("sources agree since Mar 6");
    assertThat(byId(a, "people-displaced-in-peru").conflicts()).isEmpty();
  }

  @Test
  void revisionsRepeatsAndConflicts() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("1.txt", "2024-10-18").source("NIS", ORG).on("2024-10-18")
            .says("about 1,500 North Korean troops are in Russia")
            .number("about 1,500", 1500L, 1500L, Qualifier.APPROXIMATELY, troops().inCountry("Russia")).build(),
        Claims.in("2.txt", "2024-10-23").source("NIS", ORG).on("2024-10-23")
            .says("at least 3,000 North Korean troops are in Russia")
            .number("at least 3,000", 3000L, null, Qualifier.AT_LEAST, troops().inCountry("Russia")).build(),
        Claims.in("3.txt", "2024-10-25").source("Rival Agency", ORG).on("2024-10-25")
            .says("fewer than 1,000 North Korean troops are in Russia")
            .number("fewer than 1,000", null, 1000L, Qualifier.LESS_THAN, troops().inCountry("Russia")).build(),
        Claims.in("4.txt", "2024-10-30").source("NIS", ORG).on(null)
            .says("The NIS has said at least 3,000 North Korean troops are in Russia")
            .number("at least 3,000", 3000L, null, Qualifier.AT_LEAST, troops().inCountry("Russia")).build()),
        List.of());
    Tracker t = trackerWith(a, "1.txt", 1500).orElseThrow();
    assertThat(t.revisions()).singleElement().satisfies(r -> {
      assertThat(r.direction()).isEqualTo(Revision.Direction.UP);
      assertThat(r.sourceId()).isEqualTo("nis");
    });
    assertThat(t.conflicts()).singleElement().satisfies(c -> assertThat(c.why()).contains("do not overlap"));
    assertThat(t.estimates()).filteredOn(e -> e.file().equals("4.txt")).singleElement()
        .satisfies(e -> assertThat(e.repeatOf()).isNotNull());
    assertThat(t.verdict()).contains("sources disagree (1 conflict, latest Oct 25)");
    // day by day: the NIS alone, the NIS alone again (its new figure replaces its old), then a conflict
    assertThat(Agreement.byDay(t, a.sources())).extracting(Agreement.Day::date, Agreement.Day::agree).containsExactly(
        tuple(LocalDate.parse("2024-10-18"), null), tuple(LocalDate.parse("2024-10-23"), null),
        tuple(LocalDate.parse("2024-10-25"), false));
    assertThat(Agreement.byDay(t, a.sources()).get(2).current()).extracting(Estimate::sourceId)
        .containsExactlyInAnyOrder("nis", "rival-agency");
  }

  @Test
  void aLaterArticleRestatingASourcesFigureIsARepeat() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("1.txt", "2024-10-28").source("Sabrina Singh", SourceType.PERSON).affiliation("Pentagon").on("2024-10-28")
            .says("North Korea has sent about 10,000 soldiers to Russia")
            .number("about 10,000", 10000L, 10000L, Qualifier.APPROXIMATELY, troops().inCountry("Russia")).build(),
        Claims.in("2.txt", "2024-10-31").source("Pentagon", ORG).on(null)
            .says("about 10,000 North Korean soldiers are in Russia in total")
            .number("about 10,000", 10000L, 10000L, Qualifier.APPROXIMATELY, troops().inCountry("Russia")).build()),
        List.of());
    Tracker t = trackerWith(a, "1.txt", 10000).orElseThrow();
    assertThat(t.estimates()).hasSize(2);
    Estimate repeat = t.estimates().stream().filter(e -> e.file().equals("2.txt")).findFirst().orElseThrow();
    Estimate original = t.estimates().stream().filter(e -> e.file().equals("1.txt")).findFirst().orElseThrow();
    assertThat(repeat.repeatOf()).isEqualTo(original.claimId());
    assertThat(repeat.reportedOn()).isEqualTo(original.reportedOn());
    assertThat(t.verdict()).startsWith("one estimate: about 10,000");
  }

  @Test
  void theArticlesOtherFigureGivesThePlaceToItsTotal() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("1.txt", "2024-10-23").source("NIS", ORG).on("2024-10-23")
            .says("At least 3,000 North Korean troops have been sent to Russia")
            .number("At least 3,000", 3000L, null, Qualifier.AT_LEAST, troops().inCountry("Russia")).build(),
        Claims.in("1.txt", "2024-10-23").source("Park Sun-won", SourceType.PERSON).on("2024-10-23")
            .says("The NIS expects the total to reach 10,000 by December")
            .number("10,000", 10000, troops().kind(FigureKind.PROJECTION).thingRule("figure.thing.total-of-previous")).build()),
        List.of());
    Tracker p = trackerWith(a, "1.txt", 10000).orElseThrow();
    assertThat(p.kind()).isEqualTo(TrackerKind.PROJECTION);
    assertThat(p.what()).isEqualTo("North Korean soldiers in Russia (projection)");
    assertThat(p.estimates().get(0).why()).contains("the total of what the article last counted")
        .contains("place from the article's other figures of North Korean soldiers: Russia");
  }

  @Test
  void whatTheExtractorSaysIsNoThingIsNotTracked() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("1.txt", "2024-11-22").source("CNN", SourceType.AUTHOR)
            .says("Thursday's 12,000 figure is larger than had been flagged").untracked("12,000", 12000, "says the number").build()),
        List.of());
    assertThat(a.trackers()).isEmpty();
  }

  /** The ledger never reads text: a quantity the extractor did not type (an older extractor's) is in no tracker. */
  @Test
  void aQuantityWithNoTypedFigureIsNotReadFromItsWords() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("1.txt", "2024-10-23").source("NIS", ORG).on("2024-10-23")
            .says("At least 3,000 North Korean troops have been sent to Russia")
            .number("At least 3,000", 3000L, null, Qualifier.AT_LEAST, "North Korean troops").build()),
        List.of());
    assertThat(a.trackers()).isEmpty();
    assertThat(a.sources()).extracting(CanonicalSource::id).containsExactly("nis");
  }

  /** Ids come from the typed fields: another wording of the same figure keeps the tracker's id. */
  @Test
  void idsStayWhenTheWordingChanges() {
    Figure plain = troops().inCountry("Russia").build();
    Figure reworded = new Figure(plain.thing(), plain.whose(), plain.outcome(), plain.place(), plain.kind(), null,
        "soldiers of North Korea", null);
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("1.txt", "2024-10-23").source("NIS", ORG).on("2024-10-23").says("3,000 troops are in Russia")
            .number("3,000", 3000, troops().inCountry("Russia")).build()), List.of());
    assertThat(a.trackers()).extracting(Tracker::id).containsExactly("north-korea-soldiers-in-russia");
    assertThat(ArticleFigures.base(reworded)).isEqualTo(ArticleFigures.base(plain));
  }
}
