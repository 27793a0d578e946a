package org.claimtrack.ledger.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.claimtrack.ledger.LedgerException;
import org.claimtrack.ledger.LedgerException.Kind;
import org.claimtrack.ledger.store.Database;
import org.claimtrack.ledger.store.LedgerStore;

/**
 * Full-text index of articles and claims, derived from the database. Each article document keeps
 * the article's sequence number; {@link #sync} indexes every article whose (hash, seq) the index
 * does not hold and drops what the database no longer has. Sequence numbers are handed out before
 * commit, so a lower one can commit after a higher one: the index compares sets, not a high-water
 * mark. The commit data records the database's change counter at that sync, so a search can tell
 * with a one-row read whether anything changed.
 * Lucene allows one writer per folder, so only the process that gets the writer lock syncs; the
 * others search what was last committed, and catch up the next time they get the lock. Losing the
 * index loses nothing: it is rebuilt from the database.
 */
public final class SearchIndex implements AutoCloseable {
  static final String TYPE = "type";
  static final String HASH = "hash";
  static final String ARTICLE_ID = "articleId";
  static final String CLAIM = "claim";
  static final String FILE = "file";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String SOURCE = "source";
  static final String PUBLISHER = "publisher";
  static final String DAY = "day";
  static final String TITLE_STORED = "titleStored";
  static final String SNIPPET = "snippet";
  static final String SEQ = "seq";
  static final String[] SEARCHED = {TEXT, TITLE, SOURCE, FILE, PUBLISHER};

  private final Path dir;
  private final Database db;
  private final String ledgerId;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private Directory directory;
  private DirectoryReader reader;

  public SearchIndex(Path dir, Database db, String ledgerId) {
    this.dir = dir;
    this.db = db;
    this.ledgerId = ledgerId;
  }

  private Directory directory() throws IOException {
    if (directory == null) {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
    }
    return directory;
  }

  /**
   * Brings the index up to date with the database when this process can get the writer lock,
   * trying for up to {@code waitMillis}. Returns false when another process held the lock all along
   * (it is syncing; searches then read what it last committed).
   */
  public boolean sync(long waitMillis) {
    if (db.readOnly()) return false; // a read-only ledger searches what its index holds
    long deadline = System.currentTimeMillis() + waitMillis;
    while (true) {
      try {
        syncOnce();
        return true;
      } catch (LockObtainFailedException e) {
        if (System.currentTimeMillis() >= deadline) return false;
        sleep(100);
      } catch (IOException e) {
        throw new LedgerException(Kind.STORAGE, "cannot update the search index in " + dir + " (" + e.getMessage()
            + "): delete that folder to have it rebuilt from the database", e);
      }
    }
  }

  /**
   * Syncs (as {@link #sync}) only when the committed index is behind the database: a cheap check
   * (one aggregate query and the reader's commit data), so searches can call it every time.
   */
  public boolean syncIfBehind(long waitMillis) {
    if (db.readOnly()) return true;
    String dbPrint = db.inTransaction(SearchIndex::fingerprint);
    try {
      DirectoryReader r = reader();
      if (r != null) {
        Map<String, String> data = r.getIndexCommit().getUserData();
        if (ledgerId.equals(data.get("ledger")) && dbPrint.equals(data.get("articles"))) return true;
      } else if (dbPrint.equals("0")) {
        return true;
      }
    } catch (IOException e) {
      // unreadable: let sync rebuild it
    }
    return sync(waitMillis);
  }

  /** The database's article change counter (one row): changes with every article stored or replaced. */
  private static String fingerprint(java.sql.Connection c) throws java.sql.SQLException {
    try (PreparedStatement ps = c.prepareStatement("select changes from ledger_meta where id = 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return Long.toString(rs.getLong(1));
    }
  }

  private void syncOnce() throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(64);
    try (IndexWriter w = new IndexWriter(directory(), cfg)) {
      Map<String, String> data = new HashMap<>();
      if (w.getLiveCommitData() != null) w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      boolean rebuild = !ledgerId.equals(data.get("ledger"));
      if (rebuild) w.deleteAll(); // an index of another database (or none): rebuild
      // the database's articles and the index's, compared as sets of (hash, seq)
      Map<String, Long> inDb = new HashMap<>();
      String print = db.inTransaction(c -> {
        // the counter first: a store committing after it is seen as a change at the next check
        String counter = fingerprint(c);
        try (PreparedStatement ps = c.prepareStatement("select hash, seq from article");
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) inDb.put(rs.getString(1), rs.getLong(2));
        }
        return counter;
      });
      Map<String, Long> indexed = rebuild ? Map.of() : indexedArticles(w);
      List<String> todo = new ArrayList<>();
      inDb.forEach((hash, seq) -> {
        if (!seq.equals(indexed.get(hash))) todo.add(hash);
      });
      boolean changed = rebuild;
      for (String hash : indexed.keySet()) {
        if (!inDb.containsKey(hash)) {
          w.deleteDocuments(new Term(HASH, hash));
          changed = true;
        }
      }
      todo.sort(java.util.Comparator.comparing(inDb::get));
      for (int i = 0; i < todo.size(); i += 500) {
        Batch b = readBatch(todo.subList(i, Math.min(todo.size(), i + 500)));
        for (ArticleRow a : b.articles) {
          w.deleteDocuments(new Term(HASH, a.hash));
          w.addDocument(articleDoc(a));
          for (ClaimRow c : b.claims.getOrDefault(a.hash, List.of())) w.addDocument(claimDoc(a, c));
        }
        changed = true;
      }
      if (changed || !print.equals(data.get("articles"))) {
        w.setLiveCommitData(Map.of("ledger", ledgerId, "articles", print).entrySet());
        w.commit();
      }
    }
  }

  /** hash → seq of every article document the writer's index holds. */
  private static Map<String, Long> indexedArticles(IndexWriter w) throws IOException {
    Map<String, Long> out = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(w)) {
      IndexSearcher searcher = new IndexSearcher(r);
      var stored = searcher.storedFields();
      for (var leaf : r.leaves()) {
        var live = leaf.reader().getLiveDocs();
        var fields = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          Document doc = fields.document(d, java.util.Set.of(TYPE, HASH, SEQ));
          if (!"article".equals(doc.get(TYPE))) continue;
          String seq = doc.get(SEQ);
          out.put(doc.get(HASH), seq == null ? -1L : Long.parseLong(seq)); // no seq: an older index, index again
        }
      }
    }
    return out;
  }

  record ArticleRow(String hash, String id, String file, String title, String publisher, LocalDate published, String text, long seq) {}

  record ClaimRow(String id, String text, String source, String mention, LocalDate reportedOn) {}

  record Batch(List<ArticleRow> articles, Map<String, List<ClaimRow>> claims) {}

  /** The given articles with their claims. */
  private Batch readBatch(List<String> hashes) {
    String marks = String.join(",", java.util.Collections.nCopies(hashes.size(), "?"));
    return db.inTransaction(c -> {
      List<ArticleRow> arts = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "select hash, article_id, file, title, publisher, published, text, seq from article where hash in (" + marks
              + ") order by seq")) {
        for (int i = 0; i < hashes.size(); i++) ps.setString(i + 1, hashes.get(i));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            arts.add(new ArticleRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                LedgerStore.date(rs, 6), rs.getString(7), rs.getLong(8)));
          }
        }
      }
      Map<String, List<ClaimRow>> claims = new LinkedHashMap<>();
      if (!arts.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement(
            "select c.article_hash, c.id, c.text, c.source_name, c.mention, c.reported_on from claim c"
                + " where c.article_hash in (" + marks + ") order by c.article_hash, c.ord")) {
          for (int i = 0; i < hashes.size(); i++) ps.setString(i + 1, hashes.get(i));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              claims.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ClaimRow(rs.getString(2),
                  rs.getString(3), rs.getString(4), rs.getString(5), LedgerStore.date(rs, 6)));
            }
          }
        }
      }
      return new Batch(arts, claims);
    });
  }

  private static Document articleDoc(ArticleRow a) {
    Document d = new Document();
    d.add(new StringField(TYPE, "article", Field.Store.YES));
    d.add(new StringField(HASH, a.hash, Field.Store.YES));
    d.add(new StoredField(SEQ, Long.toString(a.seq)));
    d.add(new StoredField(ARTICLE_ID, a.id));
    if (a.file != null) d.add(new TextField(FILE, a.file, Field.Store.YES));
    if (a.title != null) {
      d.add(new TextField(TITLE, a.title, Field.Store.NO));
      d.add(new StoredField(TITLE_STORED, a.title));
    }
    if (a.publisher != null) d.add(new TextField(PUBLISHER, a.publisher, Field.Store.NO));
    d.add(new TextField(TEXT, a.text, Field.Store.NO));
    d.add(new StoredField(SNIPPET, a.text.length() > 300 ? a.text.substring(0, 300) : a.text));
    day(d, a.published);
    return d;
  }

  private static Document claimDoc(ArticleRow a, ClaimRow c) {
    Document d = new Document();
    d.add(new StringField(TYPE, "claim", Field.Store.YES));
    d.add(new StringField(HASH, a.hash, Field.Store.YES));
    d.add(new StoredField(ARTICLE_ID, a.id));
    d.add(new StringField(CLAIM, c.id, Field.Store.YES));
    if (a.file != null) d.add(new TextField(FILE, a.file, Field.Store.YES));
    if (a.title != null) d.add(new StoredField(TITLE_STORED, a.title));
    d.add(new TextField(TEXT, c.text, Field.Store.NO));
    d.add(new StoredField(SNIPPET, c.text));
    String src = (c.source == null ? "" : c.source) + (c.mention == null ? "" : " | " + c.mention);
    if (!src.isBlank()) d.add(new TextField(SOURCE, src, Field.Store.YES));
    day(d, c.reportedOn != null ? c.reportedOn : a.published);
    return d;
  }

  private static void day(Document d, LocalDate day) {
    if (day == null) return;
    d.add(new LongPoint(DAY, day.toEpochDay()));
    d.add(new StoredField(DAY, day.toEpochDay()));
  }

  /** A hit as the index holds it. */
  public record Hit(String type, String hash, String articleId, String file, String title, String claimId,
      String sourceName, LocalDate day, String text, float score) {}

  /** Parses a query in Lucene's syntax over text, titles, source names and files. */
  public Query parse(String query) {
    MultiFieldQueryParser p = new MultiFieldQueryParser(SEARCHED, analyzer,
        Map.of(TITLE, 2f, SOURCE, 1.5f, TEXT, 1f, FILE, 1f, PUBLISHER, 0.5f));
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      if (query == null || query.isBlank()) throw new ParseException("empty query");
      return p.parse(query);
    } catch (ParseException | RuntimeException e) {
      // Lucene's message quotes the query again: a long query is echoed once, cut short
      String why = LedgerExceptionText.first(String.valueOf(e.getMessage()).replace(String.valueOf(query), "…"));
      throw new LedgerException(Kind.USAGE, "cannot understand the query '" + LedgerExceptionText.shorten(query, 80)
          + "' (" + why
          + "): put words in double quotes, or escape + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / with a backslash");
    }
  }

  /**
   * Searches the committed index.
   *
   * @param claimIds when not null, only claims with these ids (articles are left out)
   * @param from when not null, only hits dated on or after it
   * @param to when not null, only hits dated on or before it
   */
  public List<Hit> search(Query q, Collection<String> claimIds, LocalDate from, LocalDate to, int limit) {
    try {
      DirectoryReader r = reader();
      if (r == null) return List.of();
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
      if (claimIds != null) {
        List<BytesRef> terms = claimIds.stream().map(BytesRef::new).toList();
        b.add(new TermInSetQuery(CLAIM, terms), BooleanClause.Occur.FILTER);
        b.add(new TermQuery(new Term(TYPE, "claim")), BooleanClause.Occur.FILTER);
      }
      if (from != null || to != null) {
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
        b.add(LongPoint.newRangeQuery(DAY, lo, hi), BooleanClause.Occur.FILTER);
      }
      IndexSearcher s = new IndexSearcher(r);
      TopDocs top = s.search(b.build(), limit);
      List<Hit> out = new ArrayList<>();
      var stored = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc);
        var day = d.getField(DAY);
        String text = d.get(SNIPPET);
        out.add(new Hit(d.get(TYPE), d.get(HASH), d.get(ARTICLE_ID), d.get(FILE), d.get(TITLE_STORED), d.get(CLAIM),
            d.get(SOURCE) == null ? null : d.get(SOURCE).split(" \\| ")[0], day == null ? null
            : LocalDate.ofEpochDay(day.numericValue().longValue()), text, sd.score));
      }
      return out;
    } catch (IOException e) {
      throw new LedgerException(Kind.STORAGE, "cannot read the search index in " + dir + " (" + e.getMessage()
          + "): delete that folder to have it rebuilt from the database", e);
    }
  }

  private DirectoryReader reader() throws IOException {
    if (reader == null) {
      try {
        if (!DirectoryReader.indexExists(directory())) return null;
        reader = DirectoryReader.open(directory());
      } catch (IndexNotFoundException e) {
        return null;
      }
    } else {
      DirectoryReader newer = DirectoryReader.openIfChanged(reader);
      if (newer != null) {
        reader.close();
        reader = newer;
      }
    }
    return reader;
  }

  /** How many documents the committed index holds (articles and claims). */
  public int documents() {
    try {
      DirectoryReader r = reader();
      return r == null ? 0 : r.numDocs();
    } catch (IOException e) {
      throw new LedgerException(Kind.STORAGE, "cannot read the search index in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    try {
      if (reader != null) reader.close();
      if (directory != null) directory.close();
    } catch (IOException ignored) {
      // nothing to lose: the index is derived
    }
    reader = null;
    directory = null;
  }

  static final class LedgerExceptionText {
    /** A query as messages echo it: at most {@code max} characters, and its length when cut. */
    static String shorten(String s, int max) {
      if (s == null) return "";
      return s.length() <= max ? s : s.substring(0, max) + "… (" + s.length() + " characters)";
    }

    static String first(String s) {
      if (s == null) return "syntax error";
      String line = s.lines().findFirst().orElse(s).trim();
      return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
  }
}
