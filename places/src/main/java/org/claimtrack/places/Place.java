package org.claimtrack.places;

import java.util.List;
import java.util.Objects;
import org.claimtrack.domain.Span;

/**
 * A place named in a text, resolved to a gazetteer entry where one fits.
 *
 * @param span UTF-16 char offsets of the mention in the article text
 * @param name the mention as written ("Kursk region", "Fla.")
 * @param geonameid the GeoNames id of the entry, or null (countries, divisions and unresolved names have none)
 * @param lat latitude of the entry's point, or null when unresolved
 * @param lon longitude of the entry's point, or null when unresolved
 * @param country ISO 3166-1 alpha-2 code of the country it is in (or is), or null
 * @param admin1 name of the first-level division it is in (or is), or null
 * @param kind what sort of place the entry is
 * @param why how it was found and resolved, for a person
 * @param path the containment path from the entry up, names only ("Sudzha", "Kursk", "Russia")
 */
public record Place(Span span, String name, Long geonameid, Double lat, Double lon, String country, String admin1,
    PlaceKind kind, String why, List<String> path) {
  public Place {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(why, "why");
    path = List.copyOf(path);
    if ((lat == null) != (lon == null)) throw new IllegalArgumentException("lat and lon must both be set or both null");
  }

  public boolean isResolved() {
    return lat != null;
  }
}
