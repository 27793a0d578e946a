package org.claimtrack.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which trackers a listing shows first, for an analyst: by default those with two or more
 * independent sources, or with a revision or a conflict, most recent first; {@link #ALL} shows
 * every tracker. What the extractor says is no thing (a duration, "the number", a figure with no
 * noun) never makes a tracker at all.
 *
 * @param all every tracker, not only those worth a look
 * @param sort the order
 */
public record TrackerListing(boolean all, Sort sort) {

  /** How a listing is ordered. */
  public enum Sort {
    /** Latest figure first (undated last), then id. */
    RECENT,
    /** Most independent sources first, then most recent. */
    SOURCES,
    /** Most estimates first, then most recent. */
    ESTIMATES,
    /** Conflicted, then revised, first; then most recent. */
    CONFLICTS,
    /** By id. */
    ID;

    /** "recent", "sources", ... as typed on a command line; null when unknown. */
    public static Sort parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  public static final TrackerListing DEFAULT = new TrackerListing(false, Sort.RECENT);
  public static final TrackerListing ALL = new TrackerListing(true, Sort.RECENT);

  public TrackerListing {
    java.util.Objects.requireNonNull(sort, "sort");
  }

  /** Whether a tracker is worth an analyst's first look: corroborated or contested, or changed by its source. */
  public static boolean worthALook(TrackerSummary t) {
    return t.voices() >= 2 || t.revised() || t.conflicted();
  }

  /** The trackers this listing shows, in its order. */
  public List<TrackerSummary> select(List<TrackerSummary> trackers) {
    return trackers.stream().filter(t -> all || worthALook(t)).sorted(order()).toList();
  }

  private Comparator<TrackerSummary> order() {
    Comparator<TrackerSummary> recent = Comparator.comparing(TrackerSummary::latestOn,
        Comparator.nullsLast(Comparator.reverseOrder()));
    Comparator<TrackerSummary> byId = Comparator.comparing(TrackerSummary::id);
    return switch (sort) {
      case RECENT -> recent.thenComparing(byId);
      case SOURCES -> Comparator.comparingInt(TrackerSummary::voices).reversed().thenComparing(recent).thenComparing(byId);
      case ESTIMATES -> Comparator.comparingInt(TrackerSummary::estimates).reversed().thenComparing(recent).thenComparing(byId);
      case CONFLICTS -> Comparator.comparing(TrackerSummary::conflicted).reversed()
          .thenComparing(Comparator.comparing(TrackerSummary::revised).reversed()).thenComparing(recent).thenComparing(byId);
      case ID -> byId;
    };
  }
}
