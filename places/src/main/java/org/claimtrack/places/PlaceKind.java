package org.claimtrack.places;

/** What sort of place an entry is. */
public enum PlaceKind {
  /** A country (or dependent territory with its own ISO code). */
  COUNTRY,
  /** A first-level division: a US state, a Russian oblast, a Canadian province. */
  ADMIN1,
  /** A second-level division: a US county or parish, an English district. */
  ADMIN2,
  /** A populated place: a town, a city, a village, a section of a city. */
  CITY,
  /** Anything else: a continent, or a place found in the text but not in the gazetteer. */
  OTHER
}
