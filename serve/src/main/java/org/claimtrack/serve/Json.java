package org.claimtrack.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.claimtrack.json.ClaimJson;
import org.claimtrack.ledger.SearchHit;
import org.claimtrack.ledger.TrackerSummary;
import org.claimtrack.ledger.browse.Browse;
import org.claimtrack.ledger.track.Agreement;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Conflict;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.FigureText;
import org.claimtrack.ledger.track.Revision;
import org.claimtrack.ledger.watch.LedgerEvent;

/** The API's JSON: the names the OpenAPI document (openapi.yaml) describes. */
final class Json {
  private Json() {}

  static final ObjectMapper MAPPER = ClaimJson.MAPPER;

  static String write(JsonNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static JsonNode parse(String s) {
    try {
      return MAPPER.readTree(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code {"items": [...], "total", "offset", "limit", "next"}}. */
  static ObjectNode page(List<? extends JsonNode> items, long total, int offset, int limit, String next) {
    ObjectNode o = object();
    ArrayNode a = o.putArray("items");
    items.forEach(a::add);
    o.put("total", total);
    o.put("offset", offset);
    o.put("limit", limit);
    o.put("next", next);
    return o;
  }

  static ObjectNode trackerSummary(TrackerSummary t) {
    ObjectNode o = object();
    o.put("id", t.id());
    o.put("what", t.what());
    o.put("counted", t.counted());
    o.put("place", t.place());
    o.set("location", location(t.where()));
    o.put("kind", t.kind().name());
    o.put("estimates", t.estimates());
    o.put("sources", t.sources());
    ObjectNode latest = o.putObject("latest");
    if (t.latestClaim() == null) {
      o.putNull("latest");
    } else {
      latest.put("claimId", t.latestClaim());
      latest.put("reportedOn", t.latestOn() == null ? null : t.latestOn().toString());
      latest.set("low", ClaimJson.number(t.latestLow()));
      latest.set("high", ClaimJson.number(t.latestHigh()));
      latest.put("qualifier", t.latestQualifier() == null ? null : t.latestQualifier().name());
      latest.put("figure", FigureText.of(t.latestLow(), t.latestHigh(), t.latestQualifier()));
    }
    ObjectNode range = o.putObject("range");
    range.set("low", ClaimJson.number(t.rangeLow()));
    range.set("high", ClaimJson.number(t.rangeHigh()));
    o.put("conflicted", t.conflicted());
    o.put("revised", t.revised());
    o.put("verdict", t.verdict());
    ObjectNode links = o.putObject("links");
    links.put("self", "/api/trackers/" + Urls.seg(t.id()));
    links.put("html", "/trackers/" + Urls.seg(t.id()));
    return o;
  }

  /**
   * A tracker's place as the gazetteer knows it: {"name", "geonameid", "country", "admin1", "kind",
   * "lat", "lon", "path": [...], "shown": "Sudzha ⊂ Kursk Oblast ⊂ Russia"}; JSON null when it has none.
   */
  static com.fasterxml.jackson.databind.JsonNode location(org.claimtrack.ledger.track.TrackerPlace w) {
    if (w == null) return com.fasterxml.jackson.databind.node.NullNode.getInstance();
    ObjectNode o = org.claimtrack.ledger.store.Exporter.location(object(), w);
    o.put("shown", w.shownPath());
    return o;
  }

  static ObjectNode tracker(TrackerData d) {
    var t = d.tracker();
    ObjectNode o = object();
    o.put("id", t.id());
    o.put("what", t.what());
    o.put("counted", t.counted());
    o.put("place", t.place());
    o.set("location", location(t.where()));
    o.put("kind", t.kind().name());
    o.put("verdict", t.verdict());
    ArrayNode srcs = o.putArray("sources");
    for (String id : d.sourceOrder()) {
      CanonicalSource s = d.sources().get(id);
      ObjectNode so = srcs.addObject();
      so.put("id", id);
      so.put("name", s == null ? null : s.name());
    }
    ArrayNode es = o.putArray("estimates");
    for (Estimate e : t.estimates()) es.add(estimate(e, d));
    ArrayNode rs = o.putArray("revisions");
    for (Revision r : t.revisions()) {
      ObjectNode ro = rs.addObject();
      ro.put("sourceId", r.sourceId());
      ro.put("from", r.from());
      ro.put("to", r.to());
      ro.put("direction", r.direction().name());
    }
    ArrayNode cs = o.putArray("conflicts");
    for (Conflict c : t.conflicts()) {
      ObjectNode co = cs.addObject();
      co.put("a", c.a());
      co.put("b", c.b());
      co.put("why", c.why());
    }
    ArrayNode days = o.putArray("agreement");
    for (Agreement.Day day : d.days()) {
      ObjectNode dy = days.addObject();
      dy.put("date", day.date().toString());
      if (day.agree() == null) dy.putNull("agree");
      else dy.put("agree", day.agree());
      ArrayNode cur = dy.putArray("current");
      day.current().forEach(e -> cur.add(e.claimId()));
    }
    o.put("analyzedAt", d.analyzedAt() == null ? null : d.analyzedAt().toString());
    ObjectNode links = o.putObject("links");
    links.put("self", "/api/trackers/" + Urls.seg(t.id()));
    links.put("html", "/trackers/" + Urls.seg(t.id()));
    links.put("csv", "/api/trackers/" + Urls.seg(t.id()) + "/estimates?format=csv");
    links.put("json", "/api/trackers/" + Urls.seg(t.id()) + "/estimates");
    links.put("feed", "/trackers/" + Urls.seg(t.id()) + "/feed.atom");
    return o;
  }

  static ObjectNode estimate(Estimate e, TrackerData d) {
    ObjectNode eo = object();
    eo.put("claimId", e.claimId());
    eo.put("quantityIndex", e.quantityIndex());
    ObjectNode a = eo.putObject("article");
    a.put("hash", e.articleHash());
    a.put("id", e.articleId());
    a.put("file", e.file());
    ObjectNode so = eo.putObject("source");
    so.put("id", e.sourceId());
    so.put("name", d.sourceName(e.sourceId()));
    eo.put("reportedOn", e.reportedOn() == null ? null : e.reportedOn().toString());
    eo.set("low", ClaimJson.number(e.low()));
    eo.set("high", ClaimJson.number(e.high()));
    eo.put("qualifier", e.qualifier().name());
    eo.put("figure", FigureText.of(e.low(), e.high(), e.qualifier()));
    eo.put("hedged", e.hedged());
    eo.put("surface", e.surface());
    eo.put("repeatOf", e.repeatOf());
    eo.put("why", e.why());
    eo.put("sentence", d.sentence(e.claimId()));
    eo.put("link", Urls.claim(e.articleHash(), e.claimId()));
    return eo;
  }

  static ObjectNode source(CanonicalSource s, List<String> trackers) {
    ObjectNode o = object();
    o.put("id", s.id());
    o.put("name", s.name());
    o.put("type", s.type().name());
    ArrayNode al = o.putArray("aliases");
    s.aliases().forEach(al::add);
    o.put("affiliation", s.affiliation());
    o.put("claims", s.claims());
    ArrayNode why = o.putArray("why");
    s.why().forEach(why::add);
    if (trackers != null) {
      ArrayNode ts = o.putArray("trackers");
      trackers.forEach(ts::add);
    }
    ObjectNode links = o.putObject("links");
    links.put("self", "/api/sources/" + Urls.seg(s.id()));
    links.put("html", "/sources/" + Urls.seg(s.id()));
    return o;
  }

  /** The claim contract object of the export, plus sourceId, article and a link. */
  static ObjectNode claim(Browse.StoredClaim c) {
    ObjectNode o = (ObjectNode) parse(c.json());
    o.put("sourceId", c.sourceId());
    ObjectNode a = o.putObject("article");
    a.put("hash", c.articleHash());
    a.put("id", c.articleId());
    a.put("file", c.file());
    o.put("link", Urls.claim(c.articleHash(), c.claim().id()));
    return o;
  }

  static ObjectNode articleRow(Browse.ArticleRow r) {
    ObjectNode o = object();
    o.put("hash", r.hash());
    o.put("id", r.id());
    o.put("file", r.file());
    o.put("title", r.title());
    o.put("publisher", r.publisher());
    o.put("published", r.published() == null ? null : r.published().toString());
    o.put("url", r.url());
    o.put("claims", r.claims());
    ObjectNode links = o.putObject("links");
    links.put("self", "/api/articles/" + r.hash());
    links.put("html", "/articles/" + r.hash());
    return o;
  }

  static ObjectNode article(Browse.StoredArticle a) {
    ObjectNode o = articleRow(a.row());
    o.put("text", a.text());
    ArrayNode body = o.putArray("body");
    body.add(a.bodyStart());
    body.add(a.bodyEnd());
    o.put("extractorVersion", a.extractorVersion());
    ArrayNode cs = o.putArray("claims");
    a.claims().forEach(c -> cs.add(claim(c)));
    return o;
  }

  static ObjectNode hit(SearchHit h) {
    ObjectNode o = object();
    o.put("type", h.type());
    o.put("articleHash", h.articleHash());
    o.put("articleId", h.articleId());
    o.put("file", h.file());
    o.put("title", h.title());
    o.put("claimId", h.claimId());
    o.put("sourceId", h.sourceId());
    o.put("sourceName", h.sourceName());
    o.put("date", h.date() == null ? null : h.date().toString());
    o.put("text", h.text());
    o.put("score", h.score());
    o.put("link", h.claimId() == null ? "/articles/" + h.articleHash() : Urls.claim(h.articleHash(), h.claimId()));
    return o;
  }

  /** An event as the API, the feeds and webhooks give it: id, createdAt and links around the stored payload. */
  static ObjectNode event(LedgerEvent e, String base) {
    ObjectNode o = object();
    o.put("id", e.id());
    o.put("createdAt", e.createdAt().toString());
    ObjectNode p = (ObjectNode) parse(e.payload());
    p.fields().forEachRemaining(f -> o.set(f.getKey(), f.getValue()));
    JsonNode est = p.get("estimate");
    String link = est != null && est.hasNonNull("article")
        ? base + Urls.claim(est.get("article").get("hash").asText(), est.get("claimId").asText())
        : base + "/trackers/" + Urls.seg(e.trackerId());
    o.put("link", link);
    o.put("trackerLink", base + "/trackers/" + Urls.seg(e.trackerId()));
    return o;
  }

}
