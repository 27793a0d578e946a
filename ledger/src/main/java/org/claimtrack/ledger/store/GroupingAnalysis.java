package org.claimtrack.ledger.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.SourceType;
import org.claimtrack.ledger.track.CanonicalSource;
import org.claimtrack.ledger.track.Conflict;
import org.claimtrack.ledger.track.Estimate;
import org.claimtrack.ledger.track.LedgerAnalysis;
import org.claimtrack.ledger.track.LedgerClaim;
import org.claimtrack.ledger.track.Revision;
import org.claimtrack.ledger.track.SourceOverride;
import org.claimtrack.ledger.track.Tracker;
import org.claimtrack.ledger.track.TrackerKind;

/**
 * A small, predictable baseline analysis, for storage tests and the ledger benchmark, so that they
 * do not depend on the real {@link org.claimtrack.ledger.track.Analyzer}'s rules: sources by name
 * with mentions as aliases (merged and split as overrides say), one tracker per counted thing,
 * revisions, conflicts (different sources, same day, disjoint intervals) and repeats. Not used by
 * the commands.
 */
public final class GroupingAnalysis {
  private GroupingAnalysis() {}

  static String slug(String s) {
    String x = s.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return x.isEmpty() ? "x" : x;
  }

  public static LedgerAnalysis analyze(List<LedgerClaim> claims, List<SourceOverride> overrides) {
    List<LedgerClaim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing(LedgerClaim::claimId));
    // group key of each claim: its source name, or its mention when split off
    Map<String, String> groupOf = new LinkedHashMap<>();
    Map<String, String> names = new TreeMap<>();
    Map<String, TreeSet<String>> aliases = new TreeMap<>();
    Map<String, List<String>> why = new TreeMap<>();
    for (LedgerClaim c : sorted) {
      String name = Objects.requireNonNullElse(c.claim().source().name(), "unknown");
      String key = slug(name);
      for (SourceOverride o : overrides) {
        if (o.action() == SourceOverride.Action.SPLIT && c.sourceMention() != null
            && c.sourceMention().equalsIgnoreCase(o.a()) && !name.equalsIgnoreCase(o.a())) {
          key = slug(o.a());
          name = c.sourceMention();
        }
      }
      groupOf.put(c.claimId(), key);
      names.putIfAbsent(key, name);
      aliases.computeIfAbsent(key, k -> new TreeSet<>());
      if (c.sourceMention() != null && !c.sourceMention().equalsIgnoreCase(name)) aliases.get(key).add(c.sourceMention());
    }
    for (SourceOverride o : overrides) {
      if (o.action() != SourceOverride.Action.MERGE) continue;
      String ka = find(o.a(), names, aliases);
      String kb = find(o.b(), names, aliases);
      if (ka == null || kb == null || ka.equals(kb)) continue;
      aliases.get(ka).add(names.get(kb));
      aliases.get(ka).addAll(aliases.remove(kb));
      names.remove(kb);
      why.computeIfAbsent(ka, k -> new ArrayList<>()).add("manual merge: " + o.a() + " = " + o.b());
      for (var e : groupOf.entrySet()) if (e.getValue().equals(kb)) e.setValue(ka);
    }
    Map<String, String> sourceOf = new LinkedHashMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (var e : groupOf.entrySet()) {
      sourceOf.put(e.getKey(), slug(names.get(e.getValue())));
      counts.merge(e.getValue(), 1, Integer::sum);
    }
    Map<String, SourceType> typeOf = new LinkedHashMap<>();
    for (LedgerClaim c : sorted) typeOf.putIfAbsent(groupOf.get(c.claimId()), c.claim().source().type());
    List<CanonicalSource> sources = new ArrayList<>();
    for (String k : names.keySet()) {
      SourceType type = typeOf.getOrDefault(k, SourceType.ORGANIZATION);
      sources.add(new CanonicalSource(slug(names.get(k)), names.get(k), type, new ArrayList<>(aliases.get(k)), null,
          counts.getOrDefault(k, 0), why.getOrDefault(k, List.of())));
    }
    sources.sort(Comparator.comparing(CanonicalSource::id));

    Map<String, List<Estimate>> byCounted = new TreeMap<>();
    for (LedgerClaim c : sorted) {
      List<Quantity> qs = c.claim().quantities();
      for (int i = 0; i < qs.size(); i++) {
        Quantity q = qs.get(i);
        if (q.counted() == null) continue;
        byCounted.computeIfAbsent(q.counted(), k -> new ArrayList<>()).add(new Estimate(c.claimId(), i, c.articleId(),
            c.articleHash(), c.file(), sourceOf.get(c.claimId()),
            c.claim().reportedOn() != null ? c.claim().reportedOn() : c.published(), q.low(), q.high(), q.qualifier(),
            c.claim().hedged(), q.surface(), null, "counts " + q.counted() + " (\"" + q.surface() + "\")"));
      }
    }
    List<Tracker> trackers = new ArrayList<>();
    for (var e : byCounted.entrySet()) {
      List<Estimate> es = new ArrayList<>(e.getValue());
      es.sort(Comparator.comparing(Estimate::reportedOn, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Estimate::claimId));
      List<Estimate> out = new ArrayList<>();
      List<Revision> revisions = new ArrayList<>();
      Map<String, Estimate> lastOf = new LinkedHashMap<>();
      for (Estimate x : es) {
        Estimate prev = lastOf.get(x.sourceId());
        String repeatOf = null;
        if (prev != null) {
          if (same(prev.low(), x.low()) && same(prev.high(), x.high())) {
            repeatOf = prev.claimId();
          } else {
            revisions.add(new Revision(x.sourceId(), prev.claimId(), x.claimId(),
                value(x).compareTo(value(prev)) > 0 ? Revision.Direction.UP : Revision.Direction.DOWN));
          }
        }
        Estimate y = new Estimate(x.claimId(), x.quantityIndex(), x.articleId(), x.articleHash(), x.file(), x.sourceId(),
            x.reportedOn(), x.low(), x.high(), x.qualifier(), x.hedged(), x.surface(), repeatOf, x.why());
        out.add(y);
        if (repeatOf == null) lastOf.put(x.sourceId(), y);
      }
      List<Conflict> conflicts = new ArrayList<>();
      // estimates are sorted by day: compare each with the others of its day only
      for (int i = 0; i < out.size(); i++) {
        for (int j = i + 1; j < out.size() && Objects.equals(out.get(i).reportedOn(), out.get(j).reportedOn()); j++) {
          Estimate a = out.get(i);
          Estimate b = out.get(j);
          if (!a.sourceId().equals(b.sourceId()) && disjoint(a, b)) {
            conflicts.add(new Conflict(a.claimId(), b.claimId(), "same day, intervals do not overlap"));
          }
        }
      }
      long nSources = out.stream().map(Estimate::sourceId).distinct().count();
      trackers.add(new Tracker(slug(e.getKey()), e.getKey(), e.getKey(), e.getKey().contains(" in ")
          ? e.getKey().substring(e.getKey().lastIndexOf(" in ") + 4) : null, TrackerKind.COUNT, out, revisions, conflicts,
          out.size() + " estimates from " + nSources + " sources"));
    }
    trackers.sort(Comparator.comparing(Tracker::id));
    return new LedgerAnalysis(sources, sourceOf, trackers);
  }

  private static String find(String name, Map<String, String> names, Map<String, TreeSet<String>> aliases) {
    for (var e : names.entrySet()) {
      if (e.getValue().equalsIgnoreCase(name)) return e.getKey();
    }
    for (var e : aliases.entrySet()) {
      if (names.containsKey(e.getKey()) && e.getValue().stream().anyMatch(a -> a.equalsIgnoreCase(name))) return e.getKey();
    }
    return null;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static BigDecimal value(Estimate e) {
    return e.low() != null ? e.low() : e.high();
  }

  private static boolean disjoint(Estimate a, Estimate b) {
    return (a.high() != null && b.low() != null && a.high().compareTo(b.low()) < 0)
        || (b.high() != null && a.low() != null && b.high().compareTo(a.low()) < 0);
  }
}
