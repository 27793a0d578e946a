package org.claimtrack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.Result;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.ingest.PlainTextArticles;
import org.claimtrack.ledger.TrackerListing;
import org.claimtrack.ledger.TrackerSummary;
import org.claimtrack.ledger.track.Analyzer;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Conflict;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.LedgerAnalysis;
import org.claimtrack.ledger.track.LedgerClaim;
import org.claimtrack.ledger.track.Revision;
import org.claimtrack.ledger.track.SourceRecord;
import org.claimtrack.ledger.track.Tracker;
import org.claimtrack.ledger.track.TrackerKind;

/**
 * A story corpus and its {@code expected-trackers.json}: the articles extracted with the real
 * extractor, analyzed, and every expectation of the file checked, each miss one line. Used by the
 * acceptance tests of both corpora (nk-troops in ../shared, quake-2031 in samples).
 */
final class ExpectedTrackers {
  private static final ObjectMapper JSON = new ObjectMapper();

  final JsonNode expected;
  final List<ArticleClaims> extracted = new ArrayList<>();
  final List<LedgerClaim> claims = new ArrayList<>();
  final LedgerAnalysis analysis;

  ExpectedTrackers(Path expectedFile, List<Path> folders) throws IOException {
    expected = JSON.readTree(expectedFile.toFile());
    List<Path> files = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> s = Files.list(folder)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    ClaimExtractor extractor = ClaimExtractors.standard();
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

  /** Every tracker expectation: estimates in and out, revisions, repeats, region figures, conflicts, verdicts. */
  List<String> trackerMisses() {
    List<String> misses = new ArrayList<>();
    for (JsonNode t : expected.get("trackers")) {
      String name = t.get("id").asText();
      Optional<Tracker> tracker = trackerOf(t.get("mustContain").get(0));
      if (tracker.isEmpty()) {
        misses.add(name + ": no COUNT tracker holds " + t.get("mustContain").get(0) + "\n  trackers: " + ids());
        continue;
      }
      Tracker tr = tracker.get();
      if (t.has("trackerId") && !tr.id().equals(t.get("trackerId").asText())) {
        misses.add(name + ": its tracker is " + tr.id() + ", expected id " + t.get("trackerId").asText());
      }
      if (t.has("what") && t.has("trackerId") && !tr.what().equals(t.get("what").asText())) {
        misses.add(name + ": reads \"" + tr.what() + "\", expected \"" + t.get("what").asText() + "\"");
      }
      if (t.has("voices") && tr.voices() != t.get("voices").asLong()) {
        misses.add(name + " (" + tr.id() + "): " + tr.voices() + " independent voices, expected " + t.get("voices").asLong());
      }
      for (JsonNode e : t.get("mustContain")) {
        Optional<Estimate> est = find(tr.estimates(), e);
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
      for (JsonNode e : t.path("regionFigures")) {
        if (find(tr.regionFigures(), e).isEmpty()) {
          misses.add(name + " (" + tr.id() + "): missing region figure " + e + "\n  has: " + tr.regionFigures());
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
      for (JsonNode c : t.path("conflicts")) {
        List<Estimate> all = new ArrayList<>(tr.estimates());
        all.addAll(tr.regionFigures());
        Optional<Estimate> a = find(all, c.get("a"));
        Optional<Estimate> b = find(all, c.get("b"));
        boolean found = a.isPresent() && b.isPresent() && tr.conflicts().stream().anyMatch(x ->
            (x.a().equals(a.get().claimId()) && x.b().equals(b.get().claimId()))
                || (x.a().equals(b.get().claimId()) && x.b().equals(a.get().claimId())));
        if (!found) misses.add(name + ": missing conflict " + c + "\n  has: " + tr.conflicts().stream().map(Conflict::why).toList());
      }
      if (t.path("noConflicts").asBoolean(false) && !tr.conflicts().isEmpty()) {
        misses.add(name + ": must have no conflict, has " + tr.conflicts().stream().map(Conflict::why).toList());
      }
      for (JsonNode v : t.path("verdictContains")) {
        if (!tr.verdict().contains(v.asText())) misses.add(name + ": verdict \"" + tr.verdict() + "\" lacks \"" + v.asText() + "\"");
      }
    }
    return misses;
  }

  /** Plans and projections must not sit among a COUNT tracker's estimates. */
  List<String> notEstimateMisses() {
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
    return misses;
  }

  /** Each group of names is one canonical source. */
  List<String> sourceMisses() {
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
    return misses;
  }

  /** The default listing starts with the expected trackers, in order. */
  List<String> listingMisses(List<TrackerSummary> stored) {
    List<String> misses = new ArrayList<>();
    JsonNode first = expected.path("listing").path("first");
    if (first.isMissingNode()) return misses;
    List<String> want = new ArrayList<>();
    first.forEach(n -> want.add(n.asText()));
    List<String> got = TrackerListing.DEFAULT.select(stored).stream().map(TrackerSummary::id).toList();
    if (!got.equals(want)) misses.add("default listing is " + got + ", expected " + want);
    return misses;
  }

  /** Sources' records: revisions and their direction, conflicts. */
  List<String> recordMisses(List<SourceRecord> records) {
    List<String> misses = new ArrayList<>();
    for (JsonNode r : expected.path("records").path("items")) {
      Optional<SourceRecord> rec = records.stream().filter(x -> sourceIs(x.sourceId(), r.get("source"))).findFirst();
      if (rec.isEmpty()) {
        misses.add("no record for " + r.get("source"));
        continue;
      }
      SourceRecord x = rec.get();
      if (r.has("revisions") && x.revisions() != r.get("revisions").asInt()) misses.add(r.get("source") + ": " + x);
      if (r.has("up") && x.up() != r.get("up").asInt()) misses.add(r.get("source") + ": " + x);
      if (r.has("down") && x.down() != r.get("down").asInt()) misses.add(r.get("source") + ": " + x);
      if (r.has("minConflicts") && x.conflicts() < r.get("minConflicts").asInt()) misses.add(r.get("source") + ": " + x);
    }
    return misses;
  }

  private String ids() {
    return analysis.trackers().stream().map(Tracker::id).collect(Collectors.joining(", "));
  }

  private Optional<Tracker> trackerOf(JsonNode e) {
    return analysis.trackers().stream()
        .filter(t -> t.kind() == TrackerKind.COUNT)
        .filter(t -> find(t.estimates(), e).isPresent())
        .findFirst();
  }

  private Optional<Estimate> find(List<Estimate> es, JsonNode e) {
    return es.stream()
        .filter(x -> x.file().equals(e.get("article").asText()))
        .filter(x -> !e.has("low") || sameNumber(x.low(), e.get("low")))
        .filter(x -> !e.has("high") || sameNumber(x.high(), e.get("high")))
        .filter(x -> !e.has("reportedOn") || String.valueOf(x.reportedOn()).equals(e.get("reportedOn").asText()))
        .filter(x -> !e.has("qualifier") || x.qualifier().name().equals(e.get("qualifier").asText()))
        .filter(x -> !e.has("source") || sourceIs(x.sourceId(), e.get("source")))
        .filter(x -> !e.has("origin") || sourceIs(x.originId(), e.get("origin")))
        .findFirst();
  }

  boolean sourceIs(String sourceId, JsonNode names) {
    for (JsonNode n : names) {
      Optional<CanonicalSource> s = analysis.source(n.asText());
      if (s.isPresent() && s.get().id().equals(sourceId)) return true;
    }
    return false;
  }

  static boolean sameNumber(BigDecimal v, JsonNode n) {
    if (n == null || n.isNull()) return v == null;
    return v != null && v.compareTo(n.decimalValue()) == 0;
  }

  private static Estimate byClaim(Tracker t, String claimId) {
    return t.estimates().stream().filter(e -> e.claimId().equals(claimId)).findFirst().orElseThrow();
  }

  static String describe(Tracker t) {
    return t.estimates().stream()
        .map(e -> e.file() + " " + e.sourceId() + " " + e.reportedOn() + " " + e.surface()
            + (e.repeatOf() != null ? " (repeat)" : ""))
        .collect(Collectors.joining("\n       ", "\n       ", ""));
  }
}
