package org.claimtrack.ledger.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Place;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.SourceType;
import org.claimtrack.json.ClaimJson;
import org.claimtrack.ledger.track.Analyzer;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.ClaimNode;
import org.claimtrack.ledger.track.Conflict;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.FigureRef;
import org.claimtrack.ledger.track.LedgerClaim;
import org.claimtrack.ledger.track.Names;
import org.claimtrack.ledger.track.NodeKeys;
import org.claimtrack.ledger.track.NodeStats;
import org.claimtrack.ledger.track.Revision;
import org.claimtrack.ledger.track.SourceOverride;
import org.claimtrack.ledger.track.Speakers;
import org.claimtrack.ledger.track.Tracker;
import org.claimtrack.ledger.track.TrackerKind;
import org.claimtrack.ledger.track.TrackerOrder;
import org.claimtrack.ledger.watch.AnalysisEvents;

/**
 * The stored analysis, brought up to date at the cost of what changed. {@link Analyzer#analyze}
 * is the specification; this is the same analysis kept in the database one piece at a time:
 * <ol>
 *   <li>each article stored or replaced since the last run ({@code analysis_queue}) has its old
 *       facts taken out and its new ones put in: its claims' source nodes ({@code claim_node}) and
 *       tracked figures ({@code figure}), computed from its claims alone;</li>
 *   <li>the statistics of the nodes those claims are made under ({@code source_node}) change by
 *       what the claims add and take out, and the canonical sources are grouped again over all
 *       named nodes (nodes of one article, an unnamed "officials" or an unknown publisher, are
 *       never merged automatically: only those touched are read);</li>
 *   <li>the trackers of every thing counted (family) that one of these figures belongs to, or
 *       whose figures' sources changed, are computed again from the family's figures.</li>
 * </ol>
 * Everything is computed first, then stored by {@link #write}: the one place a new analysis is
 * written, with the events hook ({@link AnalysisEvents}) around it in {@link #run}. A full run (new rules, an analyst's merge or split, a fresh ledger) is the same path
 * with every article queued. Runs are serialized by the lock on {@code ledger_meta} that the
 * caller holds, and stores take the same lock, so the queue does not change during a run.
 */
final class AnalysisStore {
  private AnalysisStore() {}

  private static final int BATCH = 500;

  /** With {@code -Dclaimtrack.analysis.trace=true}, each run prints one line: what it touched and where the time went. */
  private static final boolean TRACE = Boolean.getBoolean("claimtrack.analysis.trace");

  /** Phase timings of one run, for {@link #TRACE}. */
  private static final class Trace {
    private final long start = System.nanoTime();
    private long last = start;
    private final StringBuilder b = new StringBuilder("claimtrack: analysis:");

    void phase(String what) {
      long now = System.nanoTime();
      b.append(String.format(java.util.Locale.ROOT, " %s %.0f ms;", what, (now - last) / 1e6));
      last = now;
    }

    void note(String what) {
      b.append(' ').append(what).append(';');
    }

    void print() {
      b.append(String.format(java.util.Locale.ROOT, " total %.0f ms", (System.nanoTime() - start) / 1e6));
      if (TRACE) System.err.println(b);
    }
  }

  private static final ThreadLocal<Trace> TRACER = ThreadLocal.withInitial(Trace::new);

  /** Computes what the queued articles change (all articles with {@code full}), and stores it. */
  static AnalysisDelta run(Connection c, boolean full, List<SourceOverride> overrides) throws SQLException {
    TRACER.set(new Trace());
    try {
      // the events hook: what the stored analysis gains becomes events, in this same transaction. A full
      // run clears the analysis first: its "before" is all that is stored; an incremental run changes only
      // the trackers of its delta: its "before" and "after" are theirs
      AnalysisEvents.Snapshot before = full ? AnalysisEvents.snapshot(c) : null;
      Plan p = compute(c, full, overrides);
      List<String> touched = null;
      if (!full) {
        List<String> ids = new ArrayList<>(p.delta().removedTrackers());
        p.delta().trackers().forEach(t -> ids.add(t.id()));
        touched = ids;
        before = AnalysisEvents.snapshot(c, touched);
      }
      TRACER.get().phase("events before");
      write(c, p);
      TRACER.get().phase("write");
      AnalysisEvents.record(c, before, touched);
      TRACER.get().phase("events");
      TRACER.get().print();
      return p.delta();
    } catch (SqlFailure e) {
      throw (SQLException) e.getCause();
    } finally {
      TRACER.remove();
    }
  }

  /**
   * A computed analysis, not yet stored: the delta, and the node rows and tracker families that go
   * with it.
   */
  record Plan(AnalysisDelta delta, Map<String, String> nodeChanges, Map<String, NodeStats> stats,
      Map<String, Boolean> scopedSources, Map<String, String> familyOfTracker, Map<String, String> fingerprints,
      Map<String, String> rootOfSource, Map<String, CanonicalSource> storedSources, Set<String> existingTrackers) {}

  /** A hash of everything a tracker holds (its record's text: every field, in order). */
  static String fingerprint(Tracker t) {
    return org.claimtrack.domain.Hashes.sha256(t.toString());
  }

  private static Map<String, String> storedFingerprints(Connection c, String family) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("select id, fingerprint from tracker where family = ?")) {
      ps.setString(1, family);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.put(rs.getString(1), Objects.toString(rs.getString(2), ""));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // compute

  private static Plan compute(Connection c, boolean full, List<SourceOverride> overrides) throws SQLException {
    Set<String> splits = Analyzer.splitMentions(overrides);
    boolean merges = overrides.stream().anyMatch(o -> o.action() == SourceOverride.Action.MERGE);
    if (full) clear(c);
    List<String> queue = strings(c, full ? "select hash from article order by hash"
        : "select article_hash from analysis_queue order by article_hash");

    // 1. each queued article: old facts out, new facts in
    Set<String> families = new TreeSet<>();
    List<ClaimNode> oldNodes = new ArrayList<>();
    List<ClaimNode> newNodes = new ArrayList<>();
    for (List<String> batch : batches(queue)) {
      oldNodes.addAll(claimNodes(c, "article_hash", batch));
      families.addAll(stringsIn(c, "select distinct family from figure where article_hash in ", batch));
      execIn(c, "delete from claim_node where article_hash in ", batch);
      execIn(c, "delete from figure where article_hash in ", batch);
      Map<String, List<LedgerClaim>> byArticle = new TreeMap<>();
      for (LedgerClaim lc : claimsOf(c, batch)) byArticle.computeIfAbsent(lc.articleHash(), k -> new ArrayList<>()).add(lc);
      List<ClaimNode> nodes = new ArrayList<>();
      List<FigureRef> figures = new ArrayList<>();
      for (List<LedgerClaim> article : byArticle.values()) {
        Analyzer.ArticleFacts f = Analyzer.articleFacts(article, splits);
        nodes.addAll(f.nodes());
        figures.addAll(f.figures());
      }
      insertClaimNodes(c, nodes);
      insertFigures(c, figures);
      newNodes.addAll(nodes);
      figures.forEach(f -> families.add(f.family()));
    }
    TRACER.get().note((full ? "full, " : "") + queue.size() + " articles");
    TRACER.get().phase("facts");
    // 2. node statistics and canonical sources: all nodes with the analyst's overrides (or a full
    // run), else the part the touched nodes reach
    Set<String> touched = new TreeSet<>();
    for (ClaimNode n : oldNodes) nodesOf(n, touched);
    for (ClaimNode n : newNodes) nodesOf(n, touched);
    TreeMap<String, NodeStats> stats = new TreeMap<>();
    Map<String, String> oldSourceOfNode = new HashMap<>();
    Grouped g = full || !overrides.isEmpty()
        ? groupAll(c, overrides, touched, oldNodes, newNodes, stats, oldSourceOfNode)
        : groupPart(c, touched, oldNodes, newNodes, stats, oldSourceOfNode);
    Analyzer.SourceGrouping grouping = g.grouping();
    TRACER.get().note(touched.size() + " nodes touched, " + stats.size() + " loaded, " + grouping.sources().size() + " sources regrouped");
    TRACER.get().phase("grouping");
    Map<String, NodeStats> before = g.before();
    Map<String, CanonicalSource> now = Analyzer.byId(grouping.sources());
    Set<String> considered = new TreeSet<>(oldSourceOfNode.values());
    considered.addAll(now.keySet());
    Map<String, CanonicalSource> stored = storedSources(c, considered);
    List<String> removedSources = new ArrayList<>();
    List<CanonicalSource> changedSources = new ArrayList<>();
    Set<String> signatureChanged = new HashSet<>();
    for (String id : stored.keySet()) {
      if (!now.containsKey(id)) {
        removedSources.add(id);
        signatureChanged.add(id);
      }
    }
    Map<String, Set<String>> aliasChanges = new HashMap<>();
    for (CanonicalSource s : grouping.sources()) {
      CanonicalSource old = stored.get(s.id());
      if (!s.equals(old)) changedSources.add(s);
      if (old == null || !Objects.equals(old.name(), s.name()) || old.type() != s.type()
          || !Objects.equals(old.affiliation(), s.affiliation())) {
        signatureChanged.add(s.id());
      } else if (!old.aliases().equals(s.aliases())) {
        Set<String> diff = new TreeSet<>(nameKeys(old));
        Set<String> now2 = nameKeys(s);
        Set<String> both = new TreeSet<>(diff);
        both.retainAll(now2);
        diff.addAll(now2);
        diff.removeAll(both);
        if (!diff.isEmpty()) aliasChanges.put(s.id(), diff);
      }
    }
    // an alias matters to trackers only when it names some person's affiliation (who speaks for whom)
    if (!aliasChanges.isEmpty()) {
      Set<String> keys = new TreeSet<>();
      aliasChanges.values().forEach(keys::addAll);
      Set<String> affiliations = new HashSet<>();
      for (CanonicalSource s : grouping.sources()) if (s.affiliation() != null) affiliations.add(Names.key(s.affiliation()));
      for (List<String> batch : batches(new ArrayList<>(keys))) {
        affiliations.addAll(stringsIn(c, "select distinct affiliation_key from source where affiliation_key in ", batch));
      }
      aliasChanges.forEach((id, diff) -> {
        if (diff.stream().anyMatch(affiliations::contains)) signatureChanged.add(id);
      });
    }
    // nodes whose source is another now, or whose source reads otherwise: their families are recomputed
    Set<String> movedNodes = new TreeSet<>();
    for (Map.Entry<String, String> e : grouping.sourceOfNode().entrySet()) {
      String old = oldSourceOfNode.get(e.getKey());
      if (!e.getValue().equals(old) || signatureChanged.contains(e.getValue()) || signatureChanged.contains(old)) {
        movedNodes.add(e.getKey());
      }
    }
    for (String k : oldSourceOfNode.keySet()) if (!grouping.sourceOfNode().containsKey(k)) movedNodes.add(k);
    for (List<String> batch : batches(new ArrayList<>(movedNodes))) {
      families.addAll(stringsIn(c, "select distinct family from figure where node in ", batch));
      families.addAll(stringsIn(c, "select distinct family from figure where origin_node in ", batch));
    }
    Map<String, String> nodeChanges = new TreeMap<>(); // node -> source id, or null to delete
    for (String k : touched) {
      NodeStats s = stats.get(k);
      if (s == null) {
        if (before.containsKey(k)) nodeChanges.put(k, null);
      } else if (!s.equals(before.get(k)) || !grouping.sourceOfNode().get(k).equals(oldSourceOfNode.get(k))) {
        nodeChanges.put(k, grouping.sourceOfNode().get(k));
      }
    }
    for (Map.Entry<String, String> e : grouping.sourceOfNode().entrySet()) {
      if (!e.getValue().equals(oldSourceOfNode.get(e.getKey()))) nodeChanges.put(e.getKey(), e.getValue());
    }
    for (String k : oldSourceOfNode.keySet()) if (!stats.containsKey(k)) nodeChanges.put(k, null);
    TRACER.get().note(movedNodes.size() + " nodes moved");
    TRACER.get().phase("sources");
    // 3. the trackers of every family touched
    Speakers speakers = new Speakers();
    Map<String, String> sourceOfNode = new HashMap<>(grouping.sourceOfNode());
    Map<String, CanonicalSource> byId = new HashMap<>(now);
    List<Tracker> trackers = new ArrayList<>();
    List<String> removedTrackers = new ArrayList<>();
    Map<String, String> familyOfTracker = new HashMap<>();
    Map<String, String> fingerprints = new HashMap<>();
    Set<String> existing = new HashSet<>();
    for (String family : families) {
      List<FigureRef> refs = figures(c, family);
      resolveMissing(c, refs, sourceOfNode, byId);
      Map<String, String> storedPrints = storedFingerprints(c, family);
      existing.addAll(storedPrints.keySet());
      for (Tracker t : Analyzer.family(refs, sourceOfNode, byId, speakers)) {
        String print = fingerprint(t);
        familyOfTracker.put(t.id(), family);
        fingerprints.put(t.id(), print);
        if (!print.equals(storedPrints.remove(t.id()))) trackers.add(t); // new or changed: rewritten
      }
      removedTrackers.addAll(storedPrints.keySet());
    }
    TRACER.get().note(families.size() + " families, " + trackers.size() + " trackers changed");
    TRACER.get().phase("trackers");
    AnalysisDelta delta = new AnalysisDelta(full, queue, new ArrayList<>(families), removedTrackers, trackers,
        removedSources, changedSources);
    return new Plan(delta, nodeChanges, stats, scopedOf(grouping), familyOfTracker, fingerprints, grouping.rootOfSource(),
        stored, existing);
  }

  /**
   * Node statistics and canonical sources of the nodes loaded, and their statistics as stored
   * before this run ({@code before}).
   */
  private record Grouped(Analyzer.SourceGrouping grouping, Map<String, NodeStats> before) {}

  /** Groups every node: all are loaded (a full run has queued every article, so all are touched). */
  private static Grouped groupAll(Connection c, List<SourceOverride> overrides, Set<String> touched, List<ClaimNode> oldNodes,
      List<ClaimNode> newNodes, TreeMap<String, NodeStats> stats, Map<String, String> oldSourceOfNode) throws SQLException {
    loadNodes(c, true, touched, stats, oldSourceOfNode);
    Map<String, NodeStats> before = new HashMap<>();
    for (String k : touched) if (stats.containsKey(k)) before.put(k, stats.get(k).copy());
    for (ClaimNode n : oldNodes) Analyzer.count(stats, n, -1);
    for (ClaimNode n : newNodes) Analyzer.count(stats, n, 1);
    List<String> touchedList = new ArrayList<>(touched);
    for (List<String> batch : batches(touchedList)) execIn(c, "delete from node_key where node in ", batch);
    Set<String> live = new TreeSet<>(touched);
    live.retainAll(stats.keySet());
    insertKeys(c, stats, live);
    return new Grouped(Analyzer.sources(stats, overrides), before);
  }

  /**
   * Groups the part of the nodes the touched ones reach: themselves, the nodes sharing a key with
   * them (before or after this run), those nodes' groups, and whatever the grouping finds missing
   * or must take an id from, until it finds nothing more. The "the one ..." conditions of the rules
   * count over all nodes, from {@code node_key}.
   */
  private static Grouped groupPart(Connection c, Set<String> touched, List<ClaimNode> oldNodes, List<ClaimNode> newNodes,
      TreeMap<String, NodeStats> stats, Map<String, String> oldSourceOfNode) throws SQLException {
    loadNodesByKey(c, touched, stats, oldSourceOfNode);
    Map<String, NodeStats> before = new HashMap<>();
    for (String k : touched) if (stats.containsKey(k)) before.put(k, stats.get(k).copy());
    for (ClaimNode n : oldNodes) Analyzer.count(stats, n, -1);
    for (ClaimNode n : newNodes) Analyzer.count(stats, n, 1);
    // the touched nodes' keys, before and after; then theirs replace the old in node_key
    List<String> touchedList = new ArrayList<>(touched);
    Set<String[]> keys = new java.util.LinkedHashSet<>();
    for (List<String> batch : batches(touchedList)) {
      try (PreparedStatement ps = c.prepareStatement("select kind, word from node_key where node in " + marks(batch.size()))) {
        bind(ps, batch);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) keys.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      execIn(c, "delete from node_key where node in ", batch);
    }
    Set<String> live = new TreeSet<>(touched);
    live.retainAll(stats.keySet());
    insertKeys(c, stats, live);
    for (String k : live) {
      for (NodeKeys.Key key : NodeKeys.of(k, stats.get(k))) keys.add(new String[] {String.valueOf(key.kind()), key.value()});
    }
    // the part: the touched nodes, their neighbours by key, and the groups of all of them
    Set<String> part = new TreeSet<>(touched);
    part.addAll(neighbours(c, keys, touched));
    Set<String> oldGroups = new TreeSet<>();
    Set<String> absent = new TreeSet<>();
    while (true) {
      widen(c, part, stats, oldSourceOfNode, oldGroups);
      TreeMap<String, NodeStats> partStats = new TreeMap<>();
      for (String k : part) if (stats.containsKey(k)) partStats.put(k, stats.get(k));
      Analyzer.PartGrouping r = Analyzer.sourcesOfPart(partStats, new DbLedgerwide(c, oldGroups), absent);
      if (r.complete()) {
        return new Grouped(new Analyzer.SourceGrouping(r.sources(), r.sourceOfNode(), r.rootOfSource()), before);
      }
      List<String> missing = new ArrayList<>(r.missing());
      Set<String> found = new TreeSet<>();
      for (List<String> batch : batches(missing)) {
        found.addAll(stringsIn(c, "select node from source_node where node in ", batch));
      }
      for (String m : missing) if (!found.contains(m)) absent.add(m);
      part.addAll(found);
      for (List<String> batch : batches(new ArrayList<>(r.displaced()))) {
        part.addAll(stringsIn(c, "select n.node from source_node n join source s on s.id = n.source_id where s.root in ", batch));
      }
    }
  }

  /** Nodes sharing one of these keys, or naming one of these nodes, with the touched nodes' own. */
  private static Set<String> neighbours(Connection c, Set<String[]> keys, Set<String> touched) throws SQLException {
    Map<String, List<String>> byKind = new TreeMap<>();
    for (String[] k : keys) {
      switch (k[0].charAt(0)) {
        case NodeKeys.REST -> {
          add(byKind, "R", k[1]);
          add(byKind, "node", "name:" + k[1]);
        }
        case NodeKeys.INITIALS, NodeKeys.ACRONYM -> {
          add(byKind, "I", k[1]);
          add(byKind, "A", k[1]);
        }
        case NodeKeys.SURNAME, NodeKeys.LONE -> {
          add(byKind, "S", k[1]);
          add(byKind, "L", k[1]);
        }
        case NodeKeys.MENTION -> add(byKind, "node", k[1]);
        default -> { }
      }
    }
    for (String t : touched) {
      add(byKind, "M", t); // nodes whose mentions name it
      if (t.startsWith("name:")) add(byKind, "R", t.substring(5)); // possessive names of which it is the bare name
    }
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, List<String>> e : byKind.entrySet()) {
      List<String> values = new ArrayList<>(new TreeSet<>(e.getValue()));
      for (List<String> batch : batches(values)) {
        if (e.getKey().equals("node")) {
          out.addAll(stringsIn(c, "select node from source_node where node in ", batch));
        } else {
          try (PreparedStatement ps = c.prepareStatement(
              "select node from node_key where kind = ? and word in " + marks(batch.size()))) {
            ps.setString(1, e.getKey());
            int i = 2;
            for (String v : batch) ps.setString(i++, v);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) out.add(rs.getString(1));
            }
          }
        }
      }
    }
    return out;
  }

  private static void add(Map<String, List<String>> m, String k, String v) {
    m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
  }

  /** Adds to {@code part} every node of the stored groups of its nodes, and loads what is not loaded yet. */
  private static void widen(Connection c, Set<String> part, TreeMap<String, NodeStats> stats,
      Map<String, String> oldSourceOfNode, Set<String> oldGroups) throws SQLException {
    while (true) {
      List<String> unloaded = new ArrayList<>();
      for (String k : part) if (!stats.containsKey(k) && !oldSourceOfNode.containsKey(k)) unloaded.add(k);
      loadNodesByKey(c, unloaded, stats, oldSourceOfNode);
      Set<String> groups = new TreeSet<>();
      for (String k : part) {
        String src = oldSourceOfNode.get(k);
        if (src != null && !oldGroups.contains(src)) groups.add(src);
      }
      if (groups.isEmpty()) return;
      oldGroups.addAll(groups);
      for (List<String> batch : batches(new ArrayList<>(groups))) {
        part.addAll(stringsIn(c, "select node from source_node where source_id in ", batch));
      }
    }
  }

  /** The whole ledger's counts and id holders, asked of the database (outside the groups being regrouped). */
  private static final class DbLedgerwide implements Analyzer.Ledgerwide {
    private final Connection c;
    private final Set<String> regrouped;
    private final Map<String, Set<String>> cache = new HashMap<>();

    DbLedgerwide(Connection c, Set<String> regrouped) {
      this.c = c;
      this.regrouped = regrouped;
    }

    private Set<String> ask(String sql, String kind, String value) {
      return cache.computeIfAbsent(kind + "\u0000" + value, k -> {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setString(1, kind);
          ps.setString(2, value);
          Set<String> out = new TreeSet<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
          }
          return out;
        } catch (SQLException e) {
          throw new SqlFailure(e);
        }
      });
    }

    public Set<String> placesOfRest(String rest) {
      return ask("select distinct extra from node_key where kind = ? and word = ?", "R", rest);
    }

    public Set<String> initialsHits(String initials) {
      return ask("select node from node_key where kind = ? and word = ?", "I", initials);
    }

    public Set<String> fullPersons(String surname) {
      return ask("select node from node_key where kind = ? and word = ?", "S", surname);
    }

    public Object[] holder(String id) {
      if (regrouped.contains(id)) return null;
      try (PreparedStatement ps = c.prepareStatement("select scoped, root from source where id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? new Object[] {rs.getBoolean(1), rs.getString(2)} : null;
        }
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }
  }

  /** An SQL failure inside a callback of the analysis, unwrapped by {@link #run}. */
  private static final class SqlFailure extends RuntimeException {
    SqlFailure(SQLException e) {
      super(e);
    }
  }

  private static void insertKeys(Connection c, Map<String, NodeStats> stats, Collection<String> nodes) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("insert into node_key (node, kind, word, extra) values (?, ?, ?, ?)")) {
      int n = 0;
      for (String node : nodes) {
        NodeStats s = stats.get(node);
        if (s == null) continue;
        for (NodeKeys.Key k : NodeKeys.of(node, s)) {
          ps.setString(1, node);
          ps.setString(2, String.valueOf(k.kind()));
          ps.setString(3, k.value());
          ps.setString(4, k.extra());
          ps.addBatch();
          if (++n % BATCH == 0) ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static void nodesOf(ClaimNode n, Set<String> out) {
    out.add(n.node());
    if (n.originNode() != null) out.add(n.originNode());
  }

  /**
   * A source's name and aliases as names are compared. What trackers read of a source is its name
   * (in reasons), type and affiliation, and those of these keys that name some person's
   * affiliation (who speaks for it); its claim count, its other aliases and the reasons its names
   * were merged change no tracker.
   */
  private static Set<String> nameKeys(CanonicalSource s) {
    Set<String> out = new TreeSet<>();
    out.add(Names.key(s.name()));
    for (String a : s.aliases()) out.add(Names.key(a));
    return out;
  }

  private static Map<String, Boolean> scopedOf(Analyzer.SourceGrouping g) {
    Map<String, Boolean> out = new HashMap<>();
    g.sourceOfNode().forEach((node, src) -> out.merge(src, ClaimNode.articleScoped(node), Boolean::logicalAnd));
    return out;
  }

  /** Nodes and sources a family's figures name that this run did not load: an untouched unnamed or unknown publisher. */
  private static void resolveMissing(Connection c, List<FigureRef> refs, Map<String, String> sourceOfNode,
      Map<String, CanonicalSource> byId) throws SQLException {
    Set<String> missing = new TreeSet<>();
    for (FigureRef r : refs) {
      if (!sourceOfNode.containsKey(r.node())) missing.add(r.node());
      if (r.originNode() != null && !sourceOfNode.containsKey(r.originNode())) missing.add(r.originNode());
    }
    for (List<String> batch : batches(new ArrayList<>(missing))) {
      try (PreparedStatement ps = c.prepareStatement("select node, source_id from source_node where node in " + marks(batch.size()))) {
        bind(ps, batch);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) sourceOfNode.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    Set<String> ids = new TreeSet<>();
    for (String n : missing) {
      String id = sourceOfNode.get(n);
      if (id != null && !byId.containsKey(id)) ids.add(id);
    }
    byId.putAll(storedSources(c, ids));
  }

  // ---------------------------------------------------------------------------------------------
  // write: the one place a new analysis is stored

  /**
   * Stores a computed analysis: node statistics and their sources, canonical sources, and the
   * trackers that are new or changed (and those gone) of the families recomputed, and
   * takes the analyzed articles off the queue. In the transaction {@link #compute} ran in.
   */
  static void write(Connection c, Plan p) throws SQLException {
    AnalysisDelta d = p.delta();
    Map<String, String> nodeChanges = p.nodeChanges();
    Map<String, NodeStats> stats = p.stats();
    Map<String, Boolean> scoped = p.scopedSources();
    Map<String, String> familyOfTracker = p.familyOfTracker();

    for (List<String> batch : batches(d.removedSources())) {
      execIn(c, "delete from source_alias where source_id in ", batch);
      execIn(c, "delete from source where id in ", batch);
    }
    writeSources(c, d.sources(), p.storedSources(), scoped, p.rootOfSource());
    List<String> nodes = new ArrayList<>(nodeChanges.keySet());
    for (List<String> batch : batches(nodes)) execIn(c, "delete from source_node where node in ", batch);
    List<String> goneNodes = new ArrayList<>();
    nodeChanges.forEach((k, v) -> {
      if (v == null) goneNodes.add(k);
    });
    for (List<String> batch : batches(goneNodes)) execIn(c, "delete from node_key where node in ", batch);
    try (PreparedStatement ps = c.prepareStatement("insert into source_node (node, source_id, scoped, stats) values (?, ?, ?, ?)")) {
      int n = 0;
      for (Map.Entry<String, String> e : nodeChanges.entrySet()) {
        if (e.getValue() == null) continue;
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue());
        ps.setBoolean(3, ClaimNode.articleScoped(e.getKey()));
        ps.setString(4, stats.get(e.getKey()).toJson());
        ps.addBatch();
        if (++n % BATCH == 0) ps.executeBatch();
      }
      ps.executeBatch();
    }
    for (List<String> batch : batches(d.removedTrackers())) {
      for (String t : List.of("conflict", "revision", "estimate")) execIn(c, "delete from " + t + " where tracker_id in ", batch);
      execIn(c, "delete from tracker where id in ", batch);
    }
    writeTrackers(c, d.trackers(), p.existingTrackers(), familyOfTracker, p.fingerprints());
    for (List<String> batch : batches(d.articles())) execIn(c, "delete from analysis_queue where article_hash in ", batch);
  }

  private static void clear(Connection c) throws SQLException {
    for (String t : List.of("conflict", "revision", "estimate", "tracker", "source_alias", "source", "source_node", "node_key",
        "figure", "claim_node", "analysis_queue")) {
      try (var s = c.createStatement()) {
        s.executeUpdate("delete from " + t);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // reads of the analysis' facts

  private static List<LedgerClaim> claimsOf(Connection c, List<String> hashes) throws SQLException {
    List<LedgerClaim> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "select a.article_id, a.hash, a.file, a.title, a.publisher, a.published, c.json, c.mention"
            + " from claim c join article a on a.hash = c.article_hash where a.hash in " + marks(hashes.size())
            + " order by a.hash, c.ord")) {
      bind(ps, hashes);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new LedgerClaim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              LedgerStore.date(rs, 6), ClaimJson.read(rs.getString(7)), rs.getString(8)));
        }
      }
    }
    return out;
  }

  private static List<ClaimNode> claimNodes(Connection c, String column, List<String> keys) throws SQLException {
    List<ClaimNode> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "select claim_id, article_hash, node, name, type, affiliation, mention, origin_node, origin_name, origin_type,"
            + " origin_affiliation, via from claim_node where " + column + " in " + marks(keys.size()) + " order by claim_id")) {
      bind(ps, keys);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String via = rs.getString(12);
          out.add(new ClaimNode(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              SourceType.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
              rs.getString(10) == null ? null : SourceType.valueOf(rs.getString(10)), rs.getString(11),
              via == null || via.isEmpty() ? List.of() : List.of(via.split("\n"))));
        }
      }
    }
    return out;
  }

  /** Loads the stored statistics and source of these nodes (those that exist). */
  private static void loadNodesByKey(Connection c, Collection<String> nodes, TreeMap<String, NodeStats> stats,
      Map<String, String> sourceOf) throws SQLException {
    for (List<String> batch : batches(new ArrayList<>(nodes))) {
      try (PreparedStatement ps = c.prepareStatement("select node, source_id, stats from source_node where node in " + marks(batch.size()))) {
        bind(ps, batch);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            stats.put(rs.getString(1), NodeStats.fromJson(rs.getString(3)));
            sourceOf.put(rs.getString(1), rs.getString(2));
          }
        }
      }
    }
  }

  private static void loadNodes(Connection c, boolean all, Set<String> touched, TreeMap<String, NodeStats> stats,
      Map<String, String> sourceOf) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "select node, source_id, stats from source_node" + (all ? "" : " where scoped = false"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        stats.put(rs.getString(1), NodeStats.fromJson(rs.getString(3)));
        sourceOf.put(rs.getString(1), rs.getString(2));
      }
    }
    List<String> more = new ArrayList<>();
    for (String k : touched) if (!stats.containsKey(k)) more.add(k);
    for (List<String> batch : batches(more)) {
      try (PreparedStatement ps = c.prepareStatement("select node, source_id, stats from source_node where node in " + marks(batch.size()))) {
        bind(ps, batch);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            stats.put(rs.getString(1), NodeStats.fromJson(rs.getString(3)));
            sourceOf.put(rs.getString(1), rs.getString(2));
          }
        }
      }
    }
  }

  /** The stored canonical sources with these ids (those that exist). */
  static Map<String, CanonicalSource> storedSources(Connection c, Collection<String> ids) throws SQLException {
    Map<String, CanonicalSource> out = new LinkedHashMap<>();
    for (List<String> batch : batches(new ArrayList<>(ids))) {
      Map<String, List<String>> aliases = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(
          "select source_id, alias from source_alias where source_id in " + marks(batch.size()))) {
        bind(ps, batch);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
      aliases.values().forEach(LedgerReads::sortAliases);
      try (PreparedStatement ps = c.prepareStatement(
          "select id, name, type, affiliation, claims, why from source where id in " + marks(batch.size()))) {
        bind(ps, batch);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.put(rs.getString(1), LedgerReads.source(rs, aliases.getOrDefault(rs.getString(1), List.of())));
        }
      }
    }
    return out;
  }

  private static List<FigureRef> figures(Connection c, String family) throws SQLException {
    List<FigureRef> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "select claim_id, quantity_index, article_id, article_hash, file, published, reported_on, at_char, low, high,"
            + " qualifier, reading, hedged, surface, family, base, label, kind, unit, place, place_country, place_level,"
            + " place_inherited, node, origin_node, via, why, " + PlaceColumns.NAMES + " from figure where family = ?")) {
      ps.setString(1, family);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new FigureRef(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
              LedgerStore.date(rs, 6), LedgerStore.date(rs, 7), rs.getInt(8), LedgerStore.decimal(rs, 9),
              LedgerStore.decimal(rs, 10), Qualifier.valueOf(rs.getString(11)),
              rs.getString(12) == null ? null : Figure.Reading.valueOf(rs.getString(12)), rs.getBoolean(13),
              rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17), TrackerKind.valueOf(rs.getString(18)),
              rs.getString(19), rs.getString(20), rs.getString(21),
              rs.getString(22) == null ? null : Place.Level.valueOf(rs.getString(22)), rs.getBoolean(23), rs.getString(24),
              rs.getString(25), rs.getString(26), rs.getString(27), PlaceColumns.resolved(rs, 28)));
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // inserts

  private static void insertClaimNodes(Connection c, List<ClaimNode> nodes) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "insert into claim_node (claim_id, article_hash, node, name, type, affiliation, mention, origin_node, origin_name,"
            + " origin_type, origin_affiliation, via) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (ClaimNode cn : nodes) {
        int i = 1;
        ps.setString(i++, cn.claimId());
        ps.setString(i++, cn.articleHash());
        ps.setString(i++, cn.node());
        ps.setString(i++, cn.name());
        ps.setString(i++, cn.type().name());
        ps.setString(i++, cn.affiliation());
        ps.setString(i++, cn.mention());
        ps.setString(i++, cn.originNode());
        ps.setString(i++, cn.originName());
        ps.setString(i++, cn.originType() == null ? null : cn.originType().name());
        ps.setString(i++, cn.originAffiliation());
        ps.setString(i++, cn.via().isEmpty() ? null : String.join("\n", cn.via()));
        ps.addBatch();
        if (++n % BATCH == 0) ps.executeBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertFigures(Connection c, List<FigureRef> figures) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "insert into figure (claim_id, quantity_index, article_id, article_hash, file, published, reported_on, at_char, low,"
            + " high, qualifier, reading, hedged, surface, family, base, label, kind, unit, place, place_country, place_level,"
            + " place_inherited, node, origin_node, via, why, " + PlaceColumns.NAMES + ")"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (FigureRef f : figures) {
        int i = 1;
        ps.setString(i++, f.claimId());
        ps.setInt(i++, f.quantityIndex());
        ps.setString(i++, f.articleId());
        ps.setString(i++, f.articleHash());
        ps.setString(i++, f.file());
        LedgerStore.setDate(ps, i++, f.published());
        LedgerStore.setDate(ps, i++, f.reportedOn());
        ps.setInt(i++, f.at());
        ps.setBigDecimal(i++, f.low());
        ps.setBigDecimal(i++, f.high());
        ps.setString(i++, f.qualifier().name());
        ps.setString(i++, f.reading() == null ? null : f.reading().name());
        ps.setBoolean(i++, f.hedged());
        ps.setString(i++, f.surface());
        ps.setString(i++, f.family());
        ps.setString(i++, f.base());
        ps.setString(i++, f.label());
        ps.setString(i++, f.kind().name());
        ps.setString(i++, f.unit());
        ps.setString(i++, f.place());
        ps.setString(i++, f.placeCountry());
        ps.setString(i++, f.placeLevel() == null ? null : f.placeLevel().name());
        ps.setBoolean(i++, f.placeInherited());
        ps.setString(i++, f.node());
        ps.setString(i++, f.originNode());
        ps.setString(i++, f.via());
        ps.setString(i++, f.why());
        PlaceColumns.set(ps, i, f.resolved());
        ps.addBatch();
        if (++n % BATCH == 0) ps.executeBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Writes new and changed sources: a new one whole, a changed one by an update of its row and
   * the aliases it gained or lost (a source of many names does not rewrite them all for one more claim).
   */
  private static void writeSources(Connection c, List<CanonicalSource> sources, Map<String, CanonicalSource> stored,
      Map<String, Boolean> scoped, Map<String, String> roots) throws SQLException {
    try (PreparedStatement ins = c.prepareStatement(
            "insert into source (id, name, type, affiliation, claims, why, ord, scoped, root, affiliation_key, name_key)"
                + " values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, lower(?))");
        PreparedStatement upd = c.prepareStatement(
            "update source set name = ?, type = ?, affiliation = ?, claims = ?, why = ?, scoped = ?, root = ?,"
                + " affiliation_key = ?, name_key = lower(?) where id = ?");
        PreparedStatement addAlias = c.prepareStatement("insert into source_alias (source_id, alias, ord) values (?, ?, 0)");
        PreparedStatement dropAlias = c.prepareStatement("delete from source_alias where source_id = ? and alias = ?")) {
      Set<String> ids = new HashSet<>();
      for (CanonicalSource s : sources) {
        if (!ids.add(s.id())) continue;
        CanonicalSource old = stored.get(s.id());
        PreparedStatement ps = old == null ? ins : upd;
        int i = 1;
        if (old == null) ps.setString(i++, s.id());
        ps.setString(i++, s.name());
        ps.setString(i++, s.type().name());
        ps.setString(i++, s.affiliation());
        ps.setInt(i++, s.claims());
        ps.setString(i++, String.join("\n", s.why()));
        ps.setBoolean(i++, scoped.getOrDefault(s.id(), false));
        ps.setString(i++, roots.get(s.id()));
        ps.setString(i++, s.affiliation() == null ? null : Names.key(s.affiliation()));
        ps.setString(i++, s.name());
        if (old != null) ps.setString(i, s.id());
        ps.addBatch();
        Set<String> before = old == null ? Set.of() : new HashSet<>(old.aliases());
        Set<String> after = new HashSet<>();
        for (String al : s.aliases()) {
          if (al == null || !after.add(al) || before.contains(al)) continue;
          addAlias.setString(1, s.id());
          addAlias.setString(2, al);
          addAlias.addBatch();
        }
        for (String al : before) {
          if (after.contains(al)) continue;
          dropAlias.setString(1, s.id());
          dropAlias.setString(2, al);
          dropAlias.addBatch();
        }
      }
      ins.executeBatch();
      upd.executeBatch();
      dropAlias.executeBatch();
      addAlias.executeBatch();
    }
  }

  /**
   * Writes new and changed trackers: a new one whole; a changed one by an update of its row and of
   * the estimate, revision and conflict rows that changed (a long tracker that gains one figure
   * does not rewrite the others). Rows keep no order: reads put a tracker's parts in {@link
   * TrackerOrder}; {@code ord} only tells rows of one tracker apart.
   */
  private static void writeTrackers(Connection c, List<Tracker> trackers, Set<String> existing, Map<String, String> familyOf,
      Map<String, String> fingerprints) throws SQLException {
    String columns = "what = ?, counted = ?, place = ?, kind = ?, verdict = ?, estimates = ?, sources = ?, latest_claim = ?,"
        + " latest_on = ?, latest_low = ?, latest_high = ?, latest_qualifier = ?, range_low = ?, range_high = ?, conflicted = ?,"
        + " revised = ?, family = ?, voices = ?, region_figures = ?, fingerprint = ?, " + PlaceColumns.ASSIGNMENTS;
    try (PreparedStatement ins = c.prepareStatement(
            "insert into tracker (what, counted, place, kind, verdict, estimates, sources, latest_claim, latest_on, latest_low,"
                + " latest_high, latest_qualifier, range_low, range_high, conflicted, revised, family, voices, region_figures,"
                + " fingerprint, " + PlaceColumns.NAMES + ", ord, id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
        PreparedStatement upd = c.prepareStatement("update tracker set " + columns + " where id = ?");
        PreparedStatement es = c.prepareStatement(
            "insert into estimate (tracker_id, ord, claim_id, quantity_index, article_id, article_hash, file, source_id,"
                + " reported_on, low, high, qualifier, hedged, surface, repeat_of, why, role, origin_id, via, reading, place,"
                + " later) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement esDel = c.prepareStatement("delete from estimate where tracker_id = ? and ord = ?");
        PreparedStatement rv = c.prepareStatement(
            "insert into revision (tracker_id, ord, source_id, from_claim, to_claim, direction) values (?, ?, ?, ?, ?, ?)");
        PreparedStatement rvDel = c.prepareStatement("delete from revision where tracker_id = ? and ord = ?");
        PreparedStatement cf = c.prepareStatement("insert into conflict (tracker_id, ord, a, b, why) values (?, ?, ?, ?, ?)");
        PreparedStatement cfDel = c.prepareStatement("delete from conflict where tracker_id = ? and ord = ?")) {
      Set<String> seen = new HashSet<>();
      int rows = 0;
      for (Tracker t : trackers) {
        if (!seen.add(t.id())) continue; // ids are unique by the analysis' contract; never let a slip stop the ledger
        boolean update = existing.contains(t.id());
        PreparedStatement tr = update ? upd : ins;
        Estimate latest = TrackerFacts.latest(t);
        BigDecimal[] range = TrackerFacts.range(t);
        int i = 1;
        tr.setString(i++, t.what());
        tr.setString(i++, t.counted());
        tr.setString(i++, t.place());
        tr.setString(i++, t.kind().name());
        tr.setString(i++, t.verdict());
        tr.setInt(i++, t.estimates().size());
        tr.setInt(i++, (int) t.sources());
        tr.setString(i++, latest == null ? null : latest.claimId());
        LedgerStore.setDate(tr, i++, latest == null ? null : latest.reportedOn());
        tr.setBigDecimal(i++, latest == null ? null : latest.low());
        tr.setBigDecimal(i++, latest == null ? null : latest.high());
        tr.setString(i++, latest == null ? null : latest.qualifier().name());
        tr.setBigDecimal(i++, range[0]);
        tr.setBigDecimal(i++, range[1]);
        tr.setBoolean(i++, !t.conflicts().isEmpty());
        tr.setBoolean(i++, !t.revisions().isEmpty());
        tr.setString(i++, familyOf.get(t.id()));
        tr.setInt(i++, (int) t.voices());
        tr.setInt(i++, t.regionFigures().size());
        tr.setString(i++, fingerprints.get(t.id()));
        i = PlaceColumns.set(tr, i, t.where());
        tr.setString(i, t.id());
        tr.addBatch();

        StoredRows old = update ? StoredRows.read(c, t.id()) : new StoredRows();
        int next = old.maxOrd + 1;
        Map<String, Estimate> wanted = new LinkedHashMap<>();
        for (Estimate e : t.estimates()) wanted.putIfAbsent("own|" + e.claimId() + "#" + e.quantityIndex(), e);
        for (Estimate e : t.regionFigures()) wanted.putIfAbsent("region|" + e.claimId() + "#" + e.quantityIndex(), e);
        for (Map.Entry<String, Object[]> o : old.estimates.entrySet()) {
          Estimate now = wanted.get(o.getKey());
          if (now != null && now.equals(o.getValue()[1])) {
            wanted.remove(o.getKey());
            continue;
          }
          esDel.setString(1, t.id());
          esDel.setInt(2, (Integer) o.getValue()[0]);
          esDel.addBatch();
        }
        for (Map.Entry<String, Estimate> w : wanted.entrySet()) {
          addEstimate(es, t.id(), next++, w.getValue(), w.getKey().startsWith("own|") ? "own" : "region");
        }
        Map<String, Revision> revs = new LinkedHashMap<>();
        for (Revision r : t.revisions()) revs.putIfAbsent(StoredRows.key(r), r);
        for (Revision r : added(revs, old.revisions, rvDel, t.id())) {
          rv.setString(1, t.id());
          rv.setInt(2, next++);
          rv.setString(3, r.sourceId());
          rv.setString(4, r.from());
          rv.setString(5, r.to());
          rv.setString(6, r.direction().name());
          rv.addBatch();
        }
        Map<String, Conflict> confs = new LinkedHashMap<>();
        for (Conflict x : t.conflicts()) confs.putIfAbsent(StoredRows.key(x), x);
        for (Conflict x : added(confs, old.conflicts, cfDel, t.id())) {
          cf.setString(1, t.id());
          cf.setInt(2, next++);
          cf.setString(3, x.a());
          cf.setString(4, x.b());
          cf.setString(5, x.why());
          cf.addBatch();
        }
        if (++rows % 200 == 0) {
          for (PreparedStatement ps : List.of(ins, upd, esDel, rvDel, cfDel, es, rv, cf)) ps.executeBatch();
        }
      }
      for (PreparedStatement ps : List.of(ins, upd, esDel, rvDel, cfDel, es, rv, cf)) ps.executeBatch();
    }
  }

  /** A stored tracker's rows, by what they hold, with their ord. */
  private static final class StoredRows {
    /** "role|claim#quantity" → {ord, estimate}. */
    final Map<String, Object[]> estimates = new HashMap<>();
    final Map<String, Integer> revisions = new HashMap<>();
    final Map<String, Integer> conflicts = new HashMap<>();
    int maxOrd = -1;

    static String key(Revision r) {
      return r.sourceId() + "|" + r.from() + "|" + r.to() + "|" + r.direction();
    }

    static String key(Conflict x) {
      return x.a() + "|" + x.b() + "|" + x.why();
    }

    static StoredRows read(Connection c, String id) throws SQLException {
      StoredRows out = new StoredRows();
      try (PreparedStatement ps = c.prepareStatement(
          "select ord, claim_id, quantity_index, article_id, article_hash, file, source_id, reported_on, low, high,"
              + " qualifier, hedged, surface, repeat_of, why, origin_id, via, reading, place, later, role from estimate"
              + " where tracker_id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Estimate e = LedgerReads.estimate(rs, 2);
            out.estimates.put(rs.getString(21) + "|" + e.claimId() + "#" + e.quantityIndex(), new Object[] {rs.getInt(1), e});
            out.maxOrd = Math.max(out.maxOrd, rs.getInt(1));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "select ord, source_id, from_claim, to_claim, direction from revision where tracker_id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.revisions.put(key(new Revision(rs.getString(2), rs.getString(3), rs.getString(4),
                Revision.Direction.valueOf(rs.getString(5)))), rs.getInt(1));
            out.maxOrd = Math.max(out.maxOrd, rs.getInt(1));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("select ord, a, b, why from conflict where tracker_id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.conflicts.put(key(new Conflict(rs.getString(2), rs.getString(3), rs.getString(4))), rs.getInt(1));
            out.maxOrd = Math.max(out.maxOrd, rs.getInt(1));
          }
        }
      }
      return out;
    }
  }

  private static void addEstimate(PreparedStatement es, String tracker, int ord, Estimate e, String role) throws SQLException {
    int i = 1;
    es.setString(i++, tracker);
    es.setInt(i++, ord);
    es.setString(i++, e.claimId());
    es.setInt(i++, e.quantityIndex());
    es.setString(i++, e.articleId());
    es.setString(i++, e.articleHash());
    es.setString(i++, e.file());
    es.setString(i++, e.sourceId());
    LedgerStore.setDate(es, i++, e.reportedOn());
    es.setBigDecimal(i++, e.low());
    es.setBigDecimal(i++, e.high());
    es.setString(i++, e.qualifier().name());
    es.setBoolean(i++, e.hedged());
    es.setString(i++, e.surface());
    es.setString(i++, e.repeatOf());
    es.setString(i++, e.why());
    es.setString(i++, role);
    es.setString(i++, e.originId());
    es.setString(i++, e.via());
    es.setString(i++, e.reading() == null ? null : e.reading().name());
    es.setString(i++, e.place());
    es.setString(i++, e.later() == null ? null : e.later().name());
    es.addBatch();
  }

  // ---------------------------------------------------------------------------------------------
  // SQL helpers

  static List<List<String>> batches(List<String> all) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    return out;
  }

  static String marks(int n) {
    return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
  }

  private static void bind(PreparedStatement ps, List<String> values) throws SQLException {
    int i = 1;
    for (String v : values) ps.setString(i++, v);
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  private static List<String> stringsIn(Connection c, String sqlBeforeIn, List<String> values) throws SQLException {
    List<String> out = new ArrayList<>();
    if (values.isEmpty()) return out;
    try (PreparedStatement ps = c.prepareStatement(sqlBeforeIn + marks(values.size()))) {
      bind(ps, values);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static void execIn(Connection c, String sqlBeforeIn, List<String> values) throws SQLException {
    if (values.isEmpty()) return;
    try (PreparedStatement ps = c.prepareStatement(sqlBeforeIn + marks(values.size()))) {
      bind(ps, values);
      ps.executeUpdate();
    }
  }

  private static void exec(Connection c, String sql, List<String> values) throws SQLException {
    if (values.isEmpty()) return;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, values);
      ps.executeUpdate();
    }
  }

  /**
   * A tracker's rows as a diff: the stored rows ({@code stored}, key to ord) no longer wanted are
   * batched on {@code delete} (tracker id, ord); what is left of {@code wanted} (key to row) is new.
   */
  private static <T> java.util.Collection<T> added(Map<String, T> wanted, Map<String, Integer> stored,
      PreparedStatement delete, String trackerId) throws SQLException {
    for (Map.Entry<String, Integer> o : stored.entrySet()) {
      if (wanted.remove(o.getKey()) != null) continue;
      delete.setString(1, trackerId);
      delete.setInt(2, o.getValue());
      delete.addBatch();
    }
    return wanted.values();
  }
}
