package org.claimtrack.ledger.store;

import org.claimtrack.json.ClaimJson;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtrack.domain.Article;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.domain.Claim;
import org.claimtrack.ledger.IngestOutcome;
import org.claimtrack.ledger.track.Analyzer;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Conflict;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.LedgerAnalysis;
import org.claimtrack.ledger.track.LedgerClaim;
import org.claimtrack.ledger.track.Revision;
import org.claimtrack.ledger.track.SourceOverride;
import org.claimtrack.ledger.track.Tracker;
import org.claimtrack.ledger.watch.AnalysisEvents;

/**
 * The ledger's writes: articles with their claims (one transaction each), the analyst's overrides,
 * and the materialized analysis (one transaction, rebuilt when stale).
 */
public final class LedgerStore {
  private final Database db;

  public LedgerStore(Database db) {
    this.db = db;
  }

  /** The extractor version an article was stored with, or null when it is not stored. */
  public String storedVersion(String hash) {
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("select extractor_version from article where hash = ?")) {
        ps.setString(1, hash);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      }
    });
  }

  /**
   * Stores an article and its claims in one transaction. A new article is inserted; a stored one is
   * left alone unless {@code replace}, when its claims are replaced (re-extraction). When another
   * process stores the same article meanwhile, the unique key on the hash stops the second copy and
   * this returns {@link IngestOutcome#UNCHANGED}.
   */
  public IngestOutcome store(ArticleClaims ac, String extractorVersion, boolean replace) {
    Article a = ac.article();
    IngestOutcome outcome = db.inTransaction(c -> {
      boolean exists;
      try (PreparedStatement ps = c.prepareStatement("select extractor_version from article where hash = ? for update")) {
        ps.setString(1, a.hash());
        try (ResultSet rs = ps.executeQuery()) {
          exists = rs.next();
        }
      }
      if (exists && !replace) return IngestOutcome.UNCHANGED;
      long seq = nextSeq(c, "article_seq");
      // the change counter: one row, locked until this commit, so its values follow commit order
      try (PreparedStatement ps = c.prepareStatement("update ledger_meta set changes = changes + 1 where id = 1")) {
        ps.executeUpdate();
      }
      if (exists) {
        exec(c, "delete from claim where article_hash = ?", a.hash());
        try (PreparedStatement ps = c.prepareStatement(
            "update article set article_id = ?, file = ?, title = ?, publisher = ?, published = ?, url = ?, body_start = ?,"
                + " body_end = ?, text = ?, extractor_version = ?, seq = ?, ingested_at = ? where hash = ?")) {
          int i = bindArticle(ps, a, extractorVersion, seq, 1);
          ps.setString(i, a.hash());
          ps.executeUpdate();
        }
      } else {
        try (PreparedStatement ps = c.prepareStatement(
            "insert into article (article_id, file, title, publisher, published, url, body_start, body_end, text,"
                + " extractor_version, seq, ingested_at, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          int i = bindArticle(ps, a, extractorVersion, seq, 1);
          ps.setString(i, a.hash());
          ps.executeUpdate();
        } catch (SQLException e) {
          if (Database.duplicate(e)) { // stored by another process meanwhile: roll back, nothing to do
            c.rollback();
            return null;
          }
          throw e;
        }
      }
      insertClaims(c, a, ac.claims());
      return exists ? IngestOutcome.REEXTRACTED : IngestOutcome.STORED;
    });
    return outcome == null ? IngestOutcome.UNCHANGED : outcome;
  }

  private static int bindArticle(PreparedStatement ps, Article a, String version, long seq, int i) throws SQLException {
    ps.setString(i++, a.id());
    ps.setString(i++, a.file());
    ps.setString(i++, a.title());
    ps.setString(i++, a.publisher());
    setDate(ps, i++, a.published());
    ps.setString(i++, a.url());
    ps.setInt(i++, a.body().start());
    ps.setInt(i++, a.body().end());
    ps.setString(i++, a.text());
    ps.setString(i++, version);
    ps.setLong(i++, seq);
    ps.setTimestamp(i++, Timestamp.from(Instant.now()));
    return i;
  }

  private static void insertClaims(Connection c, Article a, List<Claim> claims) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "insert into claim (id, article_hash, ord, kind, source_name, source_type, mention, text, reported_on, hedged, json)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      Set<String> seen = new HashSet<>();
      for (Claim cl : claims) {
        if (!seen.add(cl.id())) continue; // the extractor gives one id per content span; keep the first
        ps.setString(1, cl.id());
        ps.setString(2, a.hash());
        ps.setInt(3, ord++);
        ps.setString(4, cl.kind().name());
        ps.setString(5, cl.source().name());
        ps.setString(6, cl.source().type().name());
        ps.setString(7, mention(a, cl));
        ps.setString(8, cl.text());
        setDate(ps, 9, cl.reportedOn());
        ps.setBoolean(10, cl.hedged());
        ps.setString(11, ClaimJson.write(cl));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static String mention(Article a, Claim c) {
    if (c.sourceSpan() == null || !c.sourceSpan().fits(a.text().length())) return null;
    return c.sourceSpan().of(a.text());
  }

  // ---- overrides ----

  public void addOverride(SourceOverride o) {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "insert into source_override (seq, action, a, b, created_at) values (?, ?, ?, ?, ?)")) {
        ps.setLong(1, nextSeq(c, "override_seq"));
        ps.setString(2, o.action().name());
        ps.setString(3, o.a());
        ps.setString(4, o.b());
        ps.setTimestamp(5, Timestamp.from(Instant.now()));
        ps.executeUpdate();
      }
      return null;
    });
  }

  /** Removes the analyst's merges that name {@code name} (either side, case-insensitively); how many. */
  public int removeMerges(String name) {
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "delete from source_override where action = 'MERGE' and (lower(a) = lower(?) or lower(b) = lower(?))")) {
        ps.setString(1, name.strip());
        ps.setString(2, name.strip());
        return ps.executeUpdate();
      }
    });
  }

  public static List<SourceOverride> overrides(Connection c) throws SQLException {
    List<SourceOverride> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select action, a, b from source_override order by seq");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.add(new SourceOverride(SourceOverride.Action.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)));
    }
    return out;
  }

  // ---- analysis ----

  /**
   * What the materialized analysis was computed from; when it differs from now, it is stale. The
   * articles are fingerprinted by the change counter every store increments (stored in the
   * {@code article_seq} column), not by the highest seq: seqs are handed out before commit, so a
   * lower one may commit after a higher one was analyzed.
   */
  record Stamp(long articleSeq, long articleCount, long overrideSeq, String analysisVersion) {}

  private static Stamp current(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
            "select (select changes from ledger_meta where id = 1), (select count(*) from article),"
                + " (select coalesce(max(seq), 0) from source_override)");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new Stamp(rs.getLong(1), rs.getLong(2), rs.getLong(3), org.claimtrack.ledger.track.Analyzer.VERSION);
    }
  }

  private static Stamp analyzed(Connection c, boolean lock) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
            "select article_seq, article_count, override_seq, analysis_version from ledger_meta where id = 1"
                + (lock ? " for update" : ""));
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new Stamp(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4));
    }
  }

  /** True when articles or overrides changed since the analysis was stored. */
  public boolean stale() {
    return db.inTransaction(c -> !current(c).equals(analyzed(c, false)));
  }

  /**
   * Re-runs the analysis over every stored claim and stores it, in one transaction, when anything
   * changed since it was last stored (or always, with {@code force}). Concurrent callers are
   * serialized by a row lock; the second finds the work done.
   *
   * @return true when the analysis was recomputed
   */
  public boolean refreshAnalysis(boolean force) {
    if (!force && !stale()) return false;
    return db.inTransaction(c -> {
      Stamp before = analyzed(c, true); // the lock: one analysis at a time
      Stamp now = current(c);
      if (!force && before.equals(now)) return false;
      List<LedgerClaim> claims = allClaims(c);
      LedgerAnalysis analysis = Analyzer.analyze(claims, overrides(c));
      // the events hook: what the stored analysis gains becomes events, in this same transaction
      AnalysisEvents.Snapshot stored = AnalysisEvents.snapshot(c);
      materialize(c, analysis);
      AnalysisEvents.record(c, stored);
      try (PreparedStatement ps = c.prepareStatement(
          "update ledger_meta set article_seq = ?, article_count = ?, override_seq = ?, analyzed_at = ?,"
              + " analysis_version = ? where id = 1")) {
        ps.setLong(1, now.articleSeq());
        ps.setLong(2, now.articleCount());
        ps.setLong(3, now.overrideSeq());
        ps.setTimestamp(4, Timestamp.from(Instant.now()));
        ps.setString(5, now.analysisVersion());
        ps.executeUpdate();
      }
      return true;
    });
  }

  public static List<LedgerClaim> allClaims(Connection c) throws SQLException {
    List<LedgerClaim> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
            "select a.article_id, a.hash, a.file, a.title, a.publisher, a.published, c.json, c.mention"
                + " from claim c join article a on a.hash = c.article_hash order by a.seq, c.ord");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new LedgerClaim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            date(rs, 6), ClaimJson.read(rs.getString(7)), rs.getString(8)));
      }
    }
    return out;
  }

  private static void materialize(Connection c, LedgerAnalysis an) throws SQLException {
    for (String t : List.of("conflict", "revision", "estimate", "tracker", "claim_source", "source_alias", "source")) {
      try (var s = c.createStatement()) {
        s.executeUpdate("delete from " + t);
      }
    }
    try (PreparedStatement src = c.prepareStatement(
            "insert into source (id, name, type, affiliation, claims, why, ord) values (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement alias = c.prepareStatement("insert into source_alias (source_id, alias, ord) values (?, ?, ?)")) {
      Set<String> ids = new HashSet<>();
      int ord = 0;
      for (CanonicalSource s : an.sources()) {
        if (!ids.add(s.id())) continue; // ids are unique by the analysis' contract; never let a slip stop the ledger
        src.setString(1, s.id());
        src.setString(2, s.name());
        src.setString(3, s.type().name());
        src.setString(4, s.affiliation());
        src.setInt(5, s.claims());
        src.setString(6, String.join("\n", s.why()));
        src.setInt(7, ord++);
        src.addBatch();
        Set<String> seen = new HashSet<>();
        int aliasOrd = 0;
        for (String al : s.aliases()) {
          if (al == null || !seen.add(al)) continue;
          alias.setString(1, s.id());
          alias.setString(2, al);
          alias.setInt(3, aliasOrd++);
          alias.addBatch();
        }
      }
      src.executeBatch();
      alias.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("insert into claim_source (claim_id, source_id) values (?, ?)")) {
      int n = 0;
      for (Map.Entry<String, String> e : an.sourceOfClaim().entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue());
        ps.addBatch();
        if (++n % 5000 == 0) ps.executeBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement tr = c.prepareStatement(
            "insert into tracker (id, ord, what, counted, place, kind, verdict, estimates, sources, latest_claim, latest_on,"
                + " latest_low, latest_high, latest_qualifier, range_low, range_high, conflicted, revised)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement es = c.prepareStatement(
            "insert into estimate (tracker_id, ord, claim_id, quantity_index, article_id, article_hash, file, source_id,"
                + " reported_on, low, high, qualifier, hedged, surface, repeat_of, why)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement rv = c.prepareStatement(
            "insert into revision (tracker_id, ord, source_id, from_claim, to_claim, direction) values (?, ?, ?, ?, ?, ?)");
        PreparedStatement cf = c.prepareStatement(
            "insert into conflict (tracker_id, ord, a, b, why) values (?, ?, ?, ?, ?)")) {
      int tOrd = 0;
      Set<String> seenTrackers = new HashSet<>();
      List<Tracker> trackers = an.trackers().stream().filter(t -> seenTrackers.add(t.id())).toList();
      for (Tracker t : trackers) {
        Estimate latest = TrackerFacts.latest(t);
        BigDecimal[] range = TrackerFacts.range(t);
        int i = 1;
        tr.setString(i++, t.id());
        tr.setInt(i++, tOrd++);
        tr.setString(i++, t.what());
        tr.setString(i++, t.counted());
        tr.setString(i++, t.place());
        tr.setString(i++, t.kind().name());
        tr.setString(i++, t.verdict());
        tr.setInt(i++, t.estimates().size());
        tr.setInt(i++, (int) t.estimates().stream().map(Estimate::sourceId).distinct().count());
        tr.setString(i++, latest == null ? null : latest.claimId());
        setDate(tr, i++, latest == null ? null : latest.reportedOn());
        tr.setBigDecimal(i++, latest == null ? null : latest.low());
        tr.setBigDecimal(i++, latest == null ? null : latest.high());
        tr.setString(i++, latest == null ? null : latest.qualifier().name());
        tr.setBigDecimal(i++, range[0]);
        tr.setBigDecimal(i++, range[1]);
        tr.setBoolean(i++, !t.conflicts().isEmpty());
        tr.setBoolean(i++, !t.revisions().isEmpty());
        tr.addBatch();
      }
      tr.executeBatch();
      for (Tracker t : trackers) {
        int o = 0;
        for (Estimate e : t.estimates()) {
          int i = 1;
          es.setString(i++, t.id());
          es.setInt(i++, o++);
          es.setString(i++, e.claimId());
          es.setInt(i++, e.quantityIndex());
          es.setString(i++, e.articleId());
          es.setString(i++, e.articleHash());
          es.setString(i++, e.file());
          es.setString(i++, e.sourceId());
          setDate(es, i++, e.reportedOn());
          es.setBigDecimal(i++, e.low());
          es.setBigDecimal(i++, e.high());
          es.setString(i++, e.qualifier().name());
          es.setBoolean(i++, e.hedged());
          es.setString(i++, e.surface());
          es.setString(i++, e.repeatOf());
          es.setString(i++, e.why());
          es.addBatch();
        }
        o = 0;
        for (Revision r : t.revisions()) {
          rv.setString(1, t.id());
          rv.setInt(2, o++);
          rv.setString(3, r.sourceId());
          rv.setString(4, r.from());
          rv.setString(5, r.to());
          rv.setString(6, r.direction().name());
          rv.addBatch();
        }
        o = 0;
        for (Conflict x : t.conflicts()) {
          cf.setString(1, t.id());
          cf.setInt(2, o++);
          cf.setString(3, x.a());
          cf.setString(4, x.b());
          cf.setString(5, x.why());
          cf.addBatch();
        }
      }
      es.executeBatch();
      rv.executeBatch();
      cf.executeBatch();
    }
  }

  // ---- helpers ----

  static long nextSeq(Connection c, String seq) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select nextval('" + seq + "')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void exec(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      ps.executeUpdate();
    }
  }

  static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
    if (d == null) ps.setNull(i, Types.DATE);
    else ps.setDate(i, Date.valueOf(d));
  }

  public static LocalDate date(ResultSet rs, int i) throws SQLException {
    Date d = rs.getDate(i);
    return d == null ? null : d.toLocalDate();
  }

  public static BigDecimal decimal(ResultSet rs, int i) throws SQLException {
    BigDecimal d = rs.getBigDecimal(i);
    if (d == null) return null;
    d = d.stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
