package org.claimtrack.ledger.browse;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimtrack.domain.Claim;
import org.claimtrack.domain.ClaimKind;
import org.claimtrack.json.ClaimJson;
import org.claimtrack.ledger.store.Database;
import org.claimtrack.ledger.store.LedgerReads;
import org.claimtrack.ledger.store.LedgerStore;

/**
 * Paged, filtered reads of the stored articles and claims, for a server or a UI. Every filter is a
 * bound parameter; the SQL is fixed text.
 */
public final class Browse {
  private final Database db;

  public Browse(Database db) {
    this.db = db;
  }

  /** One page of a longer list, and how long the list is. */
  public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
      items = List.copyOf(items);
    }
  }

  /** An article without its text. */
  public record ArticleRow(String hash, String id, String file, String title, String publisher, LocalDate published,
      String url, int claims) {}

  /** An article with its text and claims; spans of the claims index {@code text}. */
  public record StoredArticle(ArticleRow row, String text, int bodyStart, int bodyEnd, String extractorVersion,
      List<StoredClaim> claims) {
    public StoredArticle {
      claims = List.copyOf(claims);
    }
  }

  /**
   * A stored claim: the extractor's claim (its contract JSON in {@code json}), its article and its
   * canonical source.
   */
  public record StoredClaim(Claim claim, String json, String articleHash, String articleId, String file,
      String sourceId) {}

  /**
   * Narrows articles and claims. Null fields do not narrow.
   *
   * @param sourceIds canonical source ids (resolve names with {@link #sourceIds}); empty matches nothing
   * @param from claims reported (else articles published) on or after this day
   * @param to ... on or before this day
   * @param trackerId only claims with a figure in this tracker (articles holding one)
   * @param kind only claims of this kind
   * @param articleHash only claims of this article
   */
  public record Filter(List<String> sourceIds, LocalDate from, LocalDate to, String trackerId, ClaimKind kind,
      String articleHash) {
    public static final Filter NONE = new Filter(null, null, null, null, null, null);
  }

  /** Canonical source ids whose id, name or alias is {@code name} (case-insensitive). */
  public List<String> sourceIds(String name) {
    return db.inTransaction(c -> LedgerReads.sourceIds(c, name));
  }

  private record Where(String sql, List<Object> args) {}

  private static Where claimWhere(Filter f) {
    StringBuilder w = new StringBuilder(" where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (f.sourceIds() != null) {
      if (f.sourceIds().isEmpty()) {
        w.append(" and 1 = 0");
      } else {
        w.append(" and cs.source_id in (").append(marks(f.sourceIds().size())).append(")");
        args.addAll(f.sourceIds());
      }
    }
    if (f.from() != null) {
      w.append(" and coalesce(c.reported_on, a.published) >= ?");
      args.add(f.from());
    }
    if (f.to() != null) {
      w.append(" and coalesce(c.reported_on, a.published) <= ?");
      args.add(f.to());
    }
    if (f.trackerId() != null) {
      w.append(" and exists (select 1 from estimate e where e.claim_id = c.id and e.tracker_id = ?)");
      args.add(f.trackerId());
    }
    if (f.kind() != null) {
      w.append(" and c.kind = ?");
      args.add(f.kind().name());
    }
    if (f.articleHash() != null) {
      w.append(" and c.article_hash = ?");
      args.add(f.articleHash());
    }
    return new Where(w.toString(), args);
  }

  private static final String CLAIM_FROM =
      " from claim c join article a on a.hash = c.article_hash left join claim_source cs on cs.claim_id = c.id";

  /** Claims in article order (oldest stored first), then their order in the article. */
  public Page<StoredClaim> claims(Filter f, int offset, int limit) {
    Where w = claimWhere(f);
    return db.inTransaction(c -> {
      long total = count(c, "select count(*)" + CLAIM_FROM + w.sql(), w.args());
      List<StoredClaim> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("select c.json, c.article_hash, a.article_id, a.file, cs.source_id"
          + CLAIM_FROM + w.sql() + " order by a.seq, c.ord limit ? offset ?")) {
        int i = bind(ps, w.args());
        ps.setInt(i++, limit);
        ps.setInt(i, offset);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(claim(rs));
        }
      }
      return new Page<>(out, total, offset, limit);
    });
  }

  public Optional<StoredClaim> claim(String id) {
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "select c.json, c.article_hash, a.article_id, a.file, cs.source_id" + CLAIM_FROM + " where c.id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(claim(rs)) : Optional.<StoredClaim>empty();
        }
      }
    });
  }

  /** The stored claims with these ids (those that exist), by id. */
  public java.util.Map<String, StoredClaim> claims(java.util.Collection<String> ids) {
    return db.inTransaction(c -> {
      java.util.Map<String, StoredClaim> out = new java.util.LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement(
          "select c.json, c.article_hash, a.article_id, a.file, cs.source_id" + CLAIM_FROM + " where c.id = ?")) {
        for (String id : new java.util.LinkedHashSet<>(ids)) {
          ps.setString(1, id);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) out.put(id, claim(rs));
          }
        }
      }
      return out;
    });
  }

  private static StoredClaim claim(ResultSet rs) throws SQLException {
    String json = rs.getString(1);
    return new StoredClaim(ClaimJson.read(json), json, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
  }

  /**
   * Articles, newest publication first (undated last). Source, tracker and kind keep the articles
   * holding a claim that matches; the date range applies to the publication date.
   */
  public Page<ArticleRow> articles(Filter f, int offset, int limit) {
    StringBuilder w = new StringBuilder(" where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (f.sourceIds() != null || f.trackerId() != null || f.kind() != null) {
      Where cw = claimWhere(new Filter(f.sourceIds(), null, null, f.trackerId(), f.kind(), null));
      w.append(" and exists (select 1 from claim c left join claim_source cs on cs.claim_id = c.id")
          .append(cw.sql()).append(" and c.article_hash = a.hash)");
      args.addAll(cw.args());
    }
    if (f.from() != null) {
      w.append(" and a.published >= ?");
      args.add(f.from());
    }
    if (f.to() != null) {
      w.append(" and a.published <= ?");
      args.add(f.to());
    }
    if (f.articleHash() != null) {
      w.append(" and a.hash = ?");
      args.add(f.articleHash());
    }
    return db.inTransaction(c -> {
      long total = count(c, "select count(*) from article a" + w, args);
      List<ArticleRow> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "select a.hash, a.article_id, a.file, a.title, a.publisher, a.published, a.url,"
              + " (select count(*) from claim x where x.article_hash = a.hash) from article a" + w
              + " order by a.published desc nulls last, a.seq limit ? offset ?")) {
        int i = bind(ps, args);
        ps.setInt(i++, limit);
        ps.setInt(i, offset);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(articleRow(rs));
        }
      }
      return new Page<>(out, total, offset, limit);
    });
  }

  private static ArticleRow articleRow(ResultSet rs) throws SQLException {
    return new ArticleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        LedgerStore.date(rs, 6), rs.getString(7), rs.getInt(8));
  }

  /** The article with this hash (or, when none has it, this id), with its text and claims. */
  public Optional<StoredArticle> article(String hashOrId) {
    Objects.requireNonNull(hashOrId, "hashOrId");
    return db.inTransaction(c -> {
      ArticleRow row;
      String text;
      int bodyStart;
      int bodyEnd;
      String version;
      try (PreparedStatement ps = c.prepareStatement(
          "select a.hash, a.article_id, a.file, a.title, a.publisher, a.published, a.url,"
              + " (select count(*) from claim x where x.article_hash = a.hash), a.text, a.body_start, a.body_end,"
              + " a.extractor_version from article a where a.hash = ? or a.article_id = ? order by case when a.hash = ?"
              + " then 0 else 1 end, a.seq limit 1")) {
        ps.setString(1, hashOrId);
        ps.setString(2, hashOrId);
        ps.setString(3, hashOrId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) return Optional.<StoredArticle>empty();
          row = articleRow(rs);
          text = rs.getString(9);
          bodyStart = rs.getInt(10);
          bodyEnd = rs.getInt(11);
          version = rs.getString(12);
        }
      }
      List<StoredClaim> claims = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("select c.json, c.article_hash, a.article_id, a.file, cs.source_id"
          + CLAIM_FROM + " where c.article_hash = ? order by c.ord")) {
        ps.setString(1, row.hash());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) claims.add(claim(rs));
        }
      }
      return Optional.of(new StoredArticle(row, text, bodyStart, bodyEnd, version, claims));
    });
  }

  /** The trackers a source's figures are in, in tracker order. */
  public List<String> trackersOfSource(String sourceId) {
    return db.inTransaction(c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "select t.id from tracker t where exists (select 1 from estimate e where e.tracker_id = t.id and e.source_id = ?)"
              + " order by t.ord")) {
        ps.setString(1, sourceId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(rs.getString(1));
        }
      }
      return out;
    });
  }

  /** For each of these claims that has a figure in some tracker: the trackers. */
  public java.util.Map<String, List<String>> trackersOfClaims(java.util.Collection<String> claimIds) {
    return db.inTransaction(c -> LedgerReads.trackersOfClaims(c, claimIds));
  }

  private static long count(Connection c, String sql, List<Object> args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
    int i = 1;
    for (Object o : args) {
      if (o instanceof LocalDate d) ps.setDate(i++, Date.valueOf(d));
      else ps.setString(i++, (String) o);
    }
    return i;
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
