package org.claimtrack.serve;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtrack.ledger.Ledger;
import org.claimtrack.ledger.browse.Browse;
import org.claimtrack.ledger.track.Agreement;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.Tracker;

/**
 * One tracker with everything its page, its JSON and its chart show: the sources, each estimate's
 * claim (for the sentence), the agreement day by day, and when the analysis was made.
 */
record TrackerData(Tracker tracker, Map<String, CanonicalSource> sources, Map<String, Browse.StoredClaim> claims,
    List<Agreement.Day> days, Instant analyzedAt) {

  static java.util.Optional<TrackerData> load(Ledger ledger, String id) {
    return ledger.tracker(id).map(t -> {
      Map<String, CanonicalSource> sources = new HashMap<>();
      for (CanonicalSource s : ledger.sources()) sources.put(s.id(), s);
      Map<String, Browse.StoredClaim> claims = ledger.browse().claims(t.estimates().stream().map(Estimate::claimId).toList());
      List<Agreement.Day> days = Agreement.byDay(t, List.copyOf(sources.values()));
      return new TrackerData(t, sources, claims, days, ledger.analyzedAt());
    });
  }

  String sourceName(String sourceId) {
    CanonicalSource s = sources.get(sourceId);
    return s == null || s.name() == null ? sourceId : s.name();
  }

  /** The claim's words (its content), or "" when the claim is gone. */
  String sentence(String claimId) {
    Browse.StoredClaim c = claims.get(claimId);
    return c == null ? "" : c.claim().text();
  }

  /** Sources in the order they first give a figure. */
  List<String> sourceOrder() {
    return tracker.estimates().stream().map(Estimate::sourceId).distinct().toList();
  }
}
