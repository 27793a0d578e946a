package org.claimtrack.ledger;

/** What {@link Ledger#export} writes, and how. */
public final class Export {
  private Export() {}

  public enum What {
    TRACKERS,
    CLAIMS,
    SOURCES
  }

  public enum Format {
    JSONL,
    CSV
  }
}
