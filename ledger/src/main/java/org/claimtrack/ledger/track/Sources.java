package org.claimtrack.ledger.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimtrack.domain.Hashes;
import org.claimtrack.domain.SourceType;

/**
 * Groups the nodes (distinct names as written, see {@link ClaimNode}) into canonical sources.
 *
 * <p>Within an article the extractor has already resolved mentions ("he", "the agency") to the
 * fullest name. Across articles, names are grouped by these rules, each recorded as a reason:
 * the same name (case, accents, a leading "the" and a person's leading titles aside); a name with
 * a possessive place ("South Korea's X") and the bare name X, unless two places claim the same X;
 * an acronym and the one organization whose initials it spell; a lone surname and the one person
 * with that surname; a name an article uses for a source it has resolved ("NIS", "Zelensky").
 * Unnamed sources ("officials") are only grouped when they share a stated affiliation. An
 * analyst's split keeps a name out of every automatic merge; an analyst's merge always holds.
 *
 * <p>A pure function of the nodes (in key order) and the overrides: how the claims arrived does
 * not matter. Ids are the slug of the name; a source made of one article's names only (an unnamed
 * "officials", an unknown publisher) gets a suffix from its node, so ids never depend on what else
 * is in the ledger; two groups with one name keep apart by a suffix from their first node.
 */
final class Sources {
  private Sources() {}

  /**
   * @param sources canonical sources, ordered by id
   * @param sourceOfNode the canonical source id of every node
   */
  record Result(List<CanonicalSource> sources, Map<String, String> sourceOfNode) {}

  private static final class Node {
    final String key;
    final NodeStats stats;
    boolean pinned;
    String top;

    Node(String key, NodeStats stats) {
      this.key = key;
      this.stats = stats;
      this.pinned = key.startsWith("split:");
      this.top = stats.topName(key);
    }
  }

  /** The name to show for these name counts: names over acronyms, then the most used, then the longest. */
  static String topName(Map<String, Integer> names, String fallback) {
    return names.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> Names.isAcronym(e.getKey()) ? 0 : 1)
            .thenComparingInt(Map.Entry::getValue)
            .thenComparingInt(e -> e.getKey().length())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(fallback);
  }

  static Result resolve(SortedMap<String, NodeStats> stats, List<SourceOverride> overrides) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    stats.forEach((k, s) -> nodes.put(k, new Node(k, s)));
    UnionFind uf = new UnionFind(nodes.keySet());
    for (SourceOverride o : overrides) {
      if (o.action() != SourceOverride.Action.SPLIT) continue;
      String person = ClaimNode.personKey(o.a());
      String k = Names.key(o.a());
      for (Node n : nodes.values()) {
        if (n.key.equals(person) || Names.key(n.top).equals(k)) n.pinned = true;
      }
    }
    mergeAutomatically(nodes, uf);
    // an analyst's merge: the group takes the name of the first source named
    Map<String, String> nameOfRoot = new HashMap<>();
    List<String[]> preferred = new ArrayList<>();
    for (SourceOverride o : overrides) {
      if (o.action() != SourceOverride.Action.MERGE) continue;
      List<Node> as = matching(nodes, o.a());
      List<Node> bs = matching(nodes, o.b());
      if (as.isEmpty() || bs.isEmpty()) continue;
      String name = groupName(nodes, uf, as.get(0));
      for (Node a : as) {
        for (Node b : bs) uf.union(a.key, b.key, "manual merge: " + o.a() + " = " + o.b());
      }
      preferred.add(new String[] {as.get(0).key, name});
    }
    for (String[] p : preferred) nameOfRoot.put(uf.find(p[0]), p[1]);

    // one canonical source per group
    Map<String, List<Node>> groups = new TreeMap<>();
    for (Node n : nodes.values()) groups.computeIfAbsent(uf.find(n.key), k -> new ArrayList<>()).add(n);
    record Draft(String root, String name, SourceType type, List<String> aliases, String affiliation, int claims,
        List<String> why, boolean articleScoped) {}
    List<Draft> drafts = new ArrayList<>();
    for (Map.Entry<String, List<Node>> g : groups.entrySet()) {
      Map<String, Integer> names = new TreeMap<>();
      Map<SourceType, Integer> types = new TreeMap<>();
      Map<String, Integer> affs = new TreeMap<>();
      Set<String> aliases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      int count = 0;
      boolean scoped = true;
      for (Node n : g.getValue()) {
        n.stats.names.forEach((k, v) -> names.merge(k, v, Integer::sum));
        n.stats.types.forEach((k, v) -> types.merge(k, v, Integer::sum));
        n.stats.affiliations.forEach((k, v) -> affs.merge(k, v, Integer::sum));
        aliases.addAll(n.stats.names.keySet());
        aliases.addAll(n.stats.mentions.keySet());
        count += n.stats.claims;
        scoped &= ClaimNode.articleScoped(n.key);
      }
      String name = nameOfRoot.getOrDefault(g.getKey(), topName(names, g.getKey()));
      Map<SourceType, Integer> named = new TreeMap<>(types);
      if (named.size() > 1) named.remove(SourceType.AUTHOR);
      aliases.removeIf(a -> Names.key(a).equals(Names.key(name)));
      drafts.add(new Draft(g.getKey(), name, top(named, SourceType.AUTHOR), new ArrayList<>(aliases), top(affs, null),
          count, uf.reasons(g.getKey()), scoped));
    }
    // ids: the slug of the name; one article's sources and the later of two same-named groups get a suffix
    Set<String> used = new HashSet<>();
    Map<String, String> idOfRoot = new HashMap<>();
    drafts.sort(Comparator.comparing((Draft d) -> d.articleScoped()).thenComparing(Draft::root));
    List<CanonicalSource> out = new ArrayList<>();
    for (Draft d : drafts) {
      String slug = Ids.slug(d.name());
      String id = d.articleScoped() ? slug + "-" + suffix(d.root(), 6) : slug;
      for (int len = 6; !used.add(id); len += 2) id = slug + "-" + suffix(d.root(), len);
      idOfRoot.put(d.root(), id);
      out.add(new CanonicalSource(id, d.name(), d.type(), d.aliases(), d.affiliation(), d.claims(), d.why()));
    }
    out.sort(Comparator.comparing(CanonicalSource::id));
    Map<String, String> of = new TreeMap<>();
    for (Node n : nodes.values()) of.put(n.key, idOfRoot.get(uf.find(n.key)));
    return new Result(out, of);
  }

  private static String suffix(String root, int len) {
    return Hashes.sha256(root).substring(0, Math.min(len, 64));
  }

  private static <T> T top(Map<T, Integer> counts, T fallback) {
    T best = null;
    int n = -1;
    for (Map.Entry<T, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best == null ? fallback : best;
  }

  /** The name the group holding {@code n} would get now. */
  private static String groupName(Map<String, Node> nodes, UnionFind uf, Node n) {
    String root = uf.find(n.key);
    Map<String, Integer> names = new TreeMap<>();
    for (Node o : nodes.values()) {
      if (uf.find(o.key).equals(root)) o.stats.names.forEach((k, v) -> names.merge(k, v, Integer::sum));
    }
    return topName(names, root);
  }

  private static List<Node> matching(Map<String, Node> nodes, String name) {
    String k = Names.key(name);
    String person = ClaimNode.personKey(name);
    List<Node> out = new ArrayList<>();
    for (Node n : nodes.values()) {
      boolean hit = n.key.equals("name:" + k) || n.key.equals(person);
      for (String nm : n.stats.names.keySet()) hit |= Names.key(nm).equals(k);
      for (String m : n.stats.mentions.keySet()) hit |= Names.key(m).equals(k);
      if (hit) out.add(n);
    }
    return out;
  }

  private static void mergeAutomatically(Map<String, Node> nodes, UnionFind uf) {
    List<Node> named = new ArrayList<>();
    for (Node n : nodes.values()) if (n.key.startsWith("name:") && !n.pinned) named.add(n);

    // a possessive place and the bare name: "South Korea's National Intelligence Service"
    Map<String, Set<String>> placesOfRest = new HashMap<>();
    Map<Node, String[]> split = new LinkedHashMap<>();
    for (Node n : named) {
      String[] ps = Names.splitPossessive(n.top);
      if (ps == null) continue;
      split.put(n, ps);
      placesOfRest.computeIfAbsent(Names.key(ps[1]), k -> new TreeSet<>()).add(Names.key(ps[0]));
    }
    for (Map.Entry<Node, String[]> e : split.entrySet()) {
      String rest = Names.key(e.getValue()[1]);
      if (placesOfRest.get(rest).size() != 1) continue;
      Node bare = nodes.get("name:" + rest);
      if (bare != null && !bare.pinned) {
        uf.union(e.getKey().key, bare.key, "place: \"" + e.getKey().top + "\" is \"" + bare.top + "\"");
      }
    }

    // an acronym and the one organization whose initials it spells
    Map<String, List<Node>> byInitials = new HashMap<>();
    for (Node o : named) {
      if (o.stats.topType() == SourceType.PERSON) continue;
      Set<String> inits = new TreeSet<>();
      inits.add(Names.initials(o.top));
      String[] ps = Names.splitPossessive(o.top);
      if (ps != null) inits.add(Names.initials(ps[1]));
      for (String i : inits) byInitials.computeIfAbsent(i, k -> new ArrayList<>()).add(o);
    }
    for (Node a : named) {
      String an = a.top;
      if (!Names.isAcronym(an) || a.stats.topType() == SourceType.PERSON) continue;
      List<Node> hits = new ArrayList<>(byInitials.getOrDefault(an.replace(".", ""), List.of()));
      hits.remove(a);
      if (hits.size() == 1) uf.union(a.key, hits.get(0).key, "acronym: " + an + " = " + hits.get(0).top);
    }

    // a lone surname and the one person with that surname
    Map<String, List<Node>> bySurname = new HashMap<>();
    for (Node n : named) {
      if (n.stats.topType() != SourceType.PERSON) continue;
      if (Names.personTail(n.top).size() >= 2) bySurname.computeIfAbsent(Names.surname(n.top), k -> new ArrayList<>()).add(n);
    }
    for (Node n : named) {
      if (n.stats.topType() != SourceType.PERSON || Names.personTail(n.top).size() != 1) continue;
      List<Node> full = bySurname.getOrDefault(Names.key(n.top), List.of());
      if (full.size() == 1) uf.union(n.key, full.get(0).key, "surname: " + n.top + " = " + full.get(0).top);
    }

    // a name an article uses for a source it resolved: "the NIS said" resolved to the
    // National Intelligence Service makes a bare "NIS" elsewhere the same source
    Map<String, Node> byKey = new HashMap<>();
    for (Node n : named) byKey.put(n.key, n);
    for (Node n : named) {
      for (String m : n.stats.mentions.keySet()) {
        if (!Names.isNameLike(m)) continue;
        Node other = byKey.get("name:" + Names.key(m));
        if (other == null) other = byKey.get(ClaimNode.personKey(m));
        if (other == null || other == n) continue;
        if (!compatible(m, n.top)) continue;
        uf.union(n.key, other.key, "alias: \"" + m + "\" names " + n.top);
      }
    }
  }

  /** Whether a mention can be another name of {@code name}: its acronym, or words of it. */
  private static boolean compatible(String mention, String name) {
    String m = mention.trim();
    if (m.regionMatches(true, 0, "the ", 0, 4)) m = m.substring(4);
    if (Names.isAcronym(m)) {
      String[] ps = Names.splitPossessive(name);
      return Names.initials(name).equals(m.replace(".", ""))
          || (ps != null && Names.initials(ps[1]).equals(m.replace(".", "")));
    }
    Set<String> words = new HashSet<>(List.of(Names.key(name).split(" ")));
    String[] ps = Names.splitPossessive(m);
    String rest = ps == null ? m : ps[1];
    for (String w : Names.key(rest).split(" ")) if (!words.contains(w)) return false;
    return true;
  }

  /** Union-find over node keys that remembers why groups were joined. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, List<String>> why = new HashMap<>();

    UnionFind(Set<String> keys) {
      for (String k : keys) parent.put(k, k);
    }

    String find(String k) {
      String p = parent.get(k);
      if (p.equals(k)) return k;
      String r = find(p);
      parent.put(k, r);
      return r;
    }

    void union(String a, String b, String reason) {
      String ra = find(a);
      String rb = find(b);
      if (ra.equals(rb)) return;
      // keep the root that sorts first, so ids do not depend on the order of rules
      if (ra.compareTo(rb) > 0) {
        String t = ra;
        ra = rb;
        rb = t;
      }
      parent.put(rb, ra);
      List<String> reasons = why.computeIfAbsent(ra, k -> new ArrayList<>());
      reasons.addAll(why.getOrDefault(rb, List.of()));
      reasons.add(reason);
      why.remove(rb);
    }

    List<String> reasons(String root) {
      return why.getOrDefault(root, List.of());
    }
  }
}
