package org.claimtrack.ledger.track;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimtrack.domain.Place;

/**
 * The trackers of one thing counted (one {@link FigureRef#family()}: whose, the thing, what
 * happened to it, the unit), one per kind of figure and place:
 * <ol>
 *   <li>each figure gets its canonical source and originator;</li>
 *   <li>a figure with no place joins the one place its originator gives its other figures of the
 *       same thing (in any article), when that originator gives exactly one: the place of "the
 *       death toll" given without a region, after the same agency gave it "in the X region";</li>
 *   <li>figures are grouped by kind and place, and each group reconciled ({@link Reconcile});</li>
 *   <li>a region's figures are lower bounds in its country's tracker, shown there and checked
 *       against it.</li>
 * </ol>
 * A pure function of the family's figures and the canonical sources, so the ledger recomputes a
 * family when, and only when, one of its figures or one of their sources changed.
 */
final class Family {
  private Family() {}

  static List<Tracker> trackers(List<FigureRef> refs, Map<String, String> sourceOfNode,
      Map<String, CanonicalSource> byId, Speakers speakers) {
    List<FigureRef> sorted = new ArrayList<>(refs);
    sorted.sort(Comparator.comparing(FigureRef::articleHash).thenComparingInt(FigureRef::at)
        .thenComparing(FigureRef::claimId).thenComparingInt(FigureRef::quantityIndex));
    List<Reconcile.In> ins = new ArrayList<>();
    for (FigureRef r : sorted) {
      String source = sourceOfNode.get(r.node());
      String origin = r.originNode() == null ? source : sourceOfNode.getOrDefault(r.originNode(), source);
      ins.add(new Reconcile.In(r, source, origin, r.why()));
    }
    ins = placeBySource(ins, byId, speakers);

    // one tracker per kind and place; regions first, so their figures can go to their countries
    Map<String, Group> groups = groups(ins);
    List<Place.Resolved> entries = resolved(ins);
    Map<String, Tracker> regionTrackers = new LinkedHashMap<>();
    Map<String, String> countryOfRegion = new LinkedHashMap<>();
    List<Tracker> out = new ArrayList<>();
    for (Map.Entry<String, Group> g : groups.entrySet()) {
      FigureRef first = g.getValue().rep();
      if (first.placeLevel() != Place.Level.REGION) continue;
      Tracker t = build(g.getValue(), List.of(), null, entries, byId, speakers);
      regionTrackers.put(g.getKey(), t);
      countryOfRegion.put(g.getKey(), country(g.getValue().ins()));
      out.add(t);
    }
    for (Map.Entry<String, Group> g : groups.entrySet()) {
      FigureRef first = g.getValue().rep();
      if (first.placeLevel() == Place.Level.REGION) continue;
      List<Estimate> regionFigures = new ArrayList<>();
      String country = first.placeLevel() == Place.Level.COUNTRY ? first.place() : null;
      if (country != null) {
        for (Map.Entry<String, Tracker> r : regionTrackers.entrySet()) {
          String rk = r.getKey();
          if (!rk.startsWith(first.kind() + "|") || !country.equals(countryOfRegion.get(rk))) continue;
          for (Estimate e : r.getValue().estimates()) {
            if (e.repeatOf() == null) regionFigures.add(e.inRegion(r.getValue().place()));
          }
        }
      }
      regionFigures.sort(Reconcile.ESTIMATE_ORDER);
      out.add(build(g.getValue(), regionFigures, country, entries, byId, speakers));
    }
    out.sort(Comparator.comparing(Tracker::id));
    return out;
  }

  /**
   * The figures of one tracker: {@code rep} the figure whose place names it (its slug is the
   * tracker id's place), {@code ins} all of them in the family's order.
   */
  record Group(FigureRef rep, List<Reconcile.In> ins) {}

  /**
   * Figures grouped by kind and place, keyed "KIND|place-slug": a place the gazetteer resolved is
   * one place by its code whatever its words ("Kursk region", "Kursk Oblast"), an unresolved one by
   * its words' slug, which also joins it to the resolved figures of the same words. A group's place
   * words are its commonest slug (the smallest on a tie), so a tracker keeps the id its listed name
   * gives it.
   */
  static Map<String, Group> groups(List<Reconcile.In> ins) {
    Map<String, String> parent = new java.util.HashMap<>();
    for (Reconcile.In in : ins) {
      String slug = "s|" + in.ref().kind() + "|" + in.ref().placeKey();
      parent.putIfAbsent(slug, slug);
      String code = in.ref().place() == null ? null : in.ref().placeCode();
      if (code == null) continue;
      String c = "c|" + in.ref().kind() + "|" + code;
      parent.putIfAbsent(c, c);
      String a = root(parent, slug);
      String b = root(parent, c);
      if (!a.equals(b)) parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
    }
    Map<String, List<Reconcile.In>> byRoot = new LinkedHashMap<>();
    for (Reconcile.In in : ins) {
      byRoot.computeIfAbsent(root(parent, "s|" + in.ref().kind() + "|" + in.ref().placeKey()), k -> new ArrayList<>()).add(in);
    }
    Map<String, Group> out = new TreeMap<>();
    for (List<Reconcile.In> members : byRoot.values()) {
      Map<String, Integer> counts = new TreeMap<>();
      for (Reconcile.In in : members) counts.merge(in.ref().placeKey(), 1, Integer::sum);
      String best = null;
      for (var e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
      FigureRef rep = null;
      for (Reconcile.In in : members) {
        if (in.ref().placeKey().equals(best)) {
          rep = in.ref();
          break;
        }
      }
      out.put(rep.kind() + "|" + best, new Group(rep, members));
    }
    return out;
  }

  private static String root(Map<String, String> parent, String k) {
    String r = k;
    while (!parent.get(r).equals(r)) r = parent.get(r);
    parent.put(k, r);
    return r;
  }

  /** A tracker of a group; {@code family} the resolved entries of all the family's figures (for a place's point). */
  private static Tracker build(Group g, List<Estimate> regionFigures, String country, List<Place.Resolved> family,
      Map<String, CanonicalSource> byId, Speakers speakers) {
    List<Reconcile.In> ins = g.ins();
    FigureRef first = g.rep();
    String placeName = ArticleFigures.display(first.place(), country(ins), first.placeLevel());
    String unit = first.unit();
    TrackerKind kind = first.kind();
    String suffix = (kind == TrackerKind.COUNT ? "" : "-" + kind.name().toLowerCase(Locale.ROOT))
        + (unit == null ? "" : "-" + Ids.slug(unit));
    String id = first.base() + (first.place() == null ? "" : "-in-" + first.placeKey()) + suffix;
    String what = first.label() + (placeName == null ? "" : " in " + placeName) + (unit == null ? "" : " (" + unit + ")")
        + (kind == TrackerKind.COUNT ? "" : " (" + kind.name().toLowerCase(Locale.ROOT) + ")");
    TrackerPlace where = null;
    if (first.place() != null) {
      where = TrackerPlace.common(placeName, resolved(ins), first.placeLevel() == Place.Level.COUNTRY ? 1 : Integer.MAX_VALUE,
          family);
    }
    return Reconcile.tracker(id, what, first.label(), placeName, kind, ins, regionFigures, country, byId, speakers)
        .withWhere(where);
  }

  /** The gazetteer entries of the figures whose place has a code (see {@link FigureRef#placeCode}), in order. */
  private static List<Place.Resolved> resolved(List<Reconcile.In> ins) {
    List<Place.Resolved> out = new ArrayList<>();
    for (Reconcile.In in : ins) if (in.ref().placeCode() != null) out.add(in.ref().resolved());
    return out;
  }

  /** The country of a group's place: the first any of its figures knows. */
  private static String country(List<Reconcile.In> ins) {
    for (Reconcile.In in : ins) if (in.ref().placeCountry() != null) return in.ref().placeCountry();
    return null;
  }

  /**
   * A figure with no place takes the one place its originator gives its other figures of the thing;
   * where that originator gives a country and regions of it, the country, which holds them all.
   */
  private static List<Reconcile.In> placeBySource(List<Reconcile.In> ins, Map<String, CanonicalSource> byId,
      Speakers speakers) {
    // each originator's own places (not inherited from its article), the earliest figure for each place
    Map<String, Map<String, Reconcile.In>> placesOf = new TreeMap<>();
    for (Reconcile.In o : ins) {
      if (o.ref().place() == null || o.ref().placeInherited()) continue;
      placesOf.computeIfAbsent(o.originId(), k -> new TreeMap<>())
          .merge(o.ref().placeKey(), o, (a, b) -> Reconcile.ORDER.compare(a, b) <= 0 ? a : b);
    }
    Map<String, Map<String, Reconcile.In>> placesOfVoice = new java.util.HashMap<>();
    List<Reconcile.In> out = new ArrayList<>(ins.size());
    for (Reconcile.In in : ins) {
      if (in.ref().place() != null) {
        out.add(in);
        continue;
      }
      Map<String, Reconcile.In> places = placesOfVoice.computeIfAbsent(in.originId(), voice -> {
        Map<String, Reconcile.In> m = new TreeMap<>();
        for (Map.Entry<String, Map<String, Reconcile.In>> e : placesOf.entrySet()) {
          if (!speakers.same(byId.get(e.getKey()), byId.get(voice))) continue;
          e.getValue().forEach((k, o) -> m.merge(k, o, (a, b) -> Reconcile.ORDER.compare(a, b) <= 0 ? a : b));
        }
        return m;
      });
      Reconcile.In chosen = places.size() == 1 ? places.values().iterator().next() : widest(places.values());
      if (chosen != null) {
        FigureRef p = chosen.ref();
        String shown = ArticleFigures.display(p.place(), p.placeCountry(), p.placeLevel());
        FigureRef moved = in.ref().withPlace(p.place(), p.placeCountry(), p.placeLevel(), p.resolved(),
            "no place of its own: " + Reconcile.name(byId.get(in.originId())) + " gives its other figures of "
                + in.ref().label() + " in " + shown + (places.size() > 1 ? " and its regions" : "") + " (\"" + p.surface()
                + "\", " + p.file() + ", " + Reconcile.date(p.day()) + ")");
        out.add(new Reconcile.In(moved, in.sourceId(), in.originId(), moved.why()));
      } else if (places.size() > 1) {
        Set<String> shown = new TreeSet<>();
        for (Reconcile.In o : places.values()) {
          shown.add(ArticleFigures.display(o.ref().place(), o.ref().placeCountry(), o.ref().placeLevel()));
        }
        out.add(new Reconcile.In(in.ref(), in.sourceId(), in.originId(), in.why() + "; no place: "
            + Reconcile.name(byId.get(in.originId())) + " gives this in several places (" + String.join(", ", shown) + ")"));
      } else {
        out.add(in);
      }
    }
    return out;
  }

  /** Of places that are one country and regions of it, the country's figure; else null. */
  private static Reconcile.In widest(Collection<Reconcile.In> places) {
    Reconcile.In country = null;
    for (Reconcile.In o : places) {
      if (o.ref().placeLevel() == Place.Level.COUNTRY) {
        if (country != null) return null;
        country = o;
      }
    }
    if (country == null) return null;
    for (Reconcile.In o : places) {
      if (o == country) continue;
      if (o.ref().placeLevel() != Place.Level.REGION || !country.ref().place().equals(o.ref().placeCountry())) return null;
    }
    return country;
  }
}
