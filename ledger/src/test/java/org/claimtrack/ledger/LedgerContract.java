package org.claimtrack.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.Revision;
import org.claimtrack.ledger.track.Tracker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code trackers}, {@code track}, {@code sources}, {@code search}, merge/split and export
 * read from the ledger; run against H2 and PostgreSQL by the subclasses.
 */
abstract class LedgerContract {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  Ledger ledger;

  /** A fresh, empty ledger's configuration. */
  abstract LedgerConfig config(Path dataDir);

  /** Drops what {@link #config} made, if anything. */
  void cleanUp() {}

  LedgerConfig cfg;

  Ledger open() {
    if (cfg == null) cfg = config(tmp.resolve("data"));
    return Ledger.open(cfg);
  }

  @BeforeEach
  void ingestTroops() {
    ledger = open();
    for (ArticleClaims ac : Fixtures.troops()) {
      assertThat(ledger.ingest(ac, Fixtures.VERSION)).isEqualTo(IngestOutcome.STORED);
    }
    ledger.refresh();
  }

  @AfterEach
  void close() {
    if (ledger != null) ledger.close();
    cleanUp();
  }

  @Test
  void ingestingAgainChangesNothing() {
    long claims = ledger.claimCount();
    List<String> ids = ledger.claimIds();
    for (ArticleClaims ac : Fixtures.troops()) {
      assertThat(ledger.needsExtraction(ac.article().hash(), Fixtures.VERSION, false)).isFalse();
      assertThat(ledger.needsExtraction(ac.article().hash(), "other.v2", true)).isTrue();
      assertThat(ledger.ingest(ac, Fixtures.VERSION)).isEqualTo(IngestOutcome.UNCHANGED);
    }
    assertThat(ledger.articleCount()).isEqualTo(4);
    assertThat(ledger.claimCount()).isEqualTo(claims).isEqualTo(6);
    assertThat(ledger.claimIds()).isEqualTo(ids);
  }

  @Test
  void reextractionReplacesTheClaimsOfAnArticle() {
    ArticleClaims first = Fixtures.troops().get(1);
    ArticleClaims fewer = new ArticleClaims(first.article(), first.claims().subList(0, 1));
    assertThat(ledger.ingest(fewer, "other.v2", true)).isEqualTo(IngestOutcome.REEXTRACTED);
    assertThat(ledger.claimCount()).isEqualTo(5);
    assertThat(ledger.needsExtraction(first.article().hash(), "other.v2", true)).isFalse();
    assertThat(ledger.sources()).extracting(CanonicalSource::id).doesNotContain("john-kirby");
  }

  @Test
  void trackersListLatestRangeSourcesAndFlags() {
    List<TrackerSummary> ts = ledger.trackers();
    assertThat(ts).extracting(TrackerSummary::id)
        .containsExactly("north-korea-soldiers-in-kursk-region", "north-korea-soldiers-in-russia");
    TrackerSummary russia = ts.get(1);
    assertThat(russia.estimates()).isEqualTo(5);
    assertThat(russia.sources()).isEqualTo(3);
    assertThat(russia.latestOn()).isEqualTo(Fixtures.NOV13);
    assertThat(russia.latestLow()).isEqualByComparingTo("10000");
    assertThat(russia.latestQualifier()).isEqualTo(Qualifier.APPROXIMATELY);
    assertThat(russia.rangeLow()).isEqualByComparingTo("1500");
    assertThat(russia.rangeHigh()).isEqualByComparingTo("10000");
    assertThat(russia.conflicted()).isTrue();
    assertThat(russia.revised()).isTrue();
    TrackerSummary kursk = ts.get(0);
    assertThat(kursk.latestLow()).isNull();
    assertThat(kursk.latestHigh()).isEqualByComparingTo("8000");
    assertThat(kursk.conflicted()).isFalse();
  }

  @Test
  void trackShowsTimelineWhyRevisionsConflictsAndVerdict() {
    Tracker t = ledger.tracker("north-korea-soldiers-in-russia").orElseThrow();
    assertThat(t.estimates()).extracting(Estimate::reportedOn).isSorted();
    assertThat(t.estimates()).extracting(e -> e.low() == null ? null : e.low().intValue())
        .containsExactlyInAnyOrder(1500, 3000, 2000, 10000, 10000);
    assertThat(t.estimates()).allSatisfy(e -> assertThat(e.why()).startsWith("counts "));
    assertThat(t.estimates().get(0).file()).isEqualTo("a-nis-1500.txt");
    assertThat(t.estimates().get(0).low()).isEqualTo(new BigDecimal("1500"));
    assertThat(t.revisions()).extracting(Revision::direction).containsExactly(Revision.Direction.UP, Revision.Direction.UP);
    // Kirby's "about 2,000" cannot be right with the NIS's "at least 3,000" of the same day, nor with
    // the 10,000 of the Pentagon and the NIS while it is still current (21 days)
    assertThat(t.conflicts()).hasSize(3).allSatisfy(c -> assertThat(c.why()).contains("John Kirby").endsWith("do not overlap"));
    assertThat(t.verdict()).isEqualTo(
        "rising: about 1,500 (Oct 18) → about 10,000 (Nov 13); 3 sources; sources disagree (3 conflicts, latest Nov 13);"
            + " 1 figure for its regions, lower bounds for all of Russia");
    assertThat(t.regionFigures()).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo("d-kursk.txt");
      assertThat(e.place()).isEqualTo("Russia's Kursk region");
    });
    assertThat(ledger.tracker("no-such-tracker")).isEmpty();
  }

  /** A tracker's gazetteer place (codes, point, path) is stored and read back, listed and shown alike. */
  @Test
  void aTrackersResolvedPlaceIsStoredWithItsPath() {
    Tracker kursk = ledger.tracker("north-korea-soldiers-in-kursk-region").orElseThrow();
    assertThat(kursk.where()).isEqualTo(new org.claimtrack.ledger.track.TrackerPlace("Russia's Kursk region", null, "RU",
        "Kursk Oblast", org.claimtrack.domain.PlaceKind.ADMIN1, 51.75, 36.19, List.of("Kursk Oblast", "Russia")));
    assertThat(ledger.tracker("north-korea-soldiers-in-russia").orElseThrow().where().shownPath()).isEqualTo("Russia");
    assertThat(ledger.trackers()).extracting(t -> t.where().shownPath()).containsExactly("Kursk Oblast ⊂ Russia", "Russia");
  }

  @Test
  void anAnalysisMadeByOlderRulesIsMadeAgainOnFirstUse() {
    String verdict = ledger.tracker("north-korea-soldiers-in-russia").orElseThrow().verdict();
    ledger.close();
    // as a ledger analyzed by an older claimtrack looks: another version, another verdict
    try (org.claimtrack.ledger.store.Database db = org.claimtrack.ledger.store.Database.open(cfg)) {
      db.inTransaction(c -> {
        try (var st = c.createStatement()) {
          st.executeUpdate("update ledger_meta set analysis_version = 'track.v0' where id = 1");
          st.executeUpdate("update tracker set verdict = 'stale' where id = 'north-korea-soldiers-in-russia'");
        }
        return null;
      });
    }
    ledger = open();
    assertThat(ledger.tracker("north-korea-soldiers-in-russia").orElseThrow().verdict()).isEqualTo(verdict);
  }

  @Test
  void freeTextFindsTheBestTracker() {
    assertThat(ledger.findTracker("North Korean troops in Kursk")).get().extracting(Tracker::id)
        .isEqualTo("north-korea-soldiers-in-kursk-region");
    assertThat(ledger.findTracker("soldiers Vladivostok")).get().extracting(Tracker::id)
        .isEqualTo("north-korea-soldiers-in-russia");
    assertThat(ledger.findTracker("zzzz qqqq")).isEmpty();
  }

  @Test
  void sourcesHaveAliasesAndClaimCounts() {
    List<CanonicalSource> ss = ledger.sources();
    assertThat(ss).extracting(CanonicalSource::id).containsExactly("john-kirby", "national-intelligence-service",
        "pentagon", "ukrainian-military-intelligence");
    CanonicalSource nis = ss.get(1);
    assertThat(nis.claims()).isEqualTo(3);
    assertThat(nis.aliases()).containsExactly("NIS", "the agency");
    assertThat(ledger.source("nis")).get().extracting(CanonicalSource::id).isEqualTo("national-intelligence-service");
  }

  @Test
  void searchFindsArticlesClaimsAndSourcesWithFilters() {
    List<SearchHit> hits = ledger.search("Sergeevka", SearchFilters.NONE);
    assertThat(hits).extracting(SearchHit::type).contains("article", "claim");
    assertThat(hits).allSatisfy(h -> assertThat(h.file()).isEqualTo("d-kursk.txt"));
    SearchHit claim = hits.stream().filter(h -> h.type().equals("claim")).findFirst().orElseThrow();
    assertThat(claim.sourceId()).isEqualTo("ukrainian-military-intelligence");
    assertThat(claim.date()).isEqualTo(Fixtures.NOV13);

    assertThat(ledger.search("Kirby", SearchFilters.NONE)).extracting(SearchHit::file).contains("b-nis-3000.txt");
    var bySource = new SearchFilters("NIS", null, null, null, 20);
    assertThat(ledger.search("soldiers", bySource)).hasSize(3)
        .allSatisfy(h -> assertThat(h.sourceId()).isEqualTo("national-intelligence-service"));
    var byDate = new SearchFilters(null, Fixtures.OCT23, Fixtures.OCT28, null, 20);
    assertThat(ledger.search("soldiers", byDate)).extracting(SearchHit::file)
        .containsOnly("b-nis-3000.txt", "c-pentagon.txt");
    var byTracker = new SearchFilters(null, null, null, "north-korea-soldiers-in-kursk-region", 20);
    assertThat(ledger.search("soldiers", byTracker)).singleElement().extracting(SearchHit::file).isEqualTo("d-kursk.txt");

    assertThatThrownBy(() -> ledger.search("troops AND (", SearchFilters.NONE)).isInstanceOf(LedgerException.class)
        .hasMessageContaining("cannot understand the query")
        .satisfies(e -> assertThat(((LedgerException) e).kind()).isEqualTo(LedgerException.Kind.USAGE));
    assertThatThrownBy(() -> ledger.search("soldiers", new SearchFilters("Nobody", null, null, null, 5)))
        .isInstanceOf(LedgerException.class).hasMessageContaining("no source named 'Nobody'");
  }

  @Test
  void manualMergeAndSplitWinAndSurviveReanalysis() {
    ledger.mergeSources("Pentagon", "John Kirby");
    assertThat(ledger.sources()).extracting(CanonicalSource::id).doesNotContain("john-kirby");
    assertThat(ledger.source("John Kirby")).get().extracting(CanonicalSource::id).isEqualTo("pentagon");
    ledger.splitSource("the agency");
    assertThat(ledger.source("the agency")).get().extracting(CanonicalSource::id).isEqualTo("the-agency");

    // a new article makes the analysis run again: the overrides still hold, also after reopening
    ledger.ingest(Fixtures.numbered(1), Fixtures.VERSION);
    ledger.close();
    ledger = open();
    assertThat(ledger.source("John Kirby")).get().extracting(CanonicalSource::id).isEqualTo("pentagon");
    assertThat(ledger.source("the agency")).get().extracting(CanonicalSource::id).isEqualTo("the-agency");
    assertThat(ledger.overrides()).hasSize(2);
    assertThatThrownBy(() -> ledger.mergeSources("Pentagon", "Nobody")).isInstanceOf(LedgerException.class)
        .hasMessageContaining("no source named 'Nobody'");
  }

  @Test
  void exportFollowsTheContract() throws Exception {
    List<JsonNode> trackers = lines(ledger.exportJsonl(Export.What.TRACKERS));
    assertThat(trackers).hasSize(2);
    JsonNode russia = trackers.get(1);
    assertThat(fields(russia)).containsExactly("id", "what", "counted", "place", "kind", "estimates", "revisions",
        "conflicts", "verdict", "voices", "regionFigures", "location");
    assertThat(fields(russia.get("location"))).containsExactly("name", "geonameid", "country", "admin1", "kind", "lat",
        "lon", "path");
    assertThat(russia.get("location").get("country").asText()).isEqualTo("RU");
    assertThat(trackers.get(0).get("location").get("path")).extracting(JsonNode::asText)
        .containsExactly("Kursk Oblast", "Russia");
    JsonNode e = russia.get("estimates").get(0);
    assertThat(fields(e)).containsExactly("claimId", "article", "source", "reportedOn", "low", "high", "qualifier",
        "hedged", "repeatOf", "origin", "later");
    assertThat(fields(e.get("origin"))).containsExactly("id", "name", "via");
    assertThat(e.get("origin").get("id").asText()).isEqualTo("national-intelligence-service");
    assertThat(fields(russia.get("regionFigures").get(0))).endsWith("origin", "later", "place");
    assertThat(fields(e.get("article"))).containsExactly("id", "file");
    assertThat(fields(e.get("source"))).containsExactly("id", "name", "aliases");
    assertThat(e.get("low").asText()).isEqualTo("1500");
    assertThat(e.get("source").get("aliases")).extracting(JsonNode::asText).containsExactly("NIS", "the agency");
    assertThat(fields(russia.get("revisions").get(0))).containsExactly("sourceId", "from", "to", "direction");
    assertThat(fields(russia.get("conflicts").get(0))).containsExactly("a", "b", "why");

    List<JsonNode> sources = lines(ledger.exportJsonl(Export.What.SOURCES));
    assertThat(fields(sources.get(0))).containsExactly("id", "name", "type", "aliases", "affiliation", "claims", "record");
    JsonNode nis = sources.stream().filter(s -> s.get("id").asText().equals("national-intelligence-service")).findFirst().orElseThrow();
    assertThat(fields(nis.get("record"))).containsExactly("figures", "trackers", "originated", "relayed", "repeats",
        "revisions", "conflicts", "later");
    assertThat(nis.get("record").get("revisions").get("count").asInt()).isEqualTo(2);

    List<JsonNode> claims = lines(ledger.exportJsonl(Export.What.CLAIMS));
    assertThat(claims).hasSize(6);
    assertThat(fields(claims.get(0))).startsWith("id", "kind", "source", "sourceSpan", "cue", "cueSpan", "text", "span")
        .endsWith("provenance", "sourceId", "article");
    assertThat(claims.get(0).get("article").get("file").asText()).isEqualTo("a-nis-1500.txt");
    // every exported claim is the extractor's claim object, as stored, plus its source and article
    java.util.Map<String, org.claimtrack.domain.Claim> given = new java.util.HashMap<>();
    Fixtures.troops().forEach(ac -> ac.claims().forEach(c -> given.put(c.id(), c)));
    for (JsonNode c : claims) {
      var o = ((com.fasterxml.jackson.databind.node.ObjectNode) c.deepCopy());
      o.remove("sourceId");
      o.remove("article");
      assertThat(JSON.writeValueAsString(o)).isEqualTo(org.claimtrack.json.ClaimJson.write(given.get(c.get("id").asText())));
    }

    var csv = new java.io.StringWriter();
    ledger.export(Export.What.TRACKERS, Export.Format.CSV, csv);
    List<String> rows = csv.toString().lines().toList();
    assertThat(rows.get(0)).startsWith("id,what,counted,place,kind,verdict")
        .endsWith(",later,placePath,placeGeonameid,placeCountry,placeAdmin1,placeKind,placeLat,placeLon");
    assertThat(rows).hasSize(1 + 6);
    assertThat(rows.get(1)).startsWith("north-korea-soldiers-in-kursk-region,").endsWith(",Kursk Oblast|Russia,,RU,Kursk Oblast,ADMIN1,51.75,36.19");
  }

  /** The analysis kept up to date article by article is the analysis of all claims at once, on either database. */
  @Test
  void theIncrementalAnalysisIsTheFullAnalysis() {
    for (int n = 1; n <= 12; n++) {
      ledger.ingest(Fixtures.numbered(n), Fixtures.VERSION);
      if (n % 4 == 0) ledger.ensureAnalysis();
    }
    ArticleClaims first = Fixtures.troops().get(1);
    ledger.ingest(new ArticleClaims(first.article(), first.claims().subList(0, 1)), "other.v2", true);
    assertSameAsFull();
    ledger.mergeSources("Pentagon", "NIS"); // an override: the whole analysis again
    ledger.ingest(Fixtures.numbered(13), Fixtures.VERSION);
    assertSameAsFull();
  }

  private void assertSameAsFull() {
    var full = org.claimtrack.ledger.track.Analyzer.analyze(ledger.claimsForAnalysis(), ledger.overrides());
    assertThat(ledger.sources()).isEqualTo(full.sources());
    assertThat(ledger.sourceOfClaims()).isEqualTo(full.sourceOfClaim());
    assertThat(ledger.trackers()).extracting(TrackerSummary::id)
        .containsExactlyElementsOf(full.trackers().stream().map(Tracker::id).toList());
    for (Tracker t : full.trackers()) assertThat(ledger.tracker(t.id())).as(t.id()).contains(t);
  }

  static List<JsonNode> lines(String jsonl) {
    return jsonl.lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (Exception ex) {
        throw new AssertionError(l, ex);
      }
    }).toList();
  }

  static List<String> fields(JsonNode n) {
    List<String> out = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
