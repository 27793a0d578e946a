package org.claimtrack.ledger.watch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.json.ClaimJson;
import org.claimtrack.ledger.store.LedgerStore;
import org.claimtrack.ledger.track.FigureText;

/**
 * The hook that turns a change of the stored analysis into events. Whoever stores an analysis calls
 * {@link #snapshot} before replacing what is stored and {@link #record} after, in the same
 * transaction: every estimate (not a repeat), revision and conflict stored after but not before
 * becomes one {@code event} row, with one pending {@code webhook_delivery} per active webhook that
 * wants it. Events are the difference of two stored states, so they do not depend on how the
 * analysis is computed (all at once or incrementally), and they commit or roll back with it: none is
 * lost, none is made twice.
 */
public final class AnalysisEvents {
  private AnalysisEvents() {}

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** What the stored analysis holds, as keys: estimates (not repeats), revisions, conflicts, in tracker order. */
  public record Snapshot(Map<String, Item> items) {}

  /** One estimate, revision or conflict of the stored analysis. */
  record Item(EventType type, String trackerId, String claimId, String otherClaim, String detail) {}

  /** Reads the keys of what the stored analysis holds now. */
  public static Snapshot snapshot(Connection c) throws SQLException {
    Map<String, Item> items = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
            "select e.tracker_id, e.claim_id, e.quantity_index from estimate e join tracker t on t.id = e.tracker_id"
                + " where e.repeat_of is null order by t.ord, e.ord");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Item i = new Item(EventType.ESTIMATE, rs.getString(1), rs.getString(2), null, Integer.toString(rs.getInt(3)));
        items.put(key(i), i);
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
            "select r.tracker_id, r.to_claim, r.from_claim, r.direction from revision r join tracker t on t.id = r.tracker_id"
                + " order by t.ord, r.ord");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Item i = new Item(EventType.REVISION, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
        items.put(key(i), i);
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
            "select x.tracker_id, x.a, x.b, x.why from conflict x join tracker t on t.id = x.tracker_id order by t.ord, x.ord");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String a = rs.getString(2);
        String b = rs.getString(3);
        boolean swap = a.compareTo(b) > 0;
        Item i = new Item(EventType.CONFLICT, rs.getString(1), swap ? b : a, swap ? a : b, rs.getString(4));
        items.put(key(i), i);
      }
    }
    return new Snapshot(items);
  }

  private static String key(Item i) {
    return switch (i.type()) {
      case ESTIMATE -> "E\u0000" + i.trackerId() + "\u0000" + i.claimId() + "\u0000" + i.detail();
      case REVISION -> "R\u0000" + i.trackerId() + "\u0000" + i.otherClaim() + "\u0000" + i.claimId();
      case CONFLICT -> "C\u0000" + i.trackerId() + "\u0000" + i.claimId() + "\u0000" + i.otherClaim();
    };
  }

  /**
   * Writes an event for everything stored now that {@code before} did not hold, and the deliveries
   * the webhooks want, in {@code c}'s transaction.
   *
   * @return how many events were written
   */
  public static int record(Connection c, Snapshot before) throws SQLException {
    Snapshot after = snapshot(c);
    List<Item> added = new ArrayList<>();
    for (Map.Entry<String, Item> e : after.items().entrySet()) {
      if (!before.items().containsKey(e.getKey())) added.add(e.getValue());
    }
    if (added.isEmpty()) return 0;
    Details details = Details.read(c);
    List<long[]> hooks = new ArrayList<>(); // {id}
    List<String> hookTrackers = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select id, tracker_id from webhook where active order by id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        hooks.add(new long[] {rs.getLong(1)});
        hookTrackers.add(rs.getString(2));
      }
    }
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement ev = c.prepareStatement(
            "insert into event (id, type, tracker_id, claim_id, other_claim, created_at, payload) values (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement dl = c.prepareStatement(
            "insert into webhook_delivery (webhook_id, event_id, state, attempts, next_attempt) values (?, ?, 'PENDING', 0, ?)")) {
      int n = 0;
      for (Item i : added) {
        long id = nextId(c);
        ev.setLong(1, id);
        ev.setString(2, i.type().name());
        ev.setString(3, i.trackerId());
        ev.setString(4, i.claimId());
        ev.setString(5, i.otherClaim());
        ev.setTimestamp(6, now);
        ev.setString(7, ClaimJson.MAPPER.writeValueAsString(payload(i, details)));
        ev.addBatch();
        for (int h = 0; h < hooks.size(); h++) {
          String t = hookTrackers.get(h);
          if (t != null && !t.equals(i.trackerId())) continue;
          dl.setLong(1, hooks.get(h)[0]);
          dl.setLong(2, id);
          dl.setTimestamp(3, now);
          dl.addBatch();
        }
        if (++n % 2000 == 0) {
          ev.executeBatch();
          dl.executeBatch();
        }
      }
      ev.executeBatch();
      dl.executeBatch();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write an event as JSON", e);
    }
    return added.size();
  }

  private static long nextId(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select nextval('event_seq')"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Everything an event tells about the figures it names, read once per analysis that makes events. */
  private record Details(Map<String, String> trackerWhat, Map<String, Figure> figures) {
    static Details read(Connection c) throws SQLException {
      Map<String, String> what = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("select id, what from tracker"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) what.put(rs.getString(1), rs.getString(2));
      }
      Map<String, Figure> figures = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(
              "select e.tracker_id, e.claim_id, e.quantity_index, e.source_id, s.name, e.reported_on, e.low, e.high,"
                  + " e.qualifier, e.hedged, e.surface, e.article_hash, e.article_id, e.file, a.title, cl.text"
                  + " from estimate e left join source s on s.id = e.source_id left join claim cl on cl.id = e.claim_id"
                  + " left join article a on a.hash = e.article_hash order by e.tracker_id, e.ord");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Figure f = new Figure(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
              LedgerStore.date(rs, 6) == null ? null : LedgerStore.date(rs, 6).toString(), LedgerStore.decimal(rs, 7),
              LedgerStore.decimal(rs, 8), Qualifier.valueOf(rs.getString(9)), rs.getBoolean(10), rs.getString(11),
              rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16));
          figures.put(rs.getString(1) + "\u0000" + f.claimId() + "\u0000" + f.quantityIndex(), f);
          figures.putIfAbsent(rs.getString(1) + "\u0000" + f.claimId(), f);
        }
      }
      return new Details(what, figures);
    }

    Figure of(String tracker, String claim, String quantityIndex) {
      Figure f = quantityIndex == null ? null : figures.get(tracker + "\u0000" + claim + "\u0000" + quantityIndex);
      return f != null ? f : figures.get(tracker + "\u0000" + claim);
    }
  }

  private record Figure(String claimId, int quantityIndex, String sourceId, String sourceName, String reportedOn,
      BigDecimal low, BigDecimal high, Qualifier qualifier, boolean hedged, String surface, String articleHash,
      String articleId, String file, String title, String sentence) {
    String words() {
      return FigureText.of(low, high, qualifier);
    }

    String who() {
      return sourceName != null ? sourceName : sourceId;
    }

    ObjectNode json() {
      ObjectNode o = F.objectNode();
      o.put("claimId", claimId);
      o.put("quantityIndex", quantityIndex);
      ObjectNode s = o.putObject("source");
      s.put("id", sourceId);
      s.put("name", sourceName);
      o.put("figure", words());
      o.set("low", ClaimJson.number(low));
      o.set("high", ClaimJson.number(high));
      o.put("qualifier", qualifier.name());
      o.put("hedged", hedged);
      o.put("surface", surface);
      o.put("reportedOn", reportedOn);
      o.put("sentence", sentence);
      ObjectNode a = o.putObject("article");
      a.put("hash", articleHash);
      a.put("id", articleId);
      a.put("file", file);
      a.put("title", title);
      return o;
    }
  }

  private static ObjectNode payload(Item i, Details d) {
    ObjectNode o = F.objectNode();
    o.put("type", i.type().name());
    ObjectNode t = o.putObject("tracker");
    t.put("id", i.trackerId());
    t.put("what", d.trackerWhat().get(i.trackerId()));
    Figure main = d.of(i.trackerId(), i.claimId(), i.type() == EventType.ESTIMATE ? i.detail() : null);
    Figure other = i.otherClaim() == null ? null : d.of(i.trackerId(), i.otherClaim(), null);
    o.set("estimate", main == null ? F.nullNode() : main.json());
    String what = d.trackerWhat().getOrDefault(i.trackerId(), i.trackerId());
    String who = main == null ? "?" : main.who();
    String fig = main == null ? "?" : main.words();
    switch (i.type()) {
      case ESTIMATE -> o.put("summary", who + ": " + fig + " — " + what
          + (main != null && main.reportedOn() != null ? " (" + main.reportedOn() + ")" : ""));
      case REVISION -> {
        o.set("previous", other == null ? F.nullNode() : other.json());
        o.put("direction", i.detail());
        o.put("summary", who + " revised " + (other == null ? "?" : other.words()) + " → " + fig + " ("
            + (i.detail() == null ? "" : i.detail().toLowerCase(java.util.Locale.ROOT)) + ") — " + what);
      }
      case CONFLICT -> {
        o.set("other", other == null ? F.nullNode() : other.json());
        o.put("why", i.detail());
        o.put("summary", "Conflict: " + who + " " + fig + " vs " + (other == null ? "?" : other.who() + " " + other.words())
            + " — " + what);
      }
    }
    return o;
  }
}
