package org.claimtrack.ledger;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.Query;
import org.claimtrack.domain.ArticleClaims;
import org.claimtrack.ledger.LedgerException.Kind;
import org.claimtrack.ledger.search.SearchIndex;
import org.claimtrack.ledger.store.Database;
import org.claimtrack.ledger.store.Exporter;
import org.claimtrack.ledger.store.LedgerReads;
import org.claimtrack.ledger.store.LedgerStore;
import org.claimtrack.ledger.track.Analyzer;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.SourceOverride;
import org.claimtrack.ledger.track.Tracker;
import org.claimtrack.ledger.watch.Events;
import org.claimtrack.ledger.watch.Webhooks;

/**
 * The ledger: stored articles and claims, the analysis over them (canonical sources, trackers),
 * and search. One instance per thread; several processes may open the same ledger at once.
 *
 * <pre>{@code
 * try (Ledger ledger = Ledger.open(LedgerConfig.embedded(Path.of("claimtrack-data")))) {
 *   if (ledger.needsExtraction(article.hash(), version, false)) ledger.ingest(extractor.extract(article), version);
 *   ledger.refresh();                      // analysis and index; reads also bring the analysis up to date
 *   ledger.trackers(); ledger.tracker("nk-troops-in-russia"); ledger.search("Sergeevka", SearchFilters.NONE);
 * }
 * }</pre>
 *
 * <p>Every failure a person can act on is a {@link LedgerException} with a one-line message.
 */
public final class Ledger implements AutoCloseable {
  private final Database db;
  private final LedgerStore store;
  private final SearchIndex index;

  private Ledger(Database db, SearchIndex index) {
    this.db = db;
    this.store = new LedgerStore(db);
    this.index = index;
  }

  /** Opens (and makes, or migrates, when needed) the ledger. */
  public static Ledger open(LedgerConfig config) {
    Database db = Database.open(config); // for the embedded database, this also prepares the data folder
    try {
      String ledgerId = db.inTransaction(LedgerReads::ledgerId);
      if (!config.embeddedDatabase()) Database.prepareDataDir(config.dataDir()); // the index lives there
      return new Ledger(db, new SearchIndex(config.dataDir().resolve("index"), db, ledgerId));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  // ---- ingest ----

  /** True when the article is not stored yet. Check it before running the extractor. */
  public boolean isStored(String articleHash) {
    return store.storedVersion(articleHash) != null;
  }

  /**
   * Whether an article must be extracted: it is not stored, or {@code reextract} is asked and it was
   * extracted by another extractor version.
   */
  public boolean needsExtraction(String articleHash, String extractorVersion, boolean reextract) {
    String v = store.storedVersion(articleHash);
    return v == null || (reextract && !v.equals(extractorVersion));
  }

  /** Stores a new article with its claims, in one transaction; a stored one is left alone. */
  public IngestOutcome ingest(ArticleClaims claims, String extractorVersion) {
    return store.store(claims, extractorVersion, false);
  }

  /** As {@link #ingest(ArticleClaims, String)}; with {@code replace}, a stored article's claims are replaced. */
  public IngestOutcome ingest(ArticleClaims claims, String extractorVersion, boolean replace) {
    return store.store(claims, extractorVersion, replace);
  }

  /**
   * Brings the stored analysis and the search index up to date with the stored articles. Ingest
   * calls it once at the end of a run; reads call {@link #ensureAnalysis()} themselves.
   *
   * @return false when another process held the index's writer lock throughout (it is updating it)
   */
  public boolean refresh() {
    requireWritable();
    store.refreshAnalysis(false);
    return index.sync(10_000);
  }

  /**
   * Re-analyzes when articles or overrides changed since the analysis was stored; a read-only ledger
   * answers from the analysis it holds.
   */
  public void ensureAnalysis() {
    if (!db.readOnly()) store.refreshAnalysis(false);
  }

  /**
   * True when the ledger was opened read-only, because its data folder cannot be written: reads
   * answer from what is stored; writes fail with a {@link LedgerException} saying so.
   */
  public boolean isReadOnly() {
    return db.readOnly();
  }

  /** Fails early, with the message a write would give, when the ledger is read-only. */
  public void requireWritable() {
    if (db.readOnly()) {
      throw new LedgerException(Kind.STORAGE, "the ledger in " + db.config().describe()
          + " is read-only (its folder cannot be written): make it writable or pass --data with another folder");
    }
  }

  // ---- reads ----

  public List<TrackerSummary> trackers() {
    ensureAnalysis();
    return db.inTransaction(LedgerReads::trackers);
  }

  public Optional<Tracker> tracker(String id) {
    ensureAnalysis();
    return db.inTransaction(c -> LedgerReads.tracker(c, id));
  }

  /** The tracker with this id, or else the tracker that best matches the words (by search). */
  public Optional<Tracker> findTracker(String idOrWords) {
    Optional<Tracker> exact = tracker(idOrWords);
    if (exact.isPresent()) return exact;
    List<TrackerSummary> all = trackers();
    if (all.isEmpty()) return Optional.empty();
    Set<String> words = words(idOrWords);
    Map<String, Double> score = new HashMap<>();
    for (TrackerSummary t : all) {
      Set<String> tw = words(t.id() + " " + t.what() + " " + nz(t.counted()) + " " + nz(t.place()));
      long shared = words.stream().filter(tw::contains).count();
      if (shared > 0) score.merge(t.id(), 2.0 * shared / words.size(), Double::sum);
    }
    // claims that match the words, by full-text search, vote for their trackers
    String q = String.join(" OR ", words.stream().map(w -> "\"" + w + "\"").toList());
    if (!q.isEmpty()) {
      index.syncIfBehind(0);
      List<SearchIndex.Hit> hits = index.search(index.parse(q), null, null, null, 200);
      Map<String, Float> byClaim = new LinkedHashMap<>();
      for (SearchIndex.Hit h : hits) if (h.claimId() != null) byClaim.merge(h.claimId(), h.score(), Float::sum);
      if (!byClaim.isEmpty()) {
        float max = byClaim.values().stream().max(Float::compare).orElse(1f);
        Map<String, List<String>> trackersOf = db.inTransaction(c -> LedgerReads.trackersOfClaims(c, byClaim.keySet()));
        // each tracker gets the vote of its best-matching claim: a tracker with many figures does not outvote
        // one whose name matches the words better
        Map<String, Double> vote = new HashMap<>();
        trackersOf.forEach((claim, ts) -> ts.forEach(t -> vote.merge(t, (double) byClaim.get(claim) / max, Math::max)));
        vote.forEach((t, v) -> score.merge(t, v, Double::sum));
      }
    }
    String best = null;
    double bestScore = 0;
    for (TrackerSummary t : all) { // in tracker order, so ties go to the first
      double s = score.getOrDefault(t.id(), 0.0);
      if (s > bestScore) {
        best = t.id();
        bestScore = s;
      }
    }
    return best == null ? Optional.empty() : tracker(best);
  }

  private static Set<String> words(String s) {
    Set<String> out = new TreeSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() < 3 || STOP.contains(w)) continue;
      out.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
    }
    return out;
  }

  private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "into", "its", "how", "many");

  public List<CanonicalSource> sources() {
    ensureAnalysis();
    return db.inTransaction(LedgerReads::sources);
  }

  /** The canonical source with this id, name or alias (case-insensitive). */
  public Optional<CanonicalSource> source(String idOrName) {
    ensureAnalysis();
    List<String> ids = db.inTransaction(c -> LedgerReads.sourceIds(c, idOrName));
    if (ids.isEmpty()) return Optional.empty();
    return sources().stream().filter(s -> s.id().equals(ids.get(0))).findFirst();
  }

  /**
   * Full-text search over article text and titles, claim text and source names, in Lucene's query
   * syntax ("Sergeevka", "troops AND Kursk", "\"North Korean\""). Brings the index up to date first
   * when no other process is doing so.
   *
   * @throws LedgerException USAGE for a malformed query, NOT_FOUND for an unknown source or tracker filter
   */
  public List<SearchHit> search(String query, SearchFilters filters) {
    Query q = index.parse(query);
    ensureAnalysis();
    index.syncIfBehind(0);
    List<String> claimIds = null;
    if (filters.source() != null) {
      List<String> ids = db.inTransaction(c -> LedgerReads.sourceIds(c, filters.source()));
      if (ids.isEmpty()) {
        throw new LedgerException(Kind.NOT_FOUND, "no source named '" + filters.source() + "': see claimtrack sources");
      }
      claimIds = db.inTransaction(c -> LedgerReads.claimsOfSources(c, ids));
    }
    if (filters.tracker() != null) {
      if (db.inTransaction(c -> LedgerReads.tracker(c, filters.tracker())).isEmpty()) {
        throw new LedgerException(Kind.NOT_FOUND, "no tracker '" + filters.tracker() + "': see claimtrack trackers");
      }
      List<String> inTracker = db.inTransaction(c -> LedgerReads.claimsOfTracker(c, filters.tracker()));
      if (claimIds == null) {
        claimIds = inTracker;
      } else {
        Set<String> keep = new java.util.HashSet<>(inTracker);
        claimIds = claimIds.stream().filter(keep::contains).toList();
      }
    }
    List<SearchIndex.Hit> hits = index.search(q, claimIds, filters.from(), filters.to(), filters.limit());
    Map<String, String> sourceOf = db.inTransaction(c -> {
      Map<String, String> m = new HashMap<>();
      try (var ps = c.prepareStatement("select source_id from claim_source where claim_id = ?")) {
        for (SearchIndex.Hit h : hits) {
          if (h.claimId() == null) continue;
          ps.setString(1, h.claimId());
          try (var rs = ps.executeQuery()) {
            if (rs.next()) m.put(h.claimId(), rs.getString(1));
          }
        }
      }
      return m;
    });
    return hits.stream().map(h -> new SearchHit(h.type(), h.hash(), h.articleId(), h.file(), h.title(), h.claimId(),
        h.claimId() == null ? null : sourceOf.get(h.claimId()), h.sourceName(), h.day(), h.text(), h.score())).toList();
  }

  // ---- the analyst's corrections ----

  /** The sources holding names {@code a} and {@code b} are one; survives re-analysis. */
  public void mergeSources(String a, String b) {
    requireWritable();
    requireSource(a);
    requireSource(b);
    store.addOverride(new SourceOverride(SourceOverride.Action.MERGE, a, b));
    store.refreshAnalysis(false);
  }

  /**
   * The name {@code name} is its own source, never merged automatically; survives re-analysis. The
   * later correction wins: the analyst's merges that named {@code name} are undone.
   *
   * @return whether the sources changed (false when {@code name} was its own source already, or is
   *     still held in another source by a merge that named another of its names)
   */
  public boolean splitSource(String name) {
    requireWritable();
    CanonicalSource before = requireSource(name);
    int undone = store.removeMerges(name);
    // a new override row (a higher seq) also tells the analysis that the overrides changed
    if (undone > 0 || !overrides().contains(new SourceOverride(SourceOverride.Action.SPLIT, name, null))) {
      store.addOverride(new SourceOverride(SourceOverride.Action.SPLIT, name, null));
    }
    store.refreshAnalysis(false);
    CanonicalSource after = source(name).orElse(null);
    return after == null || !after.id().equals(before.id()) || !after.aliases().equals(before.aliases());
  }

  public List<SourceOverride> overrides() {
    return db.inTransaction(LedgerStore::overrides);
  }

  private CanonicalSource requireSource(String name) {
    return source(name).orElseThrow(() -> new LedgerException(Kind.NOT_FOUND, "no source named '" + name
        + "': see claimtrack sources for names and aliases"));
  }

  // ---- export ----

  public void export(Export.What what, Export.Format format, Writer out) {
    ensureAnalysis();
    db.inTransaction(c -> {
      new Exporter(c, out).export(what, format);
      return null;
    });
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void exportJsonl(Export.What what, Writer out) {
    export(what, Export.Format.JSONL, out);
  }

  public String exportJsonl(Export.What what) {
    StringWriter w = new StringWriter();
    exportJsonl(what, w);
    return w.toString();
  }

  /** Paged, filtered reads of stored articles and claims (for a server or a UI). */
  public org.claimtrack.ledger.browse.Browse browse() {
    ensureAnalysis();
    return new org.claimtrack.ledger.browse.Browse(db);
  }

  // ---- watching ----

  /** The events the analysis stored: each new estimate, revision or conflict of a tracker. */
  public Events events() {
    return new Events(db);
  }

  /** Webhooks, their due deliveries and delivery log. */
  public Webhooks webhooks() {
    return new Webhooks(db);
  }

  /**
   * When the stored analysis was last made (null before the first), after bringing it up to date:
   * nothing a read returns changed since then.
   */
  public java.time.Instant analyzedAt() {
    ensureAnalysis();
    return db.inTransaction(c -> {
      try (var ps = c.prepareStatement("select analyzed_at from ledger_meta where id = 1"); var rs = ps.executeQuery()) {
        rs.next();
        var t = rs.getTimestamp(1);
        return t == null ? null : t.toInstant();
      }
    });
  }

  // ---- counts ----

  public long articleCount() {
    return db.inTransaction(c -> LedgerReads.count(c, "article"));
  }

  public long claimCount() {
    return db.inTransaction(c -> LedgerReads.count(c, "claim"));
  }

  /** Every stored claim id, sorted. */
  public List<String> claimIds() {
    return db.inTransaction(c -> {
      List<String> out = new ArrayList<>();
      try (var ps = c.prepareStatement("select id from claim order by id"); var rs = ps.executeQuery()) {
        while (rs.next()) out.add(rs.getString(1));
      }
      return out;
    });
  }

  /** Documents (articles and claims) in the committed search index. */
  public int indexedDocuments() {
    return index.documents();
  }

  public LedgerConfig config() {
    return db.config();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  @Override
  public void close() {
    index.close();
    db.close();
  }
}
