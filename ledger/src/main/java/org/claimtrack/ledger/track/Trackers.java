package org.claimtrack.ledger.track;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.claimtrack.domain.Quantity;
import org.claimtrack.domain.SourceType;

/**
 * Groups the quantities of all claims into trackers: one tracker per thing counted, place and
 * kind of figure (a count, a plan, a projection), then reconciles each (see {@link Reconcile}).
 */
final class Trackers {
  private Trackers() {}

  /** A quantity of a claim and what it is a figure of. */
  static final class Ref {
    final LedgerClaim claim;
    final Quantity quantity;
    final int index;
    String concept;
    String place;
    String placeCountry;
    final TrackerKind kind;
    final List<String> why;

    Ref(LedgerClaim claim, Quantity quantity, int index, Figure f) {
      this.claim = claim;
      this.quantity = quantity;
      this.index = index;
      this.concept = f.concept();
      this.place = f.place();
      this.placeCountry = f.placeCountry();
      this.kind = f.kind();
      this.why = new ArrayList<>(f.why());
    }
  }

  private static final Pattern TOTAL_BEFORE =
      Pattern.compile("(?i)\\b(total|figure|number|tally|count)\\b(?:\\W+\\w+){0,4}\\W*$");

  static List<Tracker> build(List<LedgerClaim> claims, Sources.Result sources) {
    List<Ref> refs = new ArrayList<>();
    Map<String, List<Ref>> byArticle = new LinkedHashMap<>();
    for (LedgerClaim c : claims) {
      List<Quantity> qs = c.claim().quantities();
      for (int i = 0; i < qs.size(); i++) {
        Ref r = new Ref(c, qs.get(i), i, Figure.of(c, qs.get(i)));
        refs.add(r);
        byArticle.computeIfAbsent(c.articleHash(), k -> new ArrayList<>()).add(r);
      }
    }
    for (List<Ref> inArticle : byArticle.values()) {
      inArticle.sort(Comparator.comparingInt(r -> r.quantity.span().start()));
      inheritConcept(inArticle);
      inheritPlace(inArticle);
    }
    normalizeRegions(refs);

    Map<String, List<Ref>> groups = new LinkedHashMap<>();
    for (Ref r : refs) {
      if (r.concept == null) continue;
      String key = Names.key(r.concept) + "|" + (r.place == null ? "" : Names.key(r.place)) + "|" + r.kind
          + "|" + Objects.toString(r.quantity.unit(), "");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<Tracker> out = new ArrayList<>();
    Map<String, Integer> idCount = new HashMap<>();
    Map<String, CanonicalSource> byId = new HashMap<>();
    for (CanonicalSource s : sources.sources()) byId.put(s.id(), s);
    Reconcile.Speakers speakers = new Reconcile.Speakers();
    for (List<Ref> g : groups.values()) {
      Ref first = g.get(0);
      String country = g.stream().map(r -> r.placeCountry).filter(Objects::nonNull).findFirst().orElse(null);
      String placeName = first.place == null ? null : (country == null ? first.place : country + "'s " + first.place);
      String what = first.concept + (placeName == null ? "" : " in " + placeName)
          + (first.quantity.unit() == null ? "" : " (" + first.quantity.unit() + ")")
          + (first.kind == TrackerKind.COUNT ? "" : first.kind == TrackerKind.PLAN ? " (plan)" : " (projection)");
      String id = Ids.slug(what);
      int n = idCount.merge(id, 1, Integer::sum);
      if (n > 1) id = id + "-" + n;
      out.add(Reconcile.tracker(id, what, first.concept, placeName, first.kind, g, sources, byId, speakers));
    }
    out.sort(Comparator.comparing(Tracker::id));
    return out;
  }

  /** "expects the total to reach 10,000": the total of what the article last counted. */
  private static void inheritConcept(List<Ref> inArticle) {
    Ref last = null;
    for (Ref r : inArticle) {
      if (r.concept != null) {
        last = r;
        continue;
      }
      if (last == null || r.quantity.unit() != null) continue;
      if (r.claim.claim().source().type() == SourceType.AUTHOR) continue;
      String text = r.claim.claim().text();
      int at = r.quantity.span().start() - r.claim.claim().span().start();
      if (at < 0 || at > text.length()) continue;
      boolean generic = r.quantity.counted() != null && Figure.generic(r.quantity.counted());
      if (!generic && !TOTAL_BEFORE.matcher(text.substring(0, at)).find()) continue;
      r.concept = last.concept;
      if (r.place == null) {
        r.place = last.place;
        r.placeCountry = last.placeCountry;
      }
      r.why.add("the total of what the article last counted: " + last.concept + " (\"" + last.quantity.surface() + "\")");
    }
  }

  /** A figure with no place of its own takes the place the article gives its other figures of the same thing. */
  private static void inheritPlace(List<Ref> inArticle) {
    for (Ref r : inArticle) {
      if (r.concept == null || r.place != null) continue;
      Map<String, Integer> counts = new LinkedHashMap<>();
      Map<String, Ref> example = new HashMap<>();
      for (Ref o : inArticle) {
        if (o == r || o.place == null || o.concept == null) continue;
        if (!Names.key(o.concept).equals(Names.key(r.concept)) || o.why.stream().anyMatch(w -> w.startsWith("place from"))) continue;
        counts.merge(o.place, 1, Integer::sum);
        example.putIfAbsent(o.place, o);
      }
      String best = counts.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue())
          .map(Map.Entry::getKey).orElse(null);
      if (best == null) continue;
      r.place = best;
      r.placeCountry = example.get(best).placeCountry;
      r.why.add("place from the article's other figures of " + r.concept + ": " + best
          + " (\"" + example.get(best).quantity.surface() + "\")");
    }
  }

  /** "Kursk" where other articles say "the Kursk region": one place. */
  private static void normalizeRegions(List<Ref> refs) {
    Map<String, String> regions = new HashMap<>();
    Map<String, String> countries = new HashMap<>();
    for (Ref r : refs) {
      if (r.place != null && r.place.toLowerCase(Locale.ROOT).endsWith(" region")) {
        String base = r.place.substring(0, r.place.length() - " region".length());
        regions.putIfAbsent(base.toLowerCase(Locale.ROOT), r.place);
        if (r.placeCountry != null) countries.putIfAbsent(r.place.toLowerCase(Locale.ROOT), r.placeCountry);
      }
    }
    for (Ref r : refs) {
      if (r.place == null) continue;
      String region = regions.get(r.place.toLowerCase(Locale.ROOT));
      if (region != null) r.place = region;
      if (r.placeCountry == null) r.placeCountry = countries.get(r.place.toLowerCase(Locale.ROOT));
    }
  }

  static BigDecimal value(Estimate e) {
    return e.low() != null ? e.low() : e.high();
  }

  static LocalDate dateOf(LedgerClaim c) {
    return c.claim().reportedOn() != null ? c.claim().reportedOn() : c.published();
  }
}
