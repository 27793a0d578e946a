package org.claimtrack.ledger.track;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.claimtrack.domain.SourceType;

/**
 * Who speaks for whom: the same source, or a person and the organization they speak for
 * ("Pentagon press secretary Sabrina Singh" and "the Pentagon"). Built once per analysis; the
 * name keys of each source are computed once, on first use.
 */
public final class Speakers {
  private final Map<String, Set<String>> keys = new HashMap<>();
  private final Map<String, String> affiliation = new HashMap<>();

  boolean same(CanonicalSource a, CanonicalSource b) {
    if (a == null || b == null) return false;
    if (a.id().equals(b.id())) return true;
    return speaksFor(a, b) || speaksFor(b, a);
  }

  private boolean speaksFor(CanonicalSource person, CanonicalSource org) {
    if (person.affiliation() == null || org.type() == SourceType.PERSON) return false;
    String k = affiliation.computeIfAbsent(person.id(), id -> Names.key(person.affiliation()));
    return keys.computeIfAbsent(org.id(), id -> {
      Set<String> ks = new java.util.HashSet<>();
      ks.add(Names.key(org.name()));
      for (String a : org.aliases()) ks.add(Names.key(a));
      return ks;
    }).contains(k);
  }
}
