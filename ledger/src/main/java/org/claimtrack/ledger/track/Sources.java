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
 * is in the ledger; two groups with one name keep apart by a suffix from their first node (root).
 *
 * <p>The ledger also groups a part of the nodes only (those a new article touched, their
 * neighbours by {@link NodeKeys} and their old groups): then the counts the rules' "the one ..."
 * conditions need come from all nodes ({@link Classes}), ids held outside the part are asked of
 * {@link Taken}, and the partners and id holders found outside the part are reported, so the
 * caller widens the part and groups again until none is.
 */
final class Sources {
  private Sources() {}

  /**
   * @param sources canonical sources, ordered by id
   * @param sourceOfNode the canonical source id of every node
   */
  record Result(List<CanonicalSource> sources, Map<String, String> sourceOfNode, Map<String, String> rootOfSource,
      Set<String> missing, Set<String> displaced) {}

  /** What the rules count over every named node of the ledger, not only those being grouped. */
  interface Classes {
    /** The places of the possessive names whose rest is {@code rest} ("south korea" for "national intelligence service"). */
    Set<String> placesOfRest(String rest);

    /** The organizations whose initials (or their possessive rest's) are {@code initials}. */
    Set<String> initialsHits(String initials);

    /** The persons named with two or more words whose surname is {@code surname}. */
    Set<String> fullPersons(String surname);
  }

  /** Ids held by canonical sources outside the nodes being grouped. */
  interface Taken {
    /** The group holding {@code id}, or null when it is free. */
    Holder holder(String id);
  }

  /** A group holding an id: whether it is of one article's names only, and its root node. */
  record Holder(boolean scoped, String root) {}

  private static final Taken NONE_TAKEN = id -> null;

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

  /** Groups every node of the ledger. */
  static Result resolve(SortedMap<String, NodeStats> stats, List<SourceOverride> overrides) {
    return resolve(stats, overrides, null, NONE_TAKEN, Set.of());
  }

  /**
   * Groups {@code stats}; with {@code classes}, a part of the ledger's nodes whose neighbours are
   * all in it (nodes that are not, and are not in {@code absent}, come back in {@link
   * Result#missing}), with ids held elsewhere asked of {@code taken}.
   */
  static Result resolve(SortedMap<String, NodeStats> stats, List<SourceOverride> overrides, Classes classes, Taken taken,
      Set<String> absent) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    stats.forEach((k, s) -> nodes.put(k, new Node(k, s)));
    Set<String> missing = new TreeSet<>();
    UnionFind uf = new UnionFind(nodes.keySet());
    for (SourceOverride o : overrides) {
      if (o.action() != SourceOverride.Action.SPLIT) continue;
      String person = ClaimNode.personKey(o.a());
      String k = Names.key(o.a());
      for (Node n : nodes.values()) {
        if (n.key.equals(person) || Names.key(n.top).equals(k)) n.pinned = true;
      }
    }
    List<Node> named = new ArrayList<>();
    for (Node n : nodes.values()) if (n.key.startsWith("name:") && !n.pinned) named.add(n);
    Classes cs = classes != null ? classes : classesOf(named);
    mergeAutomatically(nodes, named, cs, uf, classes == null ? null : (k -> {
      if (!absent.contains(k)) missing.add(k);
    }));
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
      Map<SourceType, Integer> namedTypes = new TreeMap<>(types);
      if (namedTypes.size() > 1) namedTypes.remove(SourceType.AUTHOR);
      String nameKey = Names.key(name);
      aliases.removeIf(a -> Names.key(a).equals(nameKey));
      drafts.add(new Draft(g.getKey(), name, top(namedTypes, SourceType.AUTHOR), new ArrayList<>(aliases), top(affs, null),
          count, uf.reasons(g.getKey()), scoped));
    }
    // ids: the slug of the name; one article's sources and the later of two same-named groups get a suffix
    Set<String> used = new HashSet<>();
    Set<String> displaced = new TreeSet<>();
    Map<String, String> idOfRoot = new HashMap<>();
    Map<String, String> rootOf = new TreeMap<>();
    drafts.sort(Comparator.comparing((Draft d) -> d.articleScoped()).thenComparing(Draft::root));
    List<CanonicalSource> out = new ArrayList<>();
    for (Draft d : drafts) {
      String slug = Ids.slug(d.name());
      String id = d.articleScoped() ? slug + "-" + suffix(d.root(), 6) : slug;
      for (int len = 6; ; len += 2) {
        if (!used.contains(id)) {
          Holder h = taken.holder(id);
          if (h == null) break;
          boolean before = h.scoped() != d.articleScoped() ? !h.scoped() : h.root().compareTo(d.root()) < 0;
          if (!before) {
            displaced.add(h.root()); // that group must give the id up: the caller groups it again with this one
            break;
          }
        }
        id = slug + "-" + suffix(d.root(), len);
      }
      used.add(id);
      idOfRoot.put(d.root(), id);
      rootOf.put(id, d.root());
      out.add(new CanonicalSource(id, d.name(), d.type(), d.aliases(), d.affiliation(), d.claims(), d.why()));
    }
    out.sort(Comparator.comparing(CanonicalSource::id));
    Map<String, String> of = new TreeMap<>();
    for (Node n : nodes.values()) of.put(n.key, idOfRoot.get(uf.find(n.key)));
    return new Result(out, of, rootOf, missing, displaced);
  }

  /** The classes over these nodes (all the ledger's named nodes, when grouping all). */
  private static Classes classesOf(List<Node> named) {
    Map<String, Set<String>> places = new HashMap<>();
    Map<String, Set<String>> initials = new HashMap<>();
    Map<String, Set<String>> surnames = new HashMap<>();
    for (Node n : named) {
      for (NodeKeys.Key k : NodeKeys.of(n.key, n.stats)) {
        switch (k.kind()) {
          case NodeKeys.REST -> places.computeIfAbsent(k.value(), x -> new TreeSet<>()).add(k.extra());
          case NodeKeys.INITIALS -> initials.computeIfAbsent(k.value(), x -> new TreeSet<>()).add(n.key);
          case NodeKeys.SURNAME -> surnames.computeIfAbsent(k.value(), x -> new TreeSet<>()).add(n.key);
          default -> { }
        }
      }
    }
    return new Classes() {
      public Set<String> placesOfRest(String rest) {
        return places.getOrDefault(rest, Set.of());
      }

      public Set<String> initialsHits(String i) {
        return initials.getOrDefault(i, Set.of());
      }

      public Set<String> fullPersons(String surname) {
        return surnames.getOrDefault(surname, Set.of());
      }
    };
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

  /**
   * The automatic rules over the named, unpinned nodes, in key order. {@code outside} is told of a
   * partner a rule needs that is not among the nodes (grouping a part); null when grouping all.
   */
  private static void mergeAutomatically(Map<String, Node> nodes, List<Node> named, Classes cs, UnionFind uf,
      java.util.function.Consumer<String> outside) {
    Map<String, Node> byKey = new HashMap<>();
    for (Node n : named) byKey.put(n.key, n);

    // a possessive place and the bare name: "South Korea's National Intelligence Service"
    for (Node n : named) {
      String[] ps = Names.splitPossessive(n.top);
      if (ps == null) continue;
      String rest = Names.key(ps[1]);
      if (cs.placesOfRest(rest).size() != 1) continue;
      Node bare = partner(nodes, byKey, "name:" + rest, outside);
      if (bare != null) uf.union(n.key, bare.key, "place: \"" + n.top + "\" is \"" + bare.top + "\"");
    }

    // an acronym and the one organization whose initials it spells
    for (Node a : named) {
      String an = a.top;
      if (!Names.isAcronym(an) || a.stats.topType() == SourceType.PERSON) continue;
      Set<String> hits = new TreeSet<>(cs.initialsHits(an.replace(".", "")));
      hits.remove(a.key);
      if (hits.size() != 1) continue;
      Node o = partner(nodes, byKey, hits.iterator().next(), outside);
      if (o != null) uf.union(a.key, o.key, "acronym: " + an + " = " + o.top);
    }

    // a lone surname and the one person with that surname
    for (Node n : named) {
      if (n.stats.topType() != SourceType.PERSON || Names.personTail(n.top).size() != 1) continue;
      Set<String> full = cs.fullPersons(Names.key(n.top));
      if (full.size() != 1) continue;
      Node o = partner(nodes, byKey, full.iterator().next(), outside);
      if (o != null) uf.union(n.key, o.key, "surname: " + n.top + " = " + o.top);
    }

    // a name an article uses for a source it resolved: "the NIS said" resolved to the
    // National Intelligence Service makes a bare "NIS" elsewhere the same source
    for (Node n : named) {
      for (String m : n.stats.mentions.keySet()) {
        if (!Names.isNameLike(m)) continue;
        String k1 = "name:" + Names.key(m);
        String k2 = ClaimNode.personKey(m);
        if (outside != null && (unknown(nodes, k1) || unknown(nodes, k2))) {
          // the rule takes the first that exists: both must be known to choose
          if (unknown(nodes, k1)) outside.accept(k1);
          if (unknown(nodes, k2)) outside.accept(k2);
        }
        Node other = byKey.get(k1);
        if (other == null) other = byKey.get(k2);
        if (other == null || other == n) continue;
        if (!compatible(m, n.top)) continue;
        uf.union(n.key, other.key, "alias: \"" + m + "\" names " + n.top);
      }
    }
  }

  private static boolean unknown(Map<String, Node> nodes, String key) {
    return !nodes.containsKey(key);
  }

  /** The named, unpinned node {@code key}, or null; a key not among the nodes is reported to {@code outside}. */
  private static Node partner(Map<String, Node> nodes, Map<String, Node> byKey, String key,
      java.util.function.Consumer<String> outside) {
    if (outside != null && !nodes.containsKey(key)) outside.accept(key);
    return byKey.get(key);
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
