package org.claimtrack.ledger;

import java.time.LocalDate;

/**
 * Narrows a search.
 *
 * @param source a canonical source id, name or alias: only claims of that source; or null
 * @param from only hits dated on or after this day (claims by reportedOn, else the article's date); or null
 * @param to only hits dated on or before this day; or null
 * @param tracker only claims whose figures are in this tracker (its id); or null
 * @param limit at most this many hits
 */
public record SearchFilters(String source, LocalDate from, LocalDate to, String tracker, int limit) {
  public static final SearchFilters NONE = new SearchFilters(null, null, null, null, 20);

  public SearchFilters {
    if (limit < 1) throw new IllegalArgumentException("limit must be positive, got " + limit);
  }
}
