package org.claimtrack.domain;

/** How a claim is attributed. */
public enum ClaimKind {
  /** Direct speech: the content is the source's own words in quotation marks. */
  QUOTE,
  /** Indirect speech or a reporting verb: "X said that ...", "X announced ...". */
  REPORTED,
  /** "according to X". */
  ACCORDING_TO,
  /** Stated by the writer with no one credited. */
  AUTHORIAL
}
