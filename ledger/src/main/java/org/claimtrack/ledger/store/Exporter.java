package org.claimtrack.ledger.store;

import org.claimtrack.json.ClaimJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtrack.ledger.Export;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Conflict;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.Revision;
import org.claimtrack.ledger.track.SourceRecord;
import org.claimtrack.ledger.track.Tracker;
import org.claimtrack.ledger.track.TrackerPlace;

/**
 * The export contract. JSON Lines, one object per line, names stable:
 *
 * <pre>
 * trackers: {"id","what","counted","place","kind",
 *            "estimates":[{"claimId","article":{"id","file"},"source":{"id","name","aliases":[...]},
 *                          "reportedOn","low","high","qualifier","hedged","repeatOf",
 *                          "origin":{"id","name","via"},"later"}],
 *            "revisions":[{"sourceId","from","to","direction"}],"conflicts":[{"a","b","why"}],"verdict",
 *            "voices","regionFigures":[estimate + "place"],
 *            "location":{"name","geonameid","country","admin1","kind","lat","lon","path":[...]} or null}
 * sources:  {"id","name","type","aliases":[...],"affiliation","claims","record":{...}} (see recordJson)
 * claims:   the extractor's claim object, plus "sourceId" and "article":{"id","file"}
 * </pre>
 *
 * CSV has the same fields flattened: one row per estimate for trackers (tracker fields repeated,
 * revisions and conflicts as "from>to:DIRECTION" and "a~b" lists), lists joined with "|"; a cell
 * that a spreadsheet would run as a formula starts with a single quote (see {@link #csv}).
 */
public final class Exporter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Connection c;
  private final Writer out;

  public Exporter(Connection c, Writer out) {
    this.c = c;
    this.out = out;
  }

  public void export(Export.What what, Export.Format format) throws SQLException {
    switch (what) {
      case SOURCES -> sources(format);
      case TRACKERS -> trackers(format);
      case CLAIMS -> claims(format);
    }
  }

  static final List<String> SOURCE_COLUMNS = List.of("id", "name", "type", "aliases", "affiliation", "claims",
      "figures", "trackers", "originated", "relayed", "repeats", "revisions", "revisionsUp", "revisionsDown",
      "meanRevisionPercent", "conflicts", "laterInside", "laterBelow", "laterAbove");

  private void sources(Export.Format format) throws SQLException {
    if (format == Export.Format.CSV) row(SOURCE_COLUMNS);
    var b = new SourceRecord.Builder();
    LedgerReads.forEachTracker(c, b::add);
    Map<String, SourceRecord> records = new HashMap<>();
    b.build().forEach(r -> records.put(r.sourceId(), r));
    for (CanonicalSource s : LedgerReads.sources(c)) {
      SourceRecord r = records.getOrDefault(s.id(), new SourceRecord(s.id(), 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0));
      if (format == Export.Format.JSONL) {
        ObjectNode o = sourceJson(s);
        o.set("record", recordJson(r));
        line(o);
      } else {
        List<String> row = new ArrayList<>(List.of(s.id(), nz(s.name()), s.type().name(), String.join("|", s.aliases()),
            nz(s.affiliation()), Integer.toString(s.claims())));
        for (int v : new int[] {r.figures(), r.trackers(), r.originated(), r.relayed(), r.repeats(), r.revisions(), r.up(),
            r.down()}) {
          row.add(Integer.toString(v));
        }
        row.add(num(r.meanRevisionPercent()));
        for (int v : new int[] {r.conflicts(), r.inside(), r.below(), r.above()}) row.add(Integer.toString(v));
        row(row);
      }
    }
  }

  /**
   * A source's record: {"figures", "trackers", "originated", "relayed", "repeats", "revisions": {"count", "up",
   * "down", "meanPercent"}, "conflicts", "later": {"inside", "below", "above"}}.
   */
  public static ObjectNode recordJson(SourceRecord r) {
    ObjectNode o = F.objectNode();
    o.put("figures", r.figures());
    o.put("trackers", r.trackers());
    o.put("originated", r.originated());
    o.put("relayed", r.relayed());
    o.put("repeats", r.repeats());
    ObjectNode rv = o.putObject("revisions");
    rv.put("count", r.revisions());
    rv.put("up", r.up());
    rv.put("down", r.down());
    rv.set("meanPercent", ClaimJson.number(r.meanRevisionPercent()));
    o.put("conflicts", r.conflicts());
    ObjectNode l = o.putObject("later");
    l.put("inside", r.inside());
    l.put("below", r.below());
    l.put("above", r.above());
    return o;
  }

  public static ObjectNode sourceJson(CanonicalSource s) {
    ObjectNode o = F.objectNode();
    o.put("id", s.id());
    o.put("name", s.name());
    o.put("type", s.type().name());
    ArrayNode al = o.putArray("aliases");
    s.aliases().forEach(al::add);
    o.put("affiliation", s.affiliation());
    o.put("claims", s.claims());
    return o;
  }

  static final List<String> TRACKER_COLUMNS = List.of("id", "what", "counted", "place", "kind", "verdict", "revisions",
      "conflicts", "claimId", "articleId", "articleFile", "sourceId", "sourceName", "sourceAliases", "reportedOn", "low",
      "high", "qualifier", "hedged", "repeatOf", "voices", "originId", "originName", "via", "later", "placePath",
      "placeGeonameid", "placeCountry", "placeAdmin1", "placeKind", "placeLat", "placeLon");

  private void trackers(Export.Format format) throws SQLException {
    Map<String, CanonicalSource> sources = new HashMap<>();
    for (CanonicalSource s : LedgerReads.sources(c)) sources.put(s.id(), s);
    if (format == Export.Format.CSV) row(TRACKER_COLUMNS);
    List<String> ids = new ArrayList<>();
    LedgerReads.trackers(c).forEach(t -> ids.add(t.id()));
    for (String id : ids) {
      Tracker t = LedgerReads.tracker(c, id).orElseThrow();
      if (format == Export.Format.JSONL) {
        line(trackerJson(t, sources));
        continue;
      }
      List<String> revs = t.revisions().stream().map(r -> r.from() + ">" + r.to() + ":" + r.direction()).toList();
      List<String> confs = t.conflicts().stream().map(x -> x.a() + "~" + x.b()).toList();
      List<String> head = List.of(t.id(), t.what(), nz(t.counted()), nz(t.place()), t.kind().name(), nz(t.verdict()),
          String.join("|", revs), String.join("|", confs));
      TrackerPlace w = t.where();
      List<String> where = w == null ? List.of("", "", "", "", "", "", "")
          : List.of(String.join("|", w.path()), w.geonameid() == null ? "" : w.geonameid().toString(), w.country(),
              nz(w.admin1()), w.kind().name(), w.lat() == null ? "" : w.lat().toString(),
              w.lon() == null ? "" : w.lon().toString());
      if (t.estimates().isEmpty()) {
        List<String> r = new ArrayList<>(head);
        while (r.size() < TRACKER_COLUMNS.size() - where.size()) r.add("");
        r.addAll(where);
        row(r);
      }
      for (Estimate e : t.estimates()) {
        CanonicalSource s = sources.get(e.sourceId());
        List<String> r = new ArrayList<>(head);
        r.addAll(List.of(e.claimId(), nz(e.articleId()), nz(e.file()), e.sourceId(), s == null ? "" : nz(s.name()),
            s == null ? "" : String.join("|", s.aliases()), e.reportedOn() == null ? "" : e.reportedOn().toString(),
            num(e.low()), num(e.high()), e.qualifier().name(), Boolean.toString(e.hedged()), nz(e.repeatOf())));
        CanonicalSource o = sources.get(e.originId());
        r.addAll(List.of(Long.toString(t.voices()), e.originId(), o == null ? "" : nz(o.name()), nz(e.via()),
            e.later() == null ? "" : e.later().name()));
        r.addAll(where);
        row(r);
      }
    }
  }

  public static ObjectNode trackerJson(Tracker t, Map<String, CanonicalSource> sources) {
    ObjectNode o = F.objectNode();
    o.put("id", t.id());
    o.put("what", t.what());
    o.put("counted", t.counted());
    o.put("place", t.place());
    o.put("kind", t.kind().name());
    ArrayNode es = o.putArray("estimates");
    for (Estimate e : t.estimates()) estimateJson(es.addObject(), e, sources);
    ArrayNode rs = o.putArray("revisions");
    for (Revision r : t.revisions()) {
      ObjectNode ro = rs.addObject();
      ro.put("sourceId", r.sourceId());
      ro.put("from", r.from());
      ro.put("to", r.to());
      ro.put("direction", r.direction().name());
    }
    ArrayNode cs = o.putArray("conflicts");
    for (Conflict x : t.conflicts()) {
      ObjectNode co = cs.addObject();
      co.put("a", x.a());
      co.put("b", x.b());
      co.put("why", x.why());
    }
    o.put("verdict", t.verdict());
    o.put("voices", t.voices());
    ArrayNode rf = o.putArray("regionFigures");
    for (Estimate e : t.regionFigures()) estimateJson(rf.addObject(), e, sources).put("place", e.place());
    TrackerPlace w = t.where();
    if (w == null) {
      o.putNull("location");
    } else {
      location(o.putObject("location"), w);
    }
    return o;
  }

  /**
   * A tracker's place as the export and the REST API write it: {"name", "geonameid", "country",
   * "admin1", "kind", "lat", "lon", "path": [...]}.
   */
  public static ObjectNode location(ObjectNode l, TrackerPlace w) {
    l.put("name", w.name());
    if (w.geonameid() == null) l.putNull("geonameid");
    else l.put("geonameid", w.geonameid());
    l.put("country", w.country());
    l.put("admin1", w.admin1());
    l.put("kind", w.kind().name());
    if (w.lat() == null) {
      l.putNull("lat");
      l.putNull("lon");
    } else {
      l.put("lat", w.lat());
      l.put("lon", w.lon());
    }
    ArrayNode path = l.putArray("path");
    w.path().forEach(path::add);
    return l;
  }

  /**
   * An estimate: {"claimId", "article", "source", "reportedOn", "low", "high", "qualifier", "hedged",
   * "repeatOf", "origin": {"id", "name", "via"}, "later"} (origin and later are new fields).
   */
  private static ObjectNode estimateJson(ObjectNode eo, Estimate e, Map<String, CanonicalSource> sources) {
    eo.put("claimId", e.claimId());
    ObjectNode a = eo.putObject("article");
    a.put("id", e.articleId());
    a.put("file", e.file());
    ObjectNode so = eo.putObject("source");
    CanonicalSource s = sources.get(e.sourceId());
    so.put("id", e.sourceId());
    so.put("name", s == null ? null : s.name());
    ArrayNode al = so.putArray("aliases");
    if (s != null) s.aliases().forEach(al::add);
    eo.put("reportedOn", e.reportedOn() == null ? null : e.reportedOn().toString());
    eo.set("low", ClaimJson.number(e.low()));
    eo.set("high", ClaimJson.number(e.high()));
    eo.put("qualifier", e.qualifier().name());
    eo.put("hedged", e.hedged());
    eo.put("repeatOf", e.repeatOf());
    ObjectNode or = eo.putObject("origin");
    CanonicalSource origin = sources.get(e.originId());
    or.put("id", e.originId());
    or.put("name", origin == null ? null : origin.name());
    or.put("via", e.via());
    eo.put("later", e.later() == null ? null : e.later().name());
    return eo;
  }

  static final List<String> CLAIM_COLUMNS = List.of("id", "kind", "sourceId", "sourceName", "sourceType", "sourceTitle",
      "sourceAffiliation", "cue", "text", "spanStart", "spanEnd", "reportedOn", "about", "hedged", "hedges",
      "quantities", "articleId", "articleFile", "provenanceArticle", "provenanceSentence", "provenanceStages",
      "provenanceVersion");

  private void claims(Export.Format format) throws SQLException {
    if (format == Export.Format.CSV) row(CLAIM_COLUMNS);
    try (PreparedStatement ps = c.prepareStatement(
        "select c.json, cs.source_id, a.article_id, a.file from claim c join article a on a.hash = c.article_hash"
            + " left join claim_source cs on cs.claim_id = c.id order by a.seq, c.ord")) {
      ps.setFetchSize(500);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode o;
          try {
            o = (ObjectNode) ClaimJson.MAPPER.readTree(rs.getString(1));
          } catch (IOException e) {
            throw new IllegalStateException("a stored claim is not valid JSON", e);
          }
          o.put("sourceId", rs.getString(2));
          ObjectNode a = o.putObject("article");
          a.put("id", rs.getString(3));
          a.put("file", rs.getString(4));
          if (format == Export.Format.JSONL) {
            line(o);
          } else {
            row(claimRow(o));
          }
        }
      }
    }
  }

  private static List<String> claimRow(ObjectNode o) {
    JsonNode s = o.get("source");
    JsonNode p = o.get("provenance");
    List<String> hedges = new ArrayList<>();
    o.get("hedges").forEach(h -> hedges.add(h.get("text").asText()));
    List<String> qs = new ArrayList<>();
    for (JsonNode q : o.get("quantities")) {
      qs.add(q.get("surface").asText() + "=" + text(q.get("low")) + ".." + text(q.get("high")) + " "
          + q.get("qualifier").asText() + (q.hasNonNull("unit") ? " " + q.get("unit").asText() : "")
          + (q.hasNonNull("counted") ? " of " + q.get("counted").asText() : ""));
    }
    List<String> stages = new ArrayList<>();
    p.get("stages").forEach(x -> stages.add(x.asText()));
    return List.of(text(o.get("id")), text(o.get("kind")), text(o.get("sourceId")), text(s.get("name")),
        text(s.get("type")), text(s.get("title")), text(s.get("affiliation")), text(o.get("cue")), text(o.get("text")),
        text(o.get("span").get(0)), text(o.get("span").get(1)), text(o.get("reportedOn")), text(o.get("about")),
        text(o.get("hedged")), String.join("|", hedges), String.join("|", qs), text(o.get("article").get("id")),
        text(o.get("article").get("file")), text(p.get("article")), text(p.get("sentence")), String.join("|", stages),
        text(p.get("version")));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "" : n.asText();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String num(BigDecimal d) {
    return d == null ? "" : d.stripTrailingZeros().toPlainString();
  }

  private void line(JsonNode o) {
    try {
      out.write(ClaimJson.MAPPER.writeValueAsString(o));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void row(List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) out.write(',');
        out.write(csv(cells.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One CSV cell (RFC 4180). A cell a spreadsheet would run as a formula — one that starts with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, and is not a plain number
   * — is neutralized as OWASP recommends: a single quote put before it, and the cell quoted.
   */
  static String csv(String s) {
    if (s == null) return "";
    boolean formula = formulaLike(s);
    if (formula) s = "'" + s;
    if (!formula && s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  static boolean formulaLike(String s) {
    if (s.isEmpty()) return false;
    char c = s.charAt(0);
    if (c == '=' || c == '@' || c == '\t' || c == '\r') return true;
    return (c == '+' || c == '-') && !NUMBER.matcher(s).matches();
  }
}
