package org.claimtrack.ledger;

/** What {@link Ledger#ingest} did with one article. */
public enum IngestOutcome {
  /** A new article: stored with its claims. */
  STORED,
  /** Already stored (same content hash, same extractor version, or stored by another process meanwhile). */
  UNCHANGED,
  /** Already stored; its claims were replaced by a new extraction. */
  REEXTRACTED
}
