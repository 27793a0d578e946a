package org.claimtrack.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimtrack.domain.ClaimPlace;
import org.claimtrack.domain.PlaceRole;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.TrackerSummary;
import org.claimtrack.ledger.browse.Browse;
import org.claimtrack.ledger.track.TrackerPlace;

/**
 * The map's data: the claims' places with a point (where it happened, where the source is), one
 * group per resolved entry (same point and kind), each with the claims that name it. Read from the
 * stored claims through the same filters as {@code /api/claims} (tracker, source, date).
 */
final class MapData {
  private MapData() {}

  /** How many stored claims one map reads at most (the ledger is read a page at a time). */
  static final int MAX_CLAIMS = 20_000;

  /** A claim naming a place. */
  record Item(String claimId, String text, String source, String reportedOn, String role, String mention,
      String link) {}

  /** One place on the map and the claims naming it. */
  record Group(String key, String name, List<String> names, double lat, double lon, String country, String admin1,
      String kind, List<Item> items) {

    int claims() {
      return (int) items.stream().map(Item::claimId).distinct().count();
    }

    String href(String filterQuery) {
      return "/map?" + (filterQuery.isEmpty() ? "" : filterQuery + "&") + "place=" + Urls.q(key) + "#place-claims";
    }
  }

  /** A tracker at its place's point. */
  record TrackerPin(String id, String what, String place, String path, double lat, double lon, String country,
      String admin1, String kind, int estimates) {

    String link() {
      return "/trackers/" + Urls.seg(id);
    }

    /** A tracker at its place's point; null when it has no place or its place no point. */
    static TrackerPin of(String id, String what, String place, TrackerPlace w, int estimates) {
      if (w == null || w.lat() == null) return null;
      return new TrackerPin(id, what, place, w.shownPath(), w.lat(), w.lon(), w.country(), w.admin1(), w.kind().name(),
          estimates);
    }
  }

  /**
   * The trackers whose place has a point, through the claims' filters: with none, every such
   * tracker; else those with a figure in the filtered claims (a tracker filter keeps that tracker, a
   * source or date filter the trackers with a figure of that source in those dates) — the same
   * claims the places layer shows.
   */
  static List<TrackerPin> trackers(Ledger l, Browse.Filter f, List<Browse.StoredClaim> claims) {
    boolean filtered = f.trackerId() != null || f.sourceIds() != null || f.from() != null || f.to() != null
        || f.kind() != null;
    java.util.Set<String> ids = new java.util.HashSet<>();
    if (filtered) {
      List<String> claimIds = claims.stream().map(c -> c.claim().id()).toList();
      for (int i = 0; i < claimIds.size(); i += 1000) {
        l.browse().trackersOfClaims(claimIds.subList(i, Math.min(claimIds.size(), i + 1000))).values().forEach(ids::addAll);
      }
      if (f.trackerId() != null) ids.retainAll(java.util.Set.of(f.trackerId()));
    }
    List<TrackerPin> out = new ArrayList<>();
    for (TrackerSummary t : l.trackers()) {
      TrackerPin pin = TrackerPin.of(t.id(), t.what(), t.place(), t.where(), t.estimates());
      if (pin != null && (!filtered || ids.contains(t.id()))) out.add(pin);
    }
    return out;
  }

  /** The stable key of a resolved entry: kind and point, rounded to about 10 m. */
  static String key(ClaimPlace p) {
    return String.format(Locale.ROOT, "%s:%.4f,%.4f", p.kind().name().toLowerCase(Locale.ROOT), p.lat(), p.lon());
  }

  static List<Group> load(Ledger l, List<Browse.StoredClaim> claims) {
    Map<String, String> names = new HashMap<>();
    for (var s : l.sources()) names.put(s.id(), s.name());
    return groups(claims, names);
  }

  /** The stored claims through the filter, at most {@link #MAX_CLAIMS}. */
  static List<Browse.StoredClaim> claims(Ledger l, Browse.Filter f) {
    List<Browse.StoredClaim> all = new ArrayList<>();
    for (int offset = 0; offset < MAX_CLAIMS; offset += 500) {
      Browse.Page<Browse.StoredClaim> p = l.browse().claims(f, offset, 500);
      all.addAll(p.items());
      if (offset + 500 >= p.total()) break;
    }
    return all;
  }

  static List<Group> groups(List<Browse.StoredClaim> claims, Map<String, String> sourceNames) {
    record Acc(ClaimPlace first, Map<String, Integer> names, List<Item> items) {}
    Map<String, Acc> byKey = new LinkedHashMap<>();
    for (Browse.StoredClaim sc : claims) {
      for (ClaimPlace p : sc.claim().places()) {
        if (!p.hasPoint() || p.role() == PlaceRole.ORIGIN) continue;
        Acc a = byKey.computeIfAbsent(key(p), k -> new Acc(p, new LinkedHashMap<>(), new ArrayList<>()));
        a.names.merge(p.name(), 1, Integer::sum);
        String source = sc.sourceId() == null ? sc.claim().source().name()
            : sourceNames.getOrDefault(sc.sourceId(), sc.claim().source().name());
        a.items.add(new Item(sc.claim().id(), sc.claim().text(), source,
            sc.claim().reportedOn() == null ? null : sc.claim().reportedOn().toString(),
            p.role().name().toLowerCase(Locale.ROOT), p.name(), Urls.claim(sc.articleHash(), sc.claim().id())));
      }
    }
    List<Group> out = new ArrayList<>();
    for (var e : byKey.entrySet()) {
      Acc a = e.getValue();
      List<String> ns = a.names.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
          .map(Map.Entry::getKey).toList();
      // one line per claim and mention name: a claim naming Russia twice is listed once
      List<Item> items = new ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Item i : a.items) if (seen.add(i.claimId())) items.add(i);
      ClaimPlace p = a.first;
      out.add(new Group(e.getKey(), ns.get(0), ns, p.lat(), p.lon(), p.country(), p.admin1(), p.kind().name(), items));
    }
    out.sort(Comparator.comparingInt(Group::claims).reversed().thenComparing(Group::name));
    return out;
  }

  static ObjectNode json(List<Group> groups, List<TrackerPin> trackers) {
    ObjectNode o = Json.object();
    ArrayNode ts = o.putArray("trackers");
    for (TrackerPin t : trackers) {
      ObjectNode to = ts.addObject();
      to.put("id", t.id());
      to.put("what", t.what());
      to.put("place", t.place());
      to.put("path", t.path());
      to.put("lat", t.lat());
      to.put("lon", t.lon());
      to.put("country", t.country());
      to.put("admin1", t.admin1());
      to.put("kind", t.kind());
      to.put("estimates", t.estimates());
      to.put("link", t.link());
    }
    ArrayNode ps = o.putArray("places");
    for (Group g : groups) {
      ObjectNode p = ps.addObject();
      p.put("key", g.key());
      p.put("name", g.name());
      ArrayNode ns = p.putArray("names");
      g.names().forEach(ns::add);
      p.put("lat", g.lat());
      p.put("lon", g.lon());
      p.put("country", g.country());
      p.put("admin1", g.admin1());
      p.put("kind", g.kind());
      p.put("claims", g.claims());
      ArrayNode items = p.putArray("items");
      for (Item i : g.items()) {
        ObjectNode io = items.addObject();
        io.put("claim", i.claimId());
        io.put("text", i.text());
        io.put("source", i.source());
        io.put("reportedOn", i.reportedOn());
        io.put("role", i.role());
        io.put("mention", i.mention());
        io.put("link", i.link());
      }
    }
    return o;
  }
}
