package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.claimtrack.ledger.track.Analyzer;
import org.claimtrack.ledger.track.LedgerClaim;
import org.claimtrack.ledger.track.SourceRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second story: samples/quake-2031 (an invented earthquake, real places) and its
 * expected-trackers.json — one count across wordings and places, region and country, coordinated
 * figures, qualifiers read as they mean, revisions, the default listing and sources' records.
 */
class QuakeTrackersAcceptanceTest {
  static ExpectedTrackers corpus;

  @BeforeAll
  static void readCorpus() throws IOException {
    Path dir = Path.of("..", "samples", "quake-2031");
    corpus = new ExpectedTrackers(dir.resolve("expected-trackers.json"), List.of(dir));
  }

  @Test
  void everyExpectedTrackerHolds() {
    assertThat(corpus.trackerMisses()).as("samples/quake-2031/expected-trackers.json").isEmpty();
  }

  @Test
  void sourceGroupsAreOneCanonicalSourceEach() {
    assertThat(corpus.sourceMisses()).as("sources: " + corpus.analysis.sources()).isEmpty();
  }

  @Test
  void sourcesRecordsSayWhoRevisedAndWhoConflicts() {
    assertThat(corpus.recordMisses(SourceRecord.of(corpus.analysis.trackers()))).isEmpty();
  }

  @Test
  void theAnalysisDoesNotDependOnTheOrderClaimsArriveIn() {
    List<LedgerClaim> shuffled = new ArrayList<>(corpus.claims);
    Collections.shuffle(shuffled, new Random(11));
    assertThat(Analyzer.analyze(shuffled, List.of())).isEqualTo(corpus.analysis);
  }

  @Test
  void theStoredLedgerGivesTheSameTrackersSourcesListingAndRecords(@TempDir Path data) {
    TrackersAcceptanceTest.storedLedgerMatches(corpus, data);
  }
}
