package org.claimtrack.ledger.track;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether sources agree, day by day: on each day some source gave a figure, each source's figure
 * current that day (given within {@link #CURRENT_DAYS} days and not replaced by a newer
 * one of its own) and whether they can all be right together. The same rule the analysis uses for
 * conflicts and the verdict.
 */
public final class Agreement {
  private Agreement() {}

  /** How many days a source's figure stays current. */
  public static final int CURRENT_DAYS = Reconcile.CURRENT_DAYS;

  /**
   * @param date a day on which some source gave a figure
   * @param current each source's current figure that day
   * @param agree true when every pair of speakers' figures overlap, false when some pair does not,
   *     null when fewer than two speakers have a figure
   */
  public record Day(LocalDate date, List<Estimate> current, Boolean agree) {
    public Day {
      current = List.copyOf(current);
    }
  }

  /** The tracker's days, oldest first; repeats are left out (they are earlier figures seen again). */
  public static List<Day> byDay(Tracker tracker, List<CanonicalSource> sources) {
    Map<String, CanonicalSource> byId = new HashMap<>();
    for (CanonicalSource s : sources) byId.put(s.id(), s);
    List<Estimate> own = tracker.estimates().stream().filter(e -> e.repeatOf() == null).toList();
    return Reconcile.daysOf(own, byId, new Speakers());
  }
}
