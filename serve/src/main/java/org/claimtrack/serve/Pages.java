package org.claimtrack.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.SourceType;
import org.claimtrack.ledger.LedgerException;
import org.claimtrack.ledger.SearchHit;
import org.claimtrack.ledger.TrackerSummary;
import org.claimtrack.ledger.browse.Browse;
import org.claimtrack.ledger.track.Agreement;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Conflict;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.FigureText;
import org.claimtrack.ledger.track.Revision;
import org.claimtrack.ledger.track.TrackerKind;

/** The server-rendered pages: each reads without JavaScript; forms that write need a session and its CSRF token. */
final class Pages {
  private Pages() {}

  static final DateTimeFormatter DRAWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  static void routes(RoutesConfig r, App app) {
    r.get("/", ctx -> trackers(ctx, app));
    r.get("/trackers", ctx -> trackers(ctx, app));
    r.get("/trackers/{id}", ctx -> tracker(ctx, app));
    r.get("/articles", ctx -> articles(ctx, app));
    r.get("/articles/{hash}", ctx -> article(ctx, app));
    r.get("/sources", ctx -> sources(ctx, app, null));
    r.get("/sources/{id}", ctx -> source(ctx, app, null));
    r.post("/sources/merge", ctx -> {
      app.requireForm(ctx);
      String a = required(ctx, "a");
      String b = required(ctx, "b");
      String sourceId = app.pool.with(l -> {
        l.mergeSources(a, b);
        return l.source(a).orElseThrow().id();
      });
      ctx.redirect("/sources/" + Urls.seg(sourceId) + "?done=merged", io.javalin.http.HttpStatus.SEE_OTHER);
    });
    r.post("/sources/split", ctx -> {
      app.requireForm(ctx);
      String name = required(ctx, "name");
      String sourceId = app.pool.with(l -> {
        l.splitSource(name);
        return l.source(name).orElseThrow().id();
      });
      ctx.redirect("/sources/" + Urls.seg(sourceId) + "?done=split", io.javalin.http.HttpStatus.SEE_OTHER);
    });
    r.get("/search", ctx -> search(ctx, app));
    r.get("/ingest", ctx -> html(ctx, app.render("ingest", Map.of("chrome", app.chrome(ctx, "Ingest", "ingest"),
        "page", ingestPage(app, null)))));
    r.post("/ingest", ctx -> {
      var s = app.requireForm(ctx);
      app.rateLimitIngest(s.tokenName());
      IngestJobs.Job job = Api.accept(ctx, app, Params.date(ctx, "published"), Api.format(null), true);
      ctx.redirect("/ingest/" + job.id, io.javalin.http.HttpStatus.SEE_OTHER);
    });
    r.get("/ingest/{id}", ctx -> {
      Views.JobPage p = jobPage(app, ctx.pathParam("id"));
      html(ctx, app.render("job", Map.of("chrome", app.chrome(ctx, "Ingest job", "ingest"), "page", p)));
    });
    r.get("/ingest/{id}/progress", ctx -> html(ctx, app.render("job_progress", Map.of("page", jobPage(app, ctx.pathParam("id"))))));
    r.get("/login", ctx -> html(ctx, app.render("login", model("chrome", app.chrome(ctx, "Sign in", null), "next",
        safeNext(ctx.queryParam("next")), "error", null))));
    r.post("/login", ctx -> {
      String next = safeNext(ctx.formParam("next"));
      var name = app.tokens.check(ctx.formParam("token"));
      if (name.isEmpty()) {
        ctx.status(401);
        html(ctx, app.render("login", model("chrome", app.chrome(ctx, "Sign in", null), "next", next, "error",
            "That is not one of this server's write tokens.")));
        return;
      }
      Sessions.Session s = app.sessions.open(name.get());
      ctx.header("Set-Cookie", Sessions.COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
          + Sessions.TTL.toSeconds());
      ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
    });
    r.post("/logout", ctx -> {
      var s = app.requireForm(ctx);
      app.sessions.close(s.id());
      ctx.header("Set-Cookie", Sessions.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
      ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    });
    r.get("/docs", ctx -> html(ctx, app.render("docs", Map.of())));
    r.get("/map", ctx -> map(ctx, app));
    r.get("/map/countries.geojson", ctx -> {
      ctx.header("Cache-Control", "max-age=86400");
      ctx.contentType("application/geo+json");
      ctx.result(Outlines.geojson());
    });
  }

  private static Map<String, Object> model(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  /** Only a path on this server: never an open redirect. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("\n")) return "/";
    return next;
  }

  private static String required(Context ctx, String name) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) throw Problem.badRequest("the form needs '" + name + "'");
    return v.strip();
  }

  private static void html(Context ctx, String html) {
    ctx.header("Cache-Control", "no-cache");
    ctx.html(html);
  }

  // ---- trackers ----

  /** Sparklines of every tracker, drawn once per stored analysis. */
  private static volatile Map.Entry<Instant, Map<String, String>> sparks;

  private static void trackers(Context ctx, App app) {
    String q = Params.text(ctx, "q");
    TrackerKind kind = Params.enumValue(ctx, "kind", TrackerKind.class);
    String flag = Params.oneOf(ctx, "flag", null, "conflicted", "revised");
    String sort = Params.oneOf(ctx, "sort", "ledger", "ledger", "latest", "estimates", "name");
    Views.TrackersPage page = app.pool.with(l -> {
      List<TrackerSummary> all = l.trackers();
      Instant at = l.analyzedAt();
      var cached = sparks;
      if (cached == null || !java.util.Objects.equals(cached.getKey(), at) || cached.getValue().size() != all.size()) {
        Map<String, String> m = new HashMap<>();
        for (TrackerSummary t : all) {
          m.put(t.id(), Charts.sparkline(l.tracker(t.id()).map(x -> x.estimates()).orElse(List.of()), t.conflicted()));
        }
        cached = Map.entry(at == null ? Instant.EPOCH : at, m);
        sparks = cached;
      }
      Map<String, String> svg = cached.getValue();
      List<Views.TrackerRow> rows = new ArrayList<>();
      for (TrackerSummary t : Api.filterTrackers(all, q, kind, flag, sort)) {
        rows.add(new Views.TrackerRow(t.id(), t.what(), t.kind().name(), t.estimates(), t.sources(),
            t.latestClaim() == null ? "-" : FigureText.of(t.latestLow(), t.latestHigh(), t.latestQualifier()),
            t.latestOn() == null ? null : t.latestOn().toString(), FigureText.range(t.rangeLow(), t.rangeHigh()),
            t.conflicted(), t.revised(), t.verdict(), svg.getOrDefault(t.id(), "")));
      }
      return new Views.TrackersPage(rows, all.size(), q, kind == null ? null : kind.name().toLowerCase(Locale.ROOT), flag,
          sort);
    });
    html(ctx, app.render("trackers", Map.of("chrome", app.chrome(ctx, "Trackers", "trackers"), "page", page)));
  }

  private static void tracker(Context ctx, App app) {
    TrackerData d = app.pool.with(l -> Api.tracker(l, ctx.pathParam("id")));
    var t = d.tracker();
    Map<String, Integer> colorOf = new HashMap<>();
    List<Views.LegendItem> legend = new ArrayList<>();
    for (String s : d.sourceOrder()) {
      colorOf.put(s, colorOf.size());
      legend.add(new Views.LegendItem(s, d.sourceName(s), Charts.swatch(Charts.color(colorOf.get(s)), false)));
    }
    Map<String, String> label = new HashMap<>();
    int n = 0;
    for (Estimate e : t.estimates()) label.putIfAbsent(e.claimId(), "#" + (++n));
    Set<String> inConflict = new HashSet<>();
    for (Conflict c : t.conflicts()) {
      inConflict.add(c.a());
      inConflict.add(c.b());
    }
    List<Views.EstimateRow> rows = new ArrayList<>();
    n = 0;
    int undated = 0;
    for (Estimate e : t.estimates()) {
      n++;
      if (e.reportedOn() == null) undated++;
      rows.add(new Views.EstimateRow(n, e.claimId(), e.reportedOn() == null ? "undated" : e.reportedOn().toString(),
          FigureText.of(e.low(), e.high(), e.qualifier()), e.sourceId(), d.sourceName(e.sourceId()),
          Charts.swatch(Charts.color(colorOf.getOrDefault(e.sourceId(), 0)), e.hedged()), e.hedged(),
          e.repeatOf() == null ? null : label.getOrDefault(e.repeatOf(), e.repeatOf()), inConflict.contains(e.claimId()),
          e.surface(), "/articles/" + e.articleHash(), e.file() == null ? e.articleId() : e.file(),
          Urls.claim(e.articleHash(), e.claimId()), e.why(), d.sentence(e.claimId())));
    }
    List<Views.RevisionRow> revs = new ArrayList<>();
    for (Revision r : t.revisions()) {
      revs.add(new Views.RevisionRow(d.sourceName(r.sourceId()), figureLabel(t.estimates(), r.from(), label),
          figureLabel(t.estimates(), r.to(), label), r.direction().name().toLowerCase(Locale.ROOT)));
    }
    List<Views.ConflictRow> confs = new ArrayList<>();
    for (Conflict c : t.conflicts()) {
      confs.add(new Views.ConflictRow(figureLabel(t.estimates(), c.a(), label) + " " + d.sourceName(sourceOf(t.estimates(), c.a())),
          figureLabel(t.estimates(), c.b(), label) + " " + d.sourceName(sourceOf(t.estimates(), c.b())), c.why()));
    }
    List<Views.DayCell> days = new ArrayList<>();
    for (Agreement.Day day : d.days()) {
      String state = day.agree() == null ? "one" : day.agree() ? "agree" : "conflict";
      StringBuilder title = new StringBuilder(day.date() + ": ");
      for (Estimate e : day.current()) {
        title.append(d.sourceName(e.sourceId())).append(' ').append(FigureText.of(e.low(), e.high(), e.qualifier())).append("; ");
      }
      days.add(new Views.DayCell(day.date().toString(), state, title.toString().replaceAll("; $", "")));
    }
    String base = "/api/trackers/" + Urls.seg(t.id());
    Views.TrackerPage page = new Views.TrackerPage(t.id(), t.what(), t.kind().name(), t.counted(), t.place(), t.verdict(),
        Charts.tracker(d), legend, rows, revs, confs, days, undated,
        d.analyzedAt() == null ? "-" : DRAWN.format(d.analyzedAt()), base + "/estimates?format=csv", base + "/estimates",
        "/trackers/" + Urls.seg(t.id()) + "/feed.atom", t.where() == null ? null : t.where().shownPath(),
        t.where() == null ? null : codes(t.where()));
    // where its figures are: the places of its estimates' claims (issue 11)
    List<MapData.Group> groups = MapData.groups(List.copyOf(d.claims().values()), sourceNames(d));
    String query = mapQuery(t.id(), null, null, null);
    MapData.TrackerPin pin = MapData.TrackerPin.of(t.id(), t.what(), t.place(), t.where(), t.estimates().size());
    List<MapData.TrackerPin> pins = pin == null ? List.of() : List.of(pin);
    Views.MapPage where = mapPage(groups, null, query, List.of(), t.id(), null, null, null, pins);
    html(ctx, app.render("tracker", Map.of("chrome", app.chrome(ctx, t.what(), "trackers"), "page", page, "where", where)));
  }

  /** "ADMIN1 · Kursk Oblast · RU · GeoNames 486440 · 51.75, 36.19". */
  private static String codes(org.claimtrack.ledger.track.TrackerPlace w) {
    StringBuilder b = new StringBuilder(w.kind().name().toLowerCase(Locale.ROOT));
    if (w.admin1() != null) b.append(" · ").append(w.admin1());
    b.append(" · ").append(w.country());
    if (w.geonameid() != null) b.append(" · GeoNames ").append(w.geonameid());
    if (w.lat() != null) b.append(String.format(Locale.ROOT, " · %.2f, %.2f", w.lat(), w.lon()));
    return b.toString();
  }

  private static Map<String, String> sourceNames(TrackerData d) {
    Map<String, String> m = new HashMap<>();
    for (String id : d.sources().keySet()) m.put(id, d.sourceName(id));
    return m;
  }

  private static String figureLabel(List<Estimate> es, String claimId, Map<String, String> label) {
    for (Estimate e : es) {
      if (e.claimId().equals(claimId)) {
        return label.getOrDefault(claimId, "") + " " + FigureText.of(e.low(), e.high(), e.qualifier())
            + (e.reportedOn() == null ? "" : " (" + e.reportedOn() + ")");
      }
    }
    return claimId;
  }

  private static String sourceOf(List<Estimate> es, String claimId) {
    return es.stream().filter(e -> e.claimId().equals(claimId)).map(Estimate::sourceId).findFirst().orElse("?");
  }

  // ---- the map (issue 11) ----

  private static void map(Context ctx, App app) {
    String place = Params.text(ctx, "place");
    Views.MapPage page = app.pool.with(l -> {
      Browse.Filter f = Api.filter(ctx, l, false);
      List<Browse.StoredClaim> claims = MapData.claims(l, f);
      List<MapData.Group> groups = MapData.load(l, claims);
      List<Views.MapTracker> trackers = l.trackers().stream().map(t -> new Views.MapTracker(t.id(), t.what())).toList();
      String query = mapQuery(f.trackerId(), Params.text(ctx, "source"), f.from(), f.to());
      return mapPage(groups, place, query, trackers, f.trackerId(), Params.text(ctx, "source"),
          f.from() == null ? null : f.from().toString(), f.to() == null ? null : f.to().toString(),
          MapData.trackers(l, f, claims));
    });
    html(ctx, app.render("map", Map.of("chrome", app.chrome(ctx, "Map", "map"), "page", page)));
  }

  static String mapQuery(String tracker, String source, LocalDate from, LocalDate to) {
    List<String> q = new ArrayList<>();
    if (tracker != null) q.add("tracker=" + Urls.q(tracker));
    if (source != null) q.add("source=" + Urls.q(source));
    if (from != null) q.add("from=" + from);
    if (to != null) q.add("to=" + to);
    return String.join("&", q);
  }

  static Views.MapPage mapPage(List<MapData.Group> groups, String place, String query, List<Views.MapTracker> trackers,
      String tracker, String source, String from, String to, List<MapData.TrackerPin> pins) {
    List<Views.MapPlace> rows = new ArrayList<>();
    Views.MapPlace selected = null;
    for (MapData.Group g : groups) {
      List<Views.MapClaim> claims = g.items().stream().map(i -> new Views.MapClaim(i.text(), i.source(), i.reportedOn(),
          i.role(), i.mention(), i.link())).toList();
      Views.MapPlace row = new Views.MapPlace(g.key(), g.name(), String.join(", ", g.names()), g.kind(),
          g.country(), g.admin1(), g.claims(), g.href(query), claims);
      rows.add(row);
      if (g.key().equals(place)) selected = row;
    }
    List<Views.MapPin> shown = pins.stream().map(p -> new Views.MapPin(p.id(), p.what(), p.path(),
        p.kind().toLowerCase(Locale.ROOT), p.estimates(), p.link())).toList();
    return new Views.MapPage(rows, selected, "/api/places" + (query.isEmpty() ? "" : "?" + query), trackers, tracker,
        source, from, to, shown);
  }

  // ---- articles ----

  private static void articles(Context ctx, App app) {
    int offset = Params.offset(ctx);
    int limit = Params.limit(ctx);
    Browse.Page<Browse.ArticleRow> p = app.pool.with(l -> l.browse().articles(Browse.Filter.NONE, offset, limit));
    List<Views.ArticleItem> items = p.items().stream().map(a -> new Views.ArticleItem(a.hash(), a.title(),
        a.file() == null ? a.id() : a.file(), a.publisher(), a.published() == null ? null : a.published().toString(),
        a.claims())).toList();
    String prev = offset == 0 ? null : "/articles?offset=" + Math.max(0, offset - limit) + "&limit=" + limit;
    String next = offset + limit >= p.total() ? null : "/articles?offset=" + (offset + limit) + "&limit=" + limit;
    html(ctx, app.render("articles", Map.of("chrome", app.chrome(ctx, "Articles", "articles"),
        "page", new Views.ArticlesPage(items, p.total(), offset, limit, prev, next))));
  }

  private static void article(Context ctx, App app) {
    record Loaded(Browse.StoredArticle a, Map<String, List<String>> trackers, Map<String, String> names) {}
    Loaded ld = app.pool.with(l -> {
      Browse.StoredArticle a = l.browse().article(ctx.pathParam("hash"))
          .orElseThrow(() -> Problem.notFound("no article '" + ctx.pathParam("hash") + "'"));
      Map<String, String> names = new HashMap<>();
      for (CanonicalSource s : l.sources()) names.put(s.id(), s.name());
      return new Loaded(a, l.browse().trackersOfClaims(a.claims().stream().map(c -> c.claim().id()).toList()), names);
    });
    Browse.StoredArticle a = ld.a();
    List<Claim> claims = a.claims().stream().map(Browse.StoredClaim::claim).toList();
    List<Views.ClaimCard> cards = new ArrayList<>();
    for (Browse.StoredClaim sc : a.claims()) {
      Claim c = sc.claim();
      String name = c.source().name() != null ? c.source().name() : ld.names().get(sc.sourceId());
      cards.add(new Views.ClaimCard(c.id(), c.kind().name(), name, sc.sourceId() == null ? "" : sc.sourceId(),
          c.source().type().name(), c.cue(), c.text(), c.reportedOn() == null ? null : c.reportedOn().toString(), c.about(),
          c.hedged(), c.hedges().stream().map(h -> h.text()).toList(),
          c.quantities().stream().map(q -> q.surface() + " = " + FigureText.of(q.low(), q.high(), q.qualifier())
              + (q.unit() == null ? "" : " " + q.unit()) + (q.counted() == null ? "" : " · " + q.counted())).toList(),
          ld.trackers().getOrDefault(c.id(), List.of()), "article " + c.provenance().article().substring(0,
              Math.min(12, c.provenance().article().length())) + "…, sentence " + c.provenance().sentence() + ", "
              + c.provenance().version(), String.join(" · ", c.provenance().stages())));
    }
    var row = a.row();
    Views.ArticlePage page = new Views.ArticlePage(row.hash(), row.id(), row.title(), row.publisher(),
        row.published() == null ? null : row.published().toString(), safeUrl(row.url()), row.file() == null ? row.id() : row.file(),
        ArticleHtml.render(a.text(), claims), cards, a.extractorVersion());
    html(ctx, app.render("article", Map.of("chrome", app.chrome(ctx, row.title() == null ? row.id() : row.title(), "articles"),
        "page", page)));
  }

  /** An article's own address, linked only when it is http(s): never a javascript: link. */
  static String safeUrl(String url) {
    if (url == null) return null;
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://") ? url.strip() : null;
  }

  // ---- sources ----

  private static void sources(Context ctx, App app, String message) {
    String q = Params.text(ctx, "q");
    SourceType type = Params.enumValue(ctx, "type", SourceType.class);
    List<CanonicalSource> all = app.pool.with(l -> Api.filterSources(l.sources(), q, type));
    List<Views.SourceRow> rows = all.stream().map(s -> new Views.SourceRow(s.id(), s.name(), s.type().name(),
        String.join(", ", s.aliases()), s.affiliation(), s.claims())).toList();
    html(ctx, app.render("sources", Map.of("chrome", app.chrome(ctx, "Sources", "sources"),
        "page", new Views.SourcesPage(rows, q, type == null ? null : type.name().toLowerCase(Locale.ROOT), message))));
  }

  private static void source(Context ctx, App app, String message) {
    String done = Params.oneOf(ctx, "done", null, "merged", "split");
    Views.SourcePage page = app.pool.with(l -> {
      CanonicalSource s = l.source(ctx.pathParam("id")).orElseThrow(() -> Problem.notFound("no source '"
          + ctx.pathParam("id") + "'"));
      List<Views.TrackerLink> ts = l.browse().trackersOfSource(s.id()).stream()
          .map(t -> new Views.TrackerLink(t, Urls.tracker(t))).toList();
      return new Views.SourcePage(s.id(), s.name(), s.type().name(), s.aliases(), s.affiliation(), s.claims(), s.why(), ts,
          done == null ? message : done.equals("merged") ? "Merged. The grouping is stored and survives every later analysis."
              : "Split off. The name is its own source from now on.");
    });
    html(ctx, app.render("source", Map.of("chrome", app.chrome(ctx, page.name() == null ? page.id() : page.name(), "sources"),
        "page", page)));
  }

  // ---- search ----

  private static void search(Context ctx, App app) {
    String q = Params.text(ctx, "q");
    String source = Params.text(ctx, "source");
    String tracker = Params.text(ctx, "tracker");
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    List<Views.Hit> hits = new ArrayList<>();
    String error = null;
    if (q != null) {
      try {
        Params.dateRange(from, to);
        List<SearchHit> found = app.pool.with(l -> Api.search(l, q, source, from, to, tracker, 50));
        for (SearchHit h : found) {
          String title = h.title() == null ? h.file() : h.title();
          hits.add(new Views.Hit(h.type(), title == null ? h.articleId() : title, h.text(), h.sourceName(),
              h.date() == null ? null : h.date().toString(),
              h.claimId() == null ? "/articles/" + h.articleHash() : Urls.claim(h.articleHash(), h.claimId())));
        }
      } catch (Problem | LedgerException e) {
        error = e.getMessage();
      }
    }
    html(ctx, app.render("search", Map.of("chrome", app.chrome(ctx, q == null ? "Search" : "Search: " + q, "search"),
        "page", new Views.SearchPage(q, source, from == null ? null : from.toString(), to == null ? null : to.toString(),
            tracker, hits, error))));
  }

  // ---- ingest ----

  private static Views.IngestPage ingestPage(App app, String error) {
    List<Views.JobRow> rows = new ArrayList<>();
    for (IngestJobs.Job j : app.jobs.recent()) {
      rows.add(new Views.JobRow(j.id, j.state.name(), DRAWN.format(j.created), String.join(", ", j.files), j.percent(),
          "/ingest/" + j.id));
    }
    return new Views.IngestPage(rows, error);
  }

  static Views.JobPage jobPage(App app, String id) {
    IngestJobs.Job j = app.jobs.get(id).orElseThrow(() -> Problem.notFound("no ingest job '" + id + "'"));
    List<Views.TrackerLink> stored = new ArrayList<>();
    List<String> messages;
    synchronized (j) {
      new LinkedHashMap<>(j.storedArticles).forEach((hash, title) -> stored.add(new Views.TrackerLink(title, "/articles/" + hash)));
      messages = List.copyOf(j.messages);
    }
    return new Views.JobPage(j.id, j.state.name(), !j.finished(), j.percent(), j.filesDone, j.files.size(), j.articles,
        j.stored, j.unchanged, j.skipped, j.failed, j.events, messages, stored, j.error);
  }
}
