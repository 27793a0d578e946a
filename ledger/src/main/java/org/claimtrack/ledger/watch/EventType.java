package org.claimtrack.ledger.watch;

/** What changed in a tracker. */
public enum EventType {
  /** A source gave a figure the tracker did not hold (not a repeat of one it did). */
  ESTIMATE,
  /** A source changed its own figure. */
  REVISION,
  /** Two current figures of different sources cannot both be right. */
  CONFLICT
}
