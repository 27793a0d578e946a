package org.claimtrack.places;

import java.util.List;

/**
 * What an article says about places: the places it names, in text order, and the origins its
 * demonyms give.
 */
public record ArticlePlaces(List<Place> places, List<Origin> origins) {
  public ArticlePlaces {
    places = List.copyOf(places);
    origins = List.copyOf(origins);
  }
}
