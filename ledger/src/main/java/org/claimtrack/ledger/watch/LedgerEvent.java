package org.claimtrack.ledger.watch;

import java.time.Instant;

/**
 * One change of a tracker, as the analysis that made it stored it.
 *
 * @param id increasing: a later event has a larger id
 * @param type new estimate, revision or conflict
 * @param trackerId the tracker
 * @param claimId the new figure's claim (for a conflict, one side)
 * @param otherClaim the revision's earlier figure or the conflict's other side; null for an estimate
 * @param createdAt when the analysis stored it
 * @param payload the event as JSON: {@code type, tracker{id,what}, estimate{claimId, source{id,name}, figure, low,
 *     high, qualifier, hedged, surface, reportedOn, sentence, article{hash,id,file,title}}, summary}, plus
 *     {@code previous, direction} for a revision and {@code other, why} for a conflict
 */
public record LedgerEvent(long id, EventType type, String trackerId, String claimId, String otherClaim, Instant createdAt,
    String payload) {}
