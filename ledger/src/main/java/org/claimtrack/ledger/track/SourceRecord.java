package org.claimtrack.ledger.track;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One canonical source's record across every tracker: how many figures it gave and in how many
 * trackers, how many it originated that others carried and how many it carried from others, how
 * often it restated a figure, how often it revised its own figures (which way, by how much on
 * average), how many conflicts its figures are in, and how its figures compared with what the other
 * sources said {@value Reconcile#LATER_DAYS} days later (inside their range, below it, above it).
 *
 * @param sourceId the canonical source
 * @param figures estimates credited to it (repeats included)
 * @param trackers trackers it gave or originated a figure in
 * @param originated figures others carried, citing it
 * @param relayed figures it carried, citing someone else
 * @param repeats its estimates that restate a figure given earlier
 * @param revisions changes of its own figure; {@code up} and {@code down} by direction
 * @param meanRevisionPercent mean size of a revision, as a percentage of the figure revised; null with none
 * @param conflicts conflicts one of its figures is in
 * @param inside its figures inside the range of the other sources' figures 30 days later
 * @param below ... below that range
 * @param above ... above that range
 */
public record SourceRecord(
    String sourceId,
    int figures,
    int trackers,
    int originated,
    int relayed,
    int repeats,
    int revisions,
    int up,
    int down,
    BigDecimal meanRevisionPercent,
    int conflicts,
    int inside,
    int below,
    int above) {

  /** The records of every source with a figure in {@code trackers}, ordered by source id. */
  public static List<SourceRecord> of(Iterable<Tracker> trackers) {
    Builder b = new Builder();
    trackers.forEach(b::add);
    return b.build();
  }

  /** Records made one tracker at a time, for ledgers too large to hold every tracker at once. */
  public static final class Builder {
    private final Map<String, Acc> acc = new TreeMap<>();

    public void add(Tracker t) {
      Map<String, Estimate> byClaim = new HashMap<>();
      Set<String> here = new HashSet<>();
      for (Estimate e : t.estimates()) {
        byClaim.putIfAbsent(e.claimId(), e);
        Acc s = acc.computeIfAbsent(e.sourceId(), Acc::new);
        s.figures++;
        here.add(e.sourceId());
        if (e.repeatOf() != null) s.repeats++;
        if (e.relayed()) {
          s.relayed++;
          acc.computeIfAbsent(e.originId(), Acc::new).originated++;
          here.add(e.originId());
        }
        if (e.repeatOf() == null && e.later() != null) {
          Acc o = acc.computeIfAbsent(e.originId(), Acc::new);
          switch (e.later()) {
            case INSIDE -> o.inside++;
            case BELOW -> o.below++;
            case ABOVE -> o.above++;
          }
        }
      }
      for (String s : here) acc.get(s).trackers++;
      for (Revision r : t.revisions()) {
        Acc s = acc.computeIfAbsent(r.sourceId(), Acc::new);
        if (r.direction() == Revision.Direction.UP) s.up++;
        else s.down++;
        Estimate from = byClaim.get(r.from());
        Estimate to = byClaim.get(r.to());
        if (from != null && to != null && Reconcile.value(from).signum() != 0) {
          s.sizes.add(Reconcile.value(to).subtract(Reconcile.value(from)).abs()
              .multiply(BigDecimal.valueOf(100)).divide(Reconcile.value(from).abs(), MathContext.DECIMAL64));
        }
      }
      for (Conflict c : t.conflicts()) {
        Set<String> in = new HashSet<>();
        for (String claim : List.of(c.a(), c.b())) {
          Estimate e = byClaim.get(claim);
          if (e == null) e = t.regionFigures().stream().filter(x -> x.claimId().equals(claim)).findFirst().orElse(null);
          if (e != null) in.add(e.originId());
        }
        for (String s : in) acc.computeIfAbsent(s, Acc::new).conflicts++;
      }
    }

    public List<SourceRecord> build() {
      List<SourceRecord> out = new ArrayList<>();
      for (Acc a : acc.values()) out.add(a.record());
      return out;
    }
  }

  private static final class Acc {
    final String id;
    int figures;
    int trackers;
    int originated;
    int relayed;
    int repeats;
    int up;
    int down;
    final List<BigDecimal> sizes = new ArrayList<>();
    int conflicts;
    int inside;
    int below;
    int above;

    Acc(String id) {
      this.id = id;
    }

    SourceRecord record() {
      BigDecimal mean = null;
      if (!sizes.isEmpty()) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal s : sizes) sum = sum.add(s);
        mean = sum.divide(BigDecimal.valueOf(sizes.size()), MathContext.DECIMAL64).setScale(1, java.math.RoundingMode.HALF_UP);
      }
      return new SourceRecord(id, figures, trackers, originated, relayed, repeats, up + down, up, down, mean, conflicts,
          inside, below, above);
    }
  }
}
