package org.claimtrack.ledger.track;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.claimtrack.domain.Qualifier;

/**
 * One figure in a tracker: a quantity of one claim.
 *
 * @param claimId the claim's id
 * @param quantityIndex which of the claim's quantities (0-based)
 * @param articleId the article's id
 * @param articleHash the article's hash
 * @param file the article's input file name
 * @param sourceId the canonical source
 * @param reportedOn when the source gave the figure (the claim's reportedOn, else the article's
 *     date), or null
 * @param low lower bound, null when unbounded
 * @param high upper bound, null when unbounded
 * @param qualifier how the stated number bounds the value
 * @param hedged whether the claim is hedged
 * @param surface the quantity's words ("at least 3,000")
 * @param repeatOf the claim id this figure restates (same source, same figure, an earlier
 *     article), or null when it is an estimate of its own
 * @param why why the figure is in this tracker, for {@code claimtrack track}
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
    String why) {
  public Estimate {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(qualifier, "qualifier");
  }
}
