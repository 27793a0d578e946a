package org.claimtrack.ledger.track;

import java.util.List;
import java.util.Objects;

/**
 * One quantity followed across articles and time.
 *
 * @param id stable id, derived from the typed fields (whose, the thing, what happened to it,
 *     where, the kind, the unit), never from display wording ("north-korea-soldiers-in-russia")
 * @param what a readable name ("North Korean soldiers in Russia")
 * @param counted what is counted ("North Korean soldiers")
 * @param place where, or null when no place is stated
 * @param kind a count present now, a plan, a projection or a change
 * @param estimates the figures, ordered by reportedOn (unknown dates last), then article, claim
 * @param revisions changes of figure by the same originator
 * @param conflicts pairs of estimates that cannot both be right (also a region's figure against
 *     its country's)
 * @param verdict one line a person can read
 * @param regionFigures for a country's tracker: the figures of its regions' trackers (each with its
 *     {@link Estimate#place()}), lower bounds of the country's figure, checked against it
 * @param where its place as the gazetteer knows it (codes, point, containment path), or null when
 *     it has no place or none of its figures' places was resolved
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
    String verdict,
    List<Estimate> regionFigures,
    TrackerPlace where) {
  public Tracker {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(kind, "kind");
    estimates = List.copyOf(estimates);
    revisions = List.copyOf(revisions);
    conflicts = List.copyOf(conflicts);
    regionFigures = List.copyOf(regionFigures);
  }

  public Tracker(String id, String what, String counted, String place, TrackerKind kind, List<Estimate> estimates,
      List<Revision> revisions, List<Conflict> conflicts, String verdict, List<Estimate> regionFigures) {
    this(id, what, counted, place, kind, estimates, revisions, conflicts, verdict, regionFigures, null);
  }

  public Tracker(String id, String what, String counted, String place, TrackerKind kind, List<Estimate> estimates,
      List<Revision> revisions, List<Conflict> conflicts, String verdict) {
    this(id, what, counted, place, kind, estimates, revisions, conflicts, verdict, List.of());
  }

  /** This tracker with its place's gazetteer identity. */
  public Tracker withWhere(TrackerPlace w) {
    return new Tracker(id, what, counted, place, kind, estimates, revisions, conflicts, verdict, regionFigures, w);
  }

  /** Independent originators among the estimates of its own (repeats aside). */
  public long voices() {
    return estimates.stream().filter(e -> e.repeatOf() == null).map(Estimate::originId).distinct().count();
  }

  /** Sources credited with its estimates. */
  public long sources() {
    return estimates.stream().map(Estimate::sourceId).distinct().count();
  }
}
