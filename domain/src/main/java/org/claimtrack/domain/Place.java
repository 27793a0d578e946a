package org.claimtrack.domain;

import java.util.List;
import java.util.Objects;

/**
 * Where a figure is, as the text names it and as far as the extractor can place it. Small on
 * purpose: a gazetteer can give it an id, coordinates and the path of places that contain it
 * without changing what already reads it.
 *
 * @param name the place as a listing names it ("Russia", "Kursk region", "Gaza")
 * @param country the country it is in (itself for a country), or null when not known
 * @param level what kind of place it is
 * @param span the words that name it, in the article text
 * @param rule the versioned rule that found it
 * @param resolved the gazetteer entry the claim's places stage matched to these words (codes, point,
 *     containment path), or null when none overlaps them
 */
public record Place(String name, String country, Level level, Span span, String rule, Resolved resolved) {

  /**
   * The gazetteer's identity for a figure's place: what makes "Kursk region" and "Kursk Oblast" one
   * place.
   *
   * @param geonameid the GeoNames id of the entry, or null (countries and divisions have none)
   * @param country ISO 3166-1 alpha-2 code of the country it is in (or is)
   * @param admin1 name of the first-level division it is in (or is), or null
   * @param kind what sort of place the entry is
   * @param lat latitude of the entry's point
   * @param lon longitude of the entry's point
   * @param path the containment path from the entry up, names only ("Sudzha", "Kursk Oblast", "Russia")
   */
  public record Resolved(Long geonameid, String country, String admin1, PlaceKind kind, double lat, double lon,
      List<String> path) {
    public Resolved {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(kind, "kind");
      path = List.copyOf(path);
      if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        throw new IllegalArgumentException("no such point: " + lat + ", " + lon);
      }
    }
  }

  /** How places nest: a region lies within its country. */
  public enum Level {
    COUNTRY,
    /** A named part of a country: a region, province, oblast, state. */
    REGION,
    /** A place the extractor could not put in a country or a level (a town, a base). */
    OTHER
  }

  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(rule, "rule");
    if (level == Level.COUNTRY && !name.equals(country)) {
      throw new IllegalArgumentException("a country is its own country: " + name + " / " + country);
    }
  }

  /** A place as the figure stage finds it, before any gazetteer entry is matched to it. */
  public Place(String name, String country, Level level, Span span, String rule) {
    this(name, country, level, span, rule, null);
  }

  /** This place with the gazetteer entry matched to its words. */
  public Place withResolved(Resolved r) {
    return new Place(name, country, level, span, rule, r);
  }
}
