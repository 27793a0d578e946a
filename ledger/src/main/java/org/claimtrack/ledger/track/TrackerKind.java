package org.claimtrack.ledger.track;

/** What a tracked figure is a figure of (the extractor's {@code FigureKind}). */
public enum TrackerKind {
  /** How many there are (or were) now: the estimates a tracker reconciles. */
  COUNT,
  /** How many someone has decided or plans to send, build, spend: "has decided to send 12,000". */
  PLAN,
  /** How many someone expects later: "expects the total to reach 10,000 by December". */
  PROJECTION,
  /** By how much something changed: "rose by 300". */
  CHANGE
}
