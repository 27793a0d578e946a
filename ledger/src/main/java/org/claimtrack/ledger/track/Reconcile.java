package org.claimtrack.ledger.track;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.SourceType;

/**
 * Reconciles the figures of one tracker: orders them by the day each source gave them, marks
 * repeats (a later article restating a source's earlier figure), finds revisions (a source
 * changing its own figure) and conflicts (two sources whose figures, both current, cannot both be
 * right), and writes one line of verdict.
 *
 * <p>A figure is current for its source from the day it is given until the source gives another
 * or {@link #CURRENT_DAYS} days pass. "About n" and "some n" are read as n ± {@link #APPROX}.
 */
final class Reconcile {
  private Reconcile() {}

  static final int CURRENT_DAYS = 21;
  static final BigDecimal APPROX = new BigDecimal("0.10");

  static Tracker tracker(
      String id, String what, String counted, String place, TrackerKind kind,
      List<Trackers.Ref> refs, Sources.Result sources, Map<String, CanonicalSource> byId, Speakers speakers) {
    List<Trackers.Ref> ordered = new ArrayList<>(refs);
    ordered.sort(Comparator.comparing((Trackers.Ref r) -> Trackers.dateOf(r.claim),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> Objects.toString(r.claim.file(), ""))
        .thenComparing(r -> r.claim.articleHash())
        .thenComparingInt(r -> r.quantity.span().start()));

    List<Estimate> estimates = new ArrayList<>();
    Map<String, List<Estimate>> byFigure = new HashMap<>();
    for (Trackers.Ref r : ordered) {
      var c = r.claim;
      String sourceId = sources.sourceOfClaim().get(c.claimId());
      LocalDate on = Trackers.dateOf(c);
      String repeatOf = null;
      List<String> why = new ArrayList<>(r.why);
      if (c.claim().reportedOn() == null) {
        // no date of its own: the same figure from the same speaker earlier is that claim again
        for (Estimate p : byFigure.getOrDefault(figureKey(r.quantity.low(), r.quantity.high()), List.of())) {
          if (p.articleHash().equals(c.articleHash())) continue;
          if (!speakers.same(byId.get(p.sourceId()), byId.get(sourceId))) continue;
          if (p.reportedOn() != null && on != null && p.reportedOn().isAfter(on)) continue;
          repeatOf = p.repeatOf() != null ? p.repeatOf() : p.claimId();
          on = p.reportedOn();
          why.add("restates " + name(byId.get(p.sourceId())) + "'s figure of " + date(p.reportedOn())
              + " (" + p.file() + ")");
          break;
        }
        if (repeatOf == null) why.add(on == null ? "no date" : "dated by the article (the source gives no date)");
      }
      Estimate e = new Estimate(c.claimId(), r.index, c.articleId(), c.articleHash(), c.file(), sourceId, on,
          r.quantity.low(), r.quantity.high(), r.quantity.qualifier(), c.claim().hedged(),
          r.quantity.surface(), repeatOf, String.join("; ", why));
      estimates.add(e);
      byFigure.computeIfAbsent(figureKey(e.low(), e.high()), k -> new ArrayList<>()).add(e);
    }
    estimates.sort(Comparator.comparing(Estimate::reportedOn, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(e -> Objects.toString(e.file(), ""))
        .thenComparing(Estimate::articleHash)
        .thenComparing(Estimate::claimId)
        .thenComparingInt(Estimate::quantityIndex));

    List<Estimate> own = estimates.stream().filter(e -> e.repeatOf() == null).toList();
    List<Revision> revisions = revisions(own);
    List<Conflict> conflicts = new ArrayList<>();
    Map<LocalDate, Boolean> agreeOn = agreement(own, byId, speakers, conflicts);
    String verdict = verdict(own, agreeOn, conflicts, byId);
    return new Tracker(id, what, counted, place, kind, estimates, revisions, conflicts, verdict);
  }

  private static String figureKey(BigDecimal low, BigDecimal high) {
    return (low == null ? "-" : low.stripTrailingZeros().toPlainString()) + ".."
        + (high == null ? "-" : high.stripTrailingZeros().toPlainString());
  }

  /**
   * Who speaks for whom: the same source, or a person and the organization they speak for
   * ("Pentagon press secretary Sabrina Singh" and "the Pentagon"). Built once per analysis; the
   * name keys of each source are computed once, on first use.
   */
  static final class Speakers {
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Map<String, String> affiliation = new HashMap<>();

    boolean same(CanonicalSource a, CanonicalSource b) {
      if (a == null || b == null) return false;
      if (a.id().equals(b.id())) return true;
      return speaksFor(a, b) || speaksFor(b, a);
    }

    private boolean speaksFor(CanonicalSource person, CanonicalSource org) {
      if (person.affiliation() == null || org.type() == SourceType.PERSON) return false;
      String k = affiliation.computeIfAbsent(person.id(), id -> Names.key(person.affiliation()));
      return keys.computeIfAbsent(org.id(), id -> {
        Set<String> ks = new java.util.HashSet<>();
        ks.add(Names.key(org.name()));
        for (String a : org.aliases()) ks.add(Names.key(a));
        return ks;
      }).contains(k);
    }
  }

  private static List<Revision> revisions(List<Estimate> own) {
    Map<String, Estimate> last = new LinkedHashMap<>();
    List<Revision> out = new ArrayList<>();
    for (Estimate e : own) {
      Estimate prev = last.get(e.sourceId());
      if (prev != null && prev.reportedOn() != null && e.reportedOn() != null
          && e.reportedOn().isAfter(prev.reportedOn())) {
        int cmp = Trackers.value(e).compareTo(Trackers.value(prev));
        if (cmp != 0) {
          out.add(new Revision(e.sourceId(), prev.claimId(), e.claimId(),
              cmp > 0 ? Revision.Direction.UP : Revision.Direction.DOWN));
        }
      }
      last.put(e.sourceId(), e);
    }
    return out;
  }

  /** For each day with a figure: whether the figures current that day agree. Fills {@code conflicts}. */
  private static Map<LocalDate, Boolean> agreement(
      List<Estimate> own, Map<String, CanonicalSource> byId, Speakers speakers, List<Conflict> conflicts) {
    Map<LocalDate, Boolean> out = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (DayPairs d : days(own, byId, speakers)) {
      for (Estimate[] pair : d.pairs()) {
        Estimate a = pair[0];
        Estimate b = pair[1];
        if (seen.add(a.claimId() + "|" + b.claimId())) {
          conflicts.add(new Conflict(a.claimId(), b.claimId(),
              describe(a) + " (" + name(byId.get(a.sourceId())) + ", " + date(a.reportedOn()) + ") and "
                  + describe(b) + " (" + name(byId.get(b.sourceId())) + ", " + date(b.reportedOn())
                  + ") do not overlap"));
        }
      }
      out.put(d.day().date(), d.day().agree());
    }
    return out;
  }

  /** A day's figures and the pairs among them that conflict. */
  record DayPairs(Agreement.Day day, List<Estimate[]> pairs) {}

  /**
   * For each day on which some source gave a figure (repeats aside): each source's current
   * figure that day, and whether they agree (null when fewer than two speakers have one).
   */
  static List<Agreement.Day> daysOf(List<Estimate> own, Map<String, CanonicalSource> byId, Speakers speakers) {
    return days(own, byId, speakers).stream().map(DayPairs::day).toList();
  }

  private static List<DayPairs> days(List<Estimate> own, Map<String, CanonicalSource> byId, Speakers speakers) {
    List<DayPairs> out = new ArrayList<>();
    List<Estimate> dated = own.stream().filter(e -> e.reportedOn() != null).toList();
    for (LocalDate day : dated.stream().map(Estimate::reportedOn).distinct().toList()) {
      Map<String, Estimate> current = new LinkedHashMap<>();
      for (Estimate e : dated) {
        if (e.reportedOn().isAfter(day)) break;
        if (ChronoUnit.DAYS.between(e.reportedOn(), day) > CURRENT_DAYS) continue;
        current.put(e.sourceId(), e);
      }
      List<Estimate> cs = new ArrayList<>(current.values());
      List<Estimate[]> pairs = new ArrayList<>();
      boolean twoSpeakers = false;
      for (int i = 0; i < cs.size(); i++) {
        for (int j = i + 1; j < cs.size(); j++) {
          Estimate a = cs.get(i);
          Estimate b = cs.get(j);
          if (speakers.same(byId.get(a.sourceId()), byId.get(b.sourceId()))) continue;
          twoSpeakers = true;
          if (!overlap(a, b)) pairs.add(new Estimate[] {a, b});
        }
      }
      Boolean agree = !pairs.isEmpty() ? Boolean.FALSE : twoSpeakers ? Boolean.TRUE : null;
      out.add(new DayPairs(new Agreement.Day(day, cs, agree), pairs));
    }
    return out;
  }

  /** Whether two figures can both be right: their intervals overlap, "about" widened by 10%. */
  static boolean overlap(Estimate a, Estimate b) {
    BigDecimal[] x = interval(a);
    BigDecimal[] y = interval(b);
    boolean xBelowY = x[1] != null && y[0] != null && x[1].compareTo(y[0]) < 0;
    boolean yBelowX = y[1] != null && x[0] != null && y[1].compareTo(x[0]) < 0;
    return !xBelowY && !yBelowX;
  }

  private static BigDecimal[] interval(Estimate e) {
    BigDecimal lo = e.low();
    BigDecimal hi = e.high();
    if (e.qualifier() == Qualifier.APPROXIMATELY) {
      if (lo != null) lo = lo.subtract(lo.abs().multiply(APPROX));
      if (hi != null) hi = hi.add(hi.abs().multiply(APPROX));
    }
    return new BigDecimal[] {lo, hi};
  }

  private static String verdict(
      List<Estimate> own, Map<LocalDate, Boolean> agreeOn, List<Conflict> conflicts,
      Map<String, CanonicalSource> byId) {
    if (own.isEmpty()) return "no estimate of its own: only repeats of figures given elsewhere";
    long sourcesCount = own.stream().map(Estimate::sourceId).distinct().count();
    Estimate first = own.get(0);
    if (own.size() == 1) {
      return "one estimate: " + describe(first) + " (" + name(byId.get(first.sourceId())) + ", "
          + date(first.reportedOn()) + ")";
    }
    Estimate end = endpoint(own);
    int cmp = compare(Trackers.value(end), Trackers.value(first));
    String trend = cmp > 0 ? "rising" : cmp < 0 ? "falling" : "steady";
    StringBuilder b = new StringBuilder(trend).append(": ")
        .append(describe(first)).append(" (").append(date(first.reportedOn())).append(")");
    if (end != first) b.append(" → ").append(describe(end)).append(" (").append(date(end.reportedOn())).append(")");
    b.append("; ").append(sourcesCount).append(sourcesCount == 1 ? " source" : " sources");
    if (sourcesCount > 1) {
      LocalDate lastDisagree = null;
      LocalDate firstAgree = null;
      for (Map.Entry<LocalDate, Boolean> e : agreeOn.entrySet()) {
        if (Boolean.FALSE.equals(e.getValue())) {
          lastDisagree = e.getKey();
          firstAgree = null;
        } else if (Boolean.TRUE.equals(e.getValue()) && firstAgree == null) {
          firstAgree = e.getKey();
        }
      }
      if (lastDisagree == null && firstAgree != null) {
        b.append("; sources agree since ").append(date(firstAgree));
      } else if (lastDisagree != null && firstAgree != null) {
        b.append("; sources disagreed until ").append(date(lastDisagree)).append(", agree since ")
            .append(date(firstAgree));
      } else if (lastDisagree != null) {
        b.append("; sources disagree (").append(conflicts.size()).append(conflicts.size() == 1 ? " conflict" : " conflicts")
            .append(", latest ").append(date(lastDisagree)).append(")");
      }
    }
    return b.toString();
  }

  /** The latest figure that says something: a bare lower bound below an earlier figure does not. */
  private static Estimate endpoint(List<Estimate> own) {
    BigDecimal max = null;
    Estimate end = own.get(0);
    for (Estimate e : own) {
      BigDecimal v = Trackers.value(e);
      boolean lowerBoundOnly = e.high() == null;
      boolean upperBoundOnly = e.low() == null;
      boolean weak = (lowerBoundOnly && max != null && v.compareTo(max) < 0)
          || (upperBoundOnly && max != null && v.compareTo(max) > 0);
      if (!weak && e.reportedOn() != null) end = e;
      if (max == null || v.compareTo(max) > 0) max = v;
    }
    return end;
  }

  private static int compare(BigDecimal a, BigDecimal b) {
    BigDecimal tol = b.abs().multiply(new BigDecimal("0.05"));
    if (a.subtract(b).abs().compareTo(tol) <= 0) return 0;
    return a.compareTo(b);
  }

  static String describe(Estimate e) {
    return FigureText.of(e.low(), e.high(), e.qualifier());
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);
  private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ROOT);

  static String date(LocalDate d) {
    return d == null ? "undated" : d.format(DAY);
  }

  private static String name(CanonicalSource s) {
    return s == null ? "?" : s.name();
  }
}
