package org.claimtrack.ledger.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimtrack.domain.Place;
import org.claimtrack.domain.PlaceKind;

/**
 * Where a tracker is, as the gazetteer knows it: the deepest place every resolved figure of the
 * tracker lies in (the common part of their containment paths, from the country down).
 *
 * @param name the tracker's place as listed ("Russia's Kursk region")
 * @param geonameid the GeoNames id of that place's entry, or null (countries and divisions have none)
 * @param country ISO 3166-1 alpha-2 code of its country
 * @param admin1 its first-level division, or null
 * @param kind what sort of place it is
 * @param lat latitude of its point, or null when no figure names that place itself (only places in it)
 * @param lon longitude of its point, or null likewise
 * @param path the containment path from the place up ("Sudzha", "Kursk Oblast", "Russia")
 */
public record TrackerPlace(String name, Long geonameid, String country, String admin1, PlaceKind kind, Double lat,
    Double lon, List<String> path) {
  public TrackerPlace {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
    path = List.copyOf(path);
    if ((lat == null) != (lon == null)) throw new IllegalArgumentException("a point needs both lat and lon");
  }

  /** "Sudzha ⊂ Kursk Oblast ⊂ Russia". */
  public String shownPath() {
    return String.join(" ⊂ ", path);
  }

  /**
   * The place of figures resolved to these entries: the deepest common part of their paths from the
   * country down, with the codes and point of an entry at exactly that depth (the first, in the
   * order given) — no point when none is; null when there is no entry or they lie in different countries.
   */
  static TrackerPlace common(String name, List<Place.Resolved> entries) {
    return common(name, entries, Integer.MAX_VALUE, List.of());
  }

  /**
   * As {@link #common(String, List)}, the path cut to at most {@code maxDepth} places from the country
   * down (1: a tracker the figures name as a country is placed at the country, though the gazetteer
   * resolved "Russia's Far East" deeper), the point also taken from {@code others} (entries of the same
   * story) when none of the figures' entries is at that depth.
   */
  static TrackerPlace common(String name, List<Place.Resolved> entries, int maxDepth, List<Place.Resolved> others) {
    if (entries.isEmpty()) return null;
    List<String> prefix = null;
    for (Place.Resolved r : entries) {
      List<String> down = reversed(r.path());
      if (prefix == null) {
        prefix = down;
        continue;
      }
      int n = 0;
      while (n < prefix.size() && n < down.size() && prefix.get(n).equals(down.get(n))) n++;
      prefix = prefix.subList(0, n);
    }
    if (prefix.size() > maxDepth) prefix = prefix.subList(0, maxDepth);
    if (prefix.isEmpty()) {
      // a path-less entry (never from the places stage) or different countries: only the same country code holds
      String country = entries.get(0).country();
      for (Place.Resolved r : entries) if (!r.country().equals(country) || !r.path().isEmpty()) return null;
      Place.Resolved r = entries.get(0);
      return new TrackerPlace(name, r.geonameid(), r.country(), r.admin1(), r.kind(), r.lat(), r.lon(), List.of());
    }
    List<String> up = reversed(prefix);
    Place.Resolved any = entries.get(0);
    for (List<Place.Resolved> list : List.of(entries, others)) {
      for (Place.Resolved r : list) {
        if (r.path().equals(up) && r.country().equals(any.country())) {
          return new TrackerPlace(name, r.geonameid(), r.country(), r.admin1(), r.kind(), r.lat(), r.lon(), up);
        }
      }
    }
    PlaceKind kind = up.size() == 1 ? PlaceKind.COUNTRY : up.size() == 2 && any.admin1() != null ? PlaceKind.ADMIN1
        : PlaceKind.OTHER;
    return new TrackerPlace(name, null, any.country(), up.size() >= 2 ? any.admin1() : null, kind, null, null, up);
  }

  private static List<String> reversed(List<String> path) {
    List<String> out = new ArrayList<>(path);
    java.util.Collections.reverse(out);
    return out;
  }
}
