package org.claimtrack.domain;

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
 */
public record Place(String name, String country, Level level, Span span, String rule) {

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
}
