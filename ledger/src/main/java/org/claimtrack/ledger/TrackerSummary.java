package org.claimtrack.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.ledger.track.TrackerKind;
import org.claimtrack.ledger.track.TrackerPlace;

/**
 * One line of {@code claimtrack trackers}: a tracker without its estimates.
 *
 * @param latestClaim the claim of the estimate given last, or null
 * @param latestOn when it was given, or null
 * @param latestLow its lower bound, or null
 * @param latestHigh its upper bound, or null
 * @param latestQualifier its qualifier, or null
 * @param rangeLow the lowest bound any estimate states, or null
 * @param rangeHigh the highest bound any estimate states, or null
 * @param conflicted whether two estimates cannot both be right
 * @param revised whether a source changed its own figure
 * @param voices independent originators among its estimates (five outlets carrying one
 *     ministry's figure are one)
 * @param regionFigures figures of its regions shown in it (for a country's tracker)
 * @param where its place as the gazetteer knows it (codes, point, containment path), or null
 */
public record TrackerSummary(
    String id,
    String what,
    String counted,
    String place,
    TrackerKind kind,
    int estimates,
    int sources,
    String latestClaim,
    LocalDate latestOn,
    BigDecimal latestLow,
    BigDecimal latestHigh,
    Qualifier latestQualifier,
    BigDecimal rangeLow,
    BigDecimal rangeHigh,
    boolean conflicted,
    boolean revised,
    String verdict,
    int voices,
    int regionFigures,
    TrackerPlace where) {

  public TrackerSummary(String id, String what, String counted, String place, TrackerKind kind, int estimates,
      int sources, String latestClaim, LocalDate latestOn, BigDecimal latestLow, BigDecimal latestHigh,
      Qualifier latestQualifier, BigDecimal rangeLow, BigDecimal rangeHigh, boolean conflicted, boolean revised,
      String verdict, int voices, int regionFigures) {
    this(id, what, counted, place, kind, estimates, sources, latestClaim, latestOn, latestLow, latestHigh, latestQualifier,
        rangeLow, rangeHigh, conflicted, revised, verdict, voices, regionFigures, null);
  }

  public TrackerSummary(String id, String what, String counted, String place, TrackerKind kind, int estimates,
      int sources, String latestClaim, LocalDate latestOn, BigDecimal latestLow, BigDecimal latestHigh,
      Qualifier latestQualifier, BigDecimal rangeLow, BigDecimal rangeHigh, boolean conflicted, boolean revised,
      String verdict) {
    this(id, what, counted, place, kind, estimates, sources, latestClaim, latestOn, latestLow, latestHigh, latestQualifier,
        rangeLow, rangeHigh, conflicted, revised, verdict, sources, 0);
  }
}
