package org.claimtrack.ledger.track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns every stored claim into canonical sources and trackers. A pure function of its input:
 * the same claims and overrides, in any order, give the same analysis. Thread-safe.
 *
 * <p>It is built from three steps the ledger also runs one piece at a time, so that adding
 * articles costs what they touch (see {@code LedgerStore}): per article, the claims' source nodes
 * and tracked figures ({@link #articleFacts}); over all nodes, the canonical sources ({@link
 * #sources}); per thing counted, its trackers ({@link #family}).
 */
public final class Analyzer {
  private Analyzer() {}

  /**
   * The version of the rules: stored with the materialized analysis, so that a ledger analyzed by
   * older rules is analyzed again on first use. Change it with every change of the rules' output.
   */
  public static final String VERSION = "track.v3";

  /**
   * @param claims every claim in the ledger
   * @param overrides the analyst's merges and splits, oldest first
   */
  public static LedgerAnalysis analyze(List<LedgerClaim> claims, List<SourceOverride> overrides) {
    Set<String> splits = splitMentions(overrides);
    Map<String, List<LedgerClaim>> byArticle = new TreeMap<>();
    for (LedgerClaim c : claims) byArticle.computeIfAbsent(c.articleHash(), k -> new ArrayList<>()).add(c);
    TreeMap<String, NodeStats> nodes = new TreeMap<>();
    Map<String, String> nodeOfClaim = new HashMap<>();
    Map<String, List<FigureRef>> families = new TreeMap<>();
    for (List<LedgerClaim> article : byArticle.values()) {
      ArticleFacts f = articleFacts(article, splits);
      for (ClaimNode n : f.nodes()) {
        count(nodes, n, 1);
        nodeOfClaim.put(n.claimId(), n.node());
      }
      for (FigureRef r : f.figures()) families.computeIfAbsent(r.family(), k -> new ArrayList<>()).add(r);
    }
    SourceGrouping sources = sources(nodes, overrides);
    Map<String, CanonicalSource> byId = byId(sources.sources());
    Speakers speakers = new Speakers();
    List<Tracker> trackers = new ArrayList<>();
    for (List<FigureRef> fam : families.values()) trackers.addAll(family(fam, sources.sourceOfNode(), byId, speakers));
    trackers.sort(java.util.Comparator.comparing(Tracker::id));
    Map<String, String> sourceOfClaim = new TreeMap<>();
    nodeOfClaim.forEach((claim, node) -> sourceOfClaim.put(claim, sources.sourceOfNode().get(node)));
    return new LedgerAnalysis(sources.sources(), sourceOfClaim, trackers);
  }

  /** What one article adds: its claims' source nodes and its tracked figures. */
  public record ArticleFacts(List<ClaimNode> nodes, List<FigureRef> figures) {
    public ArticleFacts {
      nodes = List.copyOf(nodes);
      figures = List.copyOf(figures);
    }
  }

  /** The source nodes and tracked figures of one article's claims. */
  public static ArticleFacts articleFacts(List<LedgerClaim> claimsOfOneArticle, Set<String> splitMentions) {
    List<LedgerClaim> sorted = new ArrayList<>(claimsOfOneArticle);
    sorted.sort(java.util.Comparator.comparingInt((LedgerClaim c) -> c.claim().span().start()).thenComparing(LedgerClaim::claimId));
    List<ClaimNode> nodes = new ArrayList<>();
    Map<String, ClaimNode> byClaim = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (LedgerClaim c : sorted) {
      if (!seen.add(c.claimId())) continue;
      ClaimNode n = ClaimNode.of(c, splitMentions);
      nodes.add(n);
      byClaim.put(c.claimId(), n);
    }
    return new ArticleFacts(nodes, ArticleFigures.of(sorted, byClaim));
  }

  /** Counts ({@code sign} 1) or takes out (-1) a claim in the node statistics. */
  public static void count(Map<String, NodeStats> nodes, ClaimNode n, int sign) {
    nodes.computeIfAbsent(n.node(), k -> new NodeStats()).addClaim(n, sign);
    if (nodes.get(n.node()).isEmpty()) nodes.remove(n.node());
    if (n.originNode() != null) {
      nodes.computeIfAbsent(n.originNode(), k -> new NodeStats()).addCitation(n, sign);
      if (nodes.get(n.originNode()).isEmpty()) nodes.remove(n.originNode());
    }
  }

  /**
   * The canonical sources of these nodes.
   *
   * @return canonical sources ordered by id, and the canonical source id of every node
   */
  public static SourceGrouping sources(TreeMap<String, NodeStats> nodes, List<SourceOverride> overrides) {
    Sources.Result r = Sources.resolve(nodes, overrides);
    return new SourceGrouping(r.sources(), r.sourceOfNode(), r.rootOfSource());
  }

  /** Canonical sources, the source of every node, and each source's root node. */
  public record SourceGrouping(List<CanonicalSource> sources, Map<String, String> sourceOfNode,
      Map<String, String> rootOfSource) {}

  /**
   * A part of the ledger's nodes grouped ({@link #sourcesOfPart}): the sources of its groups, the
   * source of each of its nodes, each source's root node, and what the part lacks (partners found
   * outside it, groups outside it that must give up an id) — the caller widens the part by those
   * and groups it again.
   */
  public record PartGrouping(List<CanonicalSource> sources, Map<String, String> sourceOfNode,
      Map<String, String> rootOfSource, Set<String> missing, Set<String> displaced) {
    public boolean complete() {
      return missing.isEmpty() && displaced.isEmpty();
    }
  }

  /** What a partial grouping asks of the whole ledger. */
  public interface Ledgerwide {
    /** Places of the possessive names whose rest is {@code rest}, over all named nodes. */
    Set<String> placesOfRest(String rest);

    /** Organizations whose initials are {@code initials}, over all named nodes. */
    Set<String> initialsHits(String initials);

    /** Persons with two or more name words and this surname, over all named nodes. */
    Set<String> fullPersons(String surname);

    /** The group outside the part holding source id {@code id}: {scoped, root}, or null. */
    Object[] holder(String id);
  }

  /**
   * Groups a part of the nodes: those touched and their neighbours (by {@link NodeKeys}) and old
   * groups. Without analyst overrides only (the caller groups all nodes when there are some).
   */
  public static PartGrouping sourcesOfPart(TreeMap<String, NodeStats> part, Ledgerwide all, Set<String> absent) {
    Sources.Result r = Sources.resolve(part, List.of(), new Sources.Classes() {
      public Set<String> placesOfRest(String rest) {
        return all.placesOfRest(rest);
      }

      public Set<String> initialsHits(String initials) {
        return all.initialsHits(initials);
      }

      public Set<String> fullPersons(String surname) {
        return all.fullPersons(surname);
      }
    }, id -> {
      Object[] h = all.holder(id);
      return h == null ? null : new Sources.Holder((Boolean) h[0], (String) h[1]);
    }, absent);
    return new PartGrouping(r.sources(), r.sourceOfNode(), r.rootOfSource(), r.missing(), r.displaced());
  }


  /** The trackers of one thing counted: its figures with the canonical sources of their nodes. */
  public static List<Tracker> family(List<FigureRef> refs, Map<String, String> sourceOfNode, Map<String, CanonicalSource> byId,
      Speakers speakers) {
    return Family.trackers(refs, sourceOfNode, byId, speakers);
  }

  public static Map<String, CanonicalSource> byId(List<CanonicalSource> sources) {
    Map<String, CanonicalSource> m = new HashMap<>();
    for (CanonicalSource s : sources) m.put(s.id(), s);
    return m;
  }

  public static Set<String> splitMentions(List<SourceOverride> overrides) {
    Set<String> out = new HashSet<>();
    for (SourceOverride o : overrides) if (o.action() == SourceOverride.Action.SPLIT) out.add(Names.key(o.a()));
    return out;
  }
}
