package org.claimtrack.ledger.track;

import java.util.List;

/** Groups quantities into trackers and reconciles each. */
final class Trackers {
  private Trackers() {}

  static List<Tracker> build(List<LedgerClaim> claims, Sources.Result sources) {
    return List.of();
  }
}
