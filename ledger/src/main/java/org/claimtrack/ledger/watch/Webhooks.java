package org.claimtrack.ledger.watch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimtrack.ledger.store.Database;

/**
 * Webhooks and their deliveries. A delivery row is made for each event a webhook wants in the
 * transaction that makes the event ({@link AnalysisEvents}); a sender claims due deliveries with a
 * lease (so two servers on one ledger never send the same one at once), then marks each delivered,
 * or failed with the time of the next attempt. Every attempt is logged.
 */
public final class Webhooks {
  /** A registered webhook (its secret is not listed). */
  public record Webhook(long id, String url, String trackerId, Instant createdAt, long afterEvent) {}

  /** A delivery a sender has claimed: what to send, where, signed with what. */
  public record Due(Webhook webhook, String secret, LedgerEvent event, int attempts) {}

  /** One delivery's state, for the delivery log. */
  public record Delivery(long webhookId, long eventId, String state, int attempts, Integer lastStatus, String lastError,
      Instant nextAttempt, Instant deliveredAt) {}

  /** One try at a delivery. */
  public record Attempt(long eventId, int attempt, Instant at, Integer status, String error) {}

  private final Database db;

  public Webhooks(Database db) {
    this.db = db;
  }

  /** Registers a webhook; it hears of events made from now on. */
  public Webhook add(String url, String trackerId, String secret) {
    return db.inTransaction(c -> {
      long id;
      try (PreparedStatement ps = c.prepareStatement("select nextval('webhook_seq')"); ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      long after = Events.lastId(c);
      Instant now = Instant.now();
      try (PreparedStatement ps = c.prepareStatement(
          "insert into webhook (id, url, tracker_id, secret, after_event, created_at, active) values (?, ?, ?, ?, ?, ?, true)")) {
        ps.setLong(1, id);
        ps.setString(2, url);
        ps.setString(3, trackerId);
        ps.setString(4, secret);
        ps.setLong(5, after);
        ps.setTimestamp(6, Timestamp.from(now));
        ps.executeUpdate();
      }
      return new Webhook(id, url, trackerId, now, after);
    });
  }

  /** Active webhooks, oldest first. */
  public List<Webhook> list() {
    return db.inTransaction(c -> {
      List<Webhook> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
              "select id, url, tracker_id, created_at, after_event from webhook where active order by id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(webhook(rs, 1));
      }
      return out;
    });
  }

  public Optional<Webhook> get(long id) {
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "select id, url, tracker_id, created_at, after_event from webhook where active and id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(webhook(rs, 1)) : Optional.<Webhook>empty();
        }
      }
    });
  }

  /** Removes a webhook: it gets nothing more; its pending deliveries are cancelled, its log kept. */
  public boolean remove(long id) {
    return db.inTransaction(c -> {
      int n;
      try (PreparedStatement ps = c.prepareStatement("update webhook set active = false where id = ? and active")) {
        ps.setLong(1, id);
        n = ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "update webhook_delivery set state = 'CANCELLED', lease_until = null where webhook_id = ? and state = 'PENDING'")) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
      return n > 0;
    });
  }

  /**
   * Claims up to {@code limit} deliveries due at {@code now} that no other sender holds, for {@code
   * lease}: until then no other sender takes them.
   */
  public List<Due> claimDue(Instant now, Duration lease, int limit) {
    return db.inTransaction(c -> {
      record Key(long webhook, long event) {}
      List<Key> candidates = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "select webhook_id, event_id from webhook_delivery where state = 'PENDING' and next_attempt <= ?"
              + " and (lease_until is null or lease_until < ?) order by event_id, webhook_id limit ?")) {
        ps.setTimestamp(1, Timestamp.from(now));
        ps.setTimestamp(2, Timestamp.from(now));
        ps.setInt(3, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) candidates.add(new Key(rs.getLong(1), rs.getLong(2)));
        }
      }
      List<Due> out = new ArrayList<>();
      for (Key k : candidates) {
        try (PreparedStatement ps = c.prepareStatement(
            "update webhook_delivery set lease_until = ? where webhook_id = ? and event_id = ? and state = 'PENDING'"
                + " and (lease_until is null or lease_until < ?)")) {
          ps.setTimestamp(1, Timestamp.from(now.plus(lease)));
          ps.setLong(2, k.webhook());
          ps.setLong(3, k.event());
          ps.setTimestamp(4, Timestamp.from(now));
          if (ps.executeUpdate() != 1) continue; // another sender took it
        }
        try (PreparedStatement ps = c.prepareStatement(
            "select w.id, w.url, w.tracker_id, w.created_at, w.after_event, w.secret, d.attempts,"
                + " e.id, e.type, e.tracker_id, e.claim_id, e.other_claim, e.created_at, e.payload"
                + " from webhook_delivery d join webhook w on w.id = d.webhook_id join event e on e.id = d.event_id"
                + " where d.webhook_id = ? and d.event_id = ?")) {
          ps.setLong(1, k.webhook());
          ps.setLong(2, k.event());
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              LedgerEvent e = new LedgerEvent(rs.getLong(8), EventType.valueOf(rs.getString(9)), rs.getString(10),
                  rs.getString(11), rs.getString(12), rs.getTimestamp(13).toInstant(), rs.getString(14));
              out.add(new Due(webhook(rs, 1), rs.getString(6), e, rs.getInt(7)));
            }
          }
        }
      }
      return out;
    });
  }

  /** The receiver took the delivery (a 2xx status). */
  public void delivered(long webhookId, long eventId, int status) {
    finish(webhookId, eventId, status, null, null, true);
  }

  /**
   * The attempt failed: {@code status} is the receiver's (null when it could not be reached); the
   * next attempt is at {@code retryAt}, or never when it is null (the delivery is marked FAILED).
   */
  public void failed(long webhookId, long eventId, Integer status, String error, Instant retryAt) {
    finish(webhookId, eventId, status, error, retryAt, false);
  }

  private void finish(long webhookId, long eventId, Integer status, String error, Instant retryAt, boolean ok) {
    db.inTransaction(c -> {
      int attempts;
      try (PreparedStatement ps = c.prepareStatement(
          "select attempts from webhook_delivery where webhook_id = ? and event_id = ? for update")) {
        ps.setLong(1, webhookId);
        ps.setLong(2, eventId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) return null;
          attempts = rs.getInt(1) + 1;
        }
      }
      Instant now = Instant.now();
      String err = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
      try (PreparedStatement ps = c.prepareStatement(
          "update webhook_delivery set state = ?, attempts = ?, last_status = ?, last_error = ?, lease_until = null,"
              + " next_attempt = ?, delivered_at = ? where webhook_id = ? and event_id = ? and state = 'PENDING'")) {
        ps.setString(1, ok ? "DELIVERED" : retryAt == null ? "FAILED" : "PENDING");
        ps.setInt(2, attempts);
        setInt(ps, 3, status);
        ps.setString(4, err);
        ps.setTimestamp(5, Timestamp.from(retryAt != null ? retryAt : now));
        ps.setTimestamp(6, ok ? Timestamp.from(now) : null);
        ps.setLong(7, webhookId);
        ps.setLong(8, eventId);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "insert into webhook_attempt (webhook_id, event_id, attempt, at, status, error) values (?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, webhookId);
        ps.setLong(2, eventId);
        ps.setInt(3, attempts);
        ps.setTimestamp(4, Timestamp.from(now));
        setInt(ps, 5, status);
        ps.setString(6, err);
        ps.executeUpdate();
      }
      return null;
    });
  }

  /** A webhook's deliveries, newest event first. */
  public List<Delivery> deliveries(long webhookId, int limit) {
    return db.inTransaction(c -> {
      List<Delivery> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "select webhook_id, event_id, state, attempts, last_status, last_error, next_attempt, delivered_at"
              + " from webhook_delivery where webhook_id = ? order by event_id desc limit ?")) {
        ps.setLong(1, webhookId);
        ps.setInt(2, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Timestamp d = rs.getTimestamp(8);
            out.add(new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), integer(rs, 5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), d == null ? null : d.toInstant()));
          }
        }
      }
      return out;
    });
  }

  /** Every attempt at one delivery, first first. */
  public List<Attempt> attempts(long webhookId, long eventId) {
    return db.inTransaction(c -> {
      List<Attempt> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "select event_id, attempt, at, status, error from webhook_attempt where webhook_id = ? and event_id = ? order by attempt")) {
        ps.setLong(1, webhookId);
        ps.setLong(2, eventId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Attempt(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), integer(rs, 4), rs.getString(5)));
          }
        }
      }
      return out;
    });
  }

  private static Webhook webhook(ResultSet rs, int i) throws SQLException {
    return new Webhook(rs.getLong(i), rs.getString(i + 1), rs.getString(i + 2), rs.getTimestamp(i + 3).toInstant(),
        rs.getLong(i + 4));
  }

  private static Integer integer(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v;
  }

  private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) ps.setNull(i, Types.INTEGER);
    else ps.setInt(i, v);
  }

}
