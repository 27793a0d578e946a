package org.claimtrack.ledger.track;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Qualifier;

/**
 * One figure in a tracker: a quantity of one claim.
 *
 * @param claimId the claim's id
 * @param quantityIndex which of the claim's quantities (0-based)
 * @param articleId the article's id
 * @param articleHash the article's hash
 * @param file the article's input file name
 * @param sourceId the canonical source that gave the figure (who the article credits)
 * @param reportedOn when the source gave the figure (the claim's reportedOn, else the article's
 *     date), or null
 * @param low lower bound, null when unbounded
 * @param high upper bound, null when unbounded
 * @param qualifier how the stated number bounds the value
 * @param hedged whether the claim is hedged
 * @param surface the quantity's words ("at least 3,000")
 * @param repeatOf the claim id this figure restates (same originator, same figure, an earlier
 *     article), or null when it is an estimate of its own
 * @param why why the figure is in this tracker, for {@code claimtrack track}
 * @param originId the canonical source that originated the figure: {@code sourceId} unless the
 *     claim relays someone ("X said, citing Y"); corroboration counts originators only
 * @param via who carried the figure from the originator to the source, " → "-joined, or null
 * @param reading how near its number an open qualifier puts it ("nearly"), or null
 * @param place for a region's figure shown in its country's tracker: the region; else null
 * @param later how the figure compared with the other sources' figures 30 days later, or null
 *     when none was current then (or the figure has no date)
 */
public record Estimate(
    String claimId,
    int quantityIndex,
    String articleId,
    String articleHash,
    String file,
    String sourceId,
    LocalDate reportedOn,
    BigDecimal low,
    BigDecimal high,
    Qualifier qualifier,
    boolean hedged,
    String surface,
    String repeatOf,
    String why,
    String originId,
    String via,
    Figure.Reading reading,
    String place,
    Later later) {
  public Estimate {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(qualifier, "qualifier");
    if (originId == null) originId = sourceId;
  }

  /** A figure its source originated, as shown in its own tracker. */
  public Estimate(String claimId, int quantityIndex, String articleId, String articleHash, String file, String sourceId,
      LocalDate reportedOn, BigDecimal low, BigDecimal high, Qualifier qualifier, boolean hedged, String surface,
      String repeatOf, String why) {
    this(claimId, quantityIndex, articleId, articleHash, file, sourceId, reportedOn, low, high, qualifier, hedged,
        surface, repeatOf, why, sourceId, null, null, null, null);
  }

  /** Whether the figure was relayed: its originator is not its source. */
  public boolean relayed() {
    return !originId.equals(sourceId);
  }

  Estimate withLater(Later l) {
    return new Estimate(claimId, quantityIndex, articleId, articleHash, file, sourceId, reportedOn, low, high, qualifier,
        hedged, surface, repeatOf, why, originId, via, reading, place, l);
  }

  Estimate inRegion(String region) {
    return new Estimate(claimId, quantityIndex, articleId, articleHash, file, sourceId, reportedOn, low, high, qualifier,
        hedged, surface, repeatOf, why, originId, via, reading, region, later);
  }
}
