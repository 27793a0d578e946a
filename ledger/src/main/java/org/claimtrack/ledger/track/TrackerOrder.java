package org.claimtrack.ledger.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The order of a tracker's parts, a function of their content: estimates by the day they were
 * given (undated last), then article and claim; revisions by the estimate they revise to;
 * conflicts by their later estimate, then their earlier. A stored tracker is read back in this
 * order, so the database keeps no positions and an analysis writes only the rows that changed.
 */
public final class TrackerOrder {
  private TrackerOrder() {}

  /** Estimates (and region figures) in a tracker. */
  public static final Comparator<Estimate> ESTIMATES = Comparator.comparing(Estimate::reportedOn,
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(e -> Objects.toString(e.file(), ""))
      .thenComparing(Estimate::articleHash)
      .thenComparing(Estimate::claimId)
      .thenComparingInt(Estimate::quantityIndex);

  /** Revisions ordered by where their "to" and "from" estimates stand. */
  public static List<Revision> revisions(List<Estimate> estimates, List<Revision> revisions) {
    Map<String, Integer> at = positions(estimates, List.of());
    List<Revision> out = new ArrayList<>(revisions);
    out.sort(Comparator.comparingInt((Revision r) -> at.getOrDefault(r.to(), Integer.MAX_VALUE))
        .thenComparingInt(r -> at.getOrDefault(r.from(), Integer.MAX_VALUE))
        .thenComparing(Revision::sourceId).thenComparing(r -> r.direction().name()));
    return out;
  }

  /** Conflicts ordered by where their later, then their earlier, estimate stands (estimates, then region figures). */
  public static List<Conflict> conflicts(List<Estimate> estimates, List<Estimate> regionFigures, List<Conflict> conflicts) {
    Map<String, Integer> at = positions(estimates, regionFigures);
    List<Conflict> out = new ArrayList<>(conflicts);
    out.sort(Comparator.comparingInt((Conflict c) -> Math.max(pos(at, c.a()), pos(at, c.b())))
        .thenComparingInt(c -> Math.min(pos(at, c.a()), pos(at, c.b())))
        .thenComparing(Conflict::a).thenComparing(Conflict::b).thenComparing(c -> Objects.toString(c.why(), "")));
    return out;
  }

  private static int pos(Map<String, Integer> at, String claim) {
    return at.getOrDefault(claim, Integer.MAX_VALUE);
  }

  private static Map<String, Integer> positions(List<Estimate> estimates, List<Estimate> regionFigures) {
    Map<String, Integer> at = new HashMap<>();
    int i = 0;
    for (Estimate e : estimates) at.putIfAbsent(e.claimId(), i++);
    for (Estimate e : regionFigures) at.putIfAbsent(e.claimId(), i++);
    return at;
  }
}
