package org.claimtrack.ledger.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.SourceType;
import org.junit.jupiter.api.Test;

class TrackersTest {
  private static final SourceType ORG = SourceType.ORGANIZATION;

  private static Optional<Tracker> trackerWith(LedgerAnalysis a, String file, long low) {
    return a.trackers().stream()
        .filter(t -> t.estimates().stream().anyMatch(e -> e.file().equals(file) && e.low() != null && e.low().longValue() == low))
        .findFirst();
  }

  @Test
  void killedWoundedAndKilledOrWoundedAreThreeQuantities() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2024-01-02").source("Health Ministry", ORG).on("2024-01-02")
            .says("120 people were killed in Gaza").number("120", 120L, 120L, Qualifier.EXACT, "people").build(),
        Claims.in("b.txt", "2024-01-03").source("Health Ministry", ORG).on("2024-01-03")
            .says("300 people were wounded in Gaza").number("300", 300L, 300L, Qualifier.EXACT, "people").build(),
        Claims.in("c.txt", "2024-01-04").source("Health Ministry", ORG).on("2024-01-04")
            .says("400 people were killed or wounded in Gaza").number("400", 400L, 400L, Qualifier.EXACT, "people").build()),
        List.of());
    assertThat(a.trackers()).extracting(Tracker::what).containsExactlyInAnyOrder(
        "people killed in Gaza", "people wounded in Gaza", "people killed or wounded in Gaza");
  }

  @Test
  void aPlanAndAProjectionAreNotCounts() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2024-10-18").source("NIS", ORG).on("2024-10-18")
            .says("North Korea has decided to send around 12,000 troops to Russia")
            .number("around 12,000", 12000L, 12000L, Qualifier.APPROXIMATELY, "troops").build(),
        Claims.in("b.txt", "2024-10-23").source("NIS", ORG).on("2024-10-23")
            .says("the NIS expects the number of North Korean troops in Russia to reach 10,000 by December")
            .number("10,000", 10000L, 10000L, Qualifier.EXACT, "North Korean troops").build(),
        Claims.in("c.txt", "2024-10-23").source("NIS", ORG).on("2024-10-23")
            .says("3,000 North Korean troops are in Russia")
            .number("3,000", 3000L, 3000L, Qualifier.EXACT, "North Korean troops").build()),
        List.of());
    assertThat(trackerWith(a, "a.txt", 12000)).get().extracting(Tracker::kind).isEqualTo(TrackerKind.PLAN);
    assertThat(trackerWith(a, "b.txt", 10000)).get().extracting(Tracker::kind).isEqualTo(TrackerKind.PROJECTION);
    Tracker count = trackerWith(a, "c.txt", 3000).orElseThrow();
    assertThat(count.kind()).isEqualTo(TrackerKind.COUNT);
    assertThat(count.what()).isEqualTo("North Korean soldiers in Russia");
    assertThat(count.estimates()).hasSize(1);
  }

  @Test
  void aRegionOfACountryIsAnotherPlaceThanTheCountry() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("a.txt", "2024-10-31").source("Antony Blinken", SourceType.PERSON).on("2024-10-31")
            .says("Some 8,000 North Korean soldiers are now in Russia's Kursk region")
            .number("Some 8,000", 8000L, 8000L, Qualifier.APPROXIMATELY, "North Korean soldiers").build(),
        Claims.in("b.txt", "2024-11-05").source("Volodymyr Zelensky", SourceType.PERSON).on("2024-11-05")
            .says("11,000 North Korean soldiers were in the Kursk region")
            .number("11,000", 11000L, 11000L, Qualifier.EXACT, "North Korean soldiers").build(),
        Claims.in("c.txt", "2024-10-28").source("Pentagon", ORG).on("2024-10-28")
            .says("North Korea has sent about 10,000 soldiers to train in eastern Russia")
            .number("about 10,000", 10000L, 10000L, Qualifier.APPROXIMATELY, "soldiers").build()),
        List.of());
    Tracker kursk = trackerWith(a, "a.txt", 8000).orElseThrow();
    assertThat(kursk.what()).isEqualTo("North Korean soldiers in Russia's Kursk region");
    assertThat(kursk.estimates()).extracting(Estimate::file).containsExactly("a.txt", "b.txt");
    assertThat(trackerWith(a, "c.txt", 10000).orElseThrow().what()).isEqualTo("North Korean soldiers in Russia");
  }

  @Test
  void revisionsRepeatsAndConflicts() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("1.txt", "2024-10-18").source("NIS", ORG).on("2024-10-18")
            .says("about 1,500 North Korean troops are in Russia")
            .number("about 1,500", 1500L, 1500L, Qualifier.APPROXIMATELY, "North Korean troops").build(),
        Claims.in("2.txt", "2024-10-23").source("NIS", ORG).on("2024-10-23")
            .says("at least 3,000 North Korean troops are in Russia")
            .number("at least 3,000", 3000L, null, Qualifier.AT_LEAST, "North Korean troops").build(),
        Claims.in("3.txt", "2024-10-25").source("Rival Agency", ORG).on("2024-10-25")
            .says("fewer than 1,000 North Korean troops are in Russia")
            .number("fewer than 1,000", null, 1000L, Qualifier.LESS_THAN, "North Korean troops").build(),
        Claims.in("4.txt", "2024-10-30").source("NIS", ORG).on(null)
            .says("The NIS has said at least 3,000 North Korean troops are in Russia")
            .number("at least 3,000", 3000L, null, Qualifier.AT_LEAST, "North Korean troops").build()),
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
        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2024-10-18"), null),
        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2024-10-23"), null),
        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2024-10-25"), false));
    assertThat(Agreement.byDay(t, a.sources()).get(2).current()).extracting(Estimate::sourceId)
        .containsExactlyInAnyOrder("nis", "rival-agency");
  }

  @Test
  void aLaterArticleRestatingASourcesFigureIsARepeat() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("1.txt", "2024-10-28").source("Sabrina Singh", SourceType.PERSON).affiliation("Pentagon").on("2024-10-28")
            .says("North Korea has sent about 10,000 soldiers to Russia")
            .number("about 10,000", 10000L, 10000L, Qualifier.APPROXIMATELY, "soldiers").build(),
        Claims.in("2.txt", "2024-10-31").source("Pentagon", ORG).on(null)
            .says("about 10,000 North Korean soldiers are in Russia in total")
            .number("about 10,000", 10000L, 10000L, Qualifier.APPROXIMATELY, "North Korean soldiers").build()),
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
  void theArticlesOtherFigureGivesThePlaceAndTheTotal() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("1.txt", "2024-10-23").source("NIS", ORG).on("2024-10-23")
            .says("At least 3,000 North Korean troops have been sent to Russia")
            .number("At least 3,000", 3000L, null, Qualifier.AT_LEAST, "North Korean troops").build(),
        Claims.in("1.txt", "2024-10-23").source("Park Sun-won", SourceType.PERSON).on("2024-10-23")
            .says("The NIS expects the total to reach 10,000 by December")
            .number("10,000", 10000L, 10000L, Qualifier.EXACT, null).build()),
        List.of());
    Tracker p = trackerWith(a, "1.txt", 10000).orElseThrow();
    assertThat(p.kind()).isEqualTo(TrackerKind.PROJECTION);
    assertThat(p.what()).isEqualTo("North Korean soldiers in Russia (projection)");
    assertThat(p.estimates().get(0).why()).contains("the total of what the article last counted");
  }

  @Test
  void authorialGenericFiguresAreNotTracked() {
    LedgerAnalysis a = Analyzer.analyze(List.of(
        Claims.in("1.txt", "2024-11-22").source("CNN", SourceType.AUTHOR)
            .says("Thursday's 12,000 figure is larger than had been flagged")
            .number("12,000", 12000L, 12000L, Qualifier.EXACT, "figure").build()),
        List.of());
    assertThat(a.trackers()).isEmpty();
  }
}
