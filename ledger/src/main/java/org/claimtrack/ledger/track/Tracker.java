package org.claimtrack.ledger.track;

import java.util.List;
import java.util.Objects;

/**
 * One quantity followed across articles and time.
 *
 * @param id stable id, a slug of {@code what} ("north-korean-soldiers-in-russia")
 * @param what a readable name ("North Korean soldiers in Russia")
 * @param counted what is counted ("North Korean soldiers")
 * @param place where, or null when no place is stated
 * @param kind a count present now, a plan or a projection
 * @param estimates the figures, ordered by reportedOn (unknown dates last), then article, claim
 * @param revisions changes of figure by the same source
 * @param conflicts pairs of estimates that cannot both be right
 * @param verdict one line a person can read
 */
public record Tracker(
    String id,
    String what,
    String counted,
    String place,
    TrackerKind kind,
    List<Estimate> estimates,
    List<Revision> revisions,
    List<Conflict> conflicts,
    String verdict) {
  public Tracker {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(kind, "kind");
    estimates = List.copyOf(estimates);
    revisions = List.copyOf(revisions);
    conflicts = List.copyOf(conflicts);
  }
}
