package org.claimtrack.ledger.watch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimtrack.ledger.store.Database;

/** Reads the events the analysis stored (see {@link AnalysisEvents}). */
public final class Events {
  private final Database db;

  public Events(Database db) {
    this.db = db;
  }

  /** Events with an id above {@code afterId}, oldest first; of one tracker, or of all when {@code trackerId} is null. */
  public List<LedgerEvent> after(long afterId, String trackerId, int limit) {
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "select id, type, tracker_id, claim_id, other_claim, created_at, payload from event where id > ?"
              + (trackerId == null ? "" : " and tracker_id = ?") + " order by id limit ?")) {
        int i = 1;
        ps.setLong(i++, afterId);
        if (trackerId != null) ps.setString(i++, trackerId);
        ps.setInt(i, limit);
        return read(ps);
      }
    });
  }

  /** The newest events, newest first; of one tracker, or of all when {@code trackerId} is null. */
  public List<LedgerEvent> latest(String trackerId, int limit) {
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "select id, type, tracker_id, claim_id, other_claim, created_at, payload from event"
              + (trackerId == null ? "" : " where tracker_id = ?") + " order by id desc limit ?")) {
        int i = 1;
        if (trackerId != null) ps.setString(i++, trackerId);
        ps.setInt(i, limit);
        return read(ps);
      }
    });
  }

  public Optional<LedgerEvent> get(long id) {
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "select id, type, tracker_id, claim_id, other_claim, created_at, payload from event where id = ?")) {
        ps.setLong(1, id);
        return read(ps).stream().findFirst();
      }
    });
  }

  /** The id of the newest event, 0 when there is none. */
  public long lastId() {
    return db.inTransaction(Events::lastId);
  }

  static long lastId(java.sql.Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select coalesce(max(id), 0) from event"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<LedgerEvent> read(PreparedStatement ps) throws SQLException {
    List<LedgerEvent> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new LedgerEvent(rs.getLong(1), EventType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)));
      }
    }
    return out;
  }
}
