package org.claimtrack.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtrack.ledger.Export;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.LedgerConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST API against a real server on a random port, filled with ../shared/corpus/nk-troops and
 * the seed: every route, filters, pagination, conditional reads, errors (400, 401, 404, 413, 429 as
 * RFC 9457 problems, never a stack trace), auth, CORS, feeds.
 */
class ApiTest {
  static TestServer s;
  static final String RUSSIA = "north-korea-soldiers-in-russia";

  @BeforeAll
  static void server() {
    s = TestServer.get();
  }

  static void problem(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonNode p = Json.parse(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("at org.");
  }

  HttpResponse<String> post(String path, String contentType, String body, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path)))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) b.header("Content-Type", contentType);
    if (token != null) b.header("Authorization", "Bearer " + token);
    return s.send(b.build());
  }

  /** The response to a POST that declares {@code length} bytes of body and sends none, as text. */
  String declaredOnly(String path, String contentType, long length, String token) {
    URI u = URI.create(s.url(path));
    try (java.net.Socket so = new java.net.Socket(u.getHost(), u.getPort())) {
      so.setSoTimeout(30_000);
      String head = "POST " + u.getRawPath() + " HTTP/1.1\r\nHost: " + u.getHost() + ":" + u.getPort()
          + "\r\nContent-Type: " + contentType + "\r\nAuthorization: Bearer " + token
          + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n";
      so.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      so.getOutputStream().flush();
      java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
      java.io.InputStream in = so.getInputStream();
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        got.write(buf, 0, n);
        String text = got.toString(java.nio.charset.StandardCharsets.UTF_8);
        if (text.contains("\r\n\r\n") && text.endsWith("}")) break; // the problem document is complete
      }
      return got.toString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new AssertionError("POST " + u + " declaring " + length + " bytes: " + e, e);
    }
  }

  @Test
  void healthAndVersion() {
    JsonNode h = s.json("/api/health");
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("articles").asInt()).isGreaterThanOrEqualTo(8); // the browser test may add one
    assertThat(h.get("trackers").asInt()).isPositive();
    JsonNode v = s.json("/api/version");
    assertThat(v.get("version").asText()).startsWith("claimtrack");
    assertThat(v.get("extractor").asText()).contains("attribution");
  }

  @Test
  void trackersArePagedFilteredAndSorted() {
    JsonNode all = s.json("/api/trackers?limit=500");
    int total = all.get("total").asInt();
    assertThat(all.get("items")).hasSize(total);
    JsonNode p1 = s.json("/api/trackers?limit=2");
    assertThat(p1.get("items")).hasSize(2);
    assertThat(p1.get("next").asText()).contains("offset=2").contains("limit=2");
    JsonNode p2 = s.json(p1.get("next").asText());
    assertThat(p2.get("items").get(0).get("id").asText()).isEqualTo(all.get("items").get(2).get("id").asText());
    assertThat(s.json("/api/trackers?offset=" + total).get("items")).isEmpty();
    for (JsonNode t : s.json("/api/trackers?kind=plan").get("items")) assertThat(t.get("kind").asText()).isEqualTo("PLAN");
    JsonNode conflicted = s.json("/api/trackers?flag=conflicted").get("items");
    assertThat(conflicted).isNotEmpty();
    for (JsonNode t : conflicted) assertThat(t.get("conflicted").asBoolean()).isTrue();
    for (JsonNode t : s.json("/api/trackers?q=kursk").get("items")) {
      assertThat(t.toString().toLowerCase()).contains("kursk");
    }
    JsonNode byCount = s.json("/api/trackers?sort=estimates").get("items");
    for (int i = 1; i < byCount.size(); i++) {
      assertThat(byCount.get(i).get("estimates").asInt()).isLessThanOrEqualTo(byCount.get(i - 1).get("estimates").asInt());
    }
    problem(s.get("/api/trackers?limit=0"), 400);
    problem(s.get("/api/trackers?limit=abc"), 400);
    problem(s.get("/api/trackers?kind=guess"), 400);
    problem(s.get("/api/trackers?sort=random"), 400);
  }

  @Test
  void theRussiaTrackerHasItsEstimatesRevisionsAgreementAndVerdict() {
    JsonNode t = s.json("/api/trackers/" + RUSSIA);
    assertThat(t.get("what").asText()).containsIgnoringCase("Russia");
    JsonNode es = t.get("estimates");
    assertThat(es.size()).isGreaterThanOrEqualTo(8);
    LocalDate prev = LocalDate.MIN;
    for (JsonNode e : es) {
      assertThat(e.get("sentence").asText()).isNotBlank();
      assertThat(e.get("link").asText()).startsWith("/articles/").contains("#claim-");
      if (!e.get("reportedOn").isNull()) {
        LocalDate d = LocalDate.parse(e.get("reportedOn").asText());
        assertThat(d).as("estimates in date order").isAfterOrEqualTo(prev);
        prev = d;
      }
    }
    assertThat(t.get("revisions").size()).isGreaterThanOrEqualTo(2);
    assertThat(t.get("agreement").size()).isPositive();
    assertThat(t.get("verdict").asText()).isNotBlank();
    problem(s.get("/api/trackers/no-such-tracker"), 404);
  }

  @Test
  void theDataBehindTheChartAsCsvAndJson() {
    JsonNode json = s.json("/api/trackers/" + RUSSIA + "/estimates");
    int n = json.get("estimates").size();
    HttpResponse<String> csv = s.get("/api/trackers/" + RUSSIA + "/estimates?format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", Api.ESTIMATE_COLUMNS));
    assertThat(lines).hasSize(n + 1);
    problem(s.get("/api/trackers/" + RUSSIA + "/estimates?format=xml"), 400);
  }

  @Test
  void conditionalReadsAnswer304() {
    HttpResponse<String> first = s.get("/api/trackers");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(s.get("/api/trackers", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(s.get("/api/trackers", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    assertThat(s.get("/api/trackers", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    assertThat(s.get("/api/trackers", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode()).isEqualTo(200);
    HttpResponse<String> page = s.get("/trackers/" + RUSSIA);
    assertThat(s.get("/trackers/" + RUSSIA, "If-None-Match", page.headers().firstValue("ETag").orElseThrow()).statusCode())
        .isEqualTo(304);
  }

  @Test
  void sourcesByIdNameOrAliasWithTheTrackersTheyFeed() {
    JsonNode all = s.json("/api/sources?limit=500");
    assertThat(all.get("total").asInt()).isPositive();
    JsonNode nis = s.json("/api/sources/NIS");
    assertThat(nis.get("name").asText()).containsIgnoringCase("National Intelligence Service");
    assertThat(nis.get("trackers").toString()).contains(RUSSIA);
    for (JsonNode x : s.json("/api/sources?type=person").get("items")) assertThat(x.get("type").asText()).isEqualTo("PERSON");
    assertThat(s.json("/api/sources?q=kirby").get("items").get(0).get("name").asText()).contains("Kirby");
    problem(s.get("/api/sources/Nobody%20At%20All"), 404);
    problem(s.get("/api/sources?type=robot"), 400);
  }

  @Test
  void articlesWithTextAndClaimsAndFilters() {
    JsonNode all = s.json("/api/articles");
    assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(8);
    JsonNode first = all.get("items").get(0);
    JsonNode a = s.json("/api/articles/" + first.get("hash").asText());
    String text = a.get("text").asText();
    assertThat(a.get("claims").size()).isEqualTo(first.get("claims").asInt());
    for (JsonNode c : a.get("claims")) {
      int start = c.get("span").get(0).asInt();
      int end = c.get("span").get(1).asInt();
      assertThat(text.substring(start, end)).isEqualTo(c.get("text").asText());
    }
    JsonNode byNis = s.json("/api/articles?source=NIS");
    assertThat(byNis.get("total").asInt()).isBetween(1, all.get("total").asInt() - 1);
    JsonNode october = s.json("/api/articles?from=2024-10-01&to=2024-10-31");
    for (JsonNode x : october.get("items")) assertThat(x.get("published").asText()).startsWith("2024-10");
    assertThat(s.json("/api/articles?tracker=" + RUSSIA).get("total").asInt()).isGreaterThanOrEqualTo(6);
    problem(s.get("/api/articles/0000"), 404);
    problem(s.get("/api/articles?from=yesterday"), 400);
    problem(s.get("/api/articles?from=2024-11-01&to=2024-10-01"), 400);
    problem(s.get("/api/articles?source=Nobody%20At%20All"), 400);
  }

  @Test
  void claimsFilteredByTrackerSourceKindAndArticle() {
    JsonNode t = s.json("/api/trackers/" + RUSSIA);
    Set<String> inTracker = new HashSet<>();
    t.get("estimates").forEach(e -> inTracker.add(e.get("claimId").asText()));
    JsonNode claims = s.json("/api/claims?tracker=" + RUSSIA + "&limit=500");
    assertThat(claims.get("total").asInt()).isEqualTo(inTracker.size());
    claims.get("items").forEach(c -> assertThat(inTracker).contains(c.get("id").asText()));
    JsonNode quotes = s.json("/api/claims?kind=quote&limit=500");
    quotes.get("items").forEach(c -> assertThat(c.get("kind").asText()).isEqualTo("QUOTE"));
    JsonNode nis = s.json("/api/claims?source=NIS&limit=500");
    String nisId = s.json("/api/sources/NIS").get("id").asText();
    nis.get("items").forEach(c -> assertThat(c.get("sourceId").asText()).isEqualTo(nisId));
    JsonNode page = s.json("/api/claims?limit=3&offset=3");
    assertThat(page.get("items")).hasSize(3);
    String id = page.get("items").get(0).get("id").asText();
    JsonNode one = s.json("/api/claims/" + id);
    assertThat(one.get("id").asText()).isEqualTo(id);
    assertThat(one.has("trackers")).isTrue();
    problem(s.get("/api/claims/nope"), 404);
    problem(s.get("/api/claims?kind=rumour"), 400);
    problem(s.get("/api/claims?tracker=nope"), 400);
  }

  @Test
  void searchWithFilters() {
    JsonNode hits = s.json("/api/search?q=Sergeevka");
    assertThat(hits.get("items")).isNotEmpty();
    assertThat(hits.get("items").get(0).get("text").asText()).containsIgnoringCase("Sergeevka");
    JsonNode filtered = s.json("/api/search?q=troops&source=NIS&from=2024-10-20&to=2024-11-30&limit=5");
    assertThat(filtered.get("items").size()).isBetween(1, 5);
    problem(s.get("/api/search"), 400);
    problem(s.get("/api/search?q=troops%20AND%20("), 400);
    problem(s.get("/api/search?q=troops&source=Nobody%20At%20All"), 400);
  }

  @Test
  void exportsAreTheClisContractByteForByte() throws Exception {
    try (Ledger l = Ledger.open(LedgerConfig.embedded(s.dir.resolve("data")))) {
      for (Export.What w : Export.What.values()) {
        for (Export.Format f : Export.Format.values()) {
          StringWriter expected = new StringWriter();
          l.export(w, f, expected);
          String path = "/api/export/" + w.name().toLowerCase() + "?format=" + f.name().toLowerCase();
          HttpResponse<String> r = s.get(path);
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.body()).as(path).isEqualTo(expected.toString());
        }
      }
    }
    problem(s.get("/api/export/everything"), 404);
    problem(s.get("/api/export/claims?format=xlsx"), 400);
  }

  @Test
  void writesNeedAToken() {
    problem(post("/api/ingest", "text/plain", "Some text.", null), 401);
    problem(post("/api/ingest", "text/plain", "Some text.", "ct_not-a-token"), 401);
    problem(post("/api/sources/split", "application/json", "{\"name\":\"Officials\"}", null), 401);
    problem(post("/api/webhooks", "application/json", "{\"url\":\"http://127.0.0.1:1/\"}", null), 401);
    problem(s.get("/api/webhooks"), 401);
  }

  @Test
  void ingestRefusesEmptyAndOversizedBodies() {
    problem(post("/api/ingest", "text/plain", "", s.token), 400);
    problem(post("/api/ingest?published=someday", "text/plain", "x", s.token), 400);
    // 2.5 MB declared, over the test server's 2 MB: refused by its Content-Length before any of it is
    // read. Sent as headers only: a client still writing a body the server will not read may lose
    // the 413 when the server closes the connection (HttpClient failed so, rarely, with "header
    // parser received no bytes")
    String answer = declaredOnly("/api/ingest", "text/plain", 2_500_000, s.token);
    assertThat(answer).startsWith("HTTP/1.1 413 ").contains("application/problem+json").contains("\"status\":413");
    problem(post("/api/sources/split", "application/json", "{\"name\":\"" + "x".repeat(70_000) + "\"}", s.token), 413);
  }

  @Test
  void ingestIsRateLimitedPerToken() {
    int limited = 0;
    for (int i = 0; i < 25 && limited == 0; i++) {
      HttpResponse<String> r = post("/api/ingest", "text/plain", "", s.limitedToken);
      if (r.statusCode() == 429) {
        limited++;
        problem(r, 429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
      } else {
        problem(r, 400); // an empty body, counted all the same
      }
    }
    assertThat(limited).as("the 21st request within a minute is refused").isEqualTo(1);
    // another token is not affected
    problem(post("/api/ingest", "text/plain", "", s.token), 400);
  }

  @Test
  void ingestByApiRunsInTheBackgroundWithAJobUrl() throws Exception {
    HttpResponse<String> r = post("/api/ingest?name=again.txt", "text/plain",
        java.nio.file.Files.readString(TestServer.corpus().get(0)), s.token);
    assertThat(r.statusCode()).isEqualTo(202);
    String location = r.headers().firstValue("Location").orElseThrow();
    JsonNode done = s.waitForJob(location.substring(location.lastIndexOf('/') + 1), java.time.Duration.ofMinutes(2));
    assertThat(done.get("progress").get("unchanged").asInt()).as("already stored: not extracted again").isEqualTo(1);
    assertThat(done.get("progress").get("stored").asInt()).isZero();
    problem(s.get("/api/ingest/nope"), 404);
    assertThat(s.json("/api/ingest").get("items")).isNotEmpty();
  }

  @Test
  void mergeAndSplitValidateTheirInput() {
    problem(post("/api/sources/merge", "application/json", "{\"a\":\"NIS\"}", s.token), 400);
    problem(post("/api/sources/merge", "application/json", "not json", s.token), 400);
    problem(post("/api/sources/merge", "application/json", "{\"a\":\"NIS\",\"b\":\"Nobody At All\"}", s.token), 404);
    HttpResponse<String> r = post("/api/sources/split", "application/json", "{\"name\":\"Officials\"}", s.token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(Json.parse(r.body()).get("name").asText()).isEqualTo("Officials");
  }

  @Test
  void eventsAndAtomFeedsThatRomeParses() throws Exception {
    JsonNode ev = s.json("/api/events?limit=500");
    assertThat(ev.get("items")).isNotEmpty();
    long last = ev.get("last").asLong();
    assertThat(s.json("/api/events?after=" + last).get("items")).isEmpty();
    JsonNode russia = s.json("/api/trackers/" + RUSSIA + "/events?limit=500");
    List<String> types = new ArrayList<>();
    russia.get("items").forEach(e -> {
      assertThat(e.get("tracker").get("id").asText()).isEqualTo(RUSSIA);
      types.add(e.get("type").asText());
    });
    assertThat(types).contains("ESTIMATE", "REVISION");
    for (String path : List.of("/feed.atom", "/trackers/" + RUSSIA + "/feed.atom")) {
      HttpResponse<String> r = s.get(path);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
      SyndFeed f = new SyndFeedInput().build(new StringReader(r.body()));
      assertThat(f.getFeedType()).isEqualTo("atom_1.0");
      assertThat(f.getEntries()).isNotEmpty();
      f.getEntries().forEach(e -> {
        assertThat(e.getUri()).startsWith("urn:claimtrack:event:");
        assertThat(e.getLink()).startsWith(s.serve.url());
        assertThat(e.getTitle()).isNotBlank();
      });
    }
    problem(s.get("/trackers/nope/feed.atom"), 404);
    problem(s.get("/api/events?after=-1"), 400);
  }

  @Test
  void webhooksAreRegisteredListedLoggedAndRemoved() {
    problem(post("/api/webhooks", "application/json", "{\"url\":\"ftp://example.org/\"}", s.token), 400);
    problem(post("/api/webhooks", "application/json", "{\"url\":\"http://127.0.0.1:9/\",\"tracker\":\"nope\"}", s.token), 400);
    HttpResponse<String> r = post("/api/webhooks", "application/json",
        "{\"url\":\"http://127.0.0.1:9/hook\",\"tracker\":\"" + RUSSIA + "\"}", s.token);
    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode w = Json.parse(r.body());
    assertThat(w.get("secret").asText()).hasSize(64);
    String id = w.get("id").asText();
    HttpResponse<String> list = s.get("/api/webhooks", "Authorization", "Bearer " + s.token);
    assertThat(list.body()).contains("\"id\":" + id).doesNotContain(w.get("secret").asText());
    assertThat(s.get("/api/webhooks/" + id + "/deliveries", "Authorization", "Bearer " + s.token).statusCode()).isEqualTo(200);
    HttpResponse<String> del = s.send(HttpRequest.newBuilder(URI.create(s.url("/api/webhooks/" + id)))
        .header("Authorization", "Bearer " + s.token).DELETE().build());
    assertThat(del.statusCode()).isEqualTo(204);
    problem(s.get("/api/webhooks/" + id, "Authorization", "Bearer " + s.token), 404);
  }

  @Test
  void corsIsClosedByDefault() {
    HttpResponse<String> r = s.get("/api/trackers", "Origin", "http://evil.example");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> pre = s.send(HttpRequest.newBuilder(URI.create(s.url("/api/ingest")))
        .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    problem(pre, 403);
    assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void everyPageHasTheCspAndNoInlineScriptOrStyle() {
    String article = s.json("/api/articles").get("items").get(0).get("hash").asText();
    for (String path : List.of("/", "/trackers", "/trackers/" + RUSSIA, "/articles", "/articles/" + article, "/sources",
        "/sources/NIS", "/search?q=Sergeevka", "/ingest", "/login", "/docs", "/map", "/map?tracker=" + RUSSIA, "/nope")) {
      HttpResponse<String> r = s.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(path.equals("/nope") ? 404 : 200);
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-eval");
      if (!path.equals("/docs")) assertThat(csp).doesNotContain("unsafe-inline");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(r.body()).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
      assertThat(r.body()).as(path).doesNotContainPattern("\\son[a-z]+=\"");
      assertThat(r.body()).as(path).doesNotContainPattern("\\sstyle=\"");
      assertThat(r.body()).as(path).doesNotContain("https://").doesNotContain("http://cdn");
    }
    assertThat(s.get("/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void unknownRoutesAreProblemsNeverStackTraces() {
    problem(s.get("/api/nothing-here"), 404);
    HttpResponse<String> put = s.send(HttpRequest.newBuilder(URI.create(s.url("/api/trackers")))
        .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(put.statusCode()).isIn(404, 405);
    assertThat(put.body()).doesNotContain("\tat ");
  }

  @Test
  void placesOfTheClaimsComeGroupedByEntryWithTheirClaimsAndNarrowByTrackerSourceAndDate() {
    JsonNode all = s.json("/api/places").get("places");
    Map<String, JsonNode> byName = new java.util.HashMap<>();
    for (JsonNode p : all) byName.putIfAbsent(p.get("name").asText(), p);
    // the seed's places (issue 11): Kursk region, Sergeevka at its containing place, Kazan, Russia's Far East
    assertThat(byName).containsKeys("Kursk region", "Sergeevka", "Kazan", "Far East");
    assertThat(byName.get("Kursk region").get("kind").asText()).isEqualTo("ADMIN1");
    assertThat(byName.get("Kursk region").get("country").asText()).isEqualTo("RU");
    assertThat(byName.get("Sergeevka").get("admin1").asText()).startsWith("Kursk");
    assertThat(byName.get("Kazan").get("admin1").asText()).containsIgnoringCase("Tatarstan");
    assertThat(byName.get("Far East").get("lon").asDouble()).isGreaterThan(100);
    for (JsonNode p : all) {
      assertThat(p.get("items").size()).as(p.get("name").asText()).isEqualTo(p.get("claims").asInt()).isPositive();
      for (JsonNode i : p.get("items")) assertThat(i.get("link").asText()).startsWith("/articles/");
    }
    int kazanClaims = byName.get("Kazan").get("claims").asInt();
    String kazanClaim = byName.get("Kazan").get("items").get(0).get("claim").asText();
    JsonNode claim = s.json("/api/claims/" + kazanClaim);
    assertThat(claim.get("places").toString()).contains("Kazan");
    // narrowing: a tracker's places are among all places; a date range after the corpus names none
    JsonNode russia = s.json("/api/places?tracker=" + RUSSIA).get("places");
    assertThat(russia.size()).isPositive().isLessThanOrEqualTo(all.size());
    int total = 0, inRussia = 0;
    for (JsonNode p : all) total += p.get("claims").asInt();
    for (JsonNode p : russia) inRussia += p.get("claims").asInt();
    assertThat(inRussia).isLessThan(total);
    assertThat(s.json("/api/places?from=2030-01-01").get("places").size()).isZero();
    assertThat(s.json("/api/places?source=NIS").get("places").size()).isPositive().isLessThan(all.size());
    assertThat(kazanClaims).isPositive();
    problem(s.get("/api/places?source=nobody-at-all"), 400);
    // the outlines: Natural Earth countries as GeoJSON
    JsonNode outlines = s.json("/map/countries.geojson");
    assertThat(outlines.get("features").size()).isGreaterThan(200);
  }

  /**
   * Trackers gain the resolved place of their figures (issue 11): codes, point and containment path
   * in a tracker and in the list, and on the map's data at that point, through the same filters.
   */
  @Test
  void aTrackerCarriesItsResolvedPlaceWithItsPathAndIsOnTheMapAtItsPoint() {
    JsonNode loc = s.json("/api/trackers/" + RUSSIA).get("location");
    assertThat(loc.get("country").asText()).isEqualTo("RU");
    assertThat(loc.get("kind").asText()).isEqualTo("COUNTRY");
    assertThat(loc.get("path")).extracting(JsonNode::asText).containsExactly("Russia");
    assertThat(loc.get("shown").asText()).isEqualTo("Russia");
    assertThat(loc.get("lat").asDouble()).isBetween(41.0, 82.0);
    assertThat(loc.get("lon").asDouble()).isBetween(19.0, 180.0);
    JsonNode listed = null;
    for (JsonNode t : s.json("/api/trackers?limit=500").get("items")) if (t.get("id").asText().equals(RUSSIA)) listed = t;
    assertThat(listed).isNotNull();
    assertThat(listed.get("location")).isEqualTo(loc);
    JsonNode pins = s.json("/api/places?tracker=" + RUSSIA).get("trackers");
    assertThat(pins).singleElement().satisfies(p -> {
      assertThat(p.get("id").asText()).isEqualTo(RUSSIA);
      assertThat(p.get("path").asText()).isEqualTo("Russia");
      assertThat(p.get("lat").asDouble()).isEqualTo(loc.get("lat").asDouble());
      assertThat(p.get("link").asText()).isEqualTo("/trackers/" + RUSSIA);
    });
    int all = s.json("/api/places").get("trackers").size();
    assertThat(all).isGreaterThanOrEqualTo(1);
    assertThat(s.json("/api/places?from=2030-01-01").get("trackers").size()).isZero();
    assertThat(s.json("/api/places?source=NIS").get("trackers").size()).isPositive().isLessThanOrEqualTo(all);
  }
}
