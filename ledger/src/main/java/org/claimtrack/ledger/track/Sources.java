package org.claimtrack.ledger.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimtrack.domain.Source;
import org.claimtrack.domain.SourceType;

/**
 * Groups the sources of all claims into canonical sources.
 *
 * <p>Within an article the extractor has already resolved mentions ("he", "the agency") to the
 * fullest name. Across articles, names are grouped by these rules, each recorded as a reason:
 * the same name (case, accents, a leading "the" and a person's leading titles aside); a name with
 * a possessive place ("South Korea's X") and the bare name X, unless two places claim the same X;
 * an acronym and the one organization whose initials it spells; a lone surname and the one person
 * with that surname; a name an article uses for a source it has resolved ("NIS", "Zelensky").
 * Unnamed sources ("officials") are only grouped when they share a stated affiliation. An
 * analyst's split keeps a name out of every automatic merge; an analyst's merge always holds.
 */
final class Sources {
  private Sources() {}

  record Result(List<CanonicalSource> sources, Map<String, String> sourceOfClaim) {}

  /** One distinct name as written, before grouping. */
  private static final class Node {
    final String key;
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<SourceType, Integer> types = new LinkedHashMap<>();
    final Map<String, Integer> affiliations = new LinkedHashMap<>();
    final Set<String> mentions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    final List<String> claimIds = new ArrayList<>();
    boolean pinned;

    Node(String key) {
      this.key = key;
    }

    String topName() {
      return names.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> Names.isAcronym(e.getKey()) ? 0 : 1)
              .thenComparingInt(Map.Entry::getValue)
              .thenComparingInt(e -> e.getKey().length())
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .map(Map.Entry::getKey)
          .orElse(key);
    }

    SourceType topType() {
      return top(types, SourceType.AUTHOR);
    }
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

  static Result resolve(List<LedgerClaim> claims, List<SourceOverride> overrides) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<String, Node> nodeOfClaim = new LinkedHashMap<>();
    java.util.Set<String> splitMentions = new java.util.HashSet<>();
    for (SourceOverride o : overrides) {
      if (o.action() == SourceOverride.Action.SPLIT) splitMentions.add(Names.key(o.a()));
    }
    for (LedgerClaim c : claims) {
      Source s = c.claim().source();
      String key = nodeKey(c, s);
      String name = displayName(c, s);
      // an analyst's split of a mention ("the agency"): the claims made under it are a source of their own
      String mentionKey = c.sourceMention() == null ? null : Names.key(c.sourceMention());
      if (mentionKey != null && splitMentions.contains(mentionKey) && !mentionKey.equals(Names.key(name))) {
        key = "split:" + mentionKey;
        name = c.sourceMention().trim();
      }
      Node n = nodes.computeIfAbsent(key, Node::new);
      if (key.startsWith("split:")) n.pinned = true;
      n.names.merge(name, 1, Integer::sum);
      n.types.merge(s.type(), 1, Integer::sum);
      if (s.affiliation() != null) n.affiliations.merge(s.affiliation(), 1, Integer::sum);
      if (c.sourceMention() != null && !Names.isPronoun(c.sourceMention())) {
        n.mentions.addAll(Names.mentionNames(c.sourceMention()));
      }
      n.claimIds.add(c.claimId());
      nodeOfClaim.put(c.claimId(), n);
    }

    UnionFind uf = new UnionFind(nodes.keySet());
    for (SourceOverride o : overrides) {
      if (o.action() == SourceOverride.Action.SPLIT) {
        for (Node n : nodes.values()) {
          if (n.key.equals(personOrKey(o.a())) || Names.key(n.topName()).equals(Names.key(o.a()))) {
            n.pinned = true;
          }
        }
      }
    }
    mergeAutomatically(nodes, uf);
    // an analyst's merge: the group takes the name of the first source named
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
    Map<String, String> nameOfRoot = new HashMap<>();
    for (String[] p : preferred) nameOfRoot.put(uf.find(p[0]), p[1]);

    // one canonical source per group
    Map<String, List<Node>> groups = new LinkedHashMap<>();
    for (Node n : nodes.values()) groups.computeIfAbsent(uf.find(n.key), k -> new ArrayList<>()).add(n);
    List<CanonicalSource> out = new ArrayList<>();
    Map<String, String> idOfRoot = new HashMap<>();
    Set<String> usedIds = new HashSet<>();
    for (Map.Entry<String, List<Node>> g : groups.entrySet()) {
      List<Node> members = g.getValue();
      Map<String, Integer> names = new LinkedHashMap<>();
      Map<SourceType, Integer> types = new LinkedHashMap<>();
      Map<String, Integer> affs = new LinkedHashMap<>();
      Set<String> aliases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      int count = 0;
      for (Node n : members) {
        n.names.forEach((k, v) -> names.merge(k, v, Integer::sum));
        n.types.forEach((k, v) -> types.merge(k, v, Integer::sum));
        n.affiliations.forEach((k, v) -> affs.merge(k, v, Integer::sum));
        aliases.addAll(n.names.keySet());
        aliases.addAll(n.mentions);
        count += n.claimIds.size();
      }
      Node merged = new Node(g.getKey());
      merged.names.putAll(names);
      String name = nameOfRoot.getOrDefault(g.getKey(), merged.topName());
      Map<SourceType, Integer> named = new LinkedHashMap<>(types);
      if (named.size() > 1) named.remove(SourceType.AUTHOR);
      SourceType type = top(named, SourceType.AUTHOR);
      aliases.removeIf(a -> Names.key(a).equals(Names.key(name)));
      String id = Ids.slug(name);
      for (int i = 2; !usedIds.add(id); i++) id = Ids.slug(name) + "-" + i;
      idOfRoot.put(g.getKey(), id);
      out.add(new CanonicalSource(id, name, type, new ArrayList<>(aliases), top(affs, null), count,
          uf.reasons(g.getKey())));
    }
    out.sort(Comparator.comparing(CanonicalSource::id));
    Map<String, String> of = new TreeMap<>();
    nodeOfClaim.forEach((claimId, n) -> of.put(claimId, idOfRoot.get(uf.find(n.key))));
    return new Result(out, of);
  }

  /** The name the group holding {@code n} would get now. */
  private static String groupName(Map<String, Node> nodes, UnionFind uf, Node n) {
    String root = uf.find(n.key);
    Node merged = new Node(root);
    for (Node o : nodes.values()) {
      if (uf.find(o.key).equals(root)) o.names.forEach((k, v) -> merged.names.merge(k, v, Integer::sum));
    }
    return merged.topName();
  }

  private static String displayName(LedgerClaim c, Source s) {
    if (s.name() != null) return s.name();
    return "publisher of " + (c.file() != null ? c.file() : c.articleId());
  }

  private static String personOrKey(String name) {
    List<String> tail = Names.personTail(name);
    return "name:" + Names.key(String.join(" ", tail));
  }

  private static String nodeKey(LedgerClaim c, Source s) {
    if (s.name() == null) return "author:" + c.articleHash();
    if (s.type() == SourceType.UNNAMED) {
      String aff = s.affiliation() == null ? "article:" + c.articleHash() : Names.key(s.affiliation());
      return "unnamed:" + Names.key(s.name()) + "@" + aff;
    }
    if (s.type() == SourceType.PERSON) return personOrKey(s.name());
    return "name:" + Names.key(s.name());
  }

  private static List<Node> matching(Map<String, Node> nodes, String name) {
    String k = Names.key(name);
    List<Node> out = new ArrayList<>();
    for (Node n : nodes.values()) {
      boolean hit = n.key.equals("name:" + k) || n.key.equals(personOrKey(name));
      for (String nm : n.names.keySet()) hit |= Names.key(nm).equals(k);
      for (String m : n.mentions) hit |= Names.key(m).equals(k);
      if (hit) out.add(n);
    }
    return out;
  }

  private static void mergeAutomatically(Map<String, Node> nodes, UnionFind uf) {
    List<Node> named = new ArrayList<>();
    for (Node n : nodes.values()) if (n.key.startsWith("name:") && !n.pinned) named.add(n);

    // a possessive place and the bare name: "South Korea's National Intelligence Service"
    Map<String, Set<String>> placesOfRest = new HashMap<>();
    Map<Node, String[]> split = new HashMap<>();
    for (Node n : named) {
      String[] ps = Names.splitPossessive(n.topName());
      if (ps == null) continue;
      split.put(n, ps);
      placesOfRest.computeIfAbsent(Names.key(ps[1]), k -> new TreeSet<>()).add(Names.key(ps[0]));
    }
    for (Map.Entry<Node, String[]> e : split.entrySet()) {
      String rest = Names.key(e.getValue()[1]);
      if (placesOfRest.get(rest).size() != 1) continue;
      Node bare = nodes.get("name:" + rest);
      if (bare != null && !bare.pinned) {
        uf.union(e.getKey().key, bare.key,
            "place: \"" + e.getKey().topName() + "\" is \"" + bare.topName() + "\"");
      }
    }

    // an acronym and the one organization whose initials it spells
    for (Node a : named) {
      String an = a.topName();
      if (!Names.isAcronym(an) || a.topType() == SourceType.PERSON) continue;
      String acr = an.replace(".", "");
      List<Node> hits = new ArrayList<>();
      for (Node o : named) {
        if (o == a || o.topType() == SourceType.PERSON) continue;
        String full = o.topName();
        String[] ps = Names.splitPossessive(full);
        if (Names.initials(full).equals(acr) || (ps != null && Names.initials(ps[1]).equals(acr))) {
          hits.add(o);
        }
      }
      if (hits.size() == 1) {
        uf.union(a.key, hits.get(0).key, "acronym: " + an + " = " + hits.get(0).topName());
      }
    }

    // a lone surname and the one person with that surname
    Map<String, List<Node>> bySurname = new HashMap<>();
    for (Node n : named) {
      if (n.topType() != SourceType.PERSON) continue;
      if (Names.personTail(n.topName()).size() >= 2) {
        bySurname.computeIfAbsent(Names.surname(n.topName()), k -> new ArrayList<>()).add(n);
      }
    }
    for (Node n : named) {
      if (n.topType() != SourceType.PERSON || Names.personTail(n.topName()).size() != 1) continue;
      List<Node> full = bySurname.getOrDefault(Names.key(n.topName()), List.of());
      if (full.size() == 1) {
        uf.union(n.key, full.get(0).key, "surname: " + n.topName() + " = " + full.get(0).topName());
      }
    }

    // a name an article uses for a source it resolved: "the NIS said" resolved to the
    // National Intelligence Service makes a bare "NIS" elsewhere the same source
    Map<String, Node> byKey = new HashMap<>();
    for (Node n : named) byKey.put(n.key, n);
    for (Node n : named) {
      for (String m : n.mentions) {
        if (!Names.isNameLike(m)) continue;
        Node other = byKey.get("name:" + Names.key(m));
        if (other == null) other = byKey.get(personOrKey(m));
        if (other == null || other == n) continue;
        if (!compatible(m, n.topName())) continue;
        uf.union(n.key, other.key, "alias: \"" + m + "\" names " + n.topName());
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
      // keep the root that came first, so ids do not depend on the order of rules
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
