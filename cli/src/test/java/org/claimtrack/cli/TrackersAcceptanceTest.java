package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.LedgerConfig;
import org.claimtrack.ledger.TrackerSummary;
import org.claimtrack.ledger.track.Analyzer;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.LedgerClaim;
import org.claimtrack.ledger.track.SourceRecord;
import org.claimtrack.ledger.track.Tracker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger's acceptance test: after reading ../shared/corpus/nk-troops and the seed, everything
 * in corpus/nk-troops/expected-trackers.json holds. Reads the file in place; fails on any miss.
 */
class TrackersAcceptanceTest {
  static ExpectedTrackers corpus;

  static Path shared() {
    String p = System.getProperty("claimtrack.shared");
    return p != null ? Path.of(p) : Path.of("..", "..", "shared");
  }

  @BeforeAll
  static void readCorpus() throws IOException {
    Path dir = shared().resolve("corpus/nk-troops");
    corpus = new ExpectedTrackers(dir.resolve("expected-trackers.json"), List.of(dir, shared().resolve("seed")));
  }

  @Test
  void everyExpectedTrackerHoldsItsEstimatesAndNothingElse() {
    assertThat(corpus.trackerMisses()).as("expected-trackers.json").isEmpty();
  }

  @Test
  void plansAndProjectionsAreNotEstimatesOfWhatIsThere() {
    assertThat(corpus.notEstimateMisses()).isEmpty();
  }

  @Test
  void sourceGroupsAreOneCanonicalSourceEach() {
    assertThat(corpus.sourceMisses()).as("sources: " + corpus.analysis.sources()).isEmpty();
  }

  @Test
  void theAnalysisDoesNotDependOnTheOrderClaimsArriveIn() {
    List<LedgerClaim> shuffled = new ArrayList<>(corpus.claims);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(Analyzer.analyze(shuffled, List.of())).isEqualTo(corpus.analysis);
  }

  @Test
  void everyEstimateSaysWhyItIsInItsTracker() {
    for (Tracker t : corpus.analysis.trackers()) {
      assertThat(t.verdict()).isNotBlank();
      for (Estimate e : t.estimates()) assertThat(e.why()).as(t.id() + " " + e.surface()).isNotBlank();
    }
  }

  /**
   * Trackers gain a resolved place with its containment path (issue 11): the corpus' Kursk trackers
   * lie in Kursk Oblast ⊂ Russia, its Russia trackers in Russia, each at a point in its place.
   */
  @Test
  void trackersCarryTheirResolvedPlaceWithItsContainmentPath() {
    List<Tracker> kursk = corpus.analysis.trackers().stream().filter(t -> t.id().contains("-in-kursk")).toList();
    List<Tracker> russia = corpus.analysis.trackers().stream().filter(t -> t.id().contains("-in-russia")).toList();
    assertThat(kursk).isNotEmpty();
    assertThat(russia).isNotEmpty();
    for (Tracker t : kursk) {
      assertThat(t.where()).as(t.id()).isNotNull();
      assertThat(t.where().path()).as(t.id()).endsWith("Kursk Oblast", "Russia");
      assertThat(t.where().country()).isEqualTo("RU");
      if (t.where().lat() != null) assertThat(t.where().lat()).as(t.id()).isBetween(50.5, 52.5);
    }
    for (Tracker t : russia) {
      assertThat(t.where()).as(t.id()).isNotNull();
      assertThat(t.where().shownPath()).as(t.id()).isEqualTo("Russia");
      assertThat(t.where().kind()).isEqualTo(org.claimtrack.domain.PlaceKind.COUNTRY);
    }
  }

  @Test
  void theStoredLedgerGivesTheSameTrackersAndSources(@TempDir Path data) {
    storedLedgerMatches(corpus, data);
  }

  /** The stored ledger, built one article at a time (each ingest analyzed incrementally), equals the analysis in memory. */
  static void storedLedgerMatches(ExpectedTrackers corpus, Path data) {
    try (Ledger ledger = Ledger.open(LedgerConfig.embedded(data))) {
      for (ArticleClaims ac : corpus.extracted) {
        ledger.ingest(ac, "acceptance");
        ledger.ensureAnalysis();
      }
      assertThat(ledger.sources()).isEqualTo(corpus.analysis.sources());
      assertThat(ledger.trackers()).extracting(TrackerSummary::id)
          .containsExactlyElementsOf(corpus.analysis.trackers().stream().map(Tracker::id).toList());
      for (Tracker t : corpus.analysis.trackers()) {
        assertThat(ledger.tracker(t.id())).as(t.id()).contains(t);
      }
      assertThat(ledger.sourceRecords()).isEqualTo(SourceRecord.of(corpus.analysis.trackers()));
      assertThat(corpus.listingMisses(ledger.trackers())).isEmpty();
      assertThat(corpus.recordMisses(ledger.sourceRecords())).isEmpty();
    }
  }
}
