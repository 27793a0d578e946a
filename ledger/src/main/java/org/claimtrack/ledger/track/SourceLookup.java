package org.claimtrack.ledger.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the canonical source a name stands for, the way an analyst writes it: its name or an
 * alias (case, accents and a leading "the" aside), a name with its country ("South Korea's X"),
 * a person with titles before the name ("US National Security Council spokesman John Kirby"), or
 * an acronym.
 */
public final class SourceLookup {
  private SourceLookup() {}

  public static Optional<CanonicalSource> find(List<CanonicalSource> sources, String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    List<String> tries = new ArrayList<>();
    tries.add(name);
    String[] ps = Names.splitPossessive(name);
    if (ps != null) tries.add(ps[1]);
    List<String> tail = Names.personTail(name);
    if (!tail.isEmpty()) tries.add(String.join(" ", tail));
    for (String t : tries) {
      String k = Names.key(t);
      for (CanonicalSource s : sources) {
        if (Names.key(s.name()).equals(k) || s.id().equals(t)) return Optional.of(s);
      }
      for (CanonicalSource s : sources) {
        for (String a : s.aliases()) if (Names.key(a).equals(k)) return Optional.of(s);
      }
    }
    String acr = name.trim().replace(".", "");
    if (Names.isAcronym(acr)) {
      for (CanonicalSource s : sources) if (Names.initials(s.name()).equals(acr)) return Optional.of(s);
    }
    return Optional.empty();
  }
}
