package org.claimtrack.ledger.track;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrack.domain.SourceType;

/** Groups the sources of all claims into canonical sources. */
final class Sources {
  private Sources() {}

  record Result(List<CanonicalSource> sources, Map<String, String> sourceOfClaim) {}

  static Result resolve(List<LedgerClaim> claims, List<SourceOverride> overrides) {
    Map<String, String> of = new LinkedHashMap<>();
    Map<String, CanonicalSource> byId = new LinkedHashMap<>();
    for (LedgerClaim c : claims) {
      String name = c.claim().source().name() == null ? "(unknown publisher)" : c.claim().source().name();
      String id = Ids.slug(name);
      of.put(c.claimId(), id);
      CanonicalSource prev = byId.get(id);
      int n = prev == null ? 1 : prev.claims() + 1;
      SourceType type = c.claim().source().type();
      byId.put(id, new CanonicalSource(id, name, type, List.of(), c.claim().source().affiliation(), n, List.of()));
    }
    return new Result(new ArrayList<>(byId.values()), of);
  }
}
