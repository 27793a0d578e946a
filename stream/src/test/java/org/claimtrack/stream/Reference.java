package org.claimtrack.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Problem;
import org.claimtrack.domain.Result;
import org.claimtrack.extract.ClaimExtractor;
import org.claimtrack.extract.ClaimExtractors;
import org.claimtrack.ingest.ArticleReader;
import org.claimtrack.ingest.ArticleSink;
import org.claimtrack.ingest.ReadArticle;
import org.claimtrack.ingest.ReadOptions;
import org.claimtrack.ledger.Export;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.LedgerConfig;

/**
 * What {@code claimtrack ingest PATH...} makes of the same inputs, done the way that command does
 * it (the reader with its default options, the standard extractor, one {@link Ledger#ingest} per
 * article, then {@link Ledger#refresh}), in an embedded ledger — and how to compare another ledger
 * with it.
 *
 * <p>The one difference by design: {@code ingest} reads a plain-text file whole (dateline, title
 * line, body) and its spans point into the file, while the topic carries the body only (the
 * {@code text --format jsonl} contract), so the job's spans point into the body, and a claim's id
 * (made from its article's hash, kind and span) differs with them. The comparison therefore moves
 * every span of the reference by its article's body start, and names each reference claim by the
 * job's claim with the same article, kind and moved span; everything else must be equal, field by
 * field: every claim, every source, every tracker with all its estimates, revisions, conflicts and
 * verdict.
 */
final class Reference {
  static final ObjectMapper JSON = new ObjectMapper();

  final Map<String, String> claims = new HashMap<>();
  final Map<String, String> sources = new HashMap<>();
  final List<String> trackers = new ArrayList<>();
  final Map<String, Integer> bodyStart = new HashMap<>();
  final long articles;
  final long claimCount;

  private Reference(Ledger ledger, Map<String, Integer> bodyStart) {
    this.bodyStart.putAll(bodyStart);
    articles = ledger.articleCount();
    claimCount = ledger.claimCount();
    for (String line : ledger.exportJsonl(Export.What.CLAIMS).split("\n")) {
      if (!line.isBlank()) claims.put(read(line).get("id").asText(), line);
    }
    for (String line : ledger.exportJsonl(Export.What.SOURCES).split("\n")) {
      if (!line.isBlank()) sources.put(read(line).get("id").asText(), line);
    }
    for (String line : ledger.exportJsonl(Export.What.TRACKERS).split("\n")) {
      if (!line.isBlank()) trackers.add(line);
    }
  }

  /** Ingests {@code paths} as {@code claimtrack ingest} does, into an embedded ledger in {@code dir}. */
  static Reference ingest(Path dir, Path... paths) {
    ClaimExtractor extractor = ClaimExtractors.standard();
    Map<String, Integer> bodyStart = new HashMap<>();
    try (Ledger ledger = Ledger.open(LedgerConfig.embedded(dir))) {
      ArticleReader reader = new ArticleReader(ArticleReader.Options.defaults(ReadOptions.DEFAULT));
      for (Path p : paths) {
        reader.read(p, new ArticleSink() {
          @Override
          public void article(ReadArticle a) {
            bodyStart.put(a.article().hash(), a.article().body().start());
            if (!ledger.needsExtraction(a.article().hash(), ExtractStage.VERSION, false)) return;
            Result<ArticleClaims> r = extractor.extract(a.article());
            assertThat(r).as(a.input()).isInstanceOf(Result.Ok.class);
            ledger.ingest(((Result.Ok<ArticleClaims>) r).value(), ExtractStage.VERSION);
          }

          @Override
          public void skipped(String input, String reason) {}

          @Override
          public void problem(Problem p) {
            throw new AssertionError("the reference inputs must read cleanly: " + p.line());
          }
        });
      }
      ledger.refresh();
      return new Reference(ledger, bodyStart);
    }
  }

  /** Asserts that {@code other} (the job's ledger) holds what this reference holds. */
  void assertSameAs(Ledger other) {
    assertThat(other.articleCount()).as("articles").isEqualTo(articles);
    assertThat(other.claimCount()).as("claims").isEqualTo(claimCount);
    Map<String, JsonNode> theirs = new HashMap<>();
    Map<String, String> byPlace = new HashMap<>(); // article hash, kind, span (into the body) → their claim id
    for (String line : other.exportJsonl(Export.What.CLAIMS).split("\n")) {
      if (line.isBlank()) continue;
      JsonNode c = read(line);
      theirs.put(c.get("id").asText(), c);
      byPlace.put(place(c), c.get("id").asText());
    }
    Map<String, String> idOf = new HashMap<>(); // reference claim id → job claim id
    for (String line : claims.values()) {
      ObjectNode c = (ObjectNode) read(line);
      String hash = c.get("provenance").get("article").asText();
      shiftSpans(c, -bodyStart.get(hash));
      String theirId = byPlace.get(place(c));
      assertThat(theirId).as("the job's claim at the place of %s", c).isNotNull();
      idOf.put(c.get("id").asText(), theirId);
      c.put("id", theirId);
      assertThat(c).as("claim %s", theirId).isEqualTo(theirs.get(theirId));
    }
    assertThat(idOf.values()).as("claims matched one to one").doesNotHaveDuplicates().hasSize(theirs.size());

    List<JsonNode> theirSources = lines(other.exportJsonl(Export.What.SOURCES));
    assertThat(theirSources).as("sources").hasSize(sources.size());
    for (JsonNode s : theirSources) {
      assertThat(s).as("source %s", s.get("id")).isEqualTo(read(sources.get(s.get("id").asText())));
    }

    List<JsonNode> theirTrackers = new ArrayList<>();
    for (JsonNode t : lines(other.exportJsonl(Export.What.TRACKERS))) theirTrackers.add(byClaimId(t));
    List<JsonNode> ours = new ArrayList<>();
    for (String t : trackers) ours.add(byClaimId(renameClaims(read(t), idOf)));
    assertThat(theirTrackers).as("trackers").containsExactlyElementsOf(ours);
  }

  private static String place(JsonNode c) {
    return c.get("provenance").get("article").asText() + " " + c.get("kind").asText() + " " + c.get("span");
  }

  /**
   * Moves every span of a claim (the content, the source mention, the cue, the origin's source
   * mention, hedges, quantities and their figure fields' evidence, places) by {@code by}.
   */
  static void shiftSpans(ObjectNode c, int by) {
    shift(c, "span", by);
    shift(c, "sourceSpan", by);
    shift(c, "cueSpan", by);
    JsonNode origin = c.get("origin");
    if (origin != null && origin.isObject()) shift((ObjectNode) origin, "sourceSpan", by);
    for (String list : List.of("hedges", "quantities", "places")) {
      JsonNode l = c.get(list);
      if (l != null) l.forEach(x -> shift((ObjectNode) x, "span", by));
    }
    // each typed figure field of a quantity points at its evidence: thing, whose, outcome, place, kind...
    JsonNode qs = c.get("quantities");
    if (qs != null) {
      qs.forEach(q -> {
        JsonNode f = q.get("figure");
        if (f != null && f.isObject()) f.forEach(field -> {
          if (field.isObject()) shift((ObjectNode) field, "span", by);
        });
      });
    }
  }

  private static void shift(ObjectNode o, String field, int by) {
    JsonNode s = o.get(field);
    if (s == null || !s.isArray()) return;
    ArrayNode a = JSON.createArrayNode();
    a.add(s.get(0).asInt() + by);
    a.add(s.get(1).asInt() + by);
    o.set(field, a);
  }

  /** A tracker with every claim id (estimates, repeats, revisions, conflicts) renamed. */
  private static JsonNode renameClaims(JsonNode tracker, Map<String, String> idOf) {
    ObjectNode t = tracker.deepCopy();
    t.get("estimates").forEach(e -> {
      rename((ObjectNode) e, "claimId", idOf);
      rename((ObjectNode) e, "repeatOf", idOf);
    });
    t.get("revisions").forEach(r -> {
      rename((ObjectNode) r, "from", idOf);
      rename((ObjectNode) r, "to", idOf);
    });
    t.get("conflicts").forEach(x -> {
      rename((ObjectNode) x, "a", idOf);
      rename((ObjectNode) x, "b", idOf);
    });
    JsonNode regions = t.get("regionFigures"); // a region's figures shown in its country's tracker
    if (regions != null) {
      regions.forEach(e -> {
        rename((ObjectNode) e, "claimId", idOf);
        rename((ObjectNode) e, "repeatOf", idOf);
      });
    }
    return t;
  }

  /**
   * The tracker with its estimates in the analysis' order, recomputed over the job's claim ids: the
   * analysis orders the estimates of one day and article by claim id, and the ids differ by design
   * (see the class comment), so two figures of one article may swap places, and so may two
   * conflicts; nothing else may.
   */
  private static JsonNode byClaimId(JsonNode tracker) {
    ObjectNode t = tracker.deepCopy();
    List<JsonNode> es = new ArrayList<>();
    t.get("estimates").forEach(es::add);
    es.sort(java.util.Comparator.comparing((JsonNode e) -> e.get("reportedOn").isNull() ? "~" : e.get("reportedOn").asText())
        .thenComparing(e -> e.get("article").get("file").asText(""))
        .thenComparing(e -> e.get("claimId").asText())); // stable: a claim's own figures keep their order
    ArrayNode sorted = JSON.createArrayNode();
    es.forEach(sorted::add);
    t.set("estimates", sorted);
    if (t.get("regionFigures") != null) {
      List<JsonNode> rs = new ArrayList<>();
      t.get("regionFigures").forEach(rs::add);
      rs.sort(java.util.Comparator.comparing((JsonNode e) -> e.get("reportedOn").isNull() ? "~" : e.get("reportedOn").asText())
          .thenComparing(e -> e.get("article").get("file").asText(""))
          .thenComparing(e -> e.get("claimId").asText()));
      ArrayNode regions = JSON.createArrayNode();
      rs.forEach(regions::add);
      t.set("regionFigures", regions);
    }
    // conflicts are listed in claim-id order too: the same pairs, perhaps in another order
    List<JsonNode> cs = new ArrayList<>();
    t.get("conflicts").forEach(cs::add);
    cs.sort(java.util.Comparator.comparing((JsonNode c) -> c.get("a").asText()).thenComparing(c -> c.get("b").asText()));
    ArrayNode conflicts = JSON.createArrayNode();
    cs.forEach(conflicts::add);
    t.set("conflicts", conflicts);
    return t;
  }

  private static void rename(ObjectNode o, String field, Map<String, String> idOf) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) return;
    String to = idOf.get(v.asText());
    assertThat(to).as("claim %s of the reference is in the job's ledger", v.asText()).isNotNull();
    o.put(field, to);
  }

  static List<JsonNode> lines(String jsonl) {
    List<JsonNode> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isBlank()) out.add(read(line));
    }
    return out;
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
