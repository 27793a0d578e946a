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
import java.util.TreeSet;
import org.claimtrack.domain.Figure;
import org.claimtrack.domain.Qualifier;
import org.claimtrack.domain.SourceType;

/**
 * Reconciles the figures of one tracker: orders them by the day each was given, marks repeats (a
 * later article restating an originator's earlier figure), finds revisions (an originator
 * changing its own figure) and conflicts (two independent originators whose figures, both current,
 * cannot both be right; for a country, also a region's figure above the country's), and writes one
 * line of verdict.
 *
 * <p>Who speaks is the originator: one ministry's figure carried by five outlets is one voice, so
 * the five neither corroborate nor contradict each other. A figure is current for its originator
 * from the day it is given until the originator gives another or {@link #CURRENT_DAYS} days pass.
 * Intervals follow what the words mean: "about n" is n ± {@link #APPROX}; "nearly n" is just under
 * n (n − 10 % up to n), "just over n" just above; "at least" and "more than" are open above.
 */
final class Reconcile {
  private Reconcile() {}

  static final int CURRENT_DAYS = 21;
  /** How many days after a figure the other sources' figures are compared with it (a source's record). */
  static final int LATER_DAYS = 30;
  static final BigDecimal APPROX = new BigDecimal("0.10");

  /** One figure going into a tracker, with its canonical source and originator and why it is there. */
  record In(FigureRef ref, String sourceId, String originId, String why) {}

  static final Comparator<In> ORDER = Comparator.comparing((In i) -> i.ref().day(),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(i -> Objects.toString(i.ref().file(), ""))
      .thenComparing(i -> i.ref().articleHash())
      .thenComparingInt(i -> i.ref().at())
      .thenComparing(i -> i.ref().claimId())
      .thenComparingInt(i -> i.ref().quantityIndex());

  static final Comparator<Estimate> ESTIMATE_ORDER = TrackerOrder.ESTIMATES;

  /**
   * @param regionFigures for a country's tracker, its regions' own figures (each with its place); else empty
   * @param country for a country's tracker, the country's name; else null
   */
  static Tracker tracker(String id, String what, String counted, String place, TrackerKind kind, List<In> ins,
      List<Estimate> regionFigures, String country, Map<String, CanonicalSource> byId, Speakers speakers) {
    List<In> ordered = new ArrayList<>(ins);
    ordered.sort(ORDER);
    List<Estimate> estimates = new ArrayList<>();
    Map<String, List<Estimate>> byFigure = new HashMap<>();
    for (In in : ordered) {
      FigureRef r = in.ref();
      LocalDate on = r.day();
      String repeatOf = null;
      List<String> why = new ArrayList<>();
      why.add(in.why());
      if (!in.originId().equals(in.sourceId())) {
        why.add("originated by " + name(byId.get(in.originId())) + (r.via() == null ? "" : ", relayed by " + r.via()));
      }
      if (r.reportedOn() == null) {
        // no date of its own: the same figure from the same voice earlier is that figure again
        for (Estimate p : byFigure.getOrDefault(figureKey(r.low(), r.high()), List.of())) {
          if (p.articleHash().equals(r.articleHash())) continue;
          if (!speakers.same(byId.get(p.originId()), byId.get(in.originId()))) continue;
          if (p.reportedOn() != null && on != null && p.reportedOn().isAfter(on)) continue;
          repeatOf = p.repeatOf() != null ? p.repeatOf() : p.claimId();
          on = p.reportedOn();
          why.add("restates " + name(byId.get(p.originId())) + "'s figure of " + date(p.reportedOn()) + " (" + p.file() + ")");
          break;
        }
        if (repeatOf == null) why.add(on == null ? "no date" : "dated by the article (the source gives no date)");
      }
      Estimate e = new Estimate(r.claimId(), r.quantityIndex(), r.articleId(), r.articleHash(), r.file(), in.sourceId(),
          on, r.low(), r.high(), r.qualifier(), r.hedged(), r.surface(), repeatOf, String.join("; ", why),
          in.originId(), r.via(), r.reading(), null, null);
      estimates.add(e);
      byFigure.computeIfAbsent(figureKey(e.low(), e.high()), k -> new ArrayList<>()).add(e);
    }
    estimates.sort(ESTIMATE_ORDER);

    List<Estimate> own = estimates.stream().filter(e -> e.repeatOf() == null).toList();
    List<Revision> revisions = revisions(own);
    List<Conflict> conflicts = new ArrayList<>();
    Timeline timeline = new Timeline(own);
    Map<LocalDate, Boolean> agreeOn = agreement(timeline, byId, speakers, conflicts);
    if (country != null && !regionFigures.isEmpty()) crossLevel(timeline, new Timeline(regionFigures), country, byId, conflicts);
    String verdict = verdict(own, agreeOn, conflicts, byId, regionFigures, country);
    Map<String, Later> later = later(timeline, byId, speakers);
    List<Estimate> out = estimates.stream()
        .map(e -> later.containsKey(key(e)) ? e.withLater(later.get(key(e))) : e).toList();
    return new Tracker(id, what, counted, place, kind, out, TrackerOrder.revisions(out, revisions),
        TrackerOrder.conflicts(out, regionFigures, conflicts), verdict, regionFigures);
  }

  private static String key(Estimate e) {
    return e.claimId() + "#" + e.quantityIndex();
  }

  private static String figureKey(BigDecimal low, BigDecimal high) {
    return (low == null ? "-" : low.stripTrailingZeros().toPlainString()) + ".."
        + (high == null ? "-" : high.stripTrailingZeros().toPlainString());
  }

  /** An originator changing its own figure, from one day to a later one. */
  private static List<Revision> revisions(List<Estimate> own) {
    Map<String, Estimate> last = new LinkedHashMap<>();
    List<Revision> out = new ArrayList<>();
    for (Estimate e : own) {
      Estimate prev = last.get(e.originId());
      if (prev != null && prev.reportedOn() != null && e.reportedOn() != null
          && e.reportedOn().isAfter(prev.reportedOn())) {
        int cmp = value(e).compareTo(value(prev));
        if (cmp != 0) {
          out.add(new Revision(e.originId(), prev.claimId(), e.claimId(),
              cmp > 0 ? Revision.Direction.UP : Revision.Direction.DOWN));
        }
      }
      last.put(e.originId(), e);
    }
    return out;
  }

  /** For each day with a figure: whether the figures current that day agree. Fills {@code conflicts}. */
  private static Map<LocalDate, Boolean> agreement(
      Timeline timeline, Map<String, CanonicalSource> byId, Speakers speakers, List<Conflict> conflicts) {
    Map<LocalDate, Boolean> out = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (DayPairs d : days(timeline, byId, speakers)) {
      for (Estimate[] pair : d.pairs()) {
        Estimate a = pair[0];
        Estimate b = pair[1];
        if (seen.add(a.claimId() + "|" + b.claimId())) {
          conflicts.add(new Conflict(a.claimId(), b.claimId(),
              describe(a) + " (" + name(byId.get(a.originId())) + ", " + date(a.reportedOn()) + ") and "
                  + describe(b) + " (" + name(byId.get(b.originId())) + ", " + date(b.reportedOn())
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
   * For each day on which some originator gave a figure (repeats aside): each originator's current
   * figure that day, and whether they agree (null when fewer than two independent voices have one).
   */
  static List<Agreement.Day> daysOf(List<Estimate> own, Map<String, CanonicalSource> byId, Speakers speakers) {
    return days(new Timeline(own), byId, speakers).stream().map(DayPairs::day).toList();
  }

  private static List<DayPairs> days(Timeline t, Map<String, CanonicalSource> byId, Speakers speakers) {
    List<DayPairs> out = new ArrayList<>();
    for (LocalDate day : t.days()) {
      List<Estimate> cs = t.current(day);
      List<Estimate[]> pairs = new ArrayList<>();
      boolean twoVoices = false;
      for (int i = 0; i < cs.size(); i++) {
        for (int j = i + 1; j < cs.size(); j++) {
          Estimate a = cs.get(i);
          Estimate b = cs.get(j);
          if (speakers.same(byId.get(a.originId()), byId.get(b.originId()))) continue;
          twoVoices = true;
          if (!t.overlap(a, b)) pairs.add(new Estimate[] {a, b});
        }
      }
      Boolean agree = !pairs.isEmpty() ? Boolean.FALSE : twoVoices ? Boolean.TRUE : null;
      out.add(new DayPairs(new Agreement.Day(day, cs, agree), pairs));
    }
    return out;
  }

  /**
   * A tracker's dated figures in order, with what is asked of them many times computed once: each
   * figure's interval, and each day's current figures. Keeps reconciling a tracker of n figures
   * near n log n instead of n².
   */
  static final class Timeline {
    final List<Estimate> dated;
    private final LocalDate[] on;
    private final Map<Estimate, BigDecimal[]> intervals = new java.util.IdentityHashMap<>();
    private final Map<LocalDate, List<Estimate>> currentOn = new HashMap<>();

    Timeline(List<Estimate> estimates) {
      List<Estimate> d = new ArrayList<>();
      for (Estimate e : estimates) if (e.reportedOn() != null) d.add(e);
      d.sort(Comparator.comparing(Estimate::reportedOn)); // stable: keeps the estimates' own order within a day
      this.dated = d;
      this.on = new LocalDate[d.size()];
      for (int i = 0; i < on.length; i++) on[i] = d.get(i).reportedOn();
    }

    /** The days some figure was given, oldest first. */
    List<LocalDate> days() {
      List<LocalDate> out = new ArrayList<>();
      for (LocalDate d : on) if (out.isEmpty() || !out.get(out.size() - 1).equals(d)) out.add(d);
      return out;
    }

    BigDecimal[] interval(Estimate e) {
      return intervals.computeIfAbsent(e, Reconcile::interval);
    }

    boolean overlap(Estimate a, Estimate b) {
      BigDecimal[] x = interval(a);
      BigDecimal[] y = interval(b);
      boolean xBelowY = x[1] != null && y[0] != null && x[1].compareTo(y[0]) < 0;
      boolean yBelowX = y[1] != null && x[0] != null && y[1].compareTo(x[0]) < 0;
      return !xBelowY && !yBelowX;
    }

    /** Each originator's figure current on {@code day}: its latest given at most {@link #CURRENT_DAYS} days before. */
    List<Estimate> current(LocalDate day) {
      return currentOn.computeIfAbsent(day, this::computeCurrent);
    }

    /** As {@link #current}, keyed by originator and place (a region tracker's figures of several regions). */
    Map<String, Estimate> currentByPlace(LocalDate day) {
      Map<String, Estimate> out = new LinkedHashMap<>();
      for (int i = from(day.minusDays(CURRENT_DAYS)); i < on.length && !on[i].isAfter(day); i++) {
        Estimate e = dated.get(i);
        out.put(e.originId() + "@" + e.place(), e);
      }
      return out;
    }

    private List<Estimate> computeCurrent(LocalDate day) {
      Map<String, Estimate> current = new LinkedHashMap<>();
      for (int i = from(day.minusDays(CURRENT_DAYS)); i < on.length && !on[i].isAfter(day); i++) {
        Estimate e = dated.get(i);
        current.put(e.originId(), e); // a later figure of the same originator replaces the earlier, in its place
      }
      return new ArrayList<>(current.values());
    }

    /** The index of the first figure given on or after {@code day}. */
    private int from(LocalDate day) {
      int lo = 0;
      int hi = on.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (on[mid].isBefore(day)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
  }

  /**
   * A region's figure is a lower bound for its country: "12,000 in the Kursk region" cannot be
   * right with "3,000 in Russia" on the same day. Each day either level gave a figure, each current
   * region figure is checked against each current country figure of another voice.
   */
  private static void crossLevel(Timeline country, Timeline regions, String countryName,
      Map<String, CanonicalSource> byId, List<Conflict> conflicts) {
    Set<LocalDate> days = new TreeSet<>(country.days());
    days.addAll(regions.days());
    Set<String> seen = new LinkedHashSet<>();
    for (LocalDate day : days) {
      Map<String, Estimate> regionNow = regions.currentByPlace(day);
      for (Estimate c : country.current(day)) {
        BigDecimal countryHigh = country.interval(c)[1];
        if (countryHigh == null) continue;
        for (Estimate r : regionNow.values()) {
          BigDecimal lowerBound = regions.interval(r)[0];
          if (lowerBound == null || lowerBound.compareTo(countryHigh) <= 0) continue;
          if (seen.add(r.claimId() + "|" + c.claimId())) {
            conflicts.add(new Conflict(r.claimId(), c.claimId(),
                describe(r) + " in " + r.place() + " (" + name(byId.get(r.originId())) + ", " + date(r.reportedOn())
                    + ") is more than " + describe(c) + " (" + name(byId.get(c.originId())) + ", "
                    + date(c.reportedOn()) + ") for all of " + countryName));
          }
        }
      }
    }
  }

  /**
   * The values a figure allows, as its words mean them: "about n" n ± 10 %; "nearly n" from n −
   * 10 % up to n; "just over n" from n up to n + 10 %; other qualifiers as their bounds say.
   */
  static BigDecimal[] interval(Estimate e) {
    BigDecimal lo = e.low();
    BigDecimal hi = e.high();
    if (e.qualifier() == Qualifier.APPROXIMATELY) {
      if (lo != null) lo = lo.subtract(lo.abs().multiply(APPROX));
      if (hi != null) hi = hi.add(hi.abs().multiply(APPROX));
    }
    if (e.reading() == Figure.Reading.JUST_BELOW) {
      BigDecimal n = hi != null ? hi : lo;
      return new BigDecimal[] {n.subtract(n.abs().multiply(APPROX)), n};
    }
    if (e.reading() == Figure.Reading.JUST_ABOVE) {
      BigDecimal n = lo != null ? lo : hi;
      return new BigDecimal[] {n, n.add(n.abs().multiply(APPROX))};
    }
    return new BigDecimal[] {lo, hi};
  }

  /**
   * For each figure of its own with a date: how it compares with the other voices' figures current
   * {@link #LATER_DAYS} days later (their union), if any were.
   */
  private static Map<String, Later> later(Timeline t, Map<String, CanonicalSource> byId, Speakers speakers) {
    Map<String, Later> out = new HashMap<>();
    for (Estimate e : t.dated) {
      LocalDate then = e.reportedOn().plusDays(LATER_DAYS);
      BigDecimal lo = null;
      BigDecimal hi = null;
      boolean any = false;
      boolean openLow = false;
      boolean openHigh = false;
      for (Estimate o : t.current(then)) {
        if (speakers.same(byId.get(o.originId()), byId.get(e.originId()))) continue;
        BigDecimal[] iv = t.interval(o);
        any = true;
        if (iv[0] == null) openLow = true;
        else if (lo == null || iv[0].compareTo(lo) < 0) lo = iv[0];
        if (iv[1] == null) openHigh = true;
        else if (hi == null || iv[1].compareTo(hi) > 0) hi = iv[1];
      }
      if (!any) continue;
      BigDecimal[] mine = t.interval(e);
      if (!openLow && lo != null && mine[1] != null && mine[1].compareTo(lo) < 0) out.put(key(e), Later.BELOW);
      else if (!openHigh && hi != null && mine[0] != null && mine[0].compareTo(hi) > 0) out.put(key(e), Later.ABOVE);
      else out.put(key(e), Later.INSIDE);
    }
    return out;
  }

  private static String verdict(List<Estimate> own, Map<LocalDate, Boolean> agreeOn, List<Conflict> conflicts,
      Map<String, CanonicalSource> byId, List<Estimate> regions, String country) {
    if (own.isEmpty()) return "no estimate of its own: only repeats of figures given elsewhere";
    long sourcesCount = own.stream().map(Estimate::sourceId).distinct().count();
    long voices = own.stream().map(Estimate::originId).distinct().count();
    Estimate first = own.get(0);
    StringBuilder b = new StringBuilder();
    if (own.size() == 1) {
      b.append("one estimate: ").append(describe(first)).append(" (").append(name(byId.get(first.originId())))
          .append(", ").append(date(first.reportedOn())).append(")");
    } else {
      Estimate end = endpoint(own);
      int cmp = compare(value(end), value(first));
      String trend = cmp > 0 ? "rising" : cmp < 0 ? "falling" : "steady";
      b.append(trend).append(": ").append(describe(first)).append(" (").append(date(first.reportedOn())).append(")");
      if (end != first) b.append(" → ").append(describe(end)).append(" (").append(date(end.reportedOn())).append(")");
      b.append("; ").append(sourcesCount).append(sourcesCount == 1 ? " source" : " sources");
      if (voices < sourcesCount) b.append(" (").append(voices).append(" independent)");
      if (voices > 1) {
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
          b.append("; sources disagreed until ").append(date(lastDisagree)).append(", agree since ").append(date(firstAgree));
        } else if (lastDisagree != null) {
          long within = conflicts.stream().filter(c -> !c.why().contains(" for all of ")).count();
          b.append("; sources disagree (").append(within).append(within == 1 ? " conflict" : " conflicts")
              .append(", latest ").append(date(lastDisagree)).append(")");
        }
      }
    }
    long across = conflicts.stream().filter(c -> c.why().contains(" for all of ")).count();
    if (!regions.isEmpty()) {
      b.append("; ").append(regions.size()).append(regions.size() == 1 ? " figure" : " figures")
          .append(" for its regions, lower bounds for all of ").append(country);
      if (across > 0) b.append(" (").append(across).append(across == 1 ? " conflict" : " conflicts").append(" across levels)");
    }
    return b.toString();
  }

  /** The latest figure that says something: a bare lower bound below an earlier figure does not. */
  private static Estimate endpoint(List<Estimate> own) {
    BigDecimal max = null;
    Estimate end = own.get(0);
    for (Estimate e : own) {
      BigDecimal v = value(e);
      boolean lowerBoundOnly = e.high() == null;
      boolean upperBoundOnly = e.low() == null;
      boolean weak = (lowerBoundOnly && max != null && v.compareTo(max) < 0)
          || (upperBoundOnly && max != null && v.compareTo(max) > 0);
      if (!weak && e.reportedOn() != null) end = e;
      if (max == null || v.compareTo(max) > 0) max = v;
    }
    return end;
  }

  static BigDecimal value(Estimate e) {
    return e.low() != null ? e.low() : e.high();
  }

  private static int compare(BigDecimal a, BigDecimal b) {
    BigDecimal tol = b.abs().multiply(new BigDecimal("0.05"));
    if (a.subtract(b).abs().compareTo(tol) <= 0) return 0;
    return a.compareTo(b);
  }

  static String describe(Estimate e) {
    String s = FigureText.of(e.low(), e.high(), e.qualifier());
    if (e.reading() == Figure.Reading.JUST_BELOW) return "nearly " + FigureText.number(e.high() != null ? e.high() : e.low());
    if (e.reading() == Figure.Reading.JUST_ABOVE) return "just over " + FigureText.number(e.low() != null ? e.low() : e.high());
    return s;
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);

  static String date(LocalDate d) {
    return d == null ? "undated" : d.format(DAY);
  }

  static String name(CanonicalSource s) {
    return s == null ? "?" : s.name();
  }
}
