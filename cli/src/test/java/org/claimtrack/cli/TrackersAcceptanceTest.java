package org.claimtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.Result;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.ingest.PlainTextArticles;
import org.claimtrack.ledger.track.Analyzer;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.LedgerAnalysis;
import org.claimtrack.ledger.track.LedgerClaim;
import org.claimtrack.ledger.track.Revision;
import org.claimtrack.ledger.track.Tracker;
import org.claimtrack.ledger.track.TrackerKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.LedgerConfig;
import org.claimtrack.ledger.TrackerSummary;

/**
 * The ledger's acceptance test: after reading ../shared/corpus/nk-troops and the seed, everything
 * in corpus/nk-troops/expected-trackers.json holds. Reads the file in place; fails on any miss.
 */
class TrackersAcceptanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode expected;
  private static List<LedgerClaim> claims;
  private static final List<ArticleClaims> extracted = new ArrayList<>();
  private static LedgerAnalysis analysis;

  static Path shared() {
    String p = System.getProperty("claimtrack.shared");
    return p != null ? Path.of(p) : Path.of("..", "..", "shared");
  }

  @BeforeAll
  static void readCorpus() throws IOException {
    Path corpus = shared().resolve("corpus/nk-troops");
    expected = JSON.readTree(corpus.resolve("expected-trackers.json").toFile());
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(corpus)) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    try (Stream<Path> s = Files.list(shared().resolve("seed"))) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    ClaimExtractor extractor = ClaimExtractors.standard();
    claims = new ArrayList<>();
    for (Path f : files) {
      Article a = ok(PlainTextArticles.parse(f.getFileName().toString(), Files.readString(f), null));
      ArticleClaims ac = ok(extractor.extract(a));
      extracted.add(ac);
      claims.addAll(ledgerClaims(ac));
    }
    analysis = Analyzer.analyze(claims, List.of());
  }

  static List<LedgerClaim> ledgerClaims(ArticleClaims ac) {
    Article a = ac.article();
    List<LedgerClaim> out = new ArrayList<>();
    for (Claim c : ac.claims()) {
      String mention = c.sourceSpan() == null ? null : c.sourceSpan().of(a.text());
      out.add(new LedgerClaim(a.id(), a.hash(), a.file(), a.title(), a.publisher(), a.published(), c, mention));
    }
    return out;
  }

  private static <T> T ok(Result<T> r) {
    if (r instanceof Result.Ok<T> ok) return ok.value();
    throw new AssertionError(((Result.Failed<T>) r).problem().line());
  }

  @Test
  void everyExpectedTrackerHoldsItsEstimatesAndNothingElse() {
    List<String> misses = new ArrayList<>();
    for (JsonNode t : expected.get("trackers")) {
      String name = t.get("id").asText();
      Optional<Tracker> tracker = trackerOf(t.get("mustContain").get(0));
      if (tracker.isEmpty()) {
        misses.add(name + ": no COUNT tracker holds " + t.get("mustContain").get(0));
        continue;
      }
      Tracker tr = tracker.get();
      for (JsonNode e : t.get("mustContain")) {
        Optional<Estimate> est = find(tr, e);
        if (est.isEmpty()) {
          misses.add(name + " (" + tr.id() + "): missing " + e + "\n  has: " + describe(tr));
        } else if (est.get().repeatOf() != null) {
          misses.add(name + ": " + e + " is marked a repeat of " + est.get().repeatOf());
        }
      }
      for (JsonNode e : t.path("mustNotContain")) {
        for (Estimate est : tr.estimates()) {
          if (est.file().equals(e.get("article").asText()) && sameNumber(est.low(), e.get("low"))) {
            misses.add(name + " (" + tr.id() + "): must not contain " + e);
          }
        }
      }
      for (JsonNode r : t.path("revisions")) {
        boolean found = false;
        for (Revision rev : tr.revisions()) {
          Estimate from = byClaim(tr, rev.from());
          Estimate to = byClaim(tr, rev.to());
          found |= sourceIs(rev.sourceId(), r.get("source"))
              && from.reportedOn().toString().equals(r.get("from").get("reportedOn").asText())
              && sameNumber(from.low(), r.get("from").get("low"))
              && to.reportedOn().toString().equals(r.get("to").get("reportedOn").asText())
              && sameNumber(to.low(), r.get("to").get("low"))
              && rev.direction().name().equals(r.get("direction").asText());
        }
        if (!found) misses.add(name + ": missing revision " + r + "\n  has: " + tr.revisions());
      }
      for (JsonNode r : t.path("repeats")) {
        boolean found = false;
        for (Estimate e : tr.estimates()) {
          if (!e.file().equals(r.get("article").asText()) || !sameNumber(e.low(), r.get("low"))) continue;
          if (e.repeatOf() == null || !sourceIs(e.sourceId(), r.get("source"))) continue;
          Estimate orig = tr.estimates().stream().filter(o -> o.claimId().equals(e.repeatOf())).findFirst().orElse(null);
          found |= orig != null && orig.file().equals(r.get("sameAs").get("article").asText())
              && sameNumber(orig.low(), r.get("sameAs").get("low"));
        }
        if (!found) misses.add(name + ": missing repeat " + r + "\n  has: " + describe(tr));
      }
    }
    assertThat(misses).as("expected-trackers.json").isEmpty();
  }

  @Test
  void plansAndProjectionsAreNotEstimatesOfWhatIsThere() {
    List<String> misses = new ArrayList<>();
    for (JsonNode n : expected.get("notEstimates").get("items")) {
      for (Tracker t : analysis.trackers()) {
        if (t.kind() != TrackerKind.COUNT) continue;
        for (Estimate e : t.estimates()) {
          if (e.file().equals(n.get("article").asText()) && sameNumber(e.low(), n.get("low"))) {
            misses.add(n.get("why").asText() + ": " + e.surface() + " sits in COUNT tracker " + t.id());
          }
        }
      }
    }
    assertThat(misses).isEmpty();
  }

  @Test
  void sourceGroupsAreOneCanonicalSourceEach() {
    List<String> misses = new ArrayList<>();
    for (JsonNode group : expected.get("sources").get("groups")) {
      List<String> ids = new ArrayList<>();
      for (JsonNode n : group) {
        Optional<CanonicalSource> s = analysis.source(n.asText());
        if (s.isEmpty()) misses.add("no source named " + n.asText());
        else ids.add(s.get().id());
      }
      if (ids.stream().distinct().count() > 1) misses.add(group + " are " + ids);
    }
    assertThat(misses).as("sources: " + analysis.sources()).isEmpty();
  }

  @Test
  void theAnalysisDoesNotDependOnTheOrderClaimsArriveIn() {
    List<LedgerClaim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(Analyzer.analyze(shuffled, List.of())).isEqualTo(analysis);
  }

  @Test
  void everyEstimateSaysWhyItIsInItsTracker() {
    for (Tracker t : analysis.trackers()) {
      assertThat(t.verdict()).isNotBlank();
      for (Estimate e : t.estimates()) assertThat(e.why()).as(t.id() + " " + e.surface()).isNotBlank();
    }
  }

  @Test
  void theStoredLedgerGivesTheSameTrackersAndSources(@TempDir Path data) {
    try (Ledger ledger = Ledger.open(LedgerConfig.embedded(data))) {
      for (ArticleClaims ac : extracted) ledger.ingest(ac, "acceptance");
      assertThat(ledger.sources()).isEqualTo(analysis.sources());
      assertThat(ledger.trackers()).extracting(TrackerSummary::id)
          .containsExactlyElementsOf(analysis.trackers().stream().map(Tracker::id).toList());
      for (Tracker t : analysis.trackers()) {
        assertThat(ledger.tracker(t.id())).as(t.id()).contains(t);
      }
    }
  }

  private static Optional<Tracker> trackerOf(JsonNode e) {
    return analysis.trackers().stream()
        .filter(t -> t.kind() == TrackerKind.COUNT)
        .filter(t -> find(t, e).isPresent())
        .findFirst();
  }

  private static Optional<Estimate> find(Tracker t, JsonNode e) {
    return t.estimates().stream()
        .filter(x -> x.file().equals(e.get("article").asText()))
        .filter(x -> sameNumber(x.low(), e.get("low")) && sameNumber(x.high(), e.get("high")))
        .filter(x -> !e.has("reportedOn") || String.valueOf(x.reportedOn()).equals(e.get("reportedOn").asText()))
        .filter(x -> !e.has("qualifier") || x.qualifier().name().equals(e.get("qualifier").asText()))
        .filter(x -> !e.has("source") || sourceIs(x.sourceId(), e.get("source")))
        .findFirst();
  }

  private static boolean sourceIs(String sourceId, JsonNode names) {
    for (JsonNode n : names) {
      Optional<CanonicalSource> s = analysis.source(n.asText());
      if (s.isPresent() && s.get().id().equals(sourceId)) return true;
    }
    return false;
  }

  private static boolean sameNumber(BigDecimal v, JsonNode n) {
    if (n == null || n.isNull()) return v == null;
    return v != null && v.compareTo(n.decimalValue()) == 0;
  }

  private static Estimate byClaim(Tracker t, String claimId) {
    return t.estimates().stream().filter(e -> e.claimId().equals(claimId)).findFirst().orElseThrow();
  }

  private static String describe(Tracker t) {
    return t.estimates().stream()
        .map(e -> e.file() + " " + e.sourceId() + " " + e.reportedOn() + " " + e.surface()
            + (e.repeatOf() != null ? " (repeat)" : ""))
        .collect(Collectors.joining("\n       ", "\n       ", ""));
  }
}
