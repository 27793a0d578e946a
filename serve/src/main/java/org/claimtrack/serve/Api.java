package org.claimtrack.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.domain.SourceType;
import org.claimtrack.ingest.InputFormat;
import org.claimtrack.ledger.Export;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.LedgerException;
import org.claimtrack.ledger.SearchFilters;
import org.claimtrack.ledger.SearchHit;
import org.claimtrack.ledger.TrackerSummary;
import org.claimtrack.ledger.browse.Browse;
import org.claimtrack.ledger.track.Analyzer;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.FigureText;
import org.claimtrack.ledger.track.TrackerKind;
import org.claimtrack.ledger.watch.LedgerEvent;
import org.claimtrack.ledger.watch.Webhooks;

/** The REST API: JSON under /api, as openapi.yaml (served at /openapi.json) describes it. */
final class Api {
  private Api() {}

  static final String JSON = "application/json";

  static void routes(RoutesConfig r, App app) {
    r.get("/openapi.json", ctx -> json(ctx, OpenApi.json()));
    r.get("/api/health", ctx -> health(ctx, app));
    r.get("/api/version", ctx -> json(ctx, version()));
    r.options("/api/*", ctx -> Security.preflight(ctx, app.config));

    r.get("/api/trackers", ctx -> trackers(ctx, app));
    r.get("/api/trackers/{id}", ctx -> readSince(ctx, app, l -> Json.tracker(tracker(l, ctx.pathParam("id")))));
    r.get("/api/trackers/{id}/estimates", ctx -> estimates(ctx, app));
    r.get("/api/trackers/{id}/events", ctx -> trackerEvents(ctx, app));

    r.get("/api/sources", ctx -> sources(ctx, app));
    r.get("/api/sources/{id}", ctx -> readSince(ctx, app, l -> {
      CanonicalSource s = l.source(ctx.pathParam("id")).orElseThrow(() -> Problem.notFound("no source '"
          + ctx.pathParam("id") + "': see /api/sources"));
      return Json.source(s, l.browse().trackersOfSource(s.id()));
    }));
    r.post("/api/sources/merge", ctx -> merge(ctx, app));
    r.post("/api/sources/split", ctx -> split(ctx, app));

    r.get("/api/articles", ctx -> articles(ctx, app));
    r.get("/api/articles/{hash}", ctx -> readSince(ctx, app, l -> Json.article(l.browse().article(ctx.pathParam("hash"))
        .orElseThrow(() -> Problem.notFound("no article '" + ctx.pathParam("hash") + "': see /api/articles")))));
    r.get("/api/claims", ctx -> claims(ctx, app));
    r.get("/api/places", ctx -> readSince(ctx, app, l -> {
      Browse.Filter f = filter(ctx, l, false);
      List<Browse.StoredClaim> claims = MapData.claims(l, f);
      return MapData.json(MapData.load(l, claims), MapData.trackers(l, f, claims));
    }));
    r.get("/api/claims/{id}", ctx -> readSince(ctx, app, l -> {
      Browse.StoredClaim c = l.browse().claim(ctx.pathParam("id"))
          .orElseThrow(() -> Problem.notFound("no claim '" + ctx.pathParam("id") + "'"));
      ObjectNode o = Json.claim(c);
      ArrayNode ts = o.putArray("trackers");
      l.browse().trackersOfClaims(List.of(c.claim().id())).getOrDefault(c.claim().id(), List.of()).forEach(ts::add);
      return o;
    }));

    r.get("/api/search", ctx -> search(ctx, app));
    r.get("/api/export/{what}", ctx -> export(ctx, app));

    r.post("/api/ingest", ctx -> ingest(ctx, app));
    r.get("/api/ingest", ctx -> {
      ArrayNode a = Json.MAPPER.createArrayNode();
      app.jobs.recent().forEach(j -> a.add(j.json()));
      ObjectNode o = Json.object();
      o.set("items", a);
      json(ctx, o);
    });
    r.get("/api/ingest/{id}", ctx -> json(ctx, app.jobs.get(ctx.pathParam("id"))
        .orElseThrow(() -> Problem.notFound("no ingest job '" + ctx.pathParam("id") + "' (jobs are kept in memory)")).json()));

    r.get("/api/events", ctx -> events(ctx, app, null));
    r.get("/feed.atom", ctx -> feed(ctx, app, null));
    r.get("/trackers/{id}/feed.atom", ctx -> feed(ctx, app, ctx.pathParam("id")));

    r.get("/api/webhooks", ctx -> {
      app.requireToken(ctx);
      ArrayNode a = Json.MAPPER.createArrayNode();
      app.pool.with(l -> l.webhooks().list()).forEach(w -> a.add(webhook(w)));
      ObjectNode o = Json.object();
      o.set("items", a);
      json(ctx, o);
    });
    r.post("/api/webhooks", ctx -> addWebhook(ctx, app));
    r.get("/api/webhooks/{id}", ctx -> {
      app.requireToken(ctx);
      long id = webhookId(ctx);
      json(ctx, webhook(app.pool.with(l -> l.webhooks().get(id)).orElseThrow(() -> Problem.notFound("no webhook " + id))));
    });
    r.delete("/api/webhooks/{id}", ctx -> {
      app.requireToken(ctx);
      long id = webhookId(ctx);
      if (!app.pool.with(l -> l.webhooks().remove(id))) throw Problem.notFound("no webhook " + id);
      ctx.status(204);
    });
    r.get("/api/webhooks/{id}/deliveries", ctx -> deliveries(ctx, app));
  }

  // ---- responses ----

  static void json(Context ctx, JsonNode n) {
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(JSON).result(Json.write(n));
  }

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  /**
   * A read of the ledger with Last-Modified (when the analysis was last stored; nothing a read returns
   * changed since) and a 304 for a matching If-Modified-Since; the ETag comes from the body.
   */
  static void readSince(Context ctx, App app, Function<Ledger, JsonNode> read) {
    JsonNode body = app.pool.with(l -> {
      Instant at = l.analyzedAt();
      if (at != null) {
        at = at.truncatedTo(ChronoUnit.SECONDS);
        ctx.header("Last-Modified", HTTP_DATE.format(ZonedDateTime.ofInstant(at, ZoneOffset.UTC)));
        String ims = ctx.header("If-Modified-Since");
        if (ims != null && ctx.header("If-None-Match") == null) {
          try {
            Instant since = ZonedDateTime.parse(ims, HTTP_DATE).toInstant();
            if (!at.isAfter(since)) return null;
          } catch (java.time.format.DateTimeParseException ignored) {
            // an unreadable date is ignored, as RFC 9110 says
          }
        }
      }
      return read.apply(l);
    });
    if (body == null) {
      ctx.status(304);
      return;
    }
    json(ctx, body);
  }

  static ObjectNode version() {
    ObjectNode o = Json.object();
    o.put("version", Serve.VERSION);
    o.put("extractor", IngestJobs.VERSION);
    o.put("analysis", Analyzer.VERSION);
    o.put("api", "1");
    return o;
  }

  private static void health(Context ctx, App app) {
    ObjectNode o = Json.object();
    try {
      app.pool.with(l -> {
        o.put("status", "ok");
        o.put("articles", l.articleCount());
        o.put("claims", l.claimCount());
        o.put("trackers", l.trackers().size());
        o.put("indexedDocuments", l.indexedDocuments());
        o.put("lastEventId", l.events().lastId());
        o.put("database", l.config().describe());
        return null;
      });
    } catch (LedgerException e) {
      o.put("status", "unavailable");
      o.put("detail", e.getMessage());
      ctx.status(503);
    }
    json(ctx, o);
  }

  // ---- trackers ----

  static TrackerData tracker(Ledger l, String id) {
    return TrackerData.load(l, id).orElseThrow(() -> Problem.notFound("no tracker '" + id + "': see /api/trackers"));
  }

  /** Trackers narrowed and ordered as the query asks: words, kind, flag, sort. */
  static List<TrackerSummary> filterTrackers(List<TrackerSummary> all, String q, TrackerKind kind, String flag,
      String sort) {
    List<TrackerSummary> out = new ArrayList<>();
    String[] words = q == null ? new String[0] : q.toLowerCase(Locale.ROOT).split("\\s+");
    for (TrackerSummary t : all) {
      if (kind != null && t.kind() != kind) continue;
      if ("conflicted".equals(flag) && !t.conflicted()) continue;
      if ("revised".equals(flag) && !t.revised()) continue;
      String hay = (t.id() + " " + t.what() + " " + t.counted() + " " + t.place()).toLowerCase(Locale.ROOT);
      boolean all2 = true;
      for (String w : words) if (!w.isEmpty() && !hay.contains(w)) all2 = false;
      if (!all2) continue;
      out.add(t);
    }
    switch (sort == null ? "ledger" : sort) {
      case "latest" -> out.sort(Comparator.comparing(TrackerSummary::latestOn, Comparator.nullsLast(Comparator.reverseOrder())));
      case "estimates" -> out.sort(Comparator.comparingInt(TrackerSummary::estimates).reversed());
      case "name" -> out.sort(Comparator.comparing(t -> t.what().toLowerCase(Locale.ROOT)));
      default -> { }
    }
    return out;
  }

  private static void trackers(Context ctx, App app) {
    String q = Params.text(ctx, "q");
    TrackerKind kind = Params.enumValue(ctx, "kind", TrackerKind.class);
    String flag = Params.oneOf(ctx, "flag", null, "conflicted", "revised");
    String sort = Params.oneOf(ctx, "sort", "ledger", "ledger", "latest", "estimates", "name");
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    readSince(ctx, app, l -> {
      List<TrackerSummary> ts = filterTrackers(l.trackers(), q, kind, flag, sort);
      List<ObjectNode> items = ts.stream().skip(offset).limit(limit).map(Json::trackerSummary).toList();
      return Json.page(items, ts.size(), offset, limit, Params.nextLink(ctx, offset, limit, ts.size()));
    });
  }

  static final List<String> ESTIMATE_COLUMNS = List.of("trackerId", "claimId", "quantityIndex", "sourceId", "sourceName",
      "reportedOn", "low", "high", "qualifier", "figure", "hedged", "repeatOf", "inConflict", "articleHash", "articleFile",
      "surface", "sentence");

  /** The data behind the tracker's chart: every estimate, as JSON or CSV. */
  private static void estimates(Context ctx, App app) {
    String format = Params.oneOf(ctx, "format", "json", "json", "csv");
    TrackerData d = app.pool.with(l -> tracker(l, ctx.pathParam("id")));
    java.util.Set<String> inConflict = new java.util.HashSet<>();
    d.tracker().conflicts().forEach(c -> {
      inConflict.add(c.a());
      inConflict.add(c.b());
    });
    if (format.equals("json")) {
      ObjectNode o = Json.object();
      o.put("trackerId", d.tracker().id());
      o.put("what", d.tracker().what());
      o.put("drawnAt", d.analyzedAt() == null ? null : d.analyzedAt().toString());
      ArrayNode a = o.putArray("estimates");
      for (Estimate e : d.tracker().estimates()) {
        ObjectNode eo = Json.estimate(e, d);
        eo.put("inConflict", inConflict.contains(e.claimId()));
        a.add(eo);
      }
      o.set("agreement", Json.tracker(d).get("agreement"));
      json(ctx, o);
      return;
    }
    StringBuilder csv = new StringBuilder();
    csvRow(csv, ESTIMATE_COLUMNS);
    for (Estimate e : d.tracker().estimates()) {
      csvRow(csv, List.of(d.tracker().id(), e.claimId(), Integer.toString(e.quantityIndex()), e.sourceId(),
          d.sourceName(e.sourceId()), e.reportedOn() == null ? "" : e.reportedOn().toString(), num(e.low()), num(e.high()),
          e.qualifier().name(), FigureText.of(e.low(), e.high(), e.qualifier()), Boolean.toString(e.hedged()),
          nz(e.repeatOf()), Boolean.toString(inConflict.contains(e.claimId())), nz(e.articleHash()), nz(e.file()),
          nz(e.surface()), d.sentence(e.claimId())));
    }
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Content-Disposition", "inline; filename=\"" + d.tracker().id() + "-estimates.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
  }

  static void csvRow(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) b.append(',');
      String s = cells.get(i) == null ? "" : cells.get(i);
      // a cell a spreadsheet would run as a formula is quoted with a leading apostrophe
      if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) s = "'" + s;
      if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) s = '"' + s.replace("\"", "\"\"") + '"';
      b.append(s);
    }
    b.append("\r\n");
  }

  private static String num(java.math.BigDecimal d) {
    return d == null ? "" : d.stripTrailingZeros().toPlainString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  // ---- sources ----

  private static void sources(Context ctx, App app) {
    String q = Params.text(ctx, "q");
    SourceType type = Params.enumValue(ctx, "type", SourceType.class);
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    readSince(ctx, app, l -> {
      List<CanonicalSource> all = filterSources(l.sources(), q, type);
      List<ObjectNode> items = all.stream().skip(offset).limit(limit).map(s -> Json.source(s, null)).toList();
      return Json.page(items, all.size(), offset, limit, Params.nextLink(ctx, offset, limit, all.size()));
    });
  }

  static List<CanonicalSource> filterSources(List<CanonicalSource> all, String q, SourceType type) {
    String w = q == null ? null : q.toLowerCase(Locale.ROOT);
    return all.stream().filter(s -> type == null || s.type() == type)
        .filter(s -> w == null || (s.id() + " " + s.name() + " " + String.join(" ", s.aliases()) + " " + s.affiliation())
            .toLowerCase(Locale.ROOT).contains(w))
        .toList();
  }

  private static JsonNode body(Context ctx) {
    String ct = ctx.contentType();
    if (ct == null || !ct.toLowerCase(Locale.ROOT).startsWith(JSON)) {
      throw new Problem(415, "Unsupported media type", "send the body as application/json");
    }
    try {
      JsonNode n = Json.MAPPER.readTree(ctx.body());
      if (n == null || !n.isObject()) throw Problem.badRequest("the body must be a JSON object");
      return n;
    } catch (IOException e) {
      throw Problem.badRequest("the body is not valid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
    }
  }

  private static String field(JsonNode body, String name, boolean required) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      if (required) throw Problem.badRequest("the body needs \"" + name + "\"");
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) throw Problem.badRequest("\"" + name + "\" must be a non-empty string");
    if (v.asText().length() > 1000) throw Problem.badRequest("\"" + name + "\" is longer than 1000 characters");
    return v.asText().strip();
  }

  private static void merge(Context ctx, App app) {
    app.requireToken(ctx);
    JsonNode b = body(ctx);
    String a = field(b, "a", true);
    String c = field(b, "b", true);
    json(ctx, app.pool.with(l -> {
      l.mergeSources(a, c);
      CanonicalSource s = l.source(a).orElseThrow();
      return Json.source(s, l.browse().trackersOfSource(s.id()));
    }));
  }

  private static void split(Context ctx, App app) {
    app.requireToken(ctx);
    String name = field(body(ctx), "name", true);
    json(ctx, app.pool.with(l -> {
      l.splitSource(name);
      CanonicalSource s = l.source(name).orElseThrow();
      return Json.source(s, l.browse().trackersOfSource(s.id()));
    }));
  }

  // ---- articles and claims ----

  /** The filters articles and claims share: source (name, alias or id), from, to, tracker, kind. */
  static Browse.Filter filter(Context ctx, Ledger l, boolean withArticle) {
    String source = Params.text(ctx, "source");
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.dateRange(from, to);
    String tracker = Params.text(ctx, "tracker");
    ClaimKind kind = Params.enumValue(ctx, "kind", ClaimKind.class);
    String article = withArticle ? Params.text(ctx, "article") : null;
    List<String> ids = null;
    if (source != null) {
      ids = l.browse().sourceIds(source);
      if (ids.isEmpty()) throw Problem.badRequest("no source named '" + source + "': see /api/sources");
    }
    if (tracker != null && l.tracker(tracker).isEmpty()) {
      throw Problem.badRequest("no tracker '" + tracker + "': see /api/trackers");
    }
    return new Browse.Filter(ids, from, to, tracker, kind, article);
  }

  private static void articles(Context ctx, App app) {
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    readSince(ctx, app, l -> {
      Browse.Page<Browse.ArticleRow> p = l.browse().articles(filter(ctx, l, false), offset, limit);
      return Json.page(p.items().stream().map(Json::articleRow).toList(), p.total(), offset, limit,
          Params.nextLink(ctx, offset, limit, p.total()));
    });
  }

  private static void claims(Context ctx, App app) {
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    readSince(ctx, app, l -> {
      Browse.Page<Browse.StoredClaim> p = l.browse().claims(filter(ctx, l, true), offset, limit);
      return Json.page(p.items().stream().map(Json::claim).toList(), p.total(), offset, limit,
          Params.nextLink(ctx, offset, limit, p.total()));
    });
  }

  // ---- search ----

  static List<SearchHit> search(Ledger l, String q, String source, LocalDate from, LocalDate to, String tracker, int limit) {
    try {
      return l.search(q, new SearchFilters(source, from, to, tracker, limit));
    } catch (LedgerException e) {
      if (e.kind() == LedgerException.Kind.STORAGE) throw e;
      throw Problem.badRequest(e.getMessage()); // a malformed query, or a filter naming nothing
    }
  }

  private static void search(Context ctx, App app) {
    String q = Params.text(ctx, "q");
    if (q == null) throw Problem.badRequest("parameter 'q' is required: the words to search for");
    String source = Params.text(ctx, "source");
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.dateRange(from, to);
    String tracker = Params.text(ctx, "tracker");
    int limit = Params.integer(ctx, "limit", 20, 1, Params.MAX_LIMIT);
    readSince(ctx, app, l -> {
      List<SearchHit> hits = search(l, q, source, from, to, tracker, limit);
      ObjectNode o = Json.page(hits.stream().map(Json::hit).toList(), hits.size(), 0, limit, null);
      o.put("query", q);
      return o;
    });
  }

  // ---- export ----

  private static void export(Context ctx, App app) {
    Export.What what = switch (ctx.pathParam("what")) {
      case "trackers" -> Export.What.TRACKERS;
      case "claims" -> Export.What.CLAIMS;
      case "sources" -> Export.What.SOURCES;
      default -> throw Problem.notFound("nothing to export as '" + ctx.pathParam("what") + "': trackers, claims or sources");
    };
    String format = Params.oneOf(ctx, "format", "jsonl", "jsonl", "csv");
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Content-Disposition", "inline; filename=\"" + ctx.pathParam("what") + "." + format + "\"");
    ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    // streamed: a large ledger is never held in memory
    app.pool.with(l -> {
      try {
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        l.export(what, format.equals("csv") ? Export.Format.CSV : Export.Format.JSONL, w);
        w.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return null;
    });
  }

  // ---- ingest ----

  private static void ingest(Context ctx, App app) {
    String who = app.requireToken(ctx);
    app.rateLimitIngest(who);
    LocalDate published = Params.date(ctx, "published");
    InputFormat format = format(Params.text(ctx, "format"));
    IngestJobs.Job job = accept(ctx, app, published, format, false);
    ctx.status(202);
    ctx.header("Location", "/api/ingest/" + job.id);
    json(ctx, job.json());
  }

  static InputFormat format(String f) {
    if (f == null) return InputFormat.AUTO;
    try {
      return InputFormat.parse(f);
    } catch (IllegalArgumentException e) {
      throw Problem.badRequest("parameter 'format': " + e.getMessage());
    }
  }

  /**
   * Saves what a request uploads (multipart files and a pasted "text" field, or the raw body) into a
   * job folder and queues the job. Nothing is read into memory beyond the size limit.
   */
  static IngestJobs.Job accept(Context ctx, App app, LocalDate published, InputFormat format, boolean form) {
    long max = app.config.limits().maxUploadBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) throw Problem.tooLarge("the upload is " + declared + " bytes; the limit is " + max);
    Path dir;
    try {
      dir = IngestJobs.newDir();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<IngestJobs.Upload> uploads = new ArrayList<>();
    try {
      long total = 0;
      if (ctx.isMultipartFormData()) {
        for (UploadedFile f : ctx.uploadedFiles("file")) {
          if (f.size() == 0 && (f.filename() == null || f.filename().isEmpty())) continue; // an empty file input
          try (InputStream in = f.content()) {
            total += save(dir, f.filename(), in, max - total, uploads);
          }
        }
        String text = ctx.formParam("text");
        if (text != null && !text.isBlank()) {
          String name = ctx.formParam("name");
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          total += save(dir, name == null || name.isBlank() ? "pasted.txt" : name, new java.io.ByteArrayInputStream(bytes),
              max - total, uploads);
        }
      } else if (!form) {
        String name = Params.text(ctx, "name");
        total += save(dir, name != null ? name : "upload" + extension(ctx.contentType()), ctx.bodyInputStream(), max,
            uploads);
      }
      if (uploads.isEmpty() || total == 0) {
        throw Problem.badRequest(form ? "choose files or paste an article"
            : "nothing to ingest: send the article as the body (text, HTML, a feed, a WARC) or as multipart 'file' parts");
      }
    } catch (IOException e) {
      deleteDir(dir);
      throw Problem.badRequest("the upload could not be read: " + e.getMessage());
    } catch (RuntimeException e) {
      deleteDir(dir);
      throw e;
    }
    return app.jobs.submit(uploads, new IngestJobs.Options(format, published), dir);
  }

  private static String extension(String contentType) {
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (ct.contains("html")) return ".html";
    if (ct.contains("warc")) return ".warc";
    if (ct.contains("gzip")) return ".gz";
    if (ct.contains("ndjson") || ct.contains("jsonl") || ct.contains("json")) return ".jsonl";
    if (ct.contains("xml")) return ".xml";
    return ".txt";
  }

  /** Writes one upload under a safe, unique name; returns its size. Refuses more than {@code room} bytes (413). */
  private static long save(Path dir, String name, InputStream in, long room, List<IngestJobs.Upload> uploads)
      throws IOException {
    String base = name == null ? "upload" : Path.of(name.replace('\\', '/')).getFileName() == null ? "upload"
        : name.replace('\\', '/').replaceAll(".*/", "");
    String safe = base.replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.isEmpty() || safe.startsWith(".")) safe = "upload" + safe;
    if (safe.length() > 120) safe = safe.substring(safe.length() - 120);
    Path target = dir.resolve(safe);
    for (int i = 2; Files.exists(target); i++) target = dir.resolve(i + "-" + safe);
    long n = 0;
    byte[] buf = new byte[65536];
    try (var out = Files.newOutputStream(target)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        n += r;
        if (n > room) throw Problem.tooLarge("the upload is larger than the limit");
        out.write(buf, 0, r);
      }
    }
    uploads.add(new IngestJobs.Upload(base, target));
    return n;
  }

  private static void deleteDir(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // temp files left behind are harmless
    }
  }

  // ---- events, feeds, webhooks ----

  private static void events(Context ctx, App app, String tracker) {
    long after = Params.longValue(ctx, "after", 0);
    int limit = Params.limit(ctx);
    String t = tracker != null ? tracker : Params.text(ctx, "tracker");
    List<LedgerEvent> evs = app.pool.with(l -> {
      if (t != null && l.tracker(t).isEmpty()) throw Problem.notFound("no tracker '" + t + "': see /api/trackers");
      l.ensureAnalysis();
      return l.events().after(after, t, limit);
    });
    ObjectNode o = Json.page(evs.stream().map(e -> Json.event(e, "")).toList(), evs.size(), 0, limit, null);
    o.put("last", evs.isEmpty() ? after : evs.get(evs.size() - 1).id());
    json(ctx, o);
  }

  private static void trackerEvents(Context ctx, App app) {
    events(ctx, app, ctx.pathParam("id"));
  }

  private static void feed(Context ctx, App app, String tracker) {
    String xml = app.pool.with(l -> {
      l.ensureAnalysis();
      if (tracker == null) {
        return Feeds.atom("claimtrack: every tracker", "/feed.atom", "/trackers", "urn:claimtrack:events",
            l.events().latest(null, 100), app.base());
      }
      var t = l.tracker(tracker).orElseThrow(() -> Problem.notFound("no tracker '" + tracker + "'"));
      return Feeds.atom("claimtrack: " + t.what(), "/trackers/" + Urls.seg(tracker) + "/feed.atom",
          "/trackers/" + Urls.seg(tracker), "urn:claimtrack:tracker:" + tracker, l.events().latest(tracker, 100), app.base());
    });
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
  }

  private static ObjectNode webhook(Webhooks.Webhook w) {
    ObjectNode o = Json.object();
    o.put("id", w.id());
    o.put("url", w.url());
    o.put("tracker", w.trackerId());
    o.put("createdAt", w.createdAt().toString());
    o.put("afterEvent", w.afterEvent());
    ObjectNode links = o.putObject("links");
    links.put("self", "/api/webhooks/" + w.id());
    links.put("deliveries", "/api/webhooks/" + w.id() + "/deliveries");
    return o;
  }

  private static long webhookId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw Problem.notFound("no webhook '" + ctx.pathParam("id") + "'");
    }
  }

  private static void addWebhook(Context ctx, App app) {
    app.requireToken(ctx);
    JsonNode b = body(ctx);
    String url = field(b, "url", true);
    String tracker = field(b, "tracker", false);
    java.net.URI u;
    try {
      u = new java.net.URI(url);
    } catch (java.net.URISyntaxException e) {
      throw Problem.badRequest("\"url\" is not a URL: " + e.getMessage());
    }
    if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
      throw Problem.badRequest("\"url\" must be an http:// or https:// URL with a host, got " + url);
    }
    byte[] raw = new byte[32];
    new java.security.SecureRandom().nextBytes(raw);
    String secret = java.util.HexFormat.of().formatHex(raw);
    Webhooks.Webhook w = app.pool.with(l -> {
      if (tracker != null && l.tracker(tracker).isEmpty()) throw Problem.badRequest("no tracker '" + tracker + "'");
      l.ensureAnalysis(); // events of articles stored before now are not this webhook's
      return l.webhooks().add(url, tracker, secret);
    });
    ObjectNode o = webhook(w);
    o.put("secret", secret);
    ctx.status(201);
    ctx.header("Location", "/api/webhooks/" + w.id());
    json(ctx, o);
  }

  private static void deliveries(Context ctx, App app) {
    app.requireToken(ctx);
    long id = webhookId(ctx);
    int limit = Params.limit(ctx);
    ObjectNode o = app.pool.with(l -> {
      l.webhooks().get(id).orElseThrow(() -> Problem.notFound("no webhook " + id));
      List<ObjectNode> items = new ArrayList<>();
      for (Webhooks.Delivery d : l.webhooks().deliveries(id, limit)) {
        ObjectNode x = Json.object();
        x.put("eventId", d.eventId());
        x.put("state", d.state());
        x.put("attempts", d.attempts());
        if (d.lastStatus() == null) x.putNull("lastStatus");
        else x.put("lastStatus", d.lastStatus());
        x.put("lastError", d.lastError());
        x.put("nextAttempt", d.state().equals("PENDING") ? d.nextAttempt().toString() : null);
        x.put("deliveredAt", d.deliveredAt() == null ? null : d.deliveredAt().toString());
        ArrayNode tries = x.putArray("log");
        for (Webhooks.Attempt a : l.webhooks().attempts(id, d.eventId())) {
          ObjectNode t = tries.addObject();
          t.put("attempt", a.attempt());
          t.put("at", a.at().toString());
          if (a.status() == null) t.putNull("status");
          else t.put("status", a.status());
          t.put("error", a.error());
        }
        items.add(x);
      }
      return Json.page(items, items.size(), 0, limit, null);
    });
    json(ctx, o);
  }
}
