package org.claimtrack.ledger.track;

import java.util.List;
import java.util.Map;

/**
 * What the ledger knows after reading all stored claims: canonical sources, which source made
 * each claim, and the trackers.
 *
 * @param sources canonical sources, ordered by id
 * @param sourceOfClaim canonical source id for every claim id
 * @param trackers trackers, ordered by id
 */
public record LedgerAnalysis(
    List<CanonicalSource> sources, Map<String, String> sourceOfClaim, List<Tracker> trackers) {
  public LedgerAnalysis {
    sources = List.copyOf(sources);
    sourceOfClaim = Map.copyOf(sourceOfClaim);
    trackers = List.copyOf(trackers);
  }

  /** The canonical source a name, alias or id stands for. */
  public java.util.Optional<CanonicalSource> source(String nameOrId) {
    return SourceLookup.find(sources, nameOrId);
  }

  /** A tracker by id. */
  public java.util.Optional<Tracker> tracker(String id) {
    return trackers.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
