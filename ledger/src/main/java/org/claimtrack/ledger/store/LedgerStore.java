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
      // the change counter's new value, ours until commit: the search index reads what changed after the value it saw
      try (PreparedStatement ps = c.prepareStatement(
          "update article set change_no = (select changes from ledger_meta where id = 1) where hash = ?")) {
        ps.setString(1, a.hash());
        ps.executeUpdate();
      }
      // the analysis' queue: what the next analysis recomputes (see AnalysisStore)
      exec(c, "delete from analysis_queue where article_hash = ?", a.hash());
      exec(c, "insert into analysis_queue (article_hash) values (?)", a.hash());
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
  record Stamp(long articleSeq, long overrideSeq, String analysisVersion) {}

  /**
   * What the analysis would be computed from now. Every read asks (is the analysis behind?), so it
   * reads two indexed rows and no count: the change counter moves with every article stored or
   * replaced, and articles are never deleted, so an article count would add nothing to the
   * comparison (on PostgreSQL {@code count(*)} scans the table: 20 ms per read at 100,000
   * articles). {@code ledger_meta.article_count} (V1) is no longer written or read.
   */
  private static Stamp current(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
            "select (select changes from ledger_meta where id = 1), (select coalesce(max(seq), 0) from source_override)");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new Stamp(rs.getLong(1), rs.getLong(2), org.claimtrack.ledger.track.Analyzer.VERSION);
    }
  }

  private static Stamp analyzed(Connection c, boolean lock) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
            "select article_seq, override_seq, analysis_version from ledger_meta where id = 1"
                + (lock ? " for update" : ""));
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new Stamp(rs.getLong(1), rs.getLong(2), rs.getString(3));
    }
  }

  /** True when articles or overrides changed since the analysis was stored. */
  public boolean stale() {
    return db.inTransaction(c -> !current(c).equals(analyzed(c, false)));
  }

  /**
   * Brings the stored analysis up to date, in one transaction, when anything changed since it was
   * last stored (or always, with {@code force}): incrementally from the articles stored since
   * ({@link AnalysisStore}), or from every article when the rules' version or the analyst's
   * overrides changed, the ledger is new, or {@code force} asks. Concurrent callers are serialized
   * by a row lock; the second finds the work done.
   *
   * @return true when the analysis was recomputed
   */
  public boolean refreshAnalysis(boolean force) {
    if (!force && !stale()) return false;
    return db.inTransaction(c -> {
      Stamp before = analyzed(c, true); // the lock: one analysis at a time
      Stamp now = current(c);
      if (!force && before.equals(now)) return false;
      boolean full = force || before.articleSeq() < 0 || before.overrideSeq() != now.overrideSeq()
          || !now.analysisVersion().equals(before.analysisVersion());
      AnalysisStore.run(c, full, overrides(c));
      try (PreparedStatement ps = c.prepareStatement(
          "update ledger_meta set article_seq = ?, override_seq = ?, analyzed_at = ?, analysis_version = ? where id = 1")) {
        ps.setLong(1, now.articleSeq());
        ps.setLong(2, now.overrideSeq());
        ps.setTimestamp(3, Timestamp.from(Instant.now()));
        ps.setString(4, now.analysisVersion());
        ps.executeUpdate();
      }
      return true;
    });
  }

  /** Every stored claim with its article, in the order articles were stored (for the full analysis in memory). */
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
