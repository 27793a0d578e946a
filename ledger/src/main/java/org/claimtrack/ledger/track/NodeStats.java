package org.claimtrack.ledger.track;

import java.util.Map;
import java.util.TreeMap;
import org.claimtrack.domain.SourceType;

/**
 * Everything the source grouping needs to know about one node, summed over the claims made under
 * it (and the claims that cite it as their originator): how often each name, type, affiliation and
 * mention occurs, and how many claims it made. Counts, so a claim can be taken out again when its
 * article is re-extracted. Mutable; maps are sorted, so a node reads the same however it was built.
 */
public final class NodeStats {
  final TreeMap<String, Integer> names = new TreeMap<>();
  final TreeMap<SourceType, Integer> types = new TreeMap<>();
  final TreeMap<String, Integer> affiliations = new TreeMap<>();
  final TreeMap<String, Integer> mentions = new TreeMap<>();
  int claims;
  /** Claims of other sources that cite this one as their originator. */
  int cited;

  /** Adds ({@code sign} 1) or takes out (-1) a claim made under this node. */
  public void addClaim(ClaimNode c, int sign) {
    bump(names, c.name(), sign);
    bump(types, c.type(), sign);
    if (c.affiliation() != null) bump(affiliations, c.affiliation(), sign);
    if (c.mention() != null) {
      for (String m : Names.mentionNames(c.mention())) bump(mentions, m, sign);
    }
    claims += sign;
  }

  /** Adds or takes out a claim that cites this node as its originator. */
  public void addCitation(ClaimNode c, int sign) {
    bump(names, c.originName(), sign);
    bump(types, c.originType(), sign);
    if (c.originAffiliation() != null) bump(affiliations, c.originAffiliation(), sign);
    cited += sign;
  }

  public boolean isEmpty() {
    return claims == 0 && cited == 0 && names.isEmpty();
  }

  private static <K> void bump(Map<K, Integer> m, K k, int sign) {
    int n = m.getOrDefault(k, 0) + sign;
    if (n == 0) m.remove(k);
    else m.put(k, n);
  }

  /** The name a canonical source made of this node alone takes: names over acronyms, then the most used, longest. */
  String topName(String fallback) {
    return Sources.topName(names, fallback);
  }

  SourceType topType() {
    SourceType best = SourceType.AUTHOR;
    int n = 0;
    for (var e : types.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  public NodeStats copy() {
    NodeStats s = new NodeStats();
    s.names.putAll(names);
    s.types.putAll(types);
    s.affiliations.putAll(affiliations);
    s.mentions.putAll(mentions);
    s.claims = claims;
    s.cited = cited;
    return s;
  }

  /** The statistics as one line of JSON, for storing: {"n": names, "t": types, "a": affiliations, "m": mentions, "c", "o"}. */
  public String toJson() {
    var o = org.claimtrack.json.ClaimJson.MAPPER.createObjectNode();
    names.forEach(o.putObject("n")::put);
    var t = o.putObject("t");
    types.forEach((k, v) -> t.put(k.name(), v));
    affiliations.forEach(o.putObject("a")::put);
    mentions.forEach(o.putObject("m")::put);
    o.put("c", claims);
    o.put("o", cited);
    return o.toString();
  }

  public static NodeStats fromJson(String json) {
    try {
      var o = org.claimtrack.json.ClaimJson.MAPPER.readTree(json);
      NodeStats s = new NodeStats();
      o.get("n").fields().forEachRemaining(e -> s.names.put(e.getKey(), e.getValue().asInt()));
      o.get("t").fields().forEachRemaining(e -> s.types.put(SourceType.valueOf(e.getKey()), e.getValue().asInt()));
      o.get("a").fields().forEachRemaining(e -> s.affiliations.put(e.getKey(), e.getValue().asInt()));
      o.get("m").fields().forEachRemaining(e -> s.mentions.put(e.getKey(), e.getValue().asInt()));
      s.claims = o.get("c").asInt();
      s.cited = o.get("o").asInt();
      return s;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored node statistics are not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NodeStats s && names.equals(s.names) && types.equals(s.types) && affiliations.equals(s.affiliations)
        && mentions.equals(s.mentions) && claims == s.claims && cited == s.cited;
  }

  @Override
  public int hashCode() {
    return names.hashCode() * 31 + claims;
  }

  @Override
  public String toString() {
    return "NodeStats" + names + types + affiliations + mentions + "/" + claims + "/" + cited;
  }
}
