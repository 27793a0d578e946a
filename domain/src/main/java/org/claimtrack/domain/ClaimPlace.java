package org.claimtrack.domain;

import java.util.Objects;

/**
 * A resolved place in a claim's sentence, with its role for the claim.
 *
 * @param span UTF-16 char offsets of the mention in the article text
 * @param name the mention as written ("Kursk region", "North Korean")
 * @param geonameid the GeoNames id of the entry, or null (countries, divisions and demonyms have none)
 * @param lat latitude of the entry's point, or null (a demonym)
 * @param lon longitude of the entry's point, or null (a demonym)
 * @param country ISO 3166-1 alpha-2 code of the country it is in (or is, or a demonym names)
 * @param admin1 name of the first-level division it is in (or is), or null
 * @param kind what sort of place the entry is
 * @param role where it happened, where the source is, or an origin
 * @param why how the mention was resolved, for a person
 */
public record ClaimPlace(Span span, String name, Long geonameid, Double lat, Double lon, String country,
    String admin1, PlaceKind kind, PlaceRole role, String why) {

  public ClaimPlace {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(why, "why");
    if ((lat == null) != (lon == null)) throw new IllegalArgumentException("lat and lon must both be set or both be null");
    if (lat == null && role != PlaceRole.ORIGIN) {
      throw new IllegalArgumentException("only an origin (a demonym) may have no point: " + name);
    }
    if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
      throw new IllegalArgumentException("no such point: " + lat + ", " + lon + " for " + name);
    }
  }

  /** Whether the place has a point (every role but ORIGIN has one). */
  public boolean hasPoint() {
    return lat != null;
  }
}
