package org.claimtrack.ledger.store;

import java.math.BigDecimal;
import java.util.Comparator;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.Tracker;

/** Summary facts of a tracker, stored beside it so that {@code claimtrack trackers} is one read. */
public final class TrackerFacts {
  private TrackerFacts() {}

  /** The estimate given last (by reportedOn; among equal dates the last listed); null when none. */
  public static Estimate latest(Tracker t) {
    Estimate best = null;
    for (Estimate e : t.estimates()) {
      if (best == null) {
        best = e;
        continue;
      }
      if (e.reportedOn() == null) continue;
      if (best.reportedOn() == null || !e.reportedOn().isBefore(best.reportedOn())) best = e;
    }
    return best;
  }

  /** The lowest and highest bound stated by any estimate, {low, high}; null when none. */
  public static BigDecimal[] range(Tracker t) {
    BigDecimal lo = null;
    BigDecimal hi = null;
    Comparator<BigDecimal> cmp = Comparator.naturalOrder();
    for (Estimate e : t.estimates()) {
      for (BigDecimal b : new BigDecimal[] {e.low(), e.high()}) {
        if (b == null) continue;
        if (lo == null || cmp.compare(b, lo) < 0) lo = b;
        if (hi == null || cmp.compare(b, hi) > 0) hi = b;
      }
    }
    return new BigDecimal[] {lo, hi};
  }
}
