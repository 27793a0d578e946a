package org.claimtrack.ledger.track;

/**
 * How a figure compared with what the other sources said 30 days after it was given: inside the
 * range of their figures current then, below it, or above it.
 */
public enum Later {
  INSIDE,
  BELOW,
  ABOVE
}
