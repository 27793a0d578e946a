package org.claimtrack.domain;

/** What a place is to a claim. */
public enum PlaceRole {
  /** Where what the claim says happened: the place is named in the claim's content. */
  EVENT,
  /**
   * Where the source is: the place is named in the claim's sentence outside its content, with the
   * source or the cue ("officials in Kyiv said", "South Korea's spy agency said", a dateline).
   */
  SOURCE,
  /**
   * Where those the claim is about come from: a demonym ("North Korean troops"); the country it
   * names is an origin, not a location.
   */
  ORIGIN
}
